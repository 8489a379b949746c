import { describe, expect, it } from 'vitest'
import { mergeResults, readResultsFile } from '@/domain/class-report/results-files'
import { resultsCsv, type KioskSession } from '@/domain/kiosk/index.ts'
import { exportRecord, RECORD_VERSION } from '@/domain/record'

const answer = (key: string, text: string, credit: number, appealed = false) => ({
  key,
  prompt: `Prompt of ${key}?`,
  type: 'short' as const,
  answer: text,
  right: 'right',
  credit,
  seconds: 4.5,
  appealed,
})

// Two students at one kiosk; the second retried a question, and typed a "formula".
const sessions: KioskSession[] = [
  {
    id: 'sitting-a',
    student: 1,
    bank: 'korea',
    startedAt: Date.UTC(2026, 11, 3, 9),
    finishedAt: Date.UTC(2026, 11, 3, 9, 5),
    answers: [answer('korea/q1', 'Seoul, "the capital"', 1), answer('korea/q2', 'no', 0, true)],
  },
  {
    id: 'sitting-b',
    student: 2,
    bank: 'korea',
    startedAt: Date.UTC(2026, 11, 3, 10),
    finishedAt: null,
    answers: [answer('korea/q2', '=1+1', 0), answer('korea/q2', 'yes', 1)],
  },
  { id: 'sitting-c', student: 3, bank: 'korea', startedAt: 0, finishedAt: null, answers: [] },
]
const csv = resultsCsv(sessions)

describe('reading a kiosk results file', () => {
  it('gives one row per answer, a sitting being a student', () => {
    const read = readResultsFile('kiosk-1.csv', csv)
    expect(read.kind).toBe('kiosk')
    expect(read.problems).toEqual([])
    expect(read.rows.map((r) => [r.student, r.question, r.answer, r.credit, r.appealed])).toEqual([
      ['kiosk:sitting-a', 'korea/q1', 'Seoul, "the capital"', 1, false],
      ['kiosk:sitting-a', 'korea/q2', 'no', 0, true],
      ['kiosk:sitting-b', 'korea/q2', '=1+1', 0, false],
      ['kiosk:sitting-b', 'korea/q2', 'yes', 1, false],
    ])
    expect(read.rows[0]).toMatchObject({ seconds: 4.5, at: Date.UTC(2026, 11, 3, 9) })
    // A retry is a second answer, not the same one.
    expect(new Set(read.rows.map((r) => r.key)).size).toBe(4)
  })

  it('merges files without counting an answer twice', () => {
    const first = readResultsFile('kiosk-1.csv', csv).rows
    const again = mergeResults(first, readResultsFile('kiosk-1 (copy).csv', csv).rows)
    expect(again).toEqual({ rows: first, added: 0 })
    const later = resultsCsv([
      ...sessions,
      { ...sessions[2]!, id: 'sitting-d', answers: [answer('korea/q1', 'Busan', 0)] },
    ])
    const merged = mergeResults(first, readResultsFile('kiosk-1-later.csv', later).rows)
    expect(merged.added).toBe(1)
    expect(merged.rows.at(-1)).toMatchObject({ student: 'kiosk:sitting-d', answer: 'Busan' })
  })

  it('tells a damaged row by its line and keeps the rest', () => {
    const lines = csv.split('\r\n')
    lines[2] = lines[2]!.replace(/,0,4\.5,yes$/, ',lots,4.5,yes')
    const read = readResultsFile('kiosk-2.csv', lines.join('\r\n'))
    expect(read.problems).toEqual([
      {
        file: 'kiosk-2.csv',
        line: 3,
        reason: { kind: 'badRow' },
      },
    ])
    expect(read.rows).toHaveLength(3)
  })

  it('refuses a file that is not one of Factline’s, saying why', () => {
    expect(readResultsFile('marks.csv', 'name,mark\r\nAna,7\r\n')).toEqual({
      rows: [],
      problems: [
        {
          file: 'marks.csv',
          line: 1,
          reason: { kind: 'unknownFile' },
        },
      ],
    })
    expect(readResultsFile('empty.csv', '\uFEFF').problems[0]?.reason).toEqual({ kind: 'empty' })
    expect(readResultsFile('x.json', '{ nope').problems[0]?.reason).toEqual({ kind: 'badJson' })
    const noCredit = readResultsFile('old.csv', 'student,session,question,answer\r\n1,a,b/c,x\r\n')
    expect(noCredit.problems[0]?.reason).toEqual({ kind: 'noColumns', columns: ['credit'] })
    const noColumns = readResultsFile('older.csv', 'student,answer\r\n1,x\r\n')
    expect(noColumns.problems[0]?.reason).toEqual({
      kind: 'noColumns',
      columns: ['session', 'question', 'credit'],
    })
  })

  it('tells a row cut short, and a quote left open, by their lines', () => {
    const lines = csv.split('\r\n')
    lines[1] = lines[1]!.split(',').slice(0, 4).join(',')
    const short = readResultsFile('kiosk-3.csv', lines.join('\r\n'))
    expect(short.problems).toEqual([
      {
        file: 'kiosk-3.csv',
        line: 2,
        reason: { kind: 'shortRow', cells: 4, columns: lines[0]!.split(',').length },
      },
    ])
    const open = readResultsFile('kiosk-4.csv', `${csv.trimEnd()}\r\n1,x,"never closed`)
    expect(open.problems.map((p) => p.reason.kind === 'csv' && p.reason.code)).toEqual([
      'MissingQuotes',
    ])
  })

  it('names what made a progress export unreadable', () => {
    expect(readResultsFile('new.json', '{"version": 99}').problems[0]?.reason).toEqual({
      kind: 'progress',
      problem: 'newer',
    })
    expect(readResultsFile('odd.json', '{"hello": 1}').problems[0]?.reason).toEqual({
      kind: 'progress',
      problem: 'notProgress',
    })
  })
})

