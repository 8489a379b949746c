import { describe, expect, it } from 'vitest'
import type { Bank } from '@/domain/bank'
import { reviewRound } from '@/domain/review'
import type { FactCard } from '@/domain/schedule'
import { sampleBank } from '../fixtures/sample-bank'

const due = (bank: string, fact: string, lastAttemptAt = 0) =>
  ({ key: `${bank}/${fact}`, bank, fact, lastAttemptAt }) as FactCard

/** Two facts, one question on both and one on each. */
const [a, b] = sampleBank.questions
const twoFacts: Bank = {
  ...sampleBank,
  questions: [
    { ...a!, id: 'both', facts: ['fact-a', 'fact-b'] },
    { ...a!, id: 'only-a', facts: ['fact-a'] },
    { ...b!, id: 'only-b', facts: ['fact-b'] },
  ],
}

describe('reviewRound', () => {
  it('asks one question on each fact due, in order, and leaves out a fact it cannot ask', () => {
    const round = reviewRound(
      [due('sample', 'fact-c'), due('gone', 'fact-x'), due('sample', 'fact-a')],
      [sampleBank],
      [],
      'review/1',
    )
    expect(round.map((q) => q.id)).toEqual(['q-c', 'q-a'])
  })

  it('avoids the question last answered on a fact', () => {
    const attempts = [
      { bank: 'sample', question: 'only-a', facts: ['fact-a'] },
      { bank: 'sample', question: 'both', facts: ['fact-a', 'fact-b'] },
    ]
    for (const seed of ['1', '2', '3', '4', '5']) {
      const [question] = reviewRound([due('sample', 'fact-a')], [twoFacts], attempts, seed)
      expect(question?.id).toBe('only-a')
    }
  })

  it('counts a question asked earlier in the round as the last one on each of its facts', () => {
    const firsts = new Set<string>()
    for (const seed of Array.from({ length: 20 }, (_, i) => `review/${i}`)) {
      const round = reviewRound(
        [due('sample', 'fact-a'), due('sample', 'fact-b')],
        [twoFacts],
        [],
        seed,
      )
      firsts.add(round[0]!.id)
      if (round[0]!.id === 'both') expect(round[1]!.id).toBe('only-b')
    }
    expect(firsts).toContain('both')
  })
})
