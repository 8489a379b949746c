import type { Answer, Grade } from './answers.ts'
import type { Question } from './bank/index.ts'
import { parseCloze } from './bank/cloze.ts'

/**
 * What a question page needs before any answer is graded: an answer's untouched shape, whether
 * the learner gave anything, and the score the grades add up to. The grader itself
 * (grading.ts: normalising, number words, matching) loads after the first screen.
 */

/**
 * The untouched answer to a question. For order questions the items are left empty: the caller
 * fills in the order the items are shown in.
 */
export function emptyAnswer(question: Question): Answer {
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: null }
    case 'multiple':
      return { type: 'multiple', choices: [] }
    case 'truefalse':
      return { type: 'truefalse', choice: null }
    case 'numeric':
      return { type: 'numeric', text: '' }
    case 'short':
      return { type: 'short', text: '' }
    case 'cloze':
      return { type: 'cloze', blanks: parseCloze(question.text).blanks.map(() => '') }
    case 'order':
      return { type: 'order', items: [] }
    case 'match':
      return {
        type: 'match',
        choices: Object.fromEntries(question.pairs.map(({ left }) => [left, ''])),
      }
  }
}

/** Whether the learner gave anything at all; an order answer always counts as given. */
export function isAnswered(answer: Answer): boolean {
  switch (answer.type) {
    case 'single':
    case 'truefalse':
      return answer.choice !== null
    case 'multiple':
      return answer.choices.length > 0
    case 'numeric':
    case 'short':
      return answer.text.trim() !== ''
    case 'cloze':
      return answer.blanks.some((text) => text.trim() !== '')
    case 'order':
      return true
    case 'match':
      return Object.values(answer.choices).some((choice) => choice.trim() !== '')
  }
}

export interface QuizScore {
  /** Answers that earned full credit. */
  correct: number
  total: number
  /** Partial credit counted, rounded to a whole percent. */
  percent: number
}

export function scoreQuiz(grades: readonly (Grade | undefined)[]): QuizScore {
  const total = grades.length
  const correct = grades.filter((g) => g?.verdict === 'correct').length
  const credit = grades.reduce((sum, g) => sum + (g?.credit ?? 0), 0)
  return { correct, total, percent: total === 0 ? 0 : Math.round((credit / total) * 100) }
}
