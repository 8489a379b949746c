import { describe, expect, it } from 'vitest'
import { appealsToShow, mergeAppeals, newAppeal, type Appeal } from '@/domain/appeals'
import { composeQuiz, type QuizQuestion } from '@/domain/quiz'
import { bankJson } from '../../scripts/vite-plugin-banks.ts'
import { everyTypeBank } from '../fixtures/sample-bank'

const T = Date.UTC(2025, 8, 1, 10, 0, 0)
const questionOf = (type: QuizQuestion['type']): QuizQuestion =>
  composeQuiz([{ ...everyTypeBank, version: 'c0ffee' } as typeof everyTypeBank], {
    n: 1,
    seed: 'appeal',
    types: [type],
  })[0]!

describe('newAppeal', () => {
  it('keeps the answer, the question and the bank version, at the time given', () => {
    const question = questionOf('single')
    expect(question.bankVersion).toBe('c0ffee')
    const appeal = newAppeal(
      { attemptId: 'att-1', question, answer: { type: 'single', choice: 'Gamma' } },
      T,
    )
    expect(appeal).toEqual({
      attemptId: 'att-1',
      at: T,
      bank: everyTypeBank.id,
      question: question.id,
      bankVersion: 'c0ffee',
      answer: 'Gamma',
    })
  })

  it('keeps a number as the learner typed it, and other answers in words', () => {
    const numeric = newAppeal(
      {
        attemptId: 'n',
        question: questionOf('numeric'),
        answer: { type: 'numeric', text: ' 28.000 troops ' },
      },
      T,
    )
    expect(numeric.answer).toBe('28.000 troops')
    const order = questionOf('order')
    if (order.type !== 'order') throw new Error('not an order question')
    const items = order.items.slice().reverse()
    expect(
      newAppeal({ attemptId: 'o', question: order, answer: { type: 'order', items } }, T).answer,
    ).toBe(items.join(' → '))
  })

  it('has an empty bank version for a bank the build did not stamp', () => {
    const [question] = composeQuiz([everyTypeBank], { n: 1, seed: 'appeal', types: ['short'] })
    const appeal = newAppeal(
      { attemptId: 'x', question: question!, answer: { type: 'short', text: 'x' } },
      T,
    )
    expect(question).not.toHaveProperty('bankVersion')
    expect(appeal.bankVersion).toBe('')
  })
})

const appeal = (attemptId: string, at: number, question = 'q-1'): Appeal => ({
  attemptId,
  at,
  bank: everyTypeBank.id,
  question,
  bankVersion: '',
  answer: `answer ${attemptId}`,
})

describe('mergeAppeals', () => {
  it('keeps one appeal per attempt, the first list winning, in time order', () => {
    const merged = mergeAppeals(
      [appeal('b', T + 2), appeal('a', T + 1)],
      [{ ...appeal('a', T + 9), answer: 'later' }, appeal('c', T)],
    )
    expect(merged.map((a) => [a.attemptId, a.answer])).toEqual([
      ['c', 'answer c'],
      ['a', 'answer a'],
      ['b', 'answer b'],
    ])
  })
})

describe('appealsToShow', () => {
  it('lists the appeals newest first with their prompts, or the question id when it is gone', () => {
    const known = everyTypeBank.questions[0]!
    const shown = appealsToShow(
      [appeal('old', T, known.id), appeal('new', T + 1, 'gone')],
      [everyTypeBank],
    )
    expect(shown).toEqual([
      {
        attemptId: 'new',
        at: T + 1,
        prompt: `${everyTypeBank.id}/gone`,
        format: 'plain',
        answer: 'answer new',
      },
      {
        attemptId: 'old',
        at: T,
        prompt: known.prompt,
        format: known.format ?? 'markdown',
        answer: 'answer old',
      },
    ])
  })
})

describe('the bank version the build stamps', () => {
  it('is a hash of the compiled bank: the same bank, the same version; an edit, another', () => {
    const shipped = JSON.parse(bankJson(everyTypeBank))
    expect(shipped.version).toMatch(/^[0-9a-f]{16}$/)
    const { version: _, ...content } = shipped
    expect(content).toEqual(JSON.parse(JSON.stringify(everyTypeBank)))
    expect(JSON.parse(bankJson(everyTypeBank)).version).toBe(shipped.version)
    const edited = { ...everyTypeBank, title: `${everyTypeBank.title}!` }
    expect(JSON.parse(bankJson(edited)).version).not.toBe(shipped.version)
    expect(composeQuiz([shipped], { n: 1, seed: 'v' })[0]!.bankVersion).toBe(shipped.version)
  })
})
