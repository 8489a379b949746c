import { z } from 'zod/mini'
import { QUESTION_TYPES } from '../bank/question-types.ts'

const answerShape = {
  /** `bank/question`. */
  key: z.string().check(z.minLength(1)),
  prompt: z.string(),
  type: z.enum(QUESTION_TYPES),
  /** The learner's answer as text. */
  answer: z.string(),
  /** The right answer as text. */
  right: z.string(),
  /** 0 to 1; only 1 counts as correct. */
  credit: z.number().check(z.gte(0), z.lte(1)),
  seconds: z.number().check(z.nonnegative()),
}

/** One answer at the kiosk, kept as text so the tally reads without the bank. */
export const KioskAnswerSchema = z.object({
  ...answerShape,
  /** The student pressed `My answer should count`: for the teacher to look at. */
  appealed: z.boolean(),
})
export type KioskAnswer = z.infer<typeof KioskAnswerSchema>

const sessionShape = {
  id: z.string().check(z.minLength(1)),
  /** 1, 2, 3… in the order students were served. */
  student: z.int().check(z.gte(1)),
  bank: z.string().check(z.minLength(1)),
  /** In milliseconds since 1970 (UTC). */
  startedAt: z.int().check(z.nonnegative()),
  /** null while the student is still answering, or when they walked away. */
  finishedAt: z.nullable(z.int().check(z.nonnegative())),
}

/** One student's turn at the kiosk. Anonymous: a number in the order served, never a name. */
export const KioskSessionSchema = z.object({
  ...sessionShape,
  answers: z.array(KioskAnswerSchema),
})
export type KioskSession = z.infer<typeof KioskSessionSchema>

/**
 * The class tally as stored: the kiosk's sessions, oldest first. Never part of a learner's record.
 * Version 2 marks appealed answers; version 1 had no appeals.
 */
export const TallySchema = z.object({
  v: z.literal(2),
  sessions: z.array(KioskSessionSchema),
})
export type Tally = z.infer<typeof TallySchema>

const TallyV1Schema = z.object({
  v: z.literal(1),
  sessions: z.array(z.object({ ...sessionShape, answers: z.array(z.object(answerShape)) })),
})

/** A tally as a kiosk may have stored it, this version or an older one: see upgradeTally. */
export const StoredTallySchema = z.union([TallySchema, TallyV1Schema])
export type StoredTally = z.infer<typeof StoredTallySchema>

/** Brings a stored tally to the current version: a version 1 answer was never appealed. */
export function upgradeTally(stored: StoredTally): Tally {
  if (stored.v === 2) return stored
  return {
    v: 2,
    sessions: stored.sessions.map((session) => ({
      ...session,
      answers: session.answers.map((answer) => ({ ...answer, appealed: false })),
    })),
  }
}

export function emptyTally(): Tally {
  return { v: 2, sessions: [] }
}

/** Sessions kept; a whole day is about 200 students, so this keeps storage bounded. */
export const MAX_SESSIONS = 2000

/**
 * Saves a session: a session already in the tally (same id) is replaced where it stands, a new one
 * is appended; beyond MAX_SESSIONS the oldest are dropped.
 */
export function addSession(tally: Tally, session: KioskSession): Tally {
  const index = tally.sessions.findIndex((s) => s.id === session.id)
  const sessions =
    index >= 0
      ? tally.sessions.map((s, i) => (i === index ? session : s))
      : [...tally.sessions, session]
  return { v: 2, sessions: sessions.slice(-MAX_SESSIONS) }
}

/** The session with its latest answer appealed (the student's appeal comes before Next). */
export function appealLatestAnswer(session: KioskSession): KioskSession {
  const last = session.answers.length - 1
  if (last < 0) return session
  return {
    ...session,
    answers: session.answers.map((a, i) => (i === last ? { ...a, appealed: true } : a)),
  }
}

/** The number the next student gets: one more than the highest so far. */
export function nextStudent(tally: Tally): number {
  return tally.sessions.reduce((max, s) => Math.max(max, s.student), 0) + 1
}

export interface QuestionTally {
  key: string
  prompt: string
  /** How many times it was answered. */
  answered: number
  /** 0 to 1. */
  averageCredit: number
  /** Answers with full credit. */
  correct: number
}

export interface ClassTally {
  /** Sessions with at least one answer. */
  students: number
  /** 0 to 100: the mean of each student's percent, partial credit counted; 0 with no students. */
  averageScore: number
  /** The hardest questions first: lowest average credit, then by key. */
  questions: QuestionTally[]
}

export function tallyOf(sessions: readonly KioskSession[]): ClassTally {
  const answered = sessions.filter((s) => s.answers.length > 0)
  const percents = answered.map(
    (s) => (s.answers.reduce((sum, a) => sum + a.credit, 0) / s.answers.length) * 100,
  )
  const averageScore =
    percents.length === 0 ? 0 : percents.reduce((sum, p) => sum + p, 0) / percents.length

  const byKey = new Map<
    string,
    { key: string; prompt: string; credit: number; answered: number; correct: number }
  >()
  for (const session of answered) {
    for (const answer of session.answers) {
      const entry = byKey.get(answer.key) ?? {
        key: answer.key,
        prompt: answer.prompt,
        credit: 0,
        answered: 0,
        correct: 0,
      }
      entry.credit += answer.credit
      entry.answered++
      if (answer.credit === 1) entry.correct++
      byKey.set(answer.key, entry)
    }
  }
  const questions = [...byKey.values()]
    .map(({ key, prompt, credit, answered, correct }) => ({
      key,
      prompt,
      answered,
      averageCredit: credit / answered,
      correct,
    }))
    .sort(
      (a, b) => a.averageCredit - b.averageCredit || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    )
  return { students: answered.length, averageScore, questions }
}
