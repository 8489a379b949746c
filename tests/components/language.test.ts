import 'fake-indexeddb/auto'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import LanguagePicker from '@/components/layout/LanguagePicker.vue'
import { interfaceLanguage, t } from '@/i18n'
import { loadParts, setLanguage } from '@/i18n/catalogue'
import { LANGUAGE_NAMES } from '@/i18n/names'
import ar from '@/i18n/messages/ar/first'
import en from '@/i18n/messages/en/first'
import frFeedback from '@/i18n/messages/fr/feedback'
import fr from '@/i18n/messages/fr/first'
import { savedLanguage } from '@/persistence/language'
import { startLanguage } from '@/stores/language'
import { useQuizStore } from '@/stores/quiz'
import { sampleBank } from '../fixtures/sample-bank'
import { QuizHarness } from './quiz-harness'

let wrapper: VueWrapper | undefined
const html = document.documentElement

beforeEach(() => {
  window.localStorage.clear()
  setActivePinia(createPinia())
})
afterEach(async () => {
  wrapper?.unmount()
  wrapper = undefined
  // Every other test file expects English (setup.ts).
  await setLanguage('en')
})

describe('the interface language', () => {
  it('re-renders a question in place when the language changes, and sets html lang and dir', async () => {
    await useQuizStore().start([sampleBank], { n: 2, seed: 'language' })
    wrapper = mount(QuizHarness, { attachTo: document.body })
    const form = () => wrapper!.get('form')
    expect(form().attributes('aria-label')).toBe(en.question.name(1, 2))

    await setLanguage('fr')
    await flushPromises()
    expect(form().attributes('aria-label')).toBe(fr.question.name(1, 2))
    expect(form().get('button[type=submit]').text()).toBe(fr.question.check)
    expect([html.lang, html.dir]).toEqual(['fr', 'ltr'])
    expect(interfaceLanguage()).toBe('fr')

    await setLanguage('ar')
    await flushPromises()
    expect(form().attributes('aria-label')).toBe(ar.question.name(1, 2))
    expect([html.lang, html.dir]).toEqual(['ar', 'rtl'])
  })

  it('switches every part the page has, the feedback too, not only the first', async () => {
    await loadParts('feedback')
    await setLanguage('fr')
    expect(t.feedback.appeal).toBe(frFeedback.feedback.appeal)
    expect(t.question.check).toBe(fr.question.check)
  })

  it('ends in the last language chosen when two choices overlap', async () => {
    await Promise.all([setLanguage('ar'), setLanguage('fr')])
    expect(interfaceLanguage()).toBe('fr')
    expect(t.question.check).toBe(fr.question.check)
  })

  it('starts in the learner’s saved choice, else the browser’s language', async () => {
    const languages = Object.getOwnPropertyDescriptor(window.navigator, 'languages')
    Object.defineProperty(window.navigator, 'languages', {
      value: ['fr-CA', 'en'],
      configurable: true,
    })
    try {
      await startLanguage()
      expect(interfaceLanguage()).toBe('fr')
      window.localStorage.setItem('factline:language', '"ar"')
      await startLanguage()
      expect(interfaceLanguage()).toBe('ar')
    } finally {
      if (languages) Object.defineProperty(window.navigator, 'languages', languages)
      else Reflect.deleteProperty(window.navigator, 'languages')
    }
  })

  it('backs up a damaged saved language and falls back, never throws', () => {
    window.localStorage.setItem('factline:language', '"klingon"')
    expect(savedLanguage()).toBeUndefined()
    expect(window.localStorage.getItem('factline:language')).toBeNull()
    const backups = Object.keys(window.localStorage).filter((k) =>
      k.startsWith('factline:backup:language:'),
    )
    expect(backups.map((k) => window.localStorage.getItem(k))).toEqual(['"klingon"'])
  })
})

describe('the Language picker', () => {
  it('offers each language in its own name, switches the interface and remembers the choice', async () => {
    wrapper = mount(LanguagePicker, { attachTo: document.body })
    const select = wrapper.get('select')
    expect(select.attributes('aria-label')).toBe('Language')
    expect(select.findAll('option').map((o) => [o.attributes('value'), o.text()])).toEqual(
      Object.entries(LANGUAGE_NAMES),
    )
    expect((select.element as HTMLSelectElement).value).toBe('en')

    await select.setValue('fr')
    // The switch loads the catalogue's machinery and the French words first.
    await vi.waitFor(() => expect(interfaceLanguage()).toBe('fr'))
    await flushPromises()
    expect(select.attributes('aria-label')).toBe(fr.app.language)
    expect(savedLanguage()).toBe('fr')
  })

  it('only hands the choice on when it is a kiosk’s, leaving the device’s own alone', async () => {
    const chosen: string[] = []
    wrapper = mount(LanguagePicker, {
      props: { passing: true, onChoose: (code: string) => chosen.push(code) },
      attachTo: document.body,
    })
    await wrapper.get('select').setValue('ar')
    await flushPromises()
    expect(chosen).toEqual(['ar'])
    expect(wrapper.emitted('choose')).toEqual([['ar']])
    // Whoever listens shows it (the kiosk does); the picker itself neither switches nor saves.
    expect(interfaceLanguage()).toBe('en')
    expect(savedLanguage()).toBeUndefined()
  })
})
