import { describe, expect, it } from 'vitest'
import type { Appeal } from '@/domain/appeals'
import type { Attempt } from '@/domain/attempts'
import {
  exportRecord,
  importRecord,
  LearningRecordSchema,
  MAX_ATTEMPTS,
  mergeRecords,
  PROBLEMS,
  readRecord,
  RECORD_VERSION,
  type LearningRecord,
} from '@/domain/record'

const fallback = { id: 'learner-local', name: 'You' }
const T0 = Date.UTC(2024, 2, 10, 12, 0, 0)

const attempt = (id: string, at: number, extra: Partial<Attempt> = {}): Attempt => ({
  id,
  at,
  bank: 'korea-2018',
  question: 'q-armistice',
  facts: ['armistice-1953'],
  type: 'single',
  answer: { type: 'single', choice: '1953' },
  credit: 1,
  seconds: 4.5,
  context: 'quiz',
  ...extra,
})

const record = (
  attempts: Attempt[],
  learner = { id: 'ada', name: 'Ada' },
  appeals: Appeal[] = [],
): LearningRecord => ({
  version: 3,
  learner,
  attempts,
  appeals,
})

const appeal = (attemptId: string, at: number, extra: Partial<Appeal> = {}): Appeal => ({
  attemptId,
  at,
  bank: 'korea-2018',
  question: 'q-armistice',
  bankVersion: '3f2a9c0d1e4b5a69',
  answer: '1954',
  ...extra,
})

describe('readRecord: the current version', () => {
  it('reads a valid record as it is', () => {
    const stored = record([attempt('a', T0), attempt('b', T0 + 1000, { credit: 0.5 })])
    const result = readRecord(JSON.parse(JSON.stringify(stored)), fallback)
    expect(result).toEqual({ record: stored, dropped: 0 })
    expect(LearningRecordSchema.safeParse(result.record).success).toBe(true)
  })

  it('keeps the 3 valid attempts of 5 when 2 are damaged', () => {
    const data = record([
      attempt('a', T0),
      { ...attempt('b', T0 + 1), credit: 2 } as Attempt,
      attempt('c', T0 + 2),
      { ...attempt('d', T0 + 3), context: 'elsewhere' } as unknown as Attempt,
      attempt('e', T0 + 4),
    ])
    const result = readRecord(data, fallback)
    expect(result.dropped).toBe(2)
    expect(result.problem).toBeUndefined()
    expect(result.record!.attempts.map((a) => a.id)).toEqual(['a', 'c', 'e'])
  })

  it('keeps an attempt id found twice once, the first, without counting it as damaged', () => {
    const data = record([
      attempt('a', T0),
      attempt('b', T0 + 1),
      attempt('a', T0 + 2, { credit: 0 }),
    ])
    const result = readRecord(data, fallback)
    expect(result.dropped).toBe(0)
    expect(result.record!.attempts).toEqual([attempt('a', T0), attempt('b', T0 + 1)])
    expect(LearningRecordSchema.safeParse(data).success).toBe(false)
    expect(LearningRecordSchema.safeParse(result.record).success).toBe(true)
  })

  it('sorts the attempts by time, then by id, and drops unknown fields', () => {
    const data = record([
      { ...attempt('z', T0 + 5), extra: true } as Attempt,
      attempt('b', T0),
      attempt('a', T0),
    ])
    const { record: read } = readRecord(data, fallback)
    expect(read!.attempts.map((a) => a.id)).toEqual(['a', 'b', 'z'])
    expect(read!.attempts[2]).not.toHaveProperty('extra')
  })

  it('reads an empty record', () => {
    expect(readRecord(record([]), fallback)).toEqual({ record: record([]), dropped: 0 })
  })

  it('puts the fallback learner in place of a missing or damaged one, field by field', () => {
    const attempts = [attempt('a', T0)]
    expect(readRecord({ version: 2, attempts }, fallback).record!.learner).toEqual(fallback)
    expect(readRecord({ version: 2, learner: 'Ada', attempts }, fallback).record!.learner).toEqual(
      fallback,
    )
    expect(
      readRecord({ version: 2, learner: { id: '', name: 'Ada' }, attempts }, fallback).record!
        .learner,
    ).toEqual({ id: 'learner-local', name: 'Ada' })
  })

  it('says so when every attempt is damaged', () => {
    const result = readRecord({ version: 2, attempts: [1, 'two', { id: 'x' }] }, fallback)
    expect(result).toEqual({ dropped: 3, problem: PROBLEMS.allDamaged })
  })
})

