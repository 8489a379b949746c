import { z } from 'zod/mini'
import type { QuestionType } from './question-types.ts'

// Zod mini comes without messages (classic zod sets English ones): problems with no message of
// our own, such as an unknown `format:`, quote zod's English message.
z.config(z.locales.en())

/**
 * The one schema of a question bank. TypeScript types are inferred from it, the JSON Schema for
 * editors is generated from it (npm run questions:schema), and the build, the command line and
 * the studio all validate through it.
 */
const id = z
  .string()
  .check(
    z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id is lower-case letters, digits and single hyphens'),
    z.describe(
      'Lower-case letters, digits and hyphens, unique within the bank, e.g. armistice-1953.',
    ),
  )

const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'))

/** Answer texts: teachers write `[1950, 1953]` as readily as `['1950', '1953']`. */
const answerText = z.union([text, z.pipe(z.number(), z.transform(String))])

const paragraph = z
  .optional(z.int().check(z.gte(1)))
  .check(
    z.describe(
      'The paragraph of the source the fact stands in, counting from 1; needed when the bank has a source.',
    ),
  )

const partialDate = z
  .string()
  .check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is written YYYY, YYYY-MM or YYYY-MM-DD'))

export const SourceSchema = z.strictObject({
  headline: text,
  publisher: text,
  date: z.iso.date('a date is written YYYY-MM-DD'),
  url: z.optional(
    z.url({ protocol: /^https?$/, message: 'a link starts with https:// (or http://)' }),
  ),
})

export const TopicSchema = z.strictObject({
  id,
  title: text,
  summary: z.optional(text).check(z.describe('Introduces the topic at the start of its lesson.')),
  order: z
    .optional(z.int().check(z.gte(1)))
    .check(z.describe('Position among the topics; file order when left out.')),
})

export const FactSchema = z.strictObject({
  id,
  topic: id,
  text: text.check(z.describe('The fact in your own words.')),
  paragraph,
  number: z.optional(
    z.strictObject({
      value: z.number(),
      unit: z.optional(text),
      tolerance: z
        .optional(z.number().check(z.gte(0)))
        .check(z.describe('How far off still counts, for "about" figures.')),
    }),
  ),
  year: z.optional(z.int()),
  date: z.optional(z.iso.date('a date is written YYYY-MM-DD')),
  person: z.optional(z.strictObject({ name: text, role: text })),
  event: z.optional(z.strictObject({ name: text, date: partialDate })),
  term: z.optional(
    z.strictObject({
      term: text.check(z.describe('Must appear in the fact text; cloze questions blank it out.')),
      meaning: text,
    }),
  ),
})

const weights = z
  .record(z.string(), z.number().check(z.gte(-100), z.lte(100)))
  .check(
    z.describe('Credit in percent per option text (GIFT weights); positive ones add up to 100.'),
  )

const feedback = z
  .record(z.string(), text)
  .check(z.describe('Feedback shown for a chosen option, by option text.'))

/** A BCP 47 language tag as banks write it: `en`, `fr-CA`, `zh-Hant`. */
const languageCode = z
  .string()
  .check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a language is a code such as en or fr-CA'))

const difficultyMessage = 'difficulty is 1 (easy), 2 (medium) or 3 (hard)'

const questionBase = {
  id,
  prompt: text,
  facts: z.optional(z.array(id)).check(z.describe('The ids of the facts the question tests.')),
  topic: z.optional(id).check(z.describe('Only needed when the question names no facts.')),
  explanation: z
    .optional(text)
    .check(z.describe('Shown after the answer: why the right answer is right.')),
  difficulty: z
    .optional(
      z.int(difficultyMessage).check(z.gte(1, difficultyMessage), z.lte(3, difficultyMessage)),
    )
    .check(z.describe('1 easy, 2 medium (default), 3 hard.')),
  tags: z.optional(z.array(text)),
  format: z
    .optional(z.enum(['markdown', 'plain', 'html']))
    .check(z.describe('How prompt, options and explanation are written; markdown by default.')),
  language: z
    .optional(languageCode)
    .check(
      z.describe(
        'The language of this question’s texts and answers when it is not the bank’s (a French question in an English bank: fr).',
      ),
    ),
}

