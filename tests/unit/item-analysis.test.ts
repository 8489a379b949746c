import { describe, expect, it } from 'vitest'
import {
  analyseItems,
  correlation,
  reliability,
  reliabilityReading,
  type Response,
} from '@/domain/class-report/item-analysis'

/**
 * A classic item-analysis table, worked by hand: ten students, five right-or-wrong questions.
 *
 *   student  q1 q2 q3 q4 q5  total
 *   s01       1  1  1  1  1   5
 *   s02       1  1  1  1  0   4
 *   s03       1  1  1  0  1   4
 *   s04       1  1  0  1  0   3
 *   s05       1  1  1  0  0   3
 *   s06       1  0  1  0  0   2
 *   s07       1  1  0  0  0   2
 *   s08       0  1  0  0  1   2
 *   s09       1  0  0  0  0   1
 *   s10       0  0  0  0  1   1
 *   facility .8 .7 .5 .3 .4
 *
 * Upper and lower 27% (3 of 10 students), ranked by their mean on the other four questions:
 * for q1 the upper group is s01, s02, s03 (3 of 3 right) and the lower s07, s09, s10 (2 of 3):
 * D = 1 - 2/3 = 0.333. q2: upper
 * 3 of 3, lower s08, s09, s10 with 1 of 3: D = 0.667. q3, q4 likewise 0.667. q5: upper s01,
 * s02, s03 with 2 of 3, lower s08, s09, s10 with 2 of 3: D = 0.
 *
 * Corrected point-biserial (each question against the mean of the other four), by the Pearson
 * formula: q1 0.1761, q2 0.4364, q3 0.4082, q4 0.3852, q5 -0.1930.
 *
 * KR-20: the totals 5 4 4 3 3 2 2 2 1 1 have variance 1.61; the sum of p·q is
 * .16 + .21 + .25 + .21 + .24 = 1.07; KR-20 = 5/4 · (1 - 1.07/1.61) = 0.4193.
 */
const table = [
  [1, 1, 1, 1, 1],
  [1, 1, 1, 1, 0],
  [1, 1, 1, 0, 1],
  [1, 1, 0, 1, 0],
  [1, 1, 1, 0, 0],
  [1, 0, 1, 0, 0],
  [1, 1, 0, 0, 0],
  [0, 1, 0, 0, 1],
  [1, 0, 0, 0, 0],
  [0, 0, 0, 0, 1],
]
const responsesOf = (rows: number[][], prefix = 's') =>
  rows.flatMap((row, s) =>
    row.map((credit, i) => ({
      student: `${prefix}${String(s + 1).padStart(2, '0')}`,
      item: `q${i + 1}`,
      credit,
    })),
  )
const classOfTen: Response[] = responsesOf(table)
// The same class twice over: twenty students, the same proportions and correlations.
const classOfTwenty: Response[] = [...classOfTen, ...responsesOf(table, 't')]

