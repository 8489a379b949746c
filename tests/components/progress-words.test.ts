import 'fake-indexeddb/auto'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import ActivityChart from '@/components/progress/ActivityChart.vue'
import LearnerSettings from '@/components/progress/LearnerSettings.vue'
import ProgressAppeals from '@/components/progress/ProgressAppeals.vue'
import ProgressData from '@/components/progress/ProgressData.vue'
import ProgressSummary from '@/components/progress/ProgressSummary.vue'
import TopicMastery from '@/components/progress/TopicMastery.vue'
import WeakFacts from '@/components/progress/WeakFacts.vue'
import type { DayActivity } from '@/domain/progress'
import type { ProgressTotals, TopicMasteryRow } from '@/domain/progress-report'
import { setLanguage } from '@/i18n/catalogue'
import { formatDateIn, formatNumberIn, formatPercentIn } from '@/i18n/intl'
import { LANGUAGE_CODES } from '@/i18n/languages'
import arProgress from '@/i18n/messages/ar/progress'
import arPeople from '@/i18n/messages/ar/people'
import frPages from '@/i18n/messages/fr/pages'
import frPeople from '@/i18n/messages/fr/people'
import frProgress from '@/i18n/messages/fr/progress'
import { routes } from '@/router'
import { useProgressStore } from '@/stores/progress'
import { useProgressPageStore } from '@/stores/progress-page'
import ProgressView from '@/views/ProgressView.vue'

vi.mock('virtual:factline/banks', () => import('../fixtures/sample-banks-module'))
vi.mock('virtual:factline/bank-loader', () => import('../fixtures/sample-banks-module'))

enableAutoUnmount(afterEach)
beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
})
afterEach(async () => {
  vi.unstubAllGlobals()
  await setLanguage('en')
})

const router = () => createRouter({ history: createMemoryHistory(), routes })
const totals = (answers: number, streak: number): ProgressTotals => ({
  answers,
  accuracy: 0.5,
  streak,
  minutes: 12,
})
const summaryItems = (summary: ReturnType<typeof mount>) =>
  summary.findAll('li').map((li) => li.text())

/** `n` days from 2026-03-01 on, an answer more each day, the first without any. */
const someDays = (n: number): DayActivity[] =>
  Array.from({ length: n }, (_, i) => ({
    day: `2026-03-${String(i + 1).padStart(2, '0')}`,
    answers: i,
    accuracy: i ? 0.75 : 0,
  }))

describe('the progress summary', () => {
  it('reads as before in English, a plural where there was a hand-made one', () => {
    const one = mount(ProgressSummary, { props: { totals: totals(1, 1) } })
    expect(summaryItems(one)).toEqual([
      '1 answer',
      '50% accuracy',
      '1 day in a row',
      '12 min in all',
    ])
    const many = mount(ProgressSummary, { props: { totals: totals(3, 2) } })
    expect(summaryItems(many).slice(0, 3)).toEqual(['3 answers', '50% accuracy', '2 days in a row'])
    const none = mount(ProgressSummary, {
      props: { totals: totals(0, 0) },
      global: { plugins: [router()] },
    })
    expect(none.get('p').text()).toBe(
      'No answers yet. Start with a lesson or a quiz; your progress is kept in this browser.',
    )
  })

  it('counts in Arabic: one, two, a few and many answers each have their form', async () => {
    await setLanguage('ar')
    const ar = arProgress.progressSummary
    for (const n of [1, 2, 3, 11, 100]) {
      const summary = mount(ProgressSummary, { props: { totals: totals(n, n) } })
      const [answers, , streak] = summaryItems(summary)
      expect(answers).toBe(`${formatNumberIn('ar', n)}${ar.answers(n)}`.trim())
      expect(streak).toBe(`${formatNumberIn('ar', n)}${ar.streak(n)}`.trim())
      summary.unmount()
    }
    expect(new Set([1, 2, 3, 11, 100].map(ar.answers)).size).toBe(5)
  })

  it('sends a learner with no answers to a lesson in French', async () => {
    await setLanguage('fr')
    const none = mount(ProgressSummary, {
      props: { totals: totals(0, 0) },
      global: { plugins: [router()] },
    })
    const words = frProgress.progressSummary.none
    expect(none.get('p').text()).toBe(`${words.before}${words.link}${words.after}`)
    expect(none.get('a').text()).toBe(words.link)
  })
})