describe('readRecord: version 1', () => {
  const v1 = {
    v: 1,
    name: 'Ada',
    answers: [
      {
        id: 'old-1',
        time: '2024-03-10T12:00:00.000Z',
        bank: 'korea-2018',
        question: 'q-armistice',
        facts: ['armistice-1953'],
        type: 'single',
        answer: { type: 'single', choice: '1953' },
        credit: 1,
        seconds: 3,
        where: 'lesson',
      },
      {
        id: 'old-2',
        time: '2024-03-10T11:30:00+02:00',
        bank: 'korea-2018',
        question: 'q-troops',
        facts: ['troops'],
        type: 'numeric',
        answer: { type: 'numeric', text: '28,000' },
        credit: 0.5,
        seconds: 12,
        where: 'review',
      },
    ],
  }

  it('migrates to version 2: time to milliseconds, where to context, name to the learner', () => {
    const result = readRecord(v1, fallback)
    expect(result.dropped).toBe(0)
    expect(result.record).toEqual({
      version: RECORD_VERSION,
      learner: { id: 'learner-local', name: 'Ada' },
      attempts: [
        {
          id: 'old-2',
          at: Date.UTC(2024, 2, 10, 9, 30),
          bank: 'korea-2018',
          question: 'q-troops',
          facts: ['troops'],
          type: 'numeric',
          answer: { type: 'numeric', text: '28,000' },
          credit: 0.5,
          seconds: 12,
          context: 'review',
        },
        {
          id: 'old-1',
          at: T0,
          bank: 'korea-2018',
          question: 'q-armistice',
          facts: ['armistice-1953'],
          type: 'single',
          answer: { type: 'single', choice: '1953' },
          credit: 1,
          seconds: 3,
          context: 'lesson',
        },
      ],
      appeals: [],
    })
    expect(result.record!.attempts[0]).not.toHaveProperty('where')
    expect(result.record!.attempts[0]).not.toHaveProperty('time')
    expect(LearningRecordSchema.safeParse(result.record).success).toBe(true)
  })

  it('uses the fallback name when version 1 had none', () => {
    const { name: _name, ...nameless } = v1
    expect(readRecord(nameless, fallback).record!.learner).toEqual(fallback)
  })

  it('drops answers with a time that is not a full ISO date and time, or a damaged shape', () => {
    const first = v1.answers[0]!
    const data = {
      v: 1,
      answers: [
        first,
        { ...first, id: 'no-zone', time: '2024-03-10T12:00:00' },
        { ...first, id: 'words', time: 'yesterday' },
        { ...first, id: 'number', time: T0 },
        { ...first, id: 'kiosk', where: 'kiosk-ish' },
        null,
        'answer',
      ],
    }
    const result = readRecord(data, fallback)
    expect(result.record!.attempts.map((a) => a.id)).toEqual(['old-1'])
    expect(result.dropped).toBe(6)
  })

  it('reports a version 1 record without its answers as damaged', () => {
    expect(readRecord({ v: 1, name: 'Ada' }, fallback)).toEqual({
      dropped: 0,
      problem: PROBLEMS.damaged,
    })
  })
})

