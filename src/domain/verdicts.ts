/**
 * The three verdicts and how they read, apart from the answer schemas (answers.ts) so that the
 * question components don't load zod with them.
 */
export const VERDICTS = ['correct', 'partial', 'incorrect'] as const
export type Verdict = (typeof VERDICTS)[number]

/** How a verdict reads: the first word of the feedback a learner hears. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  correct: 'Correct',
  partial: 'Partly correct',
  incorrect: 'Incorrect',
}
