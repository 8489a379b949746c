import { describe, expect, it } from 'vitest'
import {
  KioskSessionSchema,
  MAX_SESSIONS,
  StoredTallySchema,
  TallySchema,
  addSession,
  appealLatestAnswer,
  emptyTally,
  upgradeTally,
  nextStudent,
  tallyOf,
  type KioskAnswer,
  type KioskSession,
} from '@/domain/kiosk/index.ts'

const T = Date.UTC(2025, 2, 14, 9, 0, 0)

const answer = (key: string, credit: number): KioskAnswer => ({
  key,
  prompt: `Prompt of ${key}`,
  type: 'single',
  answer: 'given',
  right: 'right',
  credit,
  seconds: 5,
  appealed: false,
})

const session = (student: number, answers: KioskAnswer[]): KioskSession => ({
  id: `s${student}`,
  student,
  bank: 'korea',
  startedAt: T + student * 60_000,
  finishedAt: T + student * 60_000 + 30_000,
  answers,
})

describe('tallyOf', () => {
  it('adds up a class by hand', () => {
    const sessions = [
      // 1.5 of 3: 50 %.
      session(1, [answer('korea/a', 1), answer('korea/b', 0.5), answer('korea/c', 0)]),
      // 2 of 2: 100 %.
      session(2, [answer('korea/a', 1), answer('korea/b', 1)]),
      // 0.25 of 2: 12.5 %.
      session(3, [answer('korea/a', 0), answer('korea/c', 0.25)]),
      // Walked away before answering: not a student of the tally.
      session(4, []),
    ]
    const tally = tallyOf(sessions)
    expect(tally.students).toBe(3)
    // (50 + 100 + 12.5) / 3
    expect(tally.averageScore).toBeCloseTo(54.1667, 4)
    expect(tally.questions).toEqual([
      // 0.25 / 2
      {
        key: 'korea/c',
        prompt: 'Prompt of korea/c',
        answered: 2,
        averageCredit: 0.125,
        correct: 0,
      },
      // 2 / 3
      {
        key: 'korea/a',
        prompt: 'Prompt of korea/a',
        answered: 3,
        averageCredit: 2 / 3,
        correct: 2,
      },
      // 1.5 / 2
      { key: 'korea/b', prompt: 'Prompt of korea/b', answered: 2, averageCredit: 0.75, correct: 1 },
    ])
  })

  it('weighs each student the same, however many questions they answered', () => {
    const tally = tallyOf([
      session(1, [answer('k/a', 1)]),
      session(2, [answer('k/a', 0), answer('k/b', 0), answer('k/c', 0), answer('k/d', 0)]),
    ])
    // (100 + 0) / 2, not 1 right of 5 answers.
    expect(tally.averageScore).toBe(50)
  })

  it('orders questions of the same average by key', () => {
    const tally = tallyOf([session(1, [answer('k/b', 0.5), answer('k/c', 1), answer('k/a', 0.5)])])
    expect(tally.questions.map((q) => q.key)).toEqual(['k/a', 'k/b', 'k/c'])
  })

  it('counts only full credit as correct', () => {
    const tally = tallyOf([session(1, [answer('k/a', 0.9999)]), session(2, [answer('k/a', 1)])])
    expect(tally.questions[0]?.correct).toBe(1)
  })

  it('is empty with no sessions, or none with answers', () => {
    const empty = { students: 0, averageScore: 0, questions: [] }
    expect(tallyOf([])).toEqual(empty)
    expect(tallyOf([session(1, []), session(2, [])])).toEqual(empty)
  })
})

