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
  /**
   * Order and match questions: the answer in the letters printed on the sheet, for quick marking
   * (order: `B, A, C`, the letters in the right order; match: `Truman: C; Mao: A`).
   */
  letters?: string
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

/** The letter that names the Nth item or choice on paper: A, B, C… (past Z, its number). */
export const paperLetter = (index: number) =>
  index < 26 ? String.fromCharCode(65 + index) : String(index + 1)

/** An order or match question's answer in the letters its sheet prints. */
function lettersOf(question: QuizQuestion): string | undefined {
  const { items, choices } = question.shown
  if (question.type === 'order' && items)
    return question.items.map((item) => paperLetter(items.indexOf(item))).join(', ')
  if (question.type === 'match' && choices)
    return question.pairs
      .map(({ left, right }) => `${left}: ${paperLetter(choices.indexOf(right))}`)
      .join('; ')
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
