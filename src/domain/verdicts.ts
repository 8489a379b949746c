import type { Verdict } from './answers.ts'

/**
 * How each verdict reads, apart from the answer schemas (answers.ts) so that the question
 * components don't load zod with them: only the type comes from there, and a type costs nothing.
 */

/** How a verdict reads: the first word of the feedback a learner hears. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  correct: 'Correct',
  partial: 'Partly correct',
  incorrect: 'Incorrect',
}
