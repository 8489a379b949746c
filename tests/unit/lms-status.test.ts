import { describe, expect, it } from 'vitest'
import type { Grade } from '@/domain/answers'
import { verdictFor } from '@/domain/grading'
import { quizOutcome } from '@/domain/lms/status'

const graded = (...credits: (number | undefined)[]): (Grade | undefined)[] =>
  credits.map((credit) =>
    credit === undefined ? undefined : { credit, verdict: verdictFor(credit) },
  )

describe('quizOutcome', () => {
  it('adds up the credits: raw, max, scaled and percent', () => {
    expect(quizOutcome(graded(1, 0, 1, 1), undefined)).toEqual({
      raw: 3,
      max: 4,
      scaled: 0.75,
      percent: 75,
      passed: undefined,
    })
  })

  it('counts partial credit, and an unanswered question as nothing', () => {
    const outcome = quizOutcome(graded(0.5, 0.3333, undefined, 1), 0.5)
    expect(outcome).toEqual({ raw: 1.8333, max: 4, scaled: 0.4583, percent: 45.83, passed: false })
  })

  it('passes at exactly the mastery score', () => {
    const eight = graded(1, 1, 1, 1, 1, 1, 1, 1, 0, 0)
    expect(quizOutcome(eight, 0.8)).toMatchObject({ scaled: 0.8, percent: 80, passed: true })
    expect(quizOutcome(graded(1, 1, 1, 1, 1, 1, 1, 0.9999, 0, 0), 0.8).passed).toBe(false)
    expect(quizOutcome(graded(1, 1, 1, 1, 1, 1, 1, 1, 0.0001, 0), 0.8).passed).toBe(true)
  })

  it('is not fooled by floating-point sums of partial credits', () => {
    // 0.1 added eight times is 0.7999999999999999 in floating point.
    const tenths = graded(...Array<number>(8).fill(0.1))
    expect(quizOutcome(tenths, 0.1)).toMatchObject({ raw: 0.8, scaled: 0.1, passed: true })
    expect(quizOutcome(graded(0.4, 1, 1), 0.8)).toMatchObject({
      raw: 2.4,
      scaled: 0.8,
      passed: true,
    })
  })

  it('cuts scaled to 4 decimals and percent to 2, never rounding up past a mastery score', () => {
    expect(quizOutcome(graded(1, 1, 0), 0.6666)).toEqual({
      raw: 2,
      max: 3,
      scaled: 0.6666,
      percent: 66.66,
      passed: true,
    })
    expect(quizOutcome(graded(1, 1, 0), 0.6667).passed).toBe(false)
    expect(quizOutcome(graded(1, 0.9999), 1)).toMatchObject({ scaled: 0.9999, percent: 99.99 })
  })

  it('without a mastery score, says nothing of passing', () => {
    expect(quizOutcome(graded(1, 1), undefined).passed).toBeUndefined()
    expect(quizOutcome(graded(0, 0), undefined).passed).toBeUndefined()
  })

  it('a mastery of 0 passes everyone, of 1 only a perfect score', () => {
    expect(quizOutcome(graded(0, 0), 0).passed).toBe(true)
    expect(quizOutcome(graded(1, 0.9999), 1).passed).toBe(false)
    expect(quizOutcome(graded(1, 1), 1).passed).toBe(true)
  })

  it('an empty quiz scores 0 of 0', () => {
    expect(quizOutcome([], 0.5)).toEqual({ raw: 0, max: 0, scaled: 0, percent: 0, passed: false })
  })
})
