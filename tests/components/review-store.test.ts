import 'fake-indexeddb/auto'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { QuizQuestion } from '@/domain/quiz'
import { useProgressStore } from '@/stores/progress'
import { useReviewStore } from '@/stores/review'

vi.mock('virtual:factline/banks', () => import('../fixtures/sample-banks-module'))
vi.mock('virtual:factline/bank-loader', () => import('../fixtures/sample-banks-module'))

const choose = (question: QuizQuestion | undefined, right: boolean) => ({
  type: 'single' as const,
  choice: question?.type === 'single' && right ? question.answer : 'wrong',
})

beforeEach(() => setActivePinia(createPinia()))

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
