import 'fake-indexeddb/auto'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { QuestionType } from '@/domain/bank'
import { useQuizStore } from '@/stores/quiz'
import { everyTypeBank, sampleBank } from '../fixtures/sample-bank'
import { QuizHarness } from './quiz-harness'

let quiz: ReturnType<typeof useQuizStore>
let wrapper: VueWrapper | undefined

// A checked answer goes into the learner's record, whose code the quiz store loads on demand:
// loaded here first, so no test ends while it is still on its way.
beforeAll(() => import('@/stores/progress'))

beforeEach(() => {
  wrapper?.unmount()
  window.sessionStorage.clear()
  setActivePinia(createPinia())
  quiz = useQuizStore()
})

const mountCard = () => (wrapper = mount(QuizHarness, { attachTo: document.body }))
const startType = async (type: QuestionType) => {
  await quiz.start([everyTypeBank], { n: 1, seed: 'component', types: [type] })
  return mountCard()
}
const checkAnswer = async (w: VueWrapper) => {
  await w.get('form').trigger('submit')
  await flushPromises()
}
const status = (w: VueWrapper) => w.get('[role=status]').text()
const byLabel = (w: VueWrapper, text: string) => {
  const label = w.findAll('label').find((l) => l.text() === text)
  if (!label) throw new Error(`no label "${text}"`)
  return w.get(`#${label.attributes('for')}`)
}

describe('the question frame', () => {
  beforeEach(() => quiz.start([sampleBank], { n: 2, seed: 'frame' }))

  it('names the form, shows the prompt as a heading and focuses it in the next frame', async () => {
    const w = mountCard()
    expect(w.get('form').attributes('aria-label')).toBe('Question 1 of 2')
    expect(w.get('form h2').text()).toBe(quiz.current!.prompt)
    expect(document.activeElement).not.toBe(w.get('form h2').element)
    await new Promise(requestAnimationFrame)
    expect(document.activeElement).toBe(w.get('form h2').element)
  })

  it('grades, shows the verdict, the explanation and the source, disables the inputs and focuses Next', async () => {
    const w = mountCard()
    const question = quiz.current!
    if (question.type !== 'single') throw new Error('sample bank is single-choice')
    await byLabel(w, question.answer).setValue(true)
    await checkAnswer(w)
    expect(quiz.grades[0]).toMatchObject({ credit: 1, verdict: 'correct' })
    expect(status(w)).toMatch(/^Correct/)
    expect(status(w)).toContain(question.explanation!)
    expect(status(w)).toMatch(
      /Source: Paragraph \d+ of A headline, A publisher, September 20, 2018/,
    )
    expect(w.get('fieldset').attributes('disabled')).toBeDefined()
    const next = w.get('button[type=button]')
    expect(next.text()).toBe('Next question')
    expect(document.activeElement).toBe(next.element)
    await next.trigger('click')
    expect(w.get('form').attributes('aria-label')).toBe('Question 2 of 2')
  })

  it('asks for an answer instead of grading an empty one', async () => {
    const w = mountCard()
    await checkAnswer(w)
    expect(quiz.grades[0]).toBeUndefined()
    expect(w.get('[role=alert]').text()).toBe('Answer the question, then check it.')
  })

  it('picks options with digit keys, then checks and moves on with Enter', async () => {
    const w = mountCard()
    const key = (k: string) =>
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }))
    key('2')
    await flushPromises()
    expect((w.findAll('input[type=radio]')[1]!.element as HTMLInputElement).checked).toBe(true)
    key('Enter')
    await flushPromises()
    expect(quiz.grades[0]).toBeDefined()
    key('Enter')
    await flushPromises()
    expect(quiz.index).toBe(1)
  })

  it('keeps a draft answer in the store as the learner types or picks', async () => {
    const w = mountCard()
    const question = quiz.current!
    if (question.type !== 'single') throw new Error('sample bank is single-choice')
    await byLabel(w, question.options[2]!).setValue(true)
    expect(quiz.answers[0]).toEqual({ type: 'single', choice: question.options[2] })
    expect(quiz.grades[0]).toBeUndefined()
  })
})

