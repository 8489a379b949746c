import { z } from 'zod'
import type { QuestionType } from './question-types.ts'

/**
 * The one schema of a question bank. TypeScript types are inferred from it, the JSON Schema for
 * editors is generated from it (npm run questions:schema), and the build, the command line and
 * the studio all validate through it.
 */
const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id is lower-case letters, digits and single hyphens')
  .describe('Lower-case letters, digits and hyphens, unique within the bank, e.g. armistice-1953.')

const text = z.string().trim().min(1, 'must not be empty')

/** Answer texts: teachers write `[1950, 1953]` as readily as `['1950', '1953']`. */
const answerText = z.union([text, z.number().transform(String)])

const paragraph = z
  .int()
  .min(1)
  .describe('The paragraph of the source the fact stands in, counting from 1.')

const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is written YYYY, YYYY-MM or YYYY-MM-DD')

export const SourceSchema = z.strictObject({
  headline: text,
  publisher: text,
  date: z.iso.date('a date is written YYYY-MM-DD'),
  url: z
    .url({ protocol: /^https?$/, message: 'a link starts with https:// (or http://)' })
    .optional(),
})

export const TopicSchema = z.strictObject({
  id,
  title: text,
  summary: text.optional().describe('Introduces the topic at the start of its lesson.'),
  order: z.int().min(1).optional().describe('Position among the topics; file order when left out.'),
})

export const FactSchema = z.strictObject({
  id,
  topic: id,
  text: text.describe('The fact in your own words.'),
  paragraph,
  number: z
    .strictObject({
      value: z.number(),
      unit: text.optional(),
      tolerance: z
        .number()
        .min(0)
        .optional()
        .describe('How far off still counts, for "about" figures.'),
    })
    .optional(),
  year: z.int().optional(),
  date: z.iso.date('a date is written YYYY-MM-DD').optional(),
  person: z.strictObject({ name: text, role: text }).optional(),
  event: z.strictObject({ name: text, date: partialDate }).optional(),
  term: z
    .strictObject({
      term: text.describe('Must appear in the fact text; cloze questions blank it out.'),
      meaning: text,
    })
    .optional(),
})

const weights = z
  .record(z.string(), z.number().min(-100).max(100))
  .describe('Credit in percent per option text (GIFT weights); positive ones add up to 100.')

const feedback = z
  .record(z.string(), text)
  .describe('Feedback shown for a chosen option, by option text.')

const questionBase = {
  id,
  prompt: text,
  facts: z.array(id).optional().describe('The ids of the facts the question tests.'),
  topic: id.optional().describe('Only needed when the question names no facts.'),
  explanation: text.optional().describe('Shown after the answer: why the right answer is right.'),
  difficulty: z
    .int('difficulty is 1 (easy), 2 (medium) or 3 (hard)')
    .min(1, 'difficulty is 1 (easy), 2 (medium) or 3 (hard)')
    .max(3, 'difficulty is 1 (easy), 2 (medium) or 3 (hard)')
    .optional()
    .describe('1 easy, 2 medium (default), 3 hard.'),
  tags: z.array(text).optional(),
  format: z
    .enum(['markdown', 'plain', 'html'])
    .optional()
    .describe('How prompt, options and explanation are written; markdown by default.'),
}

export const SingleQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('single'),
  options: z.array(answerText).min(2, 'a single-choice question needs at least 2 options'),
  answer: answerText.describe('The right option, written exactly as among the options.'),
  weights: weights.optional(),
  feedback: feedback.optional(),
})

export const MultipleQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('multiple'),
  options: z.array(answerText).min(2, 'a multiple-choice question needs at least 2 options'),
  answers: z.array(answerText).min(1, 'a multiple-choice question needs at least one right answer'),
  weights: weights.optional(),
  feedback: feedback.optional(),
})

export const TrueFalseQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('truefalse'),
  answer: z.boolean(),
  feedback: z.strictObject({ true: text.optional(), false: text.optional() }).optional(),
})