describe('addSession', () => {
  it('appends sessions in the order served', () => {
    let tally = emptyTally()
    expect(nextStudent(tally)).toBe(1)
    tally = addSession(tally, session(nextStudent(tally), []))
    tally = addSession(tally, session(nextStudent(tally), []))
    expect(tally.sessions.map((s) => s.student)).toEqual([1, 2])
    expect(nextStudent(tally)).toBe(3)
  })

  it('replaces a session saved again, where it stands', () => {
    let tally = addSession(addSession(emptyTally(), session(1, [])), session(2, []))
    const finished = session(1, [answer('k/a', 1)])
    tally = addSession(tally, finished)
    expect(tally.sessions).toEqual([finished, session(2, [])])
  })

  it('does not change the tally it is given', () => {
    const before = emptyTally()
    addSession(before, session(1, []))
    expect(before.sessions).toEqual([])
  })

  it(`keeps at most ${MAX_SESSIONS} sessions, dropping the oldest`, () => {
    expect(MAX_SESSIONS).toBe(2000)
    let tally = emptyTally()
    for (let student = 1; student <= MAX_SESSIONS + 5; student++) {
      tally = addSession(tally, session(student, []))
    }
    expect(tally.sessions).toHaveLength(MAX_SESSIONS)
    expect(tally.sessions[0]?.student).toBe(6)
    expect(tally.sessions.at(-1)?.student).toBe(MAX_SESSIONS + 5)
    expect(nextStudent(tally)).toBe(MAX_SESSIONS + 6)
  })
})

describe('TallySchema', () => {
  it('round-trips through JSON', () => {
    const tally = addSession(emptyTally(), session(1, [answer('korea/a', 0.5)]))
    expect(TallySchema.parse(JSON.parse(JSON.stringify(tally)))).toEqual(tally)
  })

  it('refuses what is not a tally', () => {
    const good = session(1, [answer('korea/a', 0.5)])
    expect(TallySchema.safeParse({ v: 3, sessions: [] }).success).toBe(false)
    expect(KioskSessionSchema.safeParse({ ...good, student: 0 }).success).toBe(false)
    expect(KioskSessionSchema.safeParse({ ...good, finishedAt: null }).success).toBe(true)
    expect(
      KioskSessionSchema.safeParse({ ...good, answers: [{ ...answer('korea/a', 0), credit: 1.5 }] })
        .success,
    ).toBe(false)
    expect(
      KioskSessionSchema.safeParse({
        ...good,
        answers: [{ ...answer('korea/a', 0), type: 'essay' }],
      }).success,
    ).toBe(false)
    expect(
      KioskSessionSchema.safeParse({ ...good, answers: [{ ...answer('korea/a', 0), seconds: -1 }] })
        .success,
    ).toBe(false)
  })
})

describe('appeals at the kiosk', () => {
  it('marks the latest answer of a session appealed, and only that one', () => {
    const before = session(1, [answer('korea/a', 1), answer('korea/b', 0)])
    const after = appealLatestAnswer(before)
    expect(after.answers.map((a) => a.appealed)).toEqual([false, true])
    expect(before.answers.map((a) => a.appealed)).toEqual([false, false])
    expect(appealLatestAnswer(session(2, []))).toEqual(session(2, []))
  })

  it('upgrades a version 1 tally: its answers were never appealed', () => {
    const { appealed: _, ...v1Answer } = answer('korea/a', 0.5)
    const v1 = { v: 1, sessions: [{ ...session(1, []), answers: [v1Answer] }] }
    const stored = StoredTallySchema.parse(JSON.parse(JSON.stringify(v1)))
    expect(upgradeTally(stored)).toEqual({
      v: 2,
      sessions: [session(1, [answer('korea/a', 0.5)])],
    })
    const v2 = addSession(emptyTally(), session(1, [{ ...answer('korea/a', 0), appealed: true }]))
    expect(upgradeTally(StoredTallySchema.parse(JSON.parse(JSON.stringify(v2))))).toEqual(v2)
  })

  it('refuses a version 2 answer without its appeal mark', () => {
    const { appealed: _, ...unmarked } = answer('korea/a', 0)
    expect(
      TallySchema.safeParse({ v: 2, sessions: [{ ...session(1, []), answers: [unmarked] }] })
        .success,
    ).toBe(false)
  })
})
