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

  it('is seeded: a seed always gives the same question, other seeds others', () => {
    const seeds = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']
    const review = (seed: string) => reviewQuestion(korea, 'armistice-1953', undefined, seed)
    const first = seeds.map(review)
    expect(seeds.map(review)).toEqual(first)
    // Many questions test the armistice: eight seeds that all picked one would be no seeding.
    expect(new Set(first.map((q) => q?.id)).size).toBeGreaterThan(1)
  })

  it('says nothing for a fact no question tests', () => {
    expect(reviewQuestion(korea, 'no-such-fact', undefined, 's')).toBeUndefined()
  })
})