describe('the activity chart', () => {
  it('names the chart and its table in English as before', () => {
    const chart = mount(ActivityChart, { props: { days: someDays(30) } })
    expect(chart.get('title').text()).toBe(
      'Answers per day over the last 30 days: 435 in all. The table below has each day.',
    )
    expect(chart.get('figcaption').text()).toBe(
      'Bars: answers per day. Dots: accuracy that day (top is 100%).',
    )
    expect(chart.findAll('thead th').map((th) => th.text())).toEqual(['Day', 'Answers', 'Accuracy'])
    // Time runs left to right: the first day's bar at the left.
    const bars = chart.findAll('rect').map((r) => Number(r.attributes('x')))
    expect(bars[0]).toBeLessThan(bars.at(-1)!)
  })

  it('runs right to left in Arabic, with the words and dates of the interface', async () => {
    await setLanguage('ar')
    const ar = arProgress.progressChart
    const chart = mount(ActivityChart, { props: { days: someDays(3) } })
    expect(chart.get('title').text()).toBe(ar.title(3, 3))
    expect(chart.get('figcaption').text()).toBe(ar.caption(formatPercentIn('ar', 1)))
    expect(chart.get('caption').text()).toBe(ar.table)
    expect(chart.findAll('thead th').map((th) => th.text())).toEqual([
      ar.day,
      ar.answers,
      ar.accuracy,
    ])
    expect(chart.get('tbody th').text()).toBe(formatDateIn('ar', '2026-03-01'))
    // The oldest day at the right: its bar; its date's label first, at the start of the line.
    const bars = chart.findAll('rect').map((r) => Number(r.attributes('x')))
    expect(bars[0]).toBeGreaterThan(bars.at(-1)!)
    expect(chart.findAll('.activity__range span').map((s) => s.text())).toEqual([
      formatDateIn('ar', '2026-03-01'),
      formatDateIn('ar', '2026-03-03'),
    ])
  })

  it("keeps each language's day labels short enough for a 375 px phone", () => {
    // The two labels share a line of about 340 px on a phone, in 0.8rem (12.8 px) text of about
    // 6.5 px a character: 25 characters each (Spanish's "28 de septiembre de 2026" is 24) leave
    // room between them, the longest month included; narrower still, they wrap.
    for (const language of LANGUAGE_CODES) {
      for (let month = 1; month <= 12; month++) {
        const label = formatDateIn(language, `2026-${String(month).padStart(2, '0')}-28`)
        expect(label.length, `${language}: ${label}`).toBeLessThanOrEqual(25)
      }
    }
  })
})

describe('the topics, the facts to practise and the appeals', () => {
  const row: TopicMasteryRow = {
    topic: 'one',
    title: 'Topic one',
    factsMet: 2,
    factsTotal: 5,
    mastery: 0.4,
    stats: { answers: 0, accuracy: 0 } as TopicMasteryRow['stats'],
  }

  it('read as before in English', () => {
    const topics = mount(TopicMastery, { props: { title: 'Bank', language: 'en', topics: [row] } })
    expect(topics.findAll('thead th').map((th) => th.text())).toEqual([
      'Topic',
      'Facts met',
      'Mastery (recall in a week)',
      'Accuracy',
    ])
    expect(topics.get('tbody td').text()).toBe('2 of 5')
    const none = mount(ProgressAppeals, { props: { appeals: [] } })
    expect(none.text()).toBe(
      'No appeals. When you think an answer marked wrong should count, press “My answer should count” under its feedback: it is kept here for your teacher.',
    )
  })

  it('are in French', async () => {
    await setLanguage('fr')
    const fr = frProgress
    const topics = mount(TopicMastery, { props: { title: 'Bank', language: 'en', topics: [row] } })
    expect(topics.findAll('thead th').map((th) => th.text())).toEqual([
      fr.progressTopics.topic,
      fr.progressTopics.factsMet,
      `${fr.progressTopics.mastery} ${fr.progressTopics.masteryHint}`,
      fr.progressTopics.accuracy,
    ])
    expect(topics.get('tbody td').text()).toBe(fr.progressTopics.met(2, 5))
    expect(topics.get('p').text()).toBe(fr.progressTopics.note)

    const weak = mount(WeakFacts, {
      props: {
        facts: [
          {
            key: 'sample/a',
            bank: 'sample',
            fact: 'a',
            accuracy: 0.25,
            attempts: 4,
            text: 'Fact a.',
            language: 'en',
            practise: { bank: 'sample', n: '1', keys: 'sample/q-a' },
          },
        ],
      },
      global: { plugins: [router()] },
    })
    expect(weak.get('h2').text()).toBe(fr.progressWeak.title)
    expect(weak.get('.muted').text()).toBe(fr.progressWeak.lately(formatPercentIn('fr', 0.25)))
    expect(weak.get('a').text()).toBe(fr.progressWeak.practise)

    const appeals = mount(ProgressAppeals, {
      props: {
        appeals: [{ attemptId: 'x', at: 0, prompt: 'Why?', format: 'plain', answer: 'Because' }],
      },
    })
    expect(appeals.text()).toContain(fr.progressAppeals.answer('Because'))
  })

  it.each(LANGUAGE_CODES.filter((code) => code !== 'en'))(
    'in %s, name the appeal button in its own words',
    async (language) => {
      const [progress, feedback] = await Promise.all([
        import(`@/i18n/messages/${language}/progress.ts`),
        import(`@/i18n/messages/${language}/feedback.ts`),
      ])
      expect(progress.default.progressAppeals.none).toContain(feedback.default.feedback.appeal)
    },
  )
})

