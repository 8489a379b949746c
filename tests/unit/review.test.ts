import { describe, expect, it } from 'vitest'
import { questionPool } from '@/domain/quiz'
import { reviewQuestion } from '@/domain/review'
import { bankAt, compileLocation } from '../../scripts/bank-files'

const korea = compileLocation(bankAt('questions/korea-2018'), process.cwd()).bank!

describe('reviewQuestion', () => {
  it('asks about the fact, with another question than last time where there is one', () => {
    const fact = 'us-troops-28000'
    const onFact = questionPool(korea).filter((q) => q.facts.includes(fact))
    expect(onFact.length).toBeGreaterThan(1)
    for (const last of onFact) {
      const question = reviewQuestion(korea, fact, last.id, 'seed')
      expect(question?.facts).toContain(fact)
      expect(question?.id).not.toBe(last.id)
    }
  })

  it('is seeded, and says nothing for a fact no question tests', () => {
    expect(reviewQuestion(korea, 'armistice-1953', undefined, 's')).toEqual(
      reviewQuestion(korea, 'armistice-1953', undefined, 's'),
    )
    expect(reviewQuestion(korea, 'no-such-fact', undefined, 's')).toBeUndefined()
  })
})
