import type { Bank, Question } from './bank/index.ts'
import { createRandom, shuffle } from './random.ts'

/** Where a question's facts stand in the source, for feedback that sends the learner back to it. */
export interface Citation {
  paragraphs: number[]
  headline: string
  publisher: string
  date: string
  url?: string
}

/** The question types the player can show so far. */
export type PlayableQuestion = Extract<Question, { type: 'single' }>
const isPlayable = (question: Question): question is PlayableQuestion => question.type === 'single'

/** A question as one learner meets it in one quiz: options in their shuffled order. */
export type QuizQuestion = PlayableQuestion & { bankId: string; citation?: Citation }

export interface QuizParams {
  /** How many questions; more than the bank holds gives the whole bank. */
  n: number
  seed: string
  /** Only these question ids (e.g. retrying the wrong answers), in bank order before shuffling. */
  ids?: readonly string[]
}

export function citeQuestion(bank: Bank, question: Question): Citation | undefined {
  if (!bank.source) return undefined
  const paragraphs = [
    ...new Set(
      question.facts
        .map((factId) => bank.facts.find((fact) => fact.id === factId)?.paragraph)
        .filter((p): p is number => p !== undefined),
    ),
  ].sort((a, b) => a - b)
  const { headline, publisher, date, url } = bank.source
  return { paragraphs, headline, publisher, date, ...(url ? { url } : {}) }
}

/** Picks `n` questions and orders them and their options by the seed: same inputs, same quiz. */
export function composeQuiz(bank: Bank, params: QuizParams): QuizQuestion[] {
  const random = createRandom(`${bank.id}\u0000${params.seed}`)
  const wanted = params.ids ? new Set(params.ids) : undefined
  const pool = bank.questions.filter(isPlayable).filter((q) => !wanted || wanted.has(q.id))
  const count = Math.max(1, Math.min(Math.floor(params.n), pool.length))
  return shuffle(pool, random)
    .slice(0, count)
    .map((question) => {
      const citation = citeQuestion(bank, question)
      return {
        ...question,
        options: shuffle(question.options, random),
        bankId: bank.id,
        ...(citation ? { citation } : {}),
      }
    })
}