export const SingleQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('single'),
  options: z
    .array(answerText)
    .check(z.minLength(2, 'a single-choice question needs at least 2 options')),
  answer: answerText.check(z.describe('The right option, written exactly as among the options.')),
  weights: z.optional(weights),
  feedback: z.optional(feedback),
})

export const MultipleQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('multiple'),
  options: z
    .array(answerText)
    .check(z.minLength(2, 'a multiple-choice question needs at least 2 options')),
  answers: z
    .array(answerText)
    .check(z.minLength(1, 'a multiple-choice question needs at least one right answer')),
  weights: z.optional(weights),
  feedback: z.optional(feedback),
})

export const TrueFalseQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('truefalse'),
  answer: z.boolean(),
  feedback: z.optional(z.strictObject({ true: z.optional(text), false: z.optional(text) })),
})

const numericTarget = {
  value: z.optional(z.number()).check(z.describe('The right number.')),
  tolerance: z
    .optional(z.number().check(z.gte(0)))
    .check(z.describe('How far from value still counts (inclusive).')),
  range: z
    .optional(z.tuple([z.number(), z.number()]))
    .check(z.describe('[lowest, highest], inclusive.')),
}

export const NumericQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('numeric'),
  ...numericTarget,
  unit: z.optional(text).check(z.describe('Accepted after the number, e.g. troops.')),
  partial: z
    .optional(
      z.array(z.strictObject({ ...numericTarget, credit: z.number().check(z.gt(0), z.lt(1)) })),
    )
    .check(z.describe('Near answers that earn part of the credit (GIFT weights).')),
})

export const ShortQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('short'),
  answers: z
    .array(answerText)
    .check(z.minLength(1, 'a short-answer question needs at least one accepted answer')),
  typos: z
    .optional(z.boolean())
    .check(z.describe('Forgive one typo in words of 6 or more letters.')),
  case: z
    .optional(z.boolean())
    .check(z.describe('Upper and lower case must be as in an answer (Moodle usecase).')),
  wildcards: z
    .optional(z.boolean())
    .check(z.describe('In the answers, * stands for any run of characters; write \\* for a star.')),
})

export const ClozeQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('cloze'),
  text: text.check(
    z.describe(
      'The text with blanks: {{answer}} or {{answer|other accepted answer}}; blanks whose answers may come in either order share a group: {{@name answer}}. A drop-down: {{right|~wrong|~wrong}}. A number: {{#1953}}, {{#6.25:0.05}} (value:tolerance) or {{#1..2}} (a range). Inside a blank, \\| \\} \\{ \\~ \\# \\\\ are those characters.',
    ),
  ),
  typos: z.optional(z.boolean()),
})

export const OrderQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('order'),
  items: z.array(answerText).check(z.minLength(2, 'an order question needs at least 2 items')),
})

export const MatchQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('match'),
  pairs: z
    .array(z.strictObject({ left: answerText, right: answerText }))
    .check(z.minLength(2, 'a match question needs at least 2 pairs')),
  distractors: z.optional(z.array(answerText)).check(z.describe('Extra wrong right-hand options.')),
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
  topics: z.optional(z.array(TopicSchema)),
  facts: z.optional(z.array(FactSchema)),
  questions: z.optional(z.array(QuestionSchema)),
}

/** A bank in one file, or the main file (`bank.yaml`) of a bank kept as a folder. */
export const BankFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  title: text,
  language: languageCode.check(
    z.describe('The language of the bank’s texts and answers: a code such as en, fr or fr-CA.'),
  ),
  summary: z.optional(text).check(z.describe('One paragraph in your own words about the source.')),
  source: z
    .optional(SourceSchema)
    .check(z.describe('What the facts come from; cited in feedback.')),
  license: z.optional(text).check(z.describe('The licence of the questions, e.g. CC BY 4.0.')),
  generate: z
    .optional(z.boolean())
    .check(
      z.describe('Generate extra questions from the facts (default true; banks in English only).'),
    ),
  ...bankContent,
})

/** Any other YAML file in a bank folder adds topics, facts and questions. */
export const BankPartSchema = z.strictObject({ $schema: z.optional(z.string()), ...bankContent })

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
