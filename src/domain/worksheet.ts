import type { Bank } from './bank/index.ts'
import { rightAnswerText } from './grading.ts'
import { composeQuiz, type QuizParams, type QuizQuestion } from './quiz.ts'

/**
 * Paper worksheets (`/print`): the questions a quiz link with the same parameters gives, and
 * their answer key. Several versions, for neighbours who should not share answers, are the same
 * quiz with seeds of their own: version 1 is the link's own quiz, version k the seed `seed/k`.
 */
export interface WorksheetKeyEntry {
  number: number
  answer: string
  /** The source's paragraphs the question's facts come from; empty when none is known. */
  paragraphs: number[]
}

export interface Worksheet {
  /** 1, 2, 3… */
  version: number
  seed: string
  questions: QuizQuestion[]
  key: WorksheetKeyEntry[]
}

/** The most versions printed at once: more is a mistake in the link, not a class. */
export const MAX_VERSIONS = 6

/** The seed of version `version` of a worksheet whose link says `seed`. */
export const versionSeed = (seed: string, version: number) =>
  version === 1 ? seed : `${seed}/${version}`

export function worksheets(banks: readonly Bank[], params: QuizParams, versions = 1): Worksheet[] {
  const count = Math.min(MAX_VERSIONS, Math.max(1, Math.floor(versions) || 1))
  return Array.from({ length: count }, (_, i) => {
    const seed = versionSeed(params.seed, i + 1)
    const questions = composeQuiz(banks, { ...params, seed })
    return {
      version: i + 1,
      seed,
      questions,
      key: questions.map((question, q) => ({
        number: q + 1,
        answer: rightAnswerText(question),
        paragraphs: question.citation?.paragraphs ?? [],
      })),
    }
  })
}
