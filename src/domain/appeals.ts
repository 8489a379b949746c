import { z } from 'zod/mini'
import type { Answer } from './answers.ts'
import type { Bank } from './bank/index.ts'
import { answerText } from './grading.ts'
import { questionPool, type QuizQuestion } from './quiz.ts'
import { schemaOnFirstUse } from './schema-on-first-use.ts'

/**
 * A learner's "my answer should count": an appeal against the verdict on one of their answers,
 * kept for the teacher. It changes neither the verdict nor the score. Appeals are their own list
 * in the learning record, keyed by the attempt they are about: attempts are never edited.
 */
export const AppealSchema = schemaOnFirstUse(() =>
  z.object({
    /** The answer appealed; one appeal per attempt. */
    attemptId: z.string().check(z.minLength(1)),
    /** When the learner appealed, in milliseconds since 1970 (UTC). */
    at: z.int().check(z.nonnegative()),
    bank: z.string().check(z.minLength(1)),
    question: z.string().check(z.minLength(1)),
    /** The bank's content hash when the question was answered; '' when it had none. */
    bankVersion: z.string(),
    /** The learner's answer in words, as they gave it (a number as typed). */
    answer: z.string(),
  }),
)
export type Appeal = z.infer<typeof AppealSchema>

/** The appeal of the answer `attemptId`, made at `now`. */
export function newAppeal(
  input: { attemptId: string; question: QuizQuestion; answer: Answer },
  now: number,
): Appeal {
  const { attemptId, question, answer } = input
  return {
    attemptId,
    at: now,
    bank: question.bankId,
    question: question.id,
    bankVersion: question.bankVersion ?? '',
    answer: answerText(question, answer),
  }
}

/** The order of a record's appeals: by `at`, ties by attempt id (code-unit order). */
export function byAppealTime(a: Appeal, b: Appeal): number {
  return a.at - b.at || (a.attemptId < b.attemptId ? -1 : a.attemptId > b.attemptId ? 1 : 0)
}

/** The appeals of both lists, each attempt's once (`base`'s wins), in time order. */
export function mergeAppeals(base: readonly Appeal[], incoming: readonly Appeal[]): Appeal[] {
  const seen = new Set<string>()
  const merged: Appeal[] = []
  for (const appeal of [...base, ...incoming]) {
    if (seen.has(appeal.attemptId)) continue
    seen.add(appeal.attemptId)
    merged.push(appeal)
  }
  return merged.sort(byAppealTime)
}

/** An appeal as the learner's progress page lists it. */
export interface AppealShown {
  attemptId: string
  at: number
  /** The question's prompt, or `bank/question` when the bank no longer has it. */
  prompt: string
  format: NonNullable<QuizQuestion['format']>
  answer: string
}

/** The appeals with their questions' prompts, newest first. */
export function appealsToShow(appeals: readonly Appeal[], banks: readonly Bank[]): AppealShown[] {
  return [...appeals]
    .sort(byAppealTime)
    .reverse()
    .map((appeal) => {
      const bank = banks.find((b) => b.id === appeal.bank)
      const question = bank && questionPool(bank).find((q) => q.id === appeal.question)
      return {
        attemptId: appeal.attemptId,
        at: appeal.at,
        prompt: question?.prompt ?? `${appeal.bank}/${appeal.question}`,
        format: question ? (question.format ?? 'markdown') : 'plain',
        answer: appeal.answer,
      }
    })
}
