import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { z } from 'zod/mini'
import { AnswerSchema, GradeSchema, type Answer, type Grade } from '@/domain/answers'
import type { LessonScore, QuestionStep } from '@/domain/lesson'
import { schemaOnFirstUse } from '@/domain/schema-on-first-use'
import { localState } from '@/persistence'
import { FIRST_LEARNER, useLearnersStore } from './learners'

/** Before learners could share a device, the one learner's lessons were kept under this key. */
const LEGACY_KEY = 'lessons'
const ScoreSchema = schemaOnFirstUse(() =>
  z.object({
    correct: z.int().check(z.gte(0)),
    total: z.int().check(z.gte(0)),
    percent: z.number().check(z.gte(0), z.lte(100)),
  }),
)
const ProgressSchema = schemaOnFirstUse(() =>
  z.object({
    /** Position in the lesson's path. */
    step: z.int().check(z.gte(0)),
    answers: z.record(
      z.string(),
      z.object({
        answer: AnswerSchema,
        grade: GradeSchema,
        /** The answer's id in the learner's record, and whether the learner appealed it. */
        attempt: z.optional(z.string()),
        appealed: z.optional(z.boolean()),
      }),
    ),
    /** Check questions answered wrong the first time: they come back once. */
    wrong: z.array(z.string()),
    completed: z.optional(ScoreSchema),
    updatedAt: z.number(),
  }),
)
const SavedSchema = schemaOnFirstUse(() =>
  z.object({ v: z.literal(1), lessons: z.record(z.string(), ProgressSchema) }),
)

export type LessonProgress = z.infer<typeof ProgressSchema>
export type LessonStatus =
  { state: 'not-started' } | { state: 'in-progress' } | { state: 'complete'; score: LessonScore }

const keyOf = (bankId: string, topicId: string) => `${bankId}/${topicId}`

/** Where the learner is in each lesson, kept in this browser so that leaving and coming back resumes. */
export const useLessonsStore = defineStore('lessons', () => {
  const learners = useLearnersStore()
  const savedKey = () => `lessons:${learners.current.id}`

  function read(): Record<string, LessonProgress> {
    const saved = localState.read(savedKey(), SavedSchema)
    if (saved || learners.current.id !== FIRST_LEARNER.id) return saved?.lessons ?? {}
    const legacy = localState.read(LEGACY_KEY, SavedSchema)
    if (legacy && localState.write(savedKey(), legacy) === 'saved') localState.remove(LEGACY_KEY)
    return legacy?.lessons ?? {}
  }

  const lessons = ref<Record<string, LessonProgress>>(read())
  watch(
    () => learners.current.id,
    () => (lessons.value = read()),
  )

  const save = () => localState.write(savedKey(), { v: 1, lessons: lessons.value })

  function progress(bankId: string, topicId: string): LessonProgress {
    return (
      lessons.value[keyOf(bankId, topicId)] ?? { step: 0, answers: {}, wrong: [], updatedAt: 0 }
    )
  }

  function status(bankId: string, topicId: string): LessonStatus {
    const entry = lessons.value[keyOf(bankId, topicId)]
    if (!entry) return { state: 'not-started' }
    return entry.completed
      ? { state: 'complete', score: entry.completed }
      : { state: 'in-progress' }
  }

  function update(
    bankId: string,
    topicId: string,
    change: Partial<LessonProgress>,
    now = Date.now(),
  ) {
    const key = keyOf(bankId, topicId)
    lessons.value[key] = { ...progress(bankId, topicId), ...change, updatedAt: now }
    save()
  }

  function goTo(bankId: string, topicId: string, step: number, now = Date.now()) {
    update(bankId, topicId, { step }, now)
  }

  /** Keeps a checked answer; a check question answered wrong the first time is marked to come back. */
  function keepAnswer(
    bankId: string,
    topicId: string,
    step: QuestionStep,
    saved: { answer: Answer; grade: Grade; attempt: string },
    now = Date.now(),
  ) {
    const current = progress(bankId, topicId)
    const isFirstTry = step.kind === 'check' && !step.retryOf
    const wrong =
      isFirstTry && saved.grade.verdict !== 'correct' && !current.wrong.includes(step.id)
        ? [...current.wrong, step.id]
        : current.wrong
    update(bankId, topicId, { answers: { ...current.answers, [step.id]: saved }, wrong }, now)
  }

  /** Marks a step's answer as appealed by the learner. */
  function keepAppeal(bankId: string, topicId: string, stepId: string, now = Date.now()) {
    const { answers } = progress(bankId, topicId)
    const saved = answers[stepId]
    if (!saved) return
    update(
      bankId,
      topicId,
      { answers: { ...answers, [stepId]: { ...saved, appealed: true } } },
      now,
    )
  }

  function complete(bankId: string, topicId: string, score: LessonScore) {
    update(bankId, topicId, { completed: score })
  }

  /** Starts the lesson again from its first step; a completed lesson keeps its score until finished again. */
  function restart(bankId: string, topicId: string) {
    const { completed } = progress(bankId, topicId)
    update(bankId, topicId, {
      step: 0,
      answers: {},
      wrong: [],
      ...(completed ? { completed } : {}),
    })
  }

  return { lessons, progress, status, goTo, keepAnswer, keepAppeal, complete, restart }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useLessonsStore, import.meta.hot))