describe('readRecord: anything at all', () => {
  const notProgress = { dropped: 0, problem: 'notProgress' }

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'factline'],
    ['a number', 42],
    ['NaN', Number.NaN],
    ['a boolean', true],
    ['a bigint', 10n],
    ['a symbol', Symbol('record')],
    ['a function', () => record([])],
    ['an array', [record([])]],
    ['an empty object', {}],
    ['a version as a string', { version: '2', attempts: [] }],
    ['a version that is not whole', { version: 2.5, attempts: [] }],
    ['version 0', { version: 0, attempts: [] }],
    ['a v other than 1', { v: 2, answers: [] }],
    ['another format', { format: 'quizlet', version: 2, attempts: [] }],
  ])('does not throw on %s and says it is not a progress file', (_name, data) => {
    expect(readRecord(data, fallback)).toEqual(notProgress)
  })

  it('says a newer version plainly (a code the app words)', () => {
    const newer = {
      dropped: 0,
      problem: 'newer',
    }
    expect(readRecord({ version: 99 }, fallback)).toEqual(newer)
    expect(readRecord({ format: 'factline-progress', version: 4, attempts: [] }, fallback)).toEqual(
      newer,
    )
  })

  it.each([
    ['no attempts', { version: 2, learner: fallback }],
    ['attempts that are not a list', { version: 2, attempts: 'many' }],
    ['attempts as an object', { version: 2, attempts: { a: attempt('a', T0) } }],
  ])('reports a current record with %s as damaged', (_name, data) => {
    expect(readRecord(data, fallback)).toEqual({ dropped: 0, problem: PROBLEMS.damaged })
  })

  it('survives huge lists', () => {
    const junk = Array.from({ length: 200_000 }, (_, i) => (i % 2 ? i : { id: String(i) }))
    expect(readRecord(junk, fallback)).toEqual(notProgress)
    expect(readRecord({ version: 2, attempts: junk }, fallback)).toEqual({
      dropped: 200_000,
      problem: PROBLEMS.allDamaged,
    })
    const many = Array.from({ length: 50_000 }, (_, i) => attempt(`a${i}`, T0 + i))
    expect(readRecord({ version: 2, attempts: many }, fallback).record!.attempts).toHaveLength(
      50_000,
    )
    // A list too long to be a record is refused before it is walked.
    expect(readRecord({ version: 2, attempts: new Array(MAX_ATTEMPTS + 1) }, fallback)).toEqual({
      dropped: 0,
      problem: PROBLEMS.tooLarge,
    })
    expect(readRecord({ v: 1, answers: new Array(2 ** 32 - 1) }, fallback).problem).toBe(
      PROBLEMS.tooLarge,
    )
  })

  it('does not throw on values that throw when read', () => {
    const trap = new Proxy(
      {},
      {
        has: () => {
          throw new Error('trap')
        },
        get: () => {
          throw new Error('trap')
        },
      },
    )
    expect(readRecord(trap, fallback)).toEqual(notProgress)
    const getter = {
      version: 2,
      get attempts(): unknown {
        throw new Error('getter')
      },
    }
    expect(readRecord(getter, fallback)).toEqual(notProgress)
  })

  it('does not throw on attempts with wrong types everywhere', () => {
    const a = attempt('a', T0)
    const wrong = [
      { ...a, id: 1 },
      { ...a, id: '' },
      { ...a, at: -1 },
      { ...a, at: 1.5 },
      { ...a, at: '2024-03-10' },
      { ...a, facts: 'armistice-1953' },
      { ...a, type: 'essay' },
      { ...a, answer: { type: 'single', choice: 3 } },
      { ...a, answer: null },
      { ...a, credit: -0.1 },
      { ...a, credit: Number.NaN },
      { ...a, seconds: -1 },
      { ...a, context: undefined },
      [a],
    ]
    const result = readRecord({ version: 2, attempts: [...wrong, a] }, fallback)
    expect(result.dropped).toBe(wrong.length)
    expect(result.record!.attempts).toEqual([a])
  })
})

