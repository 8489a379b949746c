import { describe, expect, it } from 'vitest'
import type { Bank, Question } from '@/domain/bank'
import { gradeAnswer, rightAnswer, type Answer, type Grade } from '@/domain/grading'
import {
  SCORM12_SUSPEND_LIMIT,
  SCORM2004_SUSPEND_LIMIT,
  packRun,
  quizKeys,
  readSuspended,
  restoreRun,
  type RunToSuspend,
} from '@/domain/lms/suspend'
import { composeQuiz, type QuizQuestion } from '@/domain/quiz'
import { startRun } from '@/domain/run'
import { everyTypeBank, sampleBank } from '../fixtures/sample-bank'

const quiz = composeQuiz([everyTypeBank], { n: 8, seed: 'suspend' })
const byType = (type: Question['type']) => quiz.find((q) => q.type === type) as QuizQuestion

/** Answers of every type, right and wrong, in the fixture's texts. */
const WRONG: Record<Question['type'], Answer> = {
  single: { type: 'single', choice: 'Gamma' },
  multiple: { type: 'multiple', choices: ['Red', 'Green'] },
  truefalse: { type: 'truefalse', choice: true },
  numeric: { type: 'numeric', text: 'about 3' },
  short: { type: 'short', text: 'Japan [,] "quoted" {x}' },
  cloze: { type: 'cloze', blanks: ['1950', ''] },
  order: { type: 'order', items: ['Summit', 'War', 'Armistice'] },
  match: {
    type: 'match',
    choices: { 'Moon Jae-in': 'President of China', 'Kim Jong Un': '' },
  },
}

function played(answers: (Answer | undefined)[], index = answers.length): RunToSuspend {
  const grades = quiz.map((q, i) => {
    const answer = answers[i]
    return answer && i < index ? gradeAnswer(q, answer) : undefined
  })
  return { seed: 'suspend', questions: quiz, answers, grades, index, elapsedMs: 61_234 }
}

const roundTrip = (run: RunToSuspend, limit = SCORM12_SUSPEND_LIMIT) => {
  const text = packRun(run, limit)
  const suspended = readSuspended(text)
  if (!suspended) throw new Error(`not read back: ${text}`)
  return { text, suspended, kept: restoreRun(suspended, quiz, gradeAnswer) }
}

describe('suspend_data round trip', () => {
  it('keeps every type’s answer, right or wrong, and grades it again the same', () => {
    for (const answers of [quiz.map(rightAnswer), quiz.map((q) => WRONG[q.type])]) {
      const run = played(answers)
      const { suspended, kept } = roundTrip(run)
      expect(suspended).toMatchObject({ seed: 'suspend', index: 8, finished: true })
      expect(suspended.elapsedMs).toBe(61_234)
      expect(kept?.answers).toEqual(answers)
      expect(kept?.grades).toEqual(run.grades)
      expect(kept?.index).toBe(8)
    }
  })

  it('gives what startRun picks up from, at the right question', () => {
    const answers = quiz.slice(0, 3).map(rightAnswer)
    const { kept } = roundTrip(played(answers, 3))
    const run = startRun(quiz, 5_000, kept)
    expect(run.index).toBe(3)
    expect(run.grades.slice(0, 3).map((g) => g?.verdict)).toEqual(['correct', 'correct', 'correct'])
    expect(run.answers.slice(3)).toEqual([undefined, undefined, undefined, undefined, undefined])
  })

  it('writes compact JSON in the agreed shape', () => {
    const { text } = roundTrip(played([rightAnswer(quiz[0]!)], 1))
    expect(JSON.parse(text)).toEqual({
      v: 1,
      s: 'suspend',
      k: quizKeys(quiz),
      i: 1,
      t: 61_234,
      f: 0,
      a: [expect.anything(), null, null, null, null, null, null, null],
    })
    expect(text).not.toMatch(/\s/)
  })

  it('keeps answers by their place in the bank', () => {
    const single = byType('single')
    const at = quiz.indexOf(single)
    const answers = quiz.map((_, i) =>
      i === at ? ({ type: 'single', choice: 'Beta' } as Answer) : undefined,
    )
    const { text } = roundTrip(played(answers))
    expect(JSON.parse(text).a[at]).toBe(1)
  })

  it('keeps no draft: an answer not checked yet is the learner’s to finish', () => {
    const answers = quiz.slice(0, 2).map(rightAnswer)
    const { kept } = roundTrip(played(answers, 1))
    expect(kept?.answers?.[1]).toBeUndefined()
    expect(kept?.grades?.[1]).toBeUndefined()
    expect(kept?.index).toBe(1)
  })

  it('a multiple answer comes back in the bank’s order', () => {
    const multiple = byType('multiple')
    const at = quiz.indexOf(multiple)
    const answers = quiz.map((_, i) =>
      i === at ? ({ type: 'multiple', choices: ['Blue', 'Red'] } as Answer) : undefined,
    )
    const { kept } = roundTrip(played(answers))
    expect(kept?.answers?.[at]).toEqual({ type: 'multiple', choices: ['Red', 'Blue'] })
    expect(kept?.grades?.[at]?.credit).toBe(1)
  })
})

