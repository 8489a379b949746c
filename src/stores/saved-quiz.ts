import { z } from 'zod/mini'
import { AnswerSchema, GradeSchema } from '@/domain/answers'
import { sessionState } from '@/persistence'

/**
 * What a tab keeps of its quizzes, and the schemas that check it. Loaded by the quiz store only
 * when the tab has something saved, so a fresh quiz shows its first question without zod.
 */
const IndexSchema = z.array(z.string())
const SavedQuizSchema = z.object({
  v: z.literal(2),
  /** The questions the answers belong to: a changed bank never pairs an answer with another question. */
  keys: z.array(z.string()),
  answers: z.array(z.nullable(AnswerSchema)),
  grades: z.array(z.nullable(GradeSchema)),
  /** Each checked answer's id in the learner's record, and whether the learner appealed it. */
  attempts: z.optional(z.array(z.nullable(z.string()))),
  appealed: z.optional(z.array(z.boolean())),
  index: z.int().check(z.gte(0)),
  startedAt: z.number(),
  finishedAt: z.nullable(z.number()),
})
export type SavedQuiz = z.infer<typeof SavedQuizSchema>

export const readQuizIndex = (key: string): string[] => sessionState.read(key, IndexSchema) ?? []
export const readSavedQuiz = (key: string): SavedQuiz | undefined =>
  sessionState.read(key, SavedQuizSchema)
