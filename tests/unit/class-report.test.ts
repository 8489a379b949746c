import { describe, expect, it } from 'vitest'
import type { Bank, Question } from '@/domain/bank'
import {
  classReport,
  questionsCsv,
  sortQuestions,
  type QuestionReport,
  type QuestionSort,
} from '@/domain/class-report/report'
import type { ResultRow } from '@/domain/class-report/results-files'
import { sampleBank } from '../fixtures/sample-bank'

// The sample bank (single choice: `right-x` is right) and a typed question on topic one.
const capital: Question = {
  id: 'capital',
  type: 'short',
  prompt: 'Which city is the capital of South Korea?',
  answers: ['Seoul'],
  topic: 'one',
  facts: ['fact-a'],
  difficulty: 1,
}
const bank: Bank = { ...sampleBank, questions: [...sampleBank.questions, capital] }

let n = 0
const row = (student: string, question: string, answer: string, credit: number, extra = {}) =>
  ({
    key: `k${n++}`,
    student,
    question: `sample/${question}`,
    answer,
    credit,
    appealed: false,
    ...extra,
  }) satisfies ResultRow

const rows: ResultRow[] = [
  row('s1', 'q-a', 'right-a', 1, { seconds: 10 }),
  row('s1', 'capital', 'Seoul', 1, { seconds: 20 }),
  row('s2', 'q-a', 'wrong-a-1', 0, { seconds: 5 }),
  row('s2', 'capital', 'the  busan', 0, { seconds: 5, appealed: true }),
  row('s3', 'q-a', 'wrong-a-1', 0, { seconds: 30 }),
  row('s3', 'capital', 'Busan.', 0, { seconds: 30 }),
  // s3 retried the capital after the feedback: counted in the details, not in the figures.
  row('s3', 'capital', 'Seoul', 1, { seconds: 3 }),
  row('s4', 'capital', 'PYONGYANG', 0),
]

describe('the class report', () => {
  const report = classReport(rows, [bank])

  it('counts students, answers, scores and time from each student’s first answers', () => {
    expect(report.students).toBe(4)
    expect(report.attempts).toBe(8)
    // s1 100%, s2 0%, s3 0%, s4 0%.
    expect(report.meanScore).toBe(0.25)
    expect(report.distribution).toEqual([3, 0, 0, 0, 0, 0, 0, 0, 0, 1])
    // Totals of s1 30 s, s2 10 s, s3 60 s; s4's file gave no time, so s4 is left out.
    expect(report.medianSeconds).toBe(30)
  })

  it('gives each topic its mean credit', () => {
    // q-a and capital are both on topic one.
    expect(report.topics).toEqual([
      { bank: 'sample', topic: 'one', title: 'Topic one', mean: 2 / 7, answered: 7 },
    ])
  })

  it('counts every option of a choice question, the ones never chosen too', () => {
    const q = report.questions.find((x) => x.id === 'q-a')!
    expect(q).toMatchObject({ prompt: 'Question a?', answered: 3, appeals: 0 })
    expect(q.facility).toBeCloseTo(1 / 3, 10)
    expect(q.answers).toEqual([
      { answer: 'right-a', count: 1, appealed: 0 },
      { answer: 'wrong-a-1', count: 2, appealed: 0 },
      { answer: 'wrong-a-2', count: 0, appealed: 0 },
      { answer: 'wrong-a-3', count: 0, appealed: 0 },
    ])
  })

  it('groups the wrong typed answers as the grader reads them, most common first', () => {
    const q = report.questions.find((x) => x.id === 'capital')!
    expect(q).toMatchObject({ answered: 4, appeals: 1, facility: 0.25 })
    // "the  busan" and "Busan." are one answer to the grader (article, case, spacing, dot),
    // shown as its most common form: here a tie, so the first one given.
    expect(q.answers).toEqual([
      { answer: 'the  busan', count: 2, appealed: 1 },
      { answer: 'PYONGYANG', count: 1, appealed: 0 },
    ])
  })

  it('still lists a question no bank of the site has, under the kiosk’s prompt', () => {
    const gone = classReport(
      [row('s1', 'old', 'x', 0, { prompt: 'An old question?' }), row('s2', 'old', 'x', 0)],
      [bank],
    )
    expect(gone.questions[0]).toMatchObject({ id: 'old', prompt: 'An old question?' })
    expect(gone.questions[0]?.question).toBeUndefined()
    expect(gone.questions[0]?.answers).toEqual([{ answer: 'x', count: 2, appealed: 0 }])
  })

  it('writes the questions table for a spreadsheet', () => {
    const csv = questionsCsv(report)
    expect(csv.startsWith('\uFEFFbank,question,prompt,answered,facility %,discrimination,')).toBe(
      true,
    )
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFbank,question,prompt,answered,facility %,discrimination,method,verdict,appeals',
      'sample,q-a,Question a?,3,33,,,too few answers to judge,0',
      'sample,capital,Which city is the capital of South Korea?,4,25,,,too few answers to judge,1',
      '',
    ])
  })
})

describe('sorting the questions table', () => {
  const item = (prompt: string, facility: number, discrimination?: number, extra = {}) =>
    ({
      item: prompt,
      bank: 'b',
      id: prompt,
      prompt,
      answered: 10,
      facility,
      ...(discrimination === undefined
        ? {}
        : { discrimination: { value: discrimination, method: 'upper-lower' as const } }),
      verdict: 'good' as const,
      appeals: 0,
      answers: [],
      ...extra,
    }) satisfies QuestionReport
  const list = [
    item('Question 10', 0.5, 0.3),
    item('Question 2', 0.9),
    item('Question 1', 0.2, -0.4, { verdict: 'check-key' }),
  ]
  const order = (sort: QuestionSort) => sortQuestions(list, sort).map((q) => q.prompt)

  it('sorts prompts as a reader counts (2 before 10)', () => {
    expect(order({ by: 'question', descending: false })).toEqual([
      'Question 1',
      'Question 2',
      'Question 10',
    ])
  })

  it('sorts by facility either way', () => {
    expect(order({ by: 'facility', descending: true })).toEqual([
      'Question 2',
      'Question 10',
      'Question 1',
    ])
    expect(order({ by: 'facility', descending: false })).toEqual([
      'Question 1',
      'Question 10',
      'Question 2',
    ])
  })

  it('puts a question with no discrimination last, whichever the direction', () => {
    expect(order({ by: 'discrimination', descending: false })).toEqual([
      'Question 1',
      'Question 10',
      'Question 2',
    ])
    expect(order({ by: 'discrimination', descending: true })).toEqual([
      'Question 10',
      'Question 1',
      'Question 2',
    ])
  })

  it('puts the keys to check first by verdict', () => {
    expect(order({ by: 'verdict', descending: false })[0]).toBe('Question 1')
  })
})
