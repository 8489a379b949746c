import { describe, expect, it } from 'vitest'
import { QUESTION_TYPES, type Bank, type Question } from '@/domain/bank'
import { gradeAnswer, rightAnswer } from '@/domain/grading'
import { questionPool } from '@/domain/quiz'
import { bankAt, compileLocation } from '../../scripts/bank-files'
import { everyTypeBank, sampleBank } from '../fixtures/sample-bank'

const { bank: korea } = compileLocation(bankAt('questions/korea-2018'), process.cwd())

const cases = (bank: Bank) =>
  questionPool(bank).map((q) => [`${q.generated ? 'generated ' : ''}${q.type} ${q.id}`, q] as const)

describe('rightAnswer', () => {
  it('the korea-2018 bank compiles, with written and generated questions', () => {
    expect(korea).toBeDefined()
    expect(korea!.questions.length).toBeGreaterThan(0)
    expect(questionPool(korea!).some((q) => q.generated)).toBe(true)
  })

  describe.each([
    ['korea-2018', korea!],
    ['the sample bank', sampleBank],
    ['the every-type bank', everyTypeBank],
  ])('in %s', (_, bank) => {
    it.each(cases(bank))('earns full credit: %s', (_name, question) => {
      const answer = rightAnswer(question)
      expect(answer.type).toBe(question.type)
      expect(gradeAnswer(question, answer)).toMatchObject({ credit: 1, verdict: 'correct' })
    })
  })

  it('is tested on every question type', () => {
    const types = new Set(
      [korea!, sampleBank, everyTypeBank].flatMap((b) => questionPool(b).map((q) => q.type)),
    )
    expect([...types].sort()).toEqual([...QUESTION_TYPES].sort())
  })

  const base = { id: 'q', prompt: 'What?', topic: 't', facts: [], difficulty: 2 }
  const edge: [string, Question][] = [
    [
      'multiple with weights: the options of positive weight',
      {
        ...base,
        type: 'multiple',
        options: ['A', 'B', 'C'],
        answers: ['A', 'B'],
        weights: { A: 50, B: 50, C: -100 },
      },
    ],
    [
      'numeric range, reversed and negative',
      { ...base, type: 'numeric', range: [-2.5, -7], unit: 'degrees' },
    ],
    [
      'numeric with partial credit and a large value',
      { ...base, type: 'numeric', value: 1_234_567.25, partial: [{ value: 1, credit: 0.5 }] },
    ],
    [
      'short whose first answer is only punctuation',
      { ...base, type: 'short', answers: ['?!', 'Pyongyang'] },
    ],
    [
      'cloze with several accepted answers per blank',
      { ...base, type: 'cloze', text: 'In {{1953|nineteen fifty-three}}, an {{armistice}}.' },
    ],
    [
      'match with distractors',
      {
        ...base,
        type: 'match',
        pairs: [
          { left: 'A', right: '1' },
          { left: 'B', right: '2' },
          { left: 'C', right: '3' },
        ],
        distractors: ['4'],
      },
    ],
  ]

  it.each(edge)('earns full credit: %s', (_, question) => {
    expect(gradeAnswer(question, rightAnswer(question)).credit).toBe(1)
  })

  it('gives the shapes a learner would type or pick', () => {
    const [, numeric] = edge[2]!
    expect(rightAnswer(numeric)).toEqual({ type: 'numeric', text: '1,234,567.25' })
    const [, range] = edge[1]!
    expect(rightAnswer(range)).toEqual({ type: 'numeric', text: '-7' })
    const [, short] = edge[3]!
    expect(rightAnswer(short)).toEqual({ type: 'short', text: 'Pyongyang' })
    const [, cloze] = edge[4]!
    expect(rightAnswer(cloze)).toEqual({ type: 'cloze', blanks: ['1953', 'armistice'] })
    const [, multiple] = edge[0]!
    expect(rightAnswer(multiple)).toEqual({ type: 'multiple', choices: ['A', 'B'] })
  })
})
