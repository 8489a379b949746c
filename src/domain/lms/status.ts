import type { Grade } from '../answers.ts'

/** What a course is told at the end of a quiz: its score three ways, and whether it passed. */
export interface QuizOutcome {
  /** The credits added up (partial credit counted). */
  raw: number
  /** The number of questions. */
  max: number
  /** raw ÷ max, 0 to 1, cut to 4 decimals: SCORM 2004's `score.scaled`, xAPI's `score.scaled`. */
  scaled: number
  /** The same in percent, cut to 2 decimals: SCORM 1.2's `score.raw`. */
  percent: number
  /** Whether `scaled` reaches the mastery score; undefined when there is none. */
  passed: boolean | undefined
}

const round = (value: number, decimals: number) => {
  const scale = 10 ** decimals
  return Math.round(value * scale) / scale
}

/**
 * `value` cut to `decimals`, never rounded up: a score that rounds up could pass a mastery score
 * it did not reach (7.9999 of 10 is no 0.8). The nudge keeps floating-point dust (0.1 added eight
 * times is 0.7999999999999999) from costing a hundredth.
 */
const cutTo = (value: number, decimals: number) => {
  const scale = 10 ** decimals
  return Math.floor(value * scale + 1e-7) / scale
}

/**
 * The outcome of a quiz from its grades (a question left unanswered earns nothing) and the
 * mastery score, 0 to 1, if the course or the package has one. Passing compares the score as it
 * is reported, as an LMS that judges it itself (1.2's mastery_score, 2004's scaled_passing_score)
 * does: 8 of 10 passes a mastery of 0.8.
 */
export function quizOutcome(
  grades: readonly (Grade | undefined)[],
  mastery: number | undefined,
): QuizOutcome {
  const max = grades.length
  // Credits carry at most 4 decimals: rounding the sum only takes off floating-point dust.
  const raw = round(
    grades.reduce((sum, grade) => sum + (grade?.credit ?? 0), 0),
    4,
  )
  const share = max === 0 ? 0 : raw / max
  const scaled = cutTo(share, 4)
  return {
    raw,
    max,
    scaled,
    percent: cutTo(share * 100, 2),
    passed: mastery === undefined ? undefined : scaled >= mastery,
  }
}
