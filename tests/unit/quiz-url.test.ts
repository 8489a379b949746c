import { describe, expect, it } from 'vitest'
import {
  anotherRequest,
  parseQuizQuery,
  quizQuery,
  retryRequest,
  singleValues,
} from '@/domain/quiz-url'

describe('quiz URLs', () => {
  it('reads every parameter of the contract', () => {
    expect(
      parseQuizQuery(
        { bank: 'a,b', n: '12', topics: 'x,y', types: 'single,numeric,bogus', difficulty: '1-2' },
        'seed',
      ),
    ).toEqual({
      bankIds: ['a', 'b'],
      params: {
        n: 12,
        seed: 'seed',
        topics: ['x', 'y'],
        types: ['single', 'numeric'],
        difficulty: [1, 2],
      },
    })
  })

  it('falls back to 10 questions and ignores what it cannot read', () => {
    expect(parseQuizQuery({ bank: 'a', n: 'lots', difficulty: '7' }, 's')).toEqual({
      bankIds: ['a'],
      params: { n: 10, seed: 's' },
    })
    expect(parseQuizQuery({ bank: 'a', difficulty: '1,3' }, 's').params.difficulty).toEqual([1, 3])
  })

  it('writes back what it reads, so a shared link gives the same quiz', () => {
    const request = parseQuizQuery(
      { bank: 'a', n: '5', seed: 'x', topics: 't', keys: 'a/q1,a/q2' },
      'x',
    )
    expect(parseQuizQuery(quizQuery(request), 'x')).toEqual(request)
  })

  it('reads the first of a repeated parameter, and nothing of an empty one', () => {
    expect(singleValues({ bank: ['a', 'b'], n: null, seed: 'x' })).toEqual({
      bank: 'a',
      n: undefined,
      seed: 'x',
    })
  })

  it('retries the wrong questions of a quiz with its banks, filters and seed', () => {
    const quiz = parseQuizQuery({ bank: 'a,b', n: '12', topics: 't', keys: 'a/old' }, 's')
    expect(retryRequest(quiz, ['a/q1', 'b/q2'])).toEqual({
      bankIds: ['a', 'b'],
      params: { n: 2, seed: 's', topics: ['t'], keys: ['a/q1', 'b/q2'] },
    })
  })

  it("gives another quiz a new seed, and a retry's next quiz the usual length", () => {
    const quiz = parseQuizQuery({ bank: 'a', n: '12', types: 'short' }, 's')
    expect(anotherRequest(quiz, 'new')).toEqual({
      bankIds: ['a'],
      params: { n: 12, seed: 'new', types: ['short'] },
    })
    expect(anotherRequest(retryRequest(quiz, ['a/q1']), 'new').params).toEqual({
      n: 10,
      seed: 'new',
      types: ['short'],
    })
  })
})