describe('item analysis', () => {
  it('gives each question its facility, and with ten students the upper-lower 27% index', () => {
    const items = analyseItems(classOfTen)
    expect(items.map((i) => i.item)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5'])
    expect(items.map((i) => i.answered)).toEqual([10, 10, 10, 10, 10])
    expect(items.map((i) => i.facility)).toEqual([0.8, 0.7, 0.5, 0.3, 0.4])
    expect(items.map((i) => i.discrimination?.method)).toEqual(Array(5).fill('upper-lower'))
    const d = items.map((i) => i.discrimination?.value ?? NaN)
    ;[1 / 3, 2 / 3, 2 / 3, 2 / 3, 0].forEach((want, i) => expect(d[i]).toBeCloseTo(want, 4))
    expect(items.map((i) => i.verdict)).toEqual(['good', 'good', 'good', 'good', 'weak'])
  })

  it('from twenty students uses the corrected point-biserial correlation', () => {
    const items = analyseItems(classOfTwenty)
    expect(items.every((i) => i.discrimination?.method === 'point-biserial')).toBe(true)
    const r = items.map((i) => i.discrimination?.value ?? NaN)
    ;[0.1761, 0.4364, 0.4082, 0.3852, -0.193].forEach((want, i) =>
      expect(r[i]).toBeCloseTo(want, 4),
    )
    // q1 tells little apart; q5 goes the wrong way: the better students missed it more.
    expect(items.map((i) => i.verdict)).toEqual(['weak', 'good', 'good', 'good', 'check-key'])
  })

  it('judges a question only from five answers, and says when everyone got it right', () => {
    const few = analyseItems(classOfTen.filter((r) => r.item !== 'q2' || r.student < 's05'))
    expect(few.find((i) => i.item === 'q2')).toMatchObject({ answered: 4, verdict: 'too-few' })
    const allRight = analyseItems([
      ...classOfTen,
      ...classOfTen.filter((r) => r.item === 'q1').map((r) => ({ ...r, item: 'q6', credit: 1 })),
    ]).find((i) => i.item === 'q6')
    expect(allRight).toMatchObject({ facility: 1, verdict: 'too-easy' })
    expect(allRight?.discrimination).toBeUndefined()
  })

  it('counts each question over the students who answered it, and partial credit as it is', () => {
    const items = analyseItems([
      { student: 'a', item: 'x', credit: 0.5 },
      { student: 'b', item: 'x', credit: 1 },
      { student: 'a', item: 'y', credit: 0 },
      { student: 'c', item: 'y', credit: 1 },
      { student: 'c', item: 'y', credit: 0 },
    ])
    // b never saw y; c answered y twice (a retry) and the first answer counts.
    expect(items).toEqual([
      { item: 'x', answered: 2, facility: 0.75, verdict: 'too-few' },
      { item: 'y', answered: 2, facility: 0.5, verdict: 'too-few' },
    ])
  })
})

describe('correlation', () => {
  it('is Pearson’s r, and undefined when a side does not vary', () => {
    expect(correlation([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 10)
    expect(correlation([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 10)
    expect(correlation([1, 0, 1, 0], [0.5, 0.5, 1, 0])).toBeCloseTo(0.7071, 4)
    expect(correlation([1, 1, 1], [1, 2, 3])).toBeUndefined()
  })
})

describe('reliability', () => {
  it('is KR-20 for a class that answered every question right or wrong', () => {
    expect(reliability(classOfTen)).toEqual({
      alpha: expect.closeTo(0.4193, 4),
      length: 5,
      students: 10,
    })
    expect(reliability(classOfTwenty)?.alpha).toBeCloseTo(0.4193, 4)
  })

  it('is estimated from the pairs of questions answered together when students saw different ones', () => {
    // Each student of the class of ten misses one question: the test is four questions long.
    const gappy = classOfTen.filter(
      (r) => Number(r.student.slice(1)) % 5 !== Number(r.item.slice(1)) % 5,
    )
    const result = reliability(gappy)
    expect(result?.length).toBe(4)
    expect(result?.students).toBe(10)
    expect(result?.alpha).toBeGreaterThan(0)
    expect(result?.alpha).toBeLessThan(1)
  })

  it('is the same for a bank of many questions, whose pairs are kept apart', () => {
    // One more student, who alone answered 301 other questions: none of them has a variance or a
    // covariance (one answer each), and the test's usual length stays 5.
    const loner = Array.from({ length: 301 }, (_, i) => ({
      student: 'lone',
      item: `x${i}`,
      credit: 1,
    }))
    const result = reliability([...classOfTen, ...loner])
    expect(result?.length).toBe(5)
    expect(result?.students).toBe(11)
    expect(result?.alpha).toBeCloseTo(reliability(classOfTen)!.alpha, 10)
  })

  it('cannot be told from one student or one question each', () => {
    expect(reliability(classOfTen.filter((r) => r.student === 's01'))).toBeUndefined()
    expect(reliability(classOfTen.filter((r) => r.item === 'q1'))).toBeUndefined()
  })
})

describe('what a reliability means', () => {
  it('reads each band the way classroom tests are read', () => {
    expect([0.85, 0.8, 0.79, 0.7, 0.69, 0.5, 0.49, 0.1, -0.3].map(reliabilityReading)).toEqual([
      'very-consistent',
      'very-consistent',
      'consistent',
      'consistent',
      'fair',
      'fair',
      'inconsistent',
      'inconsistent',
      'inconsistent',
    ])
  })
})