describe('mergeRecords', () => {
  it('adds the attempts it does not have, skipping duplicates by id, sorted', () => {
    const base = record([attempt('a', T0), attempt('c', T0 + 20)])
    const incoming = record(
      [attempt('b', T0 + 10), attempt('c', T0 + 20, { credit: 0 }), attempt('d', T0 - 5)],
      { id: 'other-device', name: 'Ada on the tablet' },
    )
    const before = JSON.stringify([base, incoming])
    const { record: merged, added } = mergeRecords(base, incoming)
    expect(added).toBe(2)
    expect(merged.learner).toEqual({ id: 'ada', name: 'Ada' })
    expect(merged.attempts.map((a) => a.id)).toEqual(['d', 'a', 'b', 'c'])
    expect(merged.attempts.find((a) => a.id === 'c')!.credit).toBe(1)
    expect(JSON.stringify([base, incoming])).toBe(before)
    expect(LearningRecordSchema.safeParse(merged).success).toBe(true)
  })

  it('adds nothing when merging a record into itself', () => {
    const base = record([attempt('a', T0), attempt('b', T0 + 1)])
    expect(mergeRecords(base, base)).toEqual({ record: base, added: 0 })
  })

  it('counts an id repeated in the incoming record once', () => {
    const incoming = record([attempt('x', T0), attempt('x', T0)])
    expect(mergeRecords(record([]), incoming).added).toBe(1)
  })
})

describe('exportRecord and importRecord', () => {
  const stored = record([
    attempt('a', T0),
    attempt('b', T0 + 60_000, {
      type: 'match',
      answer: { type: 'match', choices: { Seoul: 'South', Pyongyang: 'North' } },
      credit: 0.5,
      context: 'kiosk',
    }),
  ])

  it('writes the export format', () => {
    const text = exportRecord(stored, T0)
    const file = JSON.parse(text)
    expect(file).toEqual({
      format: 'factline-progress',
      version: 3,
      exportedAt: '2024-03-10T12:00:00.000Z',
      learner: stored.learner,
      attempts: stored.attempts,
      appeals: [],
    })
    // One attempt a line, for a file a person can read.
    expect(text).toContain(`[\n    ${JSON.stringify(stored.attempts[0])},\n`)
    expect(text).toContain(
      `\n    ${JSON.stringify(stored.attempts[1])}\n  ],\n  "appeals": []\n}\n`,
    )
  })

  it('reads back what it wrote', () => {
    expect(importRecord(exportRecord(stored, T0), fallback)).toEqual({ record: stored, dropped: 0 })
    const empty = record([])
    expect(importRecord(exportRecord(empty, T0), fallback)).toEqual({ record: empty, dropped: 0 })
  })

  it('imports a stored record and an old version 1 export too', () => {
    expect(importRecord(JSON.stringify(stored), fallback).record).toEqual(stored)
    const v1 = {
      v: 1,
      answers: [{ ...attempt('old', 0), time: '2024-03-10T12:00:00Z', where: 'quiz' }],
    }
    expect(importRecord(JSON.stringify(v1), fallback).record!.attempts[0]!.at).toBe(T0)
  })

  it('accepts a file saved with a byte order mark', () => {
    expect(importRecord('\uFEFF' + exportRecord(stored, T0), fallback).record).toEqual(stored)
  })

  it.each([
    ['text that is not JSON', 'Ada answered 12 questions'],
    ['cut-off JSON', exportRecord(stored, T0).slice(0, 80)],
    ['JSON null', 'null'],
    ['a JSON list', '[1, 2, 3]'],
    ['a different JSON file', '{"name": "factline", "version": "0.1.0"}'],
  ])('refuses %s plainly, without a record', (_name, text) => {
    expect(importRecord(text, fallback)).toEqual({
      dropped: 0,
      problem: 'notProgress',
    })
  })

  it('says an empty file is empty', () => {
    expect(importRecord('  \n', fallback)).toEqual({ dropped: 0, problem: PROBLEMS.empty })
  })

  it('does not throw when given something other than text', () => {
    expect(importRecord(undefined as unknown as string, fallback).record).toBeUndefined()
  })
})

