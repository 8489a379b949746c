import { describe, expect, it } from 'vitest'
import { citeQuestion, composeQuiz } from '@/domain/quiz'
import { sampleBank } from '../fixtures/sample-bank'

const ids = (seed: string, n = 5) => composeQuiz(sampleBank, { n, seed }).map((q) => q.id)

describe('composeQuiz', () => {
  it('gives the same questions, order and option order for the same seed', () => {
    const a = composeQuiz(sampleBank, { n: 6, seed: 'share-me' })
    const b = composeQuiz(sampleBank, { n: 6, seed: 'share-me' })
    expect(b).toEqual(a)
    expect(a).toHaveLength(6)
  })

  it('varies with the seed', () => {
    expect(ids('one')).not.toEqual(ids('two'))
  })

  it('shuffles the options, keeping all of them', () => {
    const quiz = composeQuiz(sampleBank, { n: 12, seed: 'options' })
    const moved = quiz.filter((q) => q.options[0] !== q.answer)
    expect(moved.length).toBeGreaterThan(0)
    for (const q of quiz) {
      const original = sampleBank.questions.find((o) => o.id === q.id)!
      expect(original.type === 'single' && q.options.slice().sort()).toEqual(
        original.type === 'single' && original.options.slice().sort(),
      )
    }
  })

  it('gives the whole bank without duplicates when n is larger than the bank', () => {
    const quiz = composeQuiz(sampleBank, { n: 500, seed: 'all' })
    expect(quiz).toHaveLength(sampleBank.questions.length)
    expect(new Set(quiz.map((q) => q.id)).size).toBe(sampleBank.questions.length)
  })

  it('never repeats a question, whatever the seed', () => {
    for (let i = 0; i < 50; i++) {
      const quiz = ids(`seed-${i}`, 8)
      expect(new Set(quiz).size).toBe(8)
    }
  })

  it('limits the quiz to the given ids', () => {
    const quiz = composeQuiz(sampleBank, { n: 10, seed: 'retry', ids: ['q-c', 'q-f'] })
    expect(quiz.map((q) => q.id).sort()).toEqual(['q-c', 'q-f'])
  })

  it('cites the paragraph of the fact each question tests', () => {
    const question = sampleBank.questions[2]!
    expect(citeQuestion(sampleBank, question)).toEqual({
      paragraphs: [3],
      headline: 'A headline',
      publisher: 'A publisher',
      date: '2018-09-20',
      url: 'https://example.org/a',
    })
  })
})
