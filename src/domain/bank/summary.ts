import type { Bank } from './compile.ts'
import { QUESTION_TYPES, type QuestionType } from './question-types.ts'

/** What the home page needs of a bank: no facts, no questions. */
export interface BankSummary {
  id: string
  title: string
  /** The language of its texts: their `lang` where the interface speaks another. */
  language: string
  summary?: string
  topics: { id: string; title: string; summary?: string; order: number }[]
  questionCount: number
}

/** `questionCount` is what a quiz can draw on: generated questions included (see questionPool). */
export function summarizeBank(bank: Bank, questionCount: number): BankSummary {
  return {
    id: bank.id,
    title: bank.title,
    language: bank.language,
    ...(bank.summary ? { summary: bank.summary } : {}),
    topics: bank.topics.map(({ id, title, summary, order }) => ({
      id,
      title,
      ...(summary ? { summary } : {}),
      order,
    })),
    questionCount,
  }
}

export function countTypes(bank: Pick<Bank, 'questions'>): Record<QuestionType, number> {
  const counts = Object.fromEntries(QUESTION_TYPES.map((t) => [t, 0])) as Record<
    QuestionType,
    number
  >
  for (const question of bank.questions) counts[question.type]++
  return counts
}