describe('appeals in the record', () => {
  it('migrates version 2 to version 3 with no appeals, the attempts as they were', () => {
    const attempts = [attempt('a', T0), attempt('b', T0 + 1000, { credit: 0 })]
    const v2 = { version: 2, learner: { id: 'ada', name: 'Ada' }, attempts }
    const result = readRecord(JSON.parse(JSON.stringify(v2)), fallback)
    expect(result).toEqual({ record: record(attempts), dropped: 0 })
    expect(result.record!.version).toBe(RECORD_VERSION)
    expect(RECORD_VERSION).toBe(3)
    expect(LearningRecordSchema.safeParse(result.record).success).toBe(true)
  })

  it('migrates version 1 all the way up, with no appeals', () => {
    const v1 = {
      v: 1,
      answers: [{ ...attempt('old', 0), time: '2024-03-10T12:00:00Z', where: 'quiz' }],
    }
    expect(readRecord(v1, fallback).record!.appeals).toEqual([])
  })

  it('reads the appeals of a version 3 record, in time order', () => {
    const stored = record([attempt('a', T0), attempt('b', T0 + 1)], undefined, [
      appeal('b', T0 + 90_000),
      appeal('a', T0 + 60_000, { answer: 'in 1954', bankVersion: '' }),
    ])
    const result = readRecord(JSON.parse(JSON.stringify(stored)), fallback)
    expect(result.dropped).toBe(0)
    expect(result.record!.appeals.map((a) => a.attemptId)).toEqual(['a', 'b'])
    expect(LearningRecordSchema.safeParse(result.record).success).toBe(true)
  })

  it('drops a damaged appeal, never throws, and keeps an attempt appealed twice once', () => {
    const good = appeal('a', T0 + 10)
    const data = {
      version: 3,
      learner: { id: 'ada', name: 'Ada' },
      attempts: [attempt('a', T0)],
      appeals: [
        good,
        { ...good, at: T0 + 20, answer: 'a second try' },
        { ...good, attemptId: '' },
        { ...good, attemptId: 'x', at: -1 },
        { ...good, attemptId: 'y', answer: 7 },
        { ...good, attemptId: 'z', bankVersion: undefined },
        null,
        'appeal',
      ],
    }
    const result = readRecord(data, fallback)
    expect(result.dropped).toBe(6)
    expect(result.record!.attempts).toEqual([attempt('a', T0)])
    expect(result.record!.appeals).toEqual([good])
  })

  it('reads a version 3 record without its appeals list as one without appeals', () => {
    const data = { version: 3, learner: { id: 'ada', name: 'Ada' }, attempts: [attempt('a', T0)] }
    expect(readRecord(data, fallback).record!.appeals).toEqual([])
    expect(readRecord({ ...data, appeals: 'some' }, fallback)).toEqual({
      dropped: 0,
      problem: PROBLEMS.damaged,
    })
    expect(readRecord({ ...data, appeals: new Array(MAX_ATTEMPTS + 1) }, fallback).problem).toBe(
      PROBLEMS.tooLarge,
    )
  })

  it('merges appeals on import once per attempt, the stored one winning', () => {
    const base = record([attempt('a', T0), attempt('b', T0 + 1)], undefined, [
      appeal('a', T0 + 100, { answer: 'mine' }),
    ])
    const incoming = record(
      [attempt('b', T0 + 1), attempt('c', T0 + 2)],
      { id: 'tablet', name: 'Ada on the tablet' },
      [
        appeal('a', T0 + 50, { answer: 'from the tablet' }),
        appeal('c', T0 + 80),
        appeal('b', T0 + 200),
      ],
    )
    const { record: merged, added } = mergeRecords(base, incoming)
    expect(added).toBe(1)
    expect(merged.appeals.map((a) => [a.attemptId, a.answer])).toEqual([
      ['c', '1954'],
      ['a', 'mine'],
      ['b', '1954'],
    ])
    expect(LearningRecordSchema.safeParse(merged).success).toBe(true)
    expect(mergeRecords(merged, merged).record.appeals).toEqual(merged.appeals)
  })

  it('exports the appeals, one a line, and imports them back', () => {
    const stored = record([attempt('a', T0)], undefined, [appeal('a', T0 + 5)])
    const text = exportRecord(stored, T0)
    expect(text).toContain(`  "appeals": [\n    ${JSON.stringify(stored.appeals[0])}\n  ]\n}\n`)
    expect(importRecord(text, fallback)).toEqual({ record: stored, dropped: 0 })
  })
})
