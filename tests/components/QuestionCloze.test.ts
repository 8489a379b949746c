import 'fake-indexeddb/auto'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import PrintCloze from '@/components/print/PrintCloze.vue'
import type { Bank } from '@/domain/bank'
import type { QuizQuestion, ShownBlank } from '@/domain/quiz'
import { withRichTexts } from '@/domain/rich/compile'
import { registerRichTexts } from '@/rich-text/registry'
import { useQuizStore } from '@/stores/quiz'
import { QuizHarness } from './quiz-harness'

const bank: Bank = {
  id: 'kinds',
  title: 'Kinds',
  language: 'en',
  generate: false,
  topics: [{ id: 'main', title: 'Main', order: 1 }],
  facts: [],
  questions: [
    {
      id: 'water',
      type: 'cloze',
      prompt: 'Complete the sentence.',
      text: 'Water {{boils|~freezes|~melts}} at {{#100:1}} degrees, {{it|this}} says.',
      explanation: 'At sea level.',
      topic: 'main',
      facts: [],
      difficulty: 2,
    },
  ],
}

let quiz: ReturnType<typeof useQuizStore>
let wrapper: VueWrapper | undefined

// A checked answer goes into the learner's record, whose code the quiz store loads on demand.
beforeAll(() => import('@/stores/progress'))

beforeEach(async () => {
  wrapper?.unmount()
  window.sessionStorage.clear()
  setActivePinia(createPinia())
  quiz = useQuizStore()
  await quiz.start([bank], { n: 1, seed: 'cloze-kinds' })
  wrapper = mount(QuizHarness, { attachTo: document.body })
})

const blank = (n: number) => wrapper!.get(`[aria-label="Blank ${n}"]`)
const shownOptions = () =>
  (quiz.current!.shown.segments ?? []).find((s): s is ShownBlank => typeof s !== 'string')
    ?.options ?? []
const check = async () => {
  await wrapper!.get('form').trigger('submit')
  await flushPromises()
}
const status = () => wrapper!.get('[role=status]').text()

describe('a cloze with a drop-down, a number and a typed blank', () => {
  it('shows a select named Blank 1 offering every choice in the quiz’s order', () => {
    const select = blank(1)
    expect(select.element.tagName).toBe('SELECT')
    const options = select.findAll('option').map((o) => o.text())
    expect(options).toEqual(['Choose…', ...shownOptions()])
    expect(shownOptions().slice().sort()).toEqual(['boils', 'freezes', 'melts'])
  })

  it('shows the number blank as a text box with a decimal keyboard, the typed one as before', () => {
    expect(blank(2).attributes()).toMatchObject({ type: 'text', inputmode: 'decimal' })
    expect(blank(3).attributes('type')).toBe('text')
    expect(blank(3).attributes('inputmode')).toBeUndefined()
    expect(wrapper!.findAll('input, select')).toHaveLength(3)
  })

  it('grades the chosen option and the typed number: all right is Correct', async () => {
    await blank(1).setValue('boils')
    await blank(2).setValue('100.5')
    await blank(3).setValue('this')
    expect(quiz.answers[0]).toEqual({ type: 'cloze', blanks: ['boils', '100.5', 'this'] })
    await check()
    expect(quiz.grades[0]).toMatchObject({ credit: 1, verdict: 'correct' })
    expect(status()).toMatch(/^Correct/)
    expect(blank(1).attributes('disabled')).toBeDefined()
    expect(blank(1).classes()).toContain('cloze__blank--right')
  })

  it('marks a wrong choice and shows the right answer in words', async () => {
    await blank(1).setValue('melts')
    await blank(2).setValue('one hundred')
    await check()
    expect(quiz.grades[0]).toMatchObject({ verdict: 'partial', parts: [false, true, false] })
    expect(blank(1).classes()).toContain('cloze__blank--wrong')
    expect(blank(2).classes()).toContain('cloze__blank--right')
    expect(status()).toContain('The right answer: Water boils at 100 (±1) degrees, it says.')
  })
})

describe('the cloze on paper', () => {
  it('prints the choices to circle in the sheet’s order and a line for the other blanks', () => {
    const question = quiz.current as Extract<QuizQuestion, { type: 'cloze' }>
    const paper = mount(PrintCloze, { props: { question } })
    expect(paper.text()).toContain(`( ${shownOptions().join(' / ')} )`)
    expect(paper.text()).toContain('(blank 1, circle one:)')
    expect(paper.findAll('.ws-blank')).toHaveLength(2)
    paper.unmount()
  })
})

describe('a cloze written in HTML, as Moodle exports it', () => {
  const html: Bank = {
    ...bank,
    id: 'html-cloze',
    questions: [
      {
        ...(bank.questions[0] as Extract<Bank['questions'][number], { type: 'cloze' }>),
        id: 'html',
        format: 'html',
        text: '<p>Water <b>{{boils|~freezes}}</b> at <em>sea level</em>.</p>',
      },
    ],
  }

  it('shows the markup the build compiled, with each control in its place', async () => {
    wrapper?.unmount()
    setActivePinia(createPinia())
    registerRichTexts(withRichTexts(html))
    quiz = useQuizStore()
    await quiz.start([html], { n: 1, seed: 'html-cloze' })
    wrapper = mount(QuizHarness, { attachTo: document.body })
    const cloze = wrapper.get('.cloze')
    expect(cloze.find('p strong select[aria-label="Blank 1"]').exists()).toBe(true)
    expect(cloze.get('em').text()).toBe('sea level')
    expect(cloze.text()).not.toContain('<')
    const paper = mount(PrintCloze, {
      props: { question: quiz.current as Extract<QuizQuestion, { type: 'cloze' }> },
    })
    expect(paper.find('.ws-cloze p strong').text()).toMatch(
      /\( (boils|freezes) \/ (boils|freezes) \)/,
    )
    paper.unmount()
  })
})
