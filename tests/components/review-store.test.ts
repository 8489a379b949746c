import 'fake-indexeddb/auto'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { QuizQuestion } from '@/domain/quiz'
import { setLanguage } from '@/i18n/catalogue'
import { formatDateTimeIn } from '@/i18n/intl'
import arReview from '@/i18n/messages/ar/review'
import frPages from '@/i18n/messages/fr/pages'
import frReview from '@/i18n/messages/fr/review'
import { routes } from '@/router'
import { useProgressStore } from '@/stores/progress'
import { useReviewStore } from '@/stores/review'
import ReviewView from '@/views/ReviewView.vue'

vi.mock('virtual:factline/banks', () => import('../fixtures/sample-banks-module'))
vi.mock('virtual:factline/bank-loader', () => import('../fixtures/sample-banks-module'))

const choose = (question: QuizQuestion | undefined, right: boolean) => ({
  type: 'single' as const,
  choice: question?.type === 'single' && right ? question.answer : 'wrong',
})

beforeEach(() => setActivePinia(createPinia()))
enableAutoUnmount(afterEach)
afterEach(() => setLanguage('en'))

describe('the review store', () => {
  it('asks about each fact due, keeps the answers and appeals as reviews, then says nothing is due', async () => {
    const progress = useProgressStore()
    await progress.load()
    const anHourAgo = Date.now() - 3_600_000
    for (const x of ['a', 'b'])
      await progress.record(
        {
          bank: 'sample',
          question: `q-${x}`,
          facts: [`fact-${x}`],
          type: 'single',
          answer: { type: 'single', choice: 'wrong' },
          credit: 0,
          context: 'quiz',
          shownAt: anHourAgo,
        },
        anHourAgo,
      )

    const review = useReviewStore()
    await review.start()
    expect(review.state).toBe('question')
    expect(review.questions.flatMap((q) => q.facts).sort()).toEqual(['fact-a', 'fact-b'])

    review.check(choose(review.current, false))
    review.check(choose(review.current, true)) // checked once only
    expect(review.currentGrade?.verdict).toBe('incorrect')
    review.appeal()
    expect(review.currentAppeal).toBe('kept')
    review.next()
    review.check(choose(review.current, true))
    expect(review.currentAppeal).toBeUndefined()
    review.next()

    // A missed fact comes back a minute later, not at once.
    await vi.waitFor(() => expect(review.state).toBe('nothing'))
    expect(review.reviewed).toEqual({ done: 2, right: 1 })
    const reviews = progress.attempts.filter((a) => a.context === 'review')
    expect(reviews.map((a) => a.credit)).toEqual([0, 1])
    expect(progress.appeals.map((a) => a.attemptId)).toEqual([reviews[0]!.id])
    expect(review.nextDue).toBeGreaterThan(Date.now())

    // Another visit starts afresh.
    await review.start()
    expect(review.reviewed).toEqual({ done: 0, right: 0 })
  })
})

describe('the review page', () => {
  /** The page once its review has started, shown as if `done` questions had been reviewed. */
  async function reviewed(done: number, right: number) {
    const page = mount(ReviewView, {
      global: { plugins: [createRouter({ history: createMemoryHistory(), routes })] },
    })
    const review = useReviewStore()
    await vi.waitFor(() => expect(review.state).not.toBe('loading'))
    review.state = 'nothing'
    review.reviewed = { done, right }
    await nextTick()
    return page
  }

  it('reads as before in English', async () => {
    const page = await reviewed(1, 1)
    expect(page.get('h1').text()).toBe('Review')
    expect(page.get('.review__summary').text()).toBe('You reviewed 1 question: 1 right.')
    expect(page.get('.lead').text()).toBe('Nothing due right now.')
    expect(page.get('.lead strong').text()).toBe('Nothing due')
    page.unmount()
    expect((await reviewed(3, 2)).get('.review__summary').text()).toBe(
      'You reviewed 3 questions: 2 right.',
    )
  })

  it('speaks French, down to when the next fact comes back', async () => {
    await setLanguage('fr')
    const page = await reviewed(2, 1)
    const fr = frReview.review
    expect(page.get('h1').text()).toBe(frPages.titles.review)
    expect(page.get('.review__summary').text()).toBe(fr.reviewed(2, 1))
    expect(page.get('.lead strong').text()).toBe(fr.nothingDue)
    expect(page.get('.lead').text()).toBe(`${fr.nothingDue}${fr.rightNow}`.trim())
    const next = useReviewStore().nextDue
    const last = page.findAll('p').at(-1)!
    if (next === undefined)
      expect(last.text()).toBe(`${fr.empty.before}${fr.empty.link}${fr.empty.after}`)
    else expect(last.text()).toBe(fr.nextDue(formatDateTimeIn('fr', next, 'full')))
  })

  it('counts the questions reviewed with Arabic plurals', async () => {
    await setLanguage('ar')
    for (const done of [1, 2, 3, 11]) {
      const page = await reviewed(done, 1)
      expect(page.get('.review__summary').text()).toBe(arReview.review.reviewed(done, 1))
      page.unmount()
      await flushPromises()
    }
    expect(new Set([1, 2, 3, 11].map((n) => arReview.review.reviewed(n, 1))).size).toBe(4)
  })
})