const numericTarget = {
  value: z.number().optional().describe('The right number.'),
  tolerance: z.number().min(0).optional().describe('How far from value still counts (inclusive).'),
  range: z.tuple([z.number(), z.number()]).optional().describe('[lowest, highest], inclusive.'),
}

export const NumericQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('numeric'),
  ...numericTarget,
  unit: text.optional().describe('Accepted after the number, e.g. troops.'),
  partial: z
    .array(z.strictObject({ ...numericTarget, credit: z.number().gt(0).lt(1) }))
    .optional()
    .describe('Near answers that earn part of the credit (GIFT weights).'),
})

export const ShortQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('short'),
  answers: z.array(answerText).min(1, 'a short-answer question needs at least one accepted answer'),
  typos: z.boolean().optional().describe('Forgive one typo in words of 6 or more letters.'),
})

export const ClozeQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('cloze'),
  text: text.describe('The text with blanks: {{answer}} or {{answer|other accepted answer}}.'),
  typos: z.boolean().optional(),
})

export const OrderQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('order'),
  items: z.array(answerText).min(2, 'an order question needs at least 2 items'),
})

export const MatchQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('match'),
  pairs: z
    .array(z.strictObject({ left: answerText, right: answerText }))
    .min(2, 'a match question needs at least 2 pairs'),
  distractors: z.array(answerText).optional().describe('Extra wrong right-hand options.'),
})

export const QuestionSchema = z.discriminatedUnion('type', [
  SingleQuestionSchema,
  MultipleQuestionSchema,
  TrueFalseQuestionSchema,
  NumericQuestionSchema,
  ShortQuestionSchema,
  ClozeQuestionSchema,
  OrderQuestionSchema,
  MatchQuestionSchema,
])

export { QUESTION_TYPES, type QuestionType } from './question-types.ts'

const bankContent = {
  topics: z.array(TopicSchema).optional(),
  facts: z.array(FactSchema).optional(),
  questions: z.array(QuestionSchema).optional(),
}

/** A bank in one file, or the main file (`bank.yaml`) of a bank kept as a folder. */
export const BankFileSchema = z.strictObject({
  $schema: z.string().optional(),
  title: text,
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a language is a code such as en or fr-CA'),
  summary: text.optional().describe('One paragraph in your own words about the source.'),
  source: SourceSchema.optional().describe('What the facts come from; cited in feedback.'),
  license: text.optional().describe('The licence of the questions, e.g. CC BY 4.0.'),
  generate: z
    .boolean()
    .optional()
    .describe('Generate extra questions from the facts (default true).'),
  ...bankContent,
})

/** Any other YAML file in a bank folder adds topics, facts and questions. */
export const BankPartSchema = z.strictObject({ $schema: z.string().optional(), ...bankContent })

export type Source = z.infer<typeof SourceSchema>
export type Topic = z.infer<typeof TopicSchema>
export type Fact = z.infer<typeof FactSchema>
export type SingleQuestion = z.infer<typeof SingleQuestionSchema>
export type MultipleQuestion = z.infer<typeof MultipleQuestionSchema>
export type TrueFalseQuestion = z.infer<typeof TrueFalseQuestionSchema>
export type NumericQuestion = z.infer<typeof NumericQuestionSchema>
export type ShortQuestion = z.infer<typeof ShortQuestionSchema>
export type ClozeQuestion = z.infer<typeof ClozeQuestionSchema>
export type OrderQuestion = z.infer<typeof OrderQuestionSchema>
export type MatchQuestion = z.infer<typeof MatchQuestionSchema>
export type QuestionInput = z.infer<typeof QuestionSchema>
// The schema's types and QUESTION_TYPES must stay the same list.
const sameTypes: [QuestionInput['type'], QuestionType] extends [QuestionType, QuestionInput['type']]
  ? true
  : never = true
void sameTypes
export type BankFile = z.infer<typeof BankFileSchema>
export type BankPart = z.infer<typeof BankPartSchema>
