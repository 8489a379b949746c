/**
 * The question types, kept apart from the zod schemas so that code which only needs the list
 * (the quiz URL, the attempt log) doesn't pull the bank compiler into the learner's first screen.
 */
export const QUESTION_TYPES = [
  'single',
  'multiple',
  'truefalse',
  'numeric',
  'short',
  'cloze',
  'order',
  'match',
] as const

export type QuestionType = (typeof QUESTION_TYPES)[number]