describe('reading a learner’s progress export', () => {
  const attempt = (id: string, question: string, credit: number) => ({
    id,
    at: Date.UTC(2026, 11, 1, 12),
    bank: 'korea',
    question,
    facts: ['f1'],
    type: 'short' as const,
    answer: { type: 'short' as const, text: `answer ${id}` },
    credit,
    seconds: 7,
    context: 'quiz' as const,
  })
  const exported = exportRecord(
    {
      version: RECORD_VERSION,
      learner: { id: 'learner-7', name: 'Ana' },
      attempts: [attempt('a1', 'q1', 1), attempt('a2', 'q2', 0)],
      appeals: [
        {
          attemptId: 'a2',
          at: Date.UTC(2026, 11, 1, 12, 1),
          bank: 'korea',
          question: 'q2',
          bankVersion: '',
          answer: 'answer a2',
        },
      ],
    },
    Date.UTC(2026, 11, 2),
  )

  it('reads the answers it can, and counts the damaged ones left out', () => {
    const data = JSON.parse(exported) as { attempts: unknown[] }
    data.attempts.push({ id: 'broken' }, { credit: 'lots' })
    const read = readResultsFile('ana.json', JSON.stringify(data))
    expect(read.rows).toHaveLength(2)
    expect(read.problems).toEqual([
      { file: 'ana.json', line: 0, reason: { kind: 'droppedAnswers', count: 2 } },
    ])
  })

  it('gives every answer under the learner, with its appeal', () => {
    const read = readResultsFile('ana.json', exported)
    expect(read.kind).toBe('progress')
    expect(read.problems).toEqual([])
    expect(read.rows).toEqual([
      {
        key: 'attempt:a1',
        student: 'learner:learner-7',
        question: 'korea/q1',
        answer: { type: 'short', text: 'answer a1' },
        credit: 1,
        seconds: 7,
        appealed: false,
        at: Date.UTC(2026, 11, 1, 12),
      },
      expect.objectContaining({ key: 'attempt:a2', credit: 0, appealed: true }),
    ])
    expect(mergeResults(read.rows, readResultsFile('ana-again.json', exported).rows).added).toBe(0)
  })
})
