import type { Bank } from './bank/index.ts'
import { rightAnswerText } from './grading.ts'
import { composeQuiz, type QuizParams, type QuizQuestion } from './quiz.ts'

/**
 * Paper worksheets (`/print`): the questions a quiz link with the same parameters gives, and
 * their answer key. Several versions, for neighbours who should not share answers, are the same
 * quiz with seeds of their own: version 1 is the link's own quiz, version k the seed `seed/k`.
 */

/**
 * Order and match questions: the answer in the letters printed on the sheet, for quick marking,
 * as positions in the order the sheet shows (0 is the first letter); the page names the letters
 * in the interface's alphabet. Order: the shown positions of the items, in the right order
 * (`B, A, C`); match: each left-hand text with its choice's shown position (`Truman: C; Mao: A`).
 */
export type PaperLetters =
  | { type: 'order'; positions: number[] }
  | { type: 'match'; pairs: { left: string; position: number }[] }

export interface WorksheetKeyEntry {
  number: number
  /** The right answer in the bank's words (a true/false question's is the page's to word). */
  answer: string
  letters?: PaperLetters
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

/** An order or match question's answer as the positions its sheet letters. */
function lettersOf(question: QuizQuestion): PaperLetters | undefined {
  const { items, choices } = question.shown
  if (question.type === 'order' && items)
    return { type: 'order', positions: question.items.map((item) => items.indexOf(item)) }
  if (question.type === 'match' && choices)
    return {
      type: 'match',
      pairs: question.pairs.map(({ left, right }) => ({ left, position: choices.indexOf(right) })),
    }
  return undefined
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
      key: questions.map((question, q) => {
        const letters = lettersOf(question)
        return {
          number: q + 1,
          answer: rightAnswerText(question),
          ...(letters ? { letters } : {}),
          paragraphs: question.citation?.paragraphs ?? [],
        }
      }),
    }
  })
}