describe("the learner's data and settings", () => {
  it('word what the page did in the interface language, again when it changes', async () => {
    const page = useProgressPageStore()
    await page.open()
    await useProgressStore().reset()
    await page.importProgress('')
    expect(page.message).toBe('Nothing was imported: The file is empty.')
    await setLanguage('fr')
    expect(page.message).toBe(frProgress.progressData.notImported(frPeople.peopleImport.empty))
    await page.importProgress('{"version": 99}')
    expect(page.message).toBe(frProgress.progressData.notImported(frPeople.peopleImport.newer))

    await setLanguage('ar')
    const { text } = await page.exportProgress()
    expect(page.message).toBe(arProgress.progressData.exported(0))
    const file = JSON.parse(text)
    const answer = (id: string) => ({
      id,
      bank: 'sample',
      question: 'q-a',
      facts: ['fact-a'],
      type: 'single',
      answer: { type: 'single', choice: 'right-a' },
      credit: 1,
      context: 'quiz',
      at: 1_000,
      seconds: 3,
    })
    for (const n of [2, 3]) {
      await useProgressStore().reset()
      const attempts = Array.from({ length: n }, (_, i) => answer(`a${n}-${i}`))
      await page.importProgress(JSON.stringify({ ...file, attempts: [...attempts, { id: 1 }] }))
      expect(page.message).toBe(arProgress.progressData.importedLeftOut(n, 1))
    }
    expect(arProgress.progressData.importedLeftOut(2, 1)).not.toBe(
      arProgress.progressData.importedLeftOut(3, 1),
    )
    await page.resetProgress()
    expect(page.message).toBe(arProgress.progressData.wasReset)
  })

  it('ask before a reset in French, with the name shown', async () => {
    await setLanguage('fr')
    const confirm = vi.fn(() => false)
    vi.stubGlobal('confirm', confirm)
    const data = mount(ProgressData)
    expect(data.findAll('button').map((b) => b.text())).toEqual([
      frProgress.progressData.export,
      frProgress.progressData.reset,
    ])
    expect(data.get('label').text()).toBe(frProgress.progressData.import)
    await data.findAll('button')[1]!.trigger('click')
    expect(confirm).toHaveBeenCalledWith(frProgress.progressData.confirmReset(frPeople.people.me))
  })

  it('rename the learner in French, and say so', async () => {
    await setLanguage('fr')
    const settings = mount(LearnerSettings)
    expect(settings.get('h2').text()).toBe(frProgress.progressLearner.title)
    // The untouched default name is shown in French in the field.
    expect((settings.get('input').element as HTMLInputElement).value).toBe(frPeople.people.me)
    await settings.get('input').setValue('')
    await settings.get('form').trigger('submit')
    expect(settings.get('[role=alert]').text()).toBe(frPeople.peopleName.empty)
    await settings.get('input').setValue('Camille')
    await settings.get('form').trigger('submit')
    expect(settings.get('[role=status]').text()).toBe(frProgress.progressLearner.renamed('Camille'))
  })
})

describe('the progress page', () => {
  it('names the learner in French', async () => {
    await setLanguage('fr')
    const view = mount(ProgressView, { global: { plugins: [router()] } })
    await flushPromises()
    await vi.waitFor(() => expect(view.find('.loading').exists()).toBe(false))
    expect(view.get('h1').text()).toBe(frPages.titles.progress)
    expect(view.get('.lead').text()).toBe(frProgress.progress.learner(frPeople.people.me))
    expect(view.findAll('h2').map((h) => h.text())).toContain(frProgress.progress.days(30))
  })

  it('names the learner in Arabic, isolated', async () => {
    await setLanguage('ar')
    const view = mount(ProgressView, { global: { plugins: [router()] } })
    expect(view.get('.lead').text()).toBe(arProgress.progress.learner(arPeople.people.me))
    expect(view.get('.lead').text()).toContain(`\u2068${arPeople.people.me}\u2069`)
  })
})