describe('size tiers', () => {
  const shortBank: Bank = {
    ...sampleBank,
    id: 'shorts',
    questions: Array.from({ length: 100 }, (_, i) => ({
      id: `s${i}`,
      type: 'short' as const,
      prompt: `Say ${i}`,
      answers: [`word ${i}`],
      facts: [],
      topic: 'one',
      difficulty: 2,
    })),
  }
  const shorts = composeQuiz([shortBank], { n: 100, seed: 'tiers' })
  const typed = (text: (i: number) => string): RunToSuspend => {
    const answers: Answer[] = shorts.map((_, i) => ({ type: 'short', text: text(i) }))
    return {
      seed: 'tiers',
      questions: shorts,
      answers,
      // Partial credits of 6 characters: the longest a credit is written.
      grades: shorts.map((_, i): Grade =>
        i % 2 ? { credit: 1, verdict: 'correct' } : { credit: 0.3333, verdict: 'partial' },
      ),
      index: 100,
      elapsedMs: 0,
    }
  }
  const restore = (text: string) => restoreRun(readSuspended(text)!, shorts, gradeAnswer)

  it('everything, while it fits', () => {
    const text = packRun(
      typed((i) => `word ${i}`),
      SCORM12_SUSPEND_LIMIT,
    )
    expect(text.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT)
    expect(JSON.parse(text).c).toBeUndefined()
    expect(restore(text)?.answers?.[7]).toEqual({ type: 'short', text: 'word 7' })
  })

  it('typed texts as credits when they do not fit 1.2’s 4,096; 2004’s 64,000 keeps them', () => {
    const run = typed((i) => `${'long answer '.repeat(15)}${i}`)
    const small = packRun(run, SCORM12_SUSPEND_LIMIT)
    expect(small.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT)
    expect(JSON.parse(small).a).toEqual(Array(100).fill(null))
    const kept = restore(small)
    expect(kept?.answers?.[0]).toBeUndefined()
    expect(kept?.grades?.slice(0, 2)).toEqual([
      { credit: 0.3333, verdict: 'partial' },
      { credit: 1, verdict: 'correct' },
    ])
    const large = packRun(run, SCORM2004_SUSPEND_LIMIT)
    expect(large.length).toBeGreaterThan(SCORM12_SUSPEND_LIMIT)
    expect(restore(large)?.answers?.[3]).toEqual(run.answers[3])
  })

  it('the second tier keeps the choices, orders and matches, and drops the typing', () => {
    const answers = quiz.map((q) =>
      q.type === 'short' ? { type: 'short' as const, text: 'z'.repeat(240) } : rightAnswer(q),
    )
    const text = packRun(played(answers), 300)
    expect(text.length).toBeLessThanOrEqual(300)
    const kept = restoreRun(readSuspended(text)!, quiz, gradeAnswer)
    quiz.forEach((q, i) => {
      const typedType = q.type === 'numeric' || q.type === 'short' || q.type === 'cloze'
      expect(kept?.answers?.[i], q.type).toEqual(typedType ? undefined : answers[i])
      expect(kept?.grades?.[i]?.credit, q.type).toBe(q.type === 'short' ? 0 : 1)
    })
  })

  it('credits only past that; 100 questions always fit in 4,096', () => {
    const run = typed((i) => `word ${i}`)
    const tight = packRun(run, 800)
    expect(tight.length).toBeLessThanOrEqual(800)
    expect(JSON.parse(tight).a).toBeUndefined()
    expect(restore(tight)?.grades).toEqual(run.grades)
    const worst = packRun(
      typed(() => 'x'.repeat(250)),
      SCORM12_SUSPEND_LIMIT,
    )
    expect(worst.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT)
    expect(JSON.parse(worst).c).toHaveLength(100)
  })

  it('keeps only the place and the time when even credits do not fit', () => {
    const text = packRun(
      typed(() => 'x'),
      100,
    )
    expect(JSON.parse(text)).toEqual({ v: 1, s: 'tiers', k: quizKeys(shorts), i: 100, t: 0, f: 1 })
    expect(restore(text)).toMatchObject({ index: 100, grades: Array(100).fill(undefined) })
  })

  it('a text longer than 250 characters is kept as its credit, never cut', () => {
    const run = typed((i) => (i === 0 ? 'y'.repeat(251) : `word ${i}`))
    const text = packRun(run, SCORM2004_SUSPEND_LIMIT)
    expect(JSON.parse(text).a[0]).toBeNull()
    expect(JSON.parse(text).c[0]).toBe(0.3333)
    expect(restore(text)?.answers?.[1]).toEqual({ type: 'short', text: 'word 1' })
  })
})

