import { z } from 'zod/mini'
import { AnswerSchema } from './answers.ts'
import { QUESTION_TYPES } from './bank/question-types.ts'
import { schemaOnFirstUse } from './schema-on-first-use.ts'

/** Where an answer was given. */
export const ATTEMPT_CONTEXTS = ['quiz', 'lesson', 'review', 'kiosk'] as const

/**
 * One answer a learner gave: the unit of the learning record. The record is an append-only log
 * of attempts; mastery, accuracy, streaks and the review schedule are all derived from it.
 */
export const AttemptSchema = schemaOnFirstUse(() =>
  z.object({
    /** Unique across devices and tabs (a random UUID), so merging two records never doubles one. */
    id: z.string().check(z.minLength(1)),
    /** When the answer was checked, in milliseconds since 1970 (UTC). */
    at: z.int().check(z.nonnegative()),
    bank: z.string().check(z.minLength(1)),
    question: z.string().check(z.minLength(1)),
    /** The facts the question tests: what the review schedule tracks. */
    facts: z.array(z.string()),
    type: z.enum(QUESTION_TYPES),
    answer: AnswerSchema,
    /** 0 to 1. */
    credit: z.number().check(z.gte(0), z.lte(1)),
    /** Time from seeing the question to checking the answer. */
    seconds: z.number().check(z.nonnegative()),
    /** Where the answer was given. */
    context: z.enum(ATTEMPT_CONTEXTS),
  }),
)
export type Attempt = z.infer<typeof AttemptSchema>

/** The order of a learning record: by `at`, ties by id (code-unit order, not locale). */
export function byTime(a: Attempt, b: Attempt): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/** A fact as the review schedule and the dashboard know it: `bank/fact`. */
export const factKey = (bank: string, fact: string) => `${bank}/${fact}`
