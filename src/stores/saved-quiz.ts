import { z } from 'zod'
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
  answers: z.array(AnswerSchema.nullable()),
  grades: z.array(GradeSchema.nullable()),
  index: z.int().min(0),
  startedAt: z.number(),
  finishedAt: z.number().nullable(),
})
export type SavedQuiz = z.infer<typeof SavedQuizSchema>

export const readQuizIndex = (key: string): string[] => sessionState.read(key, IndexSchema) ?? []
export const readSavedQuiz = (key: string): SavedQuiz | undefined =>
  sessionState.read(key, SavedQuizSchema)