describe('another quiz, or damaged data', () => {
  const text = packRun(played(quiz.map(rightAnswer)), SCORM12_SUSPEND_LIMIT)
  const suspended = readSuspended(text)!

  it('keys differ for other questions, another order, or another bank version', () => {
    const other = composeQuiz([everyTypeBank], { n: 8, seed: 'another' })
    expect(quizKeys(quiz)).toMatch(/^[0-9a-f]{8}$/)
    expect(quizKeys(other)).not.toBe(quizKeys(quiz))
    expect(restoreRun(suspended, other, gradeAnswer)).toBeUndefined()
    const reuploaded = quiz.map((q) => ({ ...q, bankVersion: 'v2' }))
    expect(restoreRun(suspended, reuploaded, gradeAnswer)).toBeUndefined()
    expect(restoreRun(suspended, quiz.slice(1), gradeAnswer)).toBeUndefined()
  })

  it('reads nothing from empty, foreign or damaged text, and never throws', () => {
    const damaged = [
      '',
      'not json',
      'null',
      '[]',
      '{"v":2,"s":"x","k":"00000000","i":0,"t":0,"f":0}',
      '{"v":1,"s":"x","k":"00000000","i":-1,"t":0,"f":0}',
      '{"v":1,"s":"x","k":"00000000","i":0,"t":0,"f":2}',
      '{"v":1,"s":"x","k":"00000000","i":0,"t":0,"f":0,"c":[1.5]}',
      '{"v":1,"s":"x","k":"00000000","i":0,"t":0,"f":0,"a":[{"x":1}]}',
      text.replace('"v":1', '"v":"1"'),
    ]
    for (const bad of damaged) expect(readSuspended(bad), bad).toBeUndefined()
    for (let end = 0; end < text.length; end++)
      expect(readSuspended(text.slice(0, end)), `cut at ${end}`).toBeUndefined()
    expect(readSuspended(text)).toBeDefined()
  })

  it('an answer that does not fit its question starts the quiz over', () => {
    const at = quiz.indexOf(byType('single'))
    const answers = suspended.answers!.slice()
    for (const wrong of [99, 'text', [0, 1], 1.5]) {
      answers[at] = wrong as number
      expect(
        restoreRun({ ...suspended, answers }, quiz, gradeAnswer),
        String(wrong),
      ).toBeUndefined()
    }
    const order = quiz.indexOf(byType('order'))
    const bad = suspended.answers!.slice()
    bad[order] = [0, 7]
    expect(restoreRun({ ...suspended, answers: bad }, quiz, gradeAnswer)).toBeUndefined()
  })

  it('a place past the end is the end', () => {
    const kept = restoreRun({ ...suspended, finished: false, index: 50 }, quiz, gradeAnswer)
    expect(kept?.index).toBe(8)
  })
})