describe('each question type', () => {
  it('single: radios named by the options', async () => {
    const w = await startType('single')
    expect(w.findAll('input[type=radio]')).toHaveLength(3)
    await byLabel(w, 'Gamma').setValue(true)
    await checkAnswer(w)
    expect(status(w)).toMatch(/^Incorrect.*The right answer: Beta/)
  })

  it('multiple: checkboxes, partial credit', async () => {
    const w = await startType('multiple')
    expect(w.findAll('input[type=checkbox]')).toHaveLength(3)
    await byLabel(w, 'Red').setValue(true)
    await checkAnswer(w)
    expect(quiz.grades[0]?.verdict).toBe('partial')
    expect(status(w)).toMatch(/^Partly correct/)
  })

  it('truefalse: True and False radios', async () => {
    const w = await startType('truefalse')
    expect(w.findAll('label').map((l) => l.text())).toEqual(['True', 'False'])
    await byLabel(w, 'False').setValue(true)
    await checkAnswer(w)
    expect(status(w)).toMatch(/^Correct/)
  })

  it('numeric: a text box named Your answer that takes 28,000 troops', async () => {
    const w = await startType('numeric')
    const input = byLabel(w, 'Your answer')
    expect(input.attributes('type')).toBe('text')
    expect(input.attributes('inputmode')).toBe('decimal')
    await input.setValue('28,000 troops')
    await checkAnswer(w)
    expect(status(w)).toMatch(/^Correct/)
  })

  it('short: a text box; case and spaces do not matter', async () => {
    const w = await startType('short')
    await byLabel(w, 'Your answer').setValue('  china ')
    await checkAnswer(w)
    expect(status(w)).toMatch(/^Correct/)
  })

  it('short: a near miss stays wrong and says so', async () => {
    const w = await startType('short')
    await byLabel(w, 'Your answer').setValue('Chnia')
    await checkAnswer(w)
    expect(status(w)).toMatch(/^Incorrect/)
    expect(status(w)).toContain('Almost: check the spelling.')
    expect(quiz.grades[0]?.credit).toBe(0)
  })

  it('cloze: one text box per blank, named Blank 1, Blank 2', async () => {
    const w = await startType('cloze')
    const blanks = w.findAll('input[type=text]')
    expect(blanks.map((b) => b.attributes('aria-label'))).toEqual(['Blank 1', 'Blank 2'])
    await blanks[0]!.setValue('1950')
    await blanks[1]!.setValue('1954')
    await checkAnswer(w)
    expect(quiz.grades[0]).toMatchObject({ verdict: 'partial', parts: [true, false] })
  })

  it('order: Move up and Move down buttons named by the item', async () => {
    const w = await startType('order')
    const items = () => w.findAll('li .order__text').map((i) => i.text())
    const start = items()
    expect(start).not.toEqual(['War', 'Armistice', 'Summit'])
    // Bubble the items into the right order with the buttons alone.
    for (const [position, item] of ['War', 'Armistice', 'Summit'].entries()) {
      while (items().indexOf(item) > position)
        await w.get(`button[aria-label="Move ${item} up"]`).trigger('click')
    }
    expect(items()).toEqual(['War', 'Armistice', 'Summit'])
    expect(w.get('button[aria-label="Move War up"]').attributes('disabled')).toBeDefined()
    await checkAnswer(w)
    expect(status(w)).toMatch(/^Correct/)
  })

  it('match: one select per left-hand text, offering the right-hand texts', async () => {
    const w = await startType('match')
    const moon = byLabel(w, 'Moon Jae-in')
    expect(moon.element.tagName).toBe('SELECT')
    expect(
      moon
        .findAll('option')
        .map((o) => o.text())
        .slice(1)
        .sort(),
    ).toEqual(['Leader of North Korea', 'President of China', 'President of South Korea'].sort())
    await moon.setValue('President of South Korea')
    await byLabel(w, 'Kim Jong Un').setValue('Leader of North Korea')
    await checkAnswer(w)
    expect(status(w)).toMatch(/^Correct/)
  })
})

describe('a reload in the middle of a quiz', () => {
  it('comes back to the same question with the answers given so far', async () => {
    await quiz.start([sampleBank], { n: 3, seed: 'reload' })
    const first = quiz.current!
    if (first.type !== 'single') throw new Error('sample bank is single-choice')
    quiz.check({ type: 'single', choice: first.answer })
    quiz.next()
    quiz.draft({ type: 'single', choice: 'half-typed' })

    setActivePinia(createPinia())
    const again = useQuizStore()
    await again.start([sampleBank], { n: 3, seed: 'reload' })
    expect(again.index).toBe(1)
    expect(again.grades[0]?.verdict).toBe('correct')
    expect(again.answers[1]).toEqual({ type: 'single', choice: 'half-typed' })
  })

  it('starts afresh for another quiz, and survives damaged saved data', async () => {
    await quiz.start([sampleBank], { n: 3, seed: 'one' })
    quiz.check({ type: 'single', choice: 'x' })
    await quiz.start([sampleBank], { n: 3, seed: 'two' })
    expect(quiz.grades.every((g) => g === undefined)).toBe(true)

    window.sessionStorage.setItem(`factline:quiz:${quiz.id}`, '{not json')
    setActivePinia(createPinia())
    const again = useQuizStore()
    await again.start([sampleBank], { n: 3, seed: 'two' })
    expect(again.index).toBe(0)
    // And Back to the first quiz finds its answer again.
    await again.start([sampleBank], { n: 3, seed: 'one' })
    expect(again.answers[0]).toEqual({ type: 'single', choice: 'x' })
    expect(
      Object.keys(window.sessionStorage).some((k) => k.startsWith('factline:backup:quiz')),
    ).toBe(true)
  })
})
