import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import QuestionCard from '@/components/question/QuestionCard.vue'
import { useQuizStore } from '@/stores/quiz'
import { sampleBank } from '../fixtures/sample-bank'

/** The question card wired to the real quiz store, as the quiz page wires it. */
const Harness = defineComponent(() => {
  const quiz = useQuizStore()
  return () =>
    quiz.current
      ? h(QuestionCard, {
          key: quiz.index,
          question: quiz.current,
          number: quiz.index + 1,
          total: quiz.questions.length,
          grade: quiz.currentGrade,
          answer: quiz.answers[quiz.index],
          onCheck: quiz.check,
          onNext: quiz.next,
        })
      : h('p', 'done')
})

describe('QuestionCard with the quiz store', () => {
  let quiz: ReturnType<typeof useQuizStore>

  beforeEach(() => {
    setActivePinia(createPinia())
    quiz = useQuizStore()
    quiz.start(sampleBank, { n: 2, seed: 'component' })
  })

  const mountCard = () => mount(Harness, { attachTo: document.body })

  it('names the form, shows the prompt as a heading and one radio per option', () => {
    const wrapper = mountCard()
    expect(wrapper.get('form').attributes('aria-label')).toBe('Question 1 of 2')
    expect(wrapper.get('form h2').text()).toBe(quiz.current!.prompt)
    const labels = wrapper.findAll('label').map((l) => l.text())
    expect(labels).toEqual(quiz.current!.options)
    wrapper.unmount()
  })

  it('grades the chosen option, shows feedback with the source, and moves on', async () => {
    const wrapper = mountCard()
    const right = quiz.current!.answer
    const radio = wrapper
      .findAll('input[type=radio]')
      .find((r) => (r.element as HTMLInputElement).value === right)!
    await radio.setValue(true)
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(quiz.grades[0]).toEqual({ credit: 1, verdict: 'correct' })
    const status = wrapper.get('[role=status]').text()
    expect(status).toMatch(/^Correct/)
    expect(status).toContain(quiz.current!.explanation!)
    expect(status).toContain('Source: paragraph')
    expect(wrapper.get('fieldset').attributes('disabled')).toBeDefined()
    const next = wrapper.get('button[type=button]')
    expect(next.text()).toBe('Next question')
    expect(document.activeElement).toBe(next.element)

    await next.trigger('click')
    expect(quiz.index).toBe(1)
    expect(wrapper.get('form').attributes('aria-label')).toBe('Question 2 of 2')
    wrapper.unmount()
  })

  it('marks a wrong answer Incorrect and shows the right one', async () => {
    const wrapper = mountCard()
    const wrong = quiz.current!.options.find((o) => o !== quiz.current!.answer)!
    const radio = wrapper
      .findAll('input[type=radio]')
      .find((r) => (r.element as HTMLInputElement).value === wrong)!
    await radio.setValue(true)
    await wrapper.get('form').trigger('submit')
    expect(quiz.grades[0]?.verdict).toBe('incorrect')
    expect(wrapper.get('[role=status]').text()).toMatch(
      new RegExp(`^Incorrect.*The right answer: ${quiz.current!.answer}`),
    )
    wrapper.unmount()
  })

  it('asks for an answer instead of grading an empty one', async () => {
    const wrapper = mountCard()
    await wrapper.get('form').trigger('submit')
    expect(quiz.grades[0]).toBeUndefined()
    expect(wrapper.get('[role=alert]').text()).toBe('Choose an answer, then check it.')
    wrapper.unmount()
  })

  it('picks options with digit keys and checks, then advances, with Enter', async () => {
    const wrapper = mountCard()
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '2', bubbles: true }))
    await flushPromises()
    const second = quiz.current!.options[1]
    expect((wrapper.findAll('input[type=radio]')[1]!.element as HTMLInputElement).checked).toBe(
      true,
    )

    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
    await flushPromises()
    expect(quiz.answers[0]).toEqual({ type: 'single', choice: second })

    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
    await flushPromises()
    expect(quiz.index).toBe(1)
    wrapper.unmount()
  })

  it('says See results on the last question', async () => {
    quiz.start(sampleBank, { n: 1, seed: 'last' })
    const wrapper = mountCard()
    quiz.check({ type: 'single', choice: quiz.current!.answer })
    await flushPromises()
    expect(wrapper.get('button[type=button]').text()).toBe('See results')
    wrapper.unmount()
  })
})
