import 'fake-indexeddb/auto'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import BankCard from '@/components/home/BankCard.vue'
import { summarizeBank, type Bank, type QuestionType } from '@/domain/bank'
import { routes } from '@/router'
import { setLanguage } from '@/i18n/catalogue'
import frFeedback from '@/i18n/messages/fr/feedback'
import fr from '@/i18n/messages/fr/first'
import { useQuizStore } from '@/stores/quiz'
import { everyTypeBank } from '../fixtures/sample-bank'
import { QuizHarness } from './quiz-harness'

// WCAG 3.1.2: a bank's texts carry their language where it is not the interface's, so that a
// screen reader reads a French question with a French voice in an English interface.

let wrapper: VueWrapper | undefined
beforeAll(() => import('@/stores/progress'))
beforeEach(() => {
  window.sessionStorage.clear()
  setActivePinia(createPinia())
})
afterEach(async () => {
  wrapper?.unmount()
  await setLanguage('en')
})

/** The every-type bank as if written in `language`, with one question in another if asked. */
function bankIn(language: string, questionLanguage?: string): Bank {
  return {
    ...everyTypeBank,
    language,
    questions: everyTypeBank.questions.map((q) => ({
      ...q,
      language: questionLanguage ?? language,
    })),
  }
}

async function show(bank: Bank, type: QuestionType) {
  await useQuizStore().start([bank], { n: 1, seed: 'content', types: [type] })
  wrapper = mount(QuizHarness, { attachTo: document.body })
  await flushPromises()
  return wrapper
}

const attributes = (w: VueWrapper, selector: string) => {
  const element = w.get(selector).element
  return { lang: element.getAttribute('lang'), dir: element.getAttribute('dir') }
}

describe('the language of a question’s texts', () => {
  it('marks a French question in an English interface, and not the interface’s words', async () => {
    const w = await show(bankIn('fr'), 'single')
    expect(attributes(w, 'h2')).toEqual({ lang: 'fr', dir: 'ltr' })
    expect(attributes(w, 'label span')).toEqual({ lang: 'fr', dir: 'ltr' })
    expect(w.get('form').attributes('lang')).toBeUndefined()
    expect(w.get('button[type=submit]').attributes('lang')).toBeUndefined()
  })

  it('runs an Arabic question right to left in an English interface', async () => {
    const w = await show(bankIn('ar'), 'order')
    expect(attributes(w, 'h2')).toEqual({ lang: 'ar', dir: 'rtl' })
    for (const item of w.findAll('.order__text')) {
      expect(item.attributes()).toMatchObject({ lang: 'ar', dir: 'rtl' })
    }
  })

  it('marks an English bank’s texts in an Arabic interface as English, left to right', async () => {
    await setLanguage('ar')
    const w = await show(bankIn('en'), 'match')
    expect(document.documentElement.dir).toBe('rtl')
    expect(attributes(w, 'h2')).toEqual({ lang: 'en', dir: 'ltr' })
    for (const label of w.findAll('.match__left')) {
      expect(label.attributes()).toMatchObject({ lang: 'en', dir: 'ltr' })
    }
  })

  it('adds nothing where the texts are in the interface’s language', async () => {
    const w = await show(bankIn('en'), 'short')
    expect(w.find('[lang]').exists()).toBe(false)
  })

  it('follows a question’s own language over its bank’s, in its answer box too', async () => {
    const w = await show(bankIn('en', 'fr'), 'short')
    expect(attributes(w, 'h2').lang).toBe('fr')
    expect(attributes(w, 'input[type=text]')).toEqual({ lang: 'fr', dir: 'ltr' })
  })

  it('drops the mark when the interface changes to the texts’ language', async () => {
    const w = await show(bankIn('fr'), 'truefalse')
    expect(attributes(w, 'h2').lang).toBe('fr')
    await setLanguage('fr')
    await flushPromises()
    expect(w.get('h2').attributes('lang')).toBeUndefined()
  })

  it('names a true/false question’s right answer in the interface’s words', async () => {
    await setLanguage('fr')
    const w = await show(bankIn('en'), 'truefalse')
    const question = useQuizStore().current
    if (question?.type !== 'truefalse') throw new Error('expected a true/false question')
    const wrong = question.answer ? fr.question.false : fr.question.true
    const right = question.answer ? fr.question.true : fr.question.false
    const choice = w.findAll('label').find((label) => label.text() === wrong)
    await w.get(`#${choice?.attributes('for')}`).setValue(true)
    await w.get('form').trigger('submit')
    await flushPromises()
    const status = w.get('[role=status]').text()
    expect(status).toContain(`${frFeedback.feedback.rightAnswer} ${right}`)
    expect(status).not.toMatch(/\b(True|False)\b/)
  })
})

describe('a bank on the home page', () => {
  it('has its title, summary and lessons in its own language, the buttons in the interface’s', () => {
    const router = createRouter({ history: createMemoryHistory(), routes })
    const card = mount(BankCard, {
      props: { bank: summarizeBank({ ...everyTypeBank, language: 'fr' }, 3) },
      global: { plugins: [router] },
    })
    expect(card.get('h2').attributes()).toMatchObject({ lang: 'fr', dir: 'ltr' })
    for (const lesson of card.findAll('.bank-card__topic a'))
      expect(lesson.attributes('lang')).toBe('fr')
    expect(card.get('button[type=submit]').attributes('lang')).toBeUndefined()
    const english = mount(BankCard, {
      props: { bank: summarizeBank(everyTypeBank, 3) },
      global: { plugins: [router] },
    })
    expect(english.find('[lang]').exists()).toBe(false)
  })
})
