import { describe, expect, it } from 'vitest'
import { citeQuestion, composeQuiz, scoreByTopic } from '@/domain/quiz'
import { everyTypeBank, sampleBank } from '../fixtures/sample-bank'

const keys = (seed: string, n = 5) => composeQuiz([sampleBank], { n, seed }).map((q) => q.key)

describe('composeQuiz', () => {
  it('gives the same questions, order and option order for the same seed', () => {
    const a = composeQuiz([sampleBank], { n: 6, seed: 'share-me' })
    expect(composeQuiz([sampleBank], { n: 6, seed: 'share-me' })).toEqual(a)
    expect(a).toHaveLength(6)
  })

  it('varies with the seed and with the parameters', () => {
    expect(keys('one')).not.toEqual(keys('two'))
    expect(
      composeQuiz([sampleBank], { n: 5, seed: 'x', types: ['single'] }).map((q) => q.shown),
    ).not.toEqual(composeQuiz([sampleBank], { n: 5, seed: 'x' }).map((q) => q.shown))
  })

  it('shuffles the options it shows, keeping all of them', () => {
    const quiz = composeQuiz([sampleBank], { n: 12, seed: 'options' })
    expect(quiz.some((q) => q.type === 'single' && q.shown.options?.[0] !== q.answer)).toBe(true)
    for (const q of quiz) {
      if (q.type !== 'single') throw new Error('sample bank is single-choice')
      expect(q.shown.options?.slice().sort()).toEqual(q.options.slice().sort())
    }
  })

  it('gives the whole pool without duplicates when n is larger than the pool', () => {
    const quiz = composeQuiz([sampleBank], { n: 500, seed: 'all' })
    expect(quiz).toHaveLength(12)
    expect(new Set(quiz.map((q) => q.key)).size).toBe(12)
  })

  it('never repeats a question and balances the topics, whatever the seed', () => {
    for (let i = 0; i < 60; i++) {
      const quiz = composeQuiz([sampleBank], { n: 6, seed: `seed-${i}` })
      expect(new Set(quiz.map((q) => q.key)).size).toBe(6)
      const perTopic = ['one', 'two', 'three'].map((t) => quiz.filter((q) => q.topic === t).length)
      expect(perTopic).toEqual([2, 2, 2])
    }
  })

  it('filters by topics, types, difficulty and keys', () => {
    expect(
      new Set(composeQuiz([sampleBank], { n: 50, seed: 's', topics: ['two'] }).map((q) => q.topic)),
    ).toEqual(new Set(['two']))
    expect(
      composeQuiz([everyTypeBank], { n: 50, seed: 's', types: ['order', 'match'] })
        .map((q) => q.type)
        .sort(),
    ).toEqual(['match', 'order'])
    expect(
      new Set(
        composeQuiz([sampleBank], { n: 50, seed: 's', difficulty: [3] }).map((q) => q.difficulty),
      ),
    ).toEqual(new Set([3]))
    const retry = composeQuiz([sampleBank], {
      n: 10,
      seed: 'retry',
      keys: ['sample/q-c', 'sample/q-f'],
    })
    expect(retry.map((q) => q.key).sort()).toEqual(['sample/q-c', 'sample/q-f'])
  })

  it('combines several banks, keeping their questions apart by key', () => {
    const quiz = composeQuiz([sampleBank, everyTypeBank], { n: 100, seed: 'both' })
    expect(quiz).toHaveLength(20)
    expect(new Set(quiz.map((q) => q.bankId))).toEqual(new Set(['sample', 'types']))
  })

  it('never starts an order question in the right order', () => {
    for (let i = 0; i < 100; i++) {
      const [order] = composeQuiz([everyTypeBank], { n: 1, seed: `o-${i}`, types: ['order'] })
      if (order?.type !== 'order') throw new Error('expected the order question')
      expect(order.shown.items).not.toEqual(order.items)
      expect(order.shown.items?.slice().sort()).toEqual(order.items.slice().sort())
    }
  })

  it('offers every right-hand text and distractor of a match question', () => {
    const [match] = composeQuiz([everyTypeBank], { n: 1, seed: 'm', types: ['match'] })
    expect(match?.shown.choices?.slice().sort()).toEqual(
      ['Leader of North Korea', 'President of China', 'President of South Korea'].sort(),
    )
  })

  it('cites the paragraph of the fact each question tests', () => {
    expect(citeQuestion(sampleBank, sampleBank.questions[2]!)).toEqual({
      paragraphs: [3],
      headline: 'A headline',
      publisher: 'A publisher',
      date: '2018-09-20',
      url: 'https://example.org/a',
    })
    expect(
      citeQuestion({ ...sampleBank, source: undefined }, sampleBank.questions[0]!),
    ).toBeUndefined()
  })
})

describe('scoreByTopic', () => {
  it('counts full credit as correct and partial credit in the percentage, per topic', () => {
    const quiz = composeQuiz([sampleBank], { n: 3, seed: 'topics' })
    const scores = scoreByTopic(quiz, [{ credit: 1 }, { credit: 0.5 }, undefined])
    expect(scores).toHaveLength(3)
    expect(scores.map((s) => [s.correct, s.total, s.percent])).toEqual([
      [1, 1, 100],
      [0, 1, 50],
      [0, 1, 0],
    ])
  })
})
