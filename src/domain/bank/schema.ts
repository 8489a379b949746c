import { z } from 'zod'

/**
 * The one schema of a question bank file. TypeScript types are inferred from it; the build,
 * the command line and (later) the studio all validate through it.
 */
const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id is lower-case letters, digits and single hyphens')

const text = z.string().trim().min(1, 'must not be empty')

export const SourceSchema = z.strictObject({
  headline: text,
  publisher: text,
  date: z.iso.date('a date is written YYYY-MM-DD'),
  url: z.url().optional(),
})

export const TopicSchema = z.strictObject({
  id,
  title: text,
  summary: text,
  order: z.int().min(1),
})

export const FactSchema = z.strictObject({
  id,
  topic: id,
  text,
  paragraph: z.int().min(1),
})

const questionBase = {
  id,
  prompt: text,
  facts: z.array(id).min(1, 'a question names at least one fact it tests'),
  explanation: text.optional(),
  difficulty: z.int().min(1).max(3).default(1),
  tags: z.array(text).optional(),
}

export const SingleQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('single'),
  options: z.array(text).min(2, 'a single-choice question needs at least 2 options'),
  answer: text,
})

export const QuestionSchema = z.discriminatedUnion('type', [SingleQuestionSchema])

export const BankFileSchema = z.strictObject({
  title: text,
  language: z.string().min(2),
  summary: text,
  source: SourceSchema,
  license: text,
  topics: z.array(TopicSchema).min(1, 'a bank needs at least one topic'),
  facts: z.array(FactSchema).min(1, 'a bank needs at least one fact'),
  questions: z.array(QuestionSchema).min(1, 'a bank needs at least one question'),
})

export type Source = z.infer<typeof SourceSchema>
export type Topic = z.infer<typeof TopicSchema>
export type Fact = z.infer<typeof FactSchema>
export type SingleQuestion = z.infer<typeof SingleQuestionSchema>
export type Question = z.infer<typeof QuestionSchema>
export type BankFile = z.infer<typeof BankFileSchema>
