import 'fake-indexeddb/auto'
import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import LessonComplete from '@/components/lesson/LessonComplete.vue'
import LessonFactCard from '@/components/lesson/LessonFactCard.vue'
import LessonIntro from '@/components/lesson/LessonIntro.vue'
import { buildLesson } from '@/domain/lesson'
import { setLanguage } from '@/i18n/catalogue'
import arLesson from '@/i18n/messages/ar/lesson'
import frFeedbackPart from '@/i18n/messages/fr/feedback'
import frFirst from '@/i18n/messages/fr/first'
import frLesson from '@/i18n/messages/fr/lesson'
import { routes } from '@/router'
import { useLessonStore } from '@/stores/lesson'
import { sampleBank } from '../fixtures/sample-bank'
import { button } from './find'

vi.mock('virtual:factline/banks', () => import('../fixtures/sample-banks-module'))
vi.mock('virtual:factline/bank-loader', () => import('../fixtures/sample-banks-module'))

const fr = frLesson.lesson
const ar = arLesson.lesson
const frFeedback = frFeedbackPart.feedback

enableAutoUnmount(afterEach)
let pinia: Pinia
beforeEach(() => {
  localStorage.clear()
  pinia = createPinia()
  setActivePinia(pinia)
})
afterEach(() => setLanguage('en'))

/** The lesson page at `url`, as the app mounts it, once its lesson is in (or found missing). */
async function openLesson(url: string) {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(url)
  const app = defineComponent(() => () => h(RouterView))
  const page = mount(app, { global: { plugins: [pinia, router] }, attachTo: document.body })
  await vi.waitFor(async () => {
    await flushPromises()
    expect(page.find('.loading').exists()).toBe(false)
    expect(page.find('h1').exists()).toBe(true)
  })
  return page
}

const go = async (page: VueWrapper, name: string) => {
  await button(page, name).trigger('click')
  await flushPromises()
}

describe('a lesson in French', () => {
  it('says where the learner is, what the lesson is about and where its facts come from', async () => {
    await setLanguage('fr')
    const page = await openLesson('/lessons/sample/one')
    const { path } = useLessonStore()

    // The topic's title is the bank's English, marked as such in a French page.
    expect(page.get('h1').text()).toBe('Topic one')
    expect(page.get('h1').attributes('lang')).toBe('en')
    expect(page.get('.lesson__bank').text()).toBe(`Sample bank · ${fr.number(1)}`)
    expect(page.get('progress').attributes('aria-label')).toBe(fr.progress)
    expect(page.get('.lesson__step').text()).toBe(fr.step(1, path.length))
    expect(page.get('#lesson-intro-title').text()).toBe(fr.about)
    expect(page.text()).toContain(fr.whereFrom)
    expect(page.get('.lesson-intro__source').text()).toContain(`${frFeedback.source} A headline`)
    expect(page.findAll('button').map((b) => b.text())).toEqual([fr.next])

    await go(page, fr.next)
    const groups = path.filter((s) => s.kind === 'facts').length
    expect(page.get('#facts-title').text()).toBe(fr.facts(1, groups))
    expect(page.get('.fact-card__source').text()).toContain(frFeedback.paragraphs('1', 1))
    expect(page.get('.fact-card__text').attributes('lang')).toBe('en')
    expect(page.findAll('button').map((b) => b.text())).toEqual([fr.back, fr.next])

    await go(page, fr.next)
    expect(page.get('.lesson__question-kind').text()).toBe(fr.kind.check)
    expect(page.get('form').attributes('aria-label')).toBe(frFirst.question.name(1, 1))
    await go(page, fr.back)
    expect(page.get('#facts-title').text()).toBe(fr.facts(1, groups))
  })

  it('says so when there is no such lesson, and where to find one', async () => {
    await setLanguage('fr')
    const page = await openLesson('/lessons/no-such-bank/one')
    expect(page.get('h1').text()).toBe(fr.notFound)
    expect(page.text()).toContain(fr.noSuchLesson)
    expect(page.get('a').text()).toBe(fr.chooseLesson)
  })
})

describe('a lesson of a bank that cites no source, in French', () => {
  it('names the bank as the source, and each fact by its paragraph', async () => {
    await setLanguage('fr')
    const lesson = buildLesson({ ...sampleBank, source: undefined }, 'one')!
    const intro = mount(LessonIntro, { props: { lesson } })
    expect(intro.get('.lesson-intro__source').text()).toContain(fr.bankSource('Sample bank'))
    const facts = lesson.steps.find((s) => s.kind === 'facts')!
    const card = mount(LessonFactCard, {
      props: { fact: facts.kind === 'facts' ? facts.facts[0]! : sampleBank.facts[0]! },
    })
    expect(card.get('.fact-card__source').text()).toBe(fr.paragraph(1))
  })
})

describe('the end of a lesson in Arabic', () => {
  it('gives the score and the next lesson, its title set apart from the Arabic around it', async () => {
    await setLanguage('ar')
    const lesson = buildLesson(sampleBank, 'one')!
    const router = createRouter({ history: createMemoryHistory(), routes })
    const end = mount(LessonComplete, {
      props: { lesson, score: { correct: 2, total: 3, percent: 67 } },
      global: { plugins: [pinia, router] },
    })
    expect(document.documentElement.dir).toBe('rtl')
    expect(end.get('h2').text()).toBe(ar.complete)
    expect(end.get('.score span').text()).toBe(ar.correct(2, 3))
    const links = end.findAll('a').map((a) => a.text())
    expect(links).toContain(ar.nextLesson('Topic two'))
    expect(ar.nextLesson('Topic two')).toContain('\u2068Topic two\u2069')
    expect(links).toContain(ar.wholeBank)
    expect(end.findAll('button').map((b) => b.text())).toEqual([ar.again])
  })
})
