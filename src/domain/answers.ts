import { z } from 'zod/mini'
import { schemaOnFirstUse } from './schema-on-first-use.ts'

/** What a learner gave for one question; one shape per question type. */
export const AnswerSchema = schemaOnFirstUse(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('single'), choice: z.nullable(z.string()) }),
    z.object({ type: z.literal('multiple'), choices: z.array(z.string()) }),
    z.object({ type: z.literal('truefalse'), choice: z.nullable(z.boolean()) }),
    /** numeric: the text as typed, e.g. "28,000 troops". */
    z.object({ type: z.literal('numeric'), text: z.string() }),
    z.object({ type: z.literal('short'), text: z.string() }),
    /** cloze: one text per blank, in reading order. */
    z.object({ type: z.literal('cloze'), blanks: z.array(z.string()) }),
    /** order: every item, in the order the learner put them. */
    z.object({ type: z.literal('order'), items: z.array(z.string()) }),
    /** match: for each left-hand text, the right-hand text chosen ('' for none yet). */
    z.object({ type: z.literal('match'), choices: z.record(z.string(), z.string()) }),
  ]),
)
export type Answer = z.infer<typeof AnswerSchema>

/** The three verdicts; how each reads is in verdicts.ts. */
export const VERDICTS = ['correct', 'partial', 'incorrect'] as const
export type Verdict = (typeof VERDICTS)[number]
export const VerdictSchema = z.enum(VERDICTS)

export const GradeSchema = schemaOnFirstUse(() =>
  z.object({
    /** 0 to 1; only 1 counts as a correct answer, the percentage adds up partial credit. */
    credit: z.number().check(z.gte(0), z.lte(1)),
    verdict: VerdictSchema,
    /** For answers in parts (cloze blanks, match rows, order positions): which parts were right. */
    parts: z.optional(z.array(z.boolean())),
    /** A near miss that was not accepted: one typo off, or a number without its unit. */
    hint: z.optional(z.enum(['spelling', 'unit'])),
  }),
)
export type Grade = z.infer<typeof GradeSchema>
