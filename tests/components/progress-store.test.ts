import 'fake-indexeddb/auto'
import { openDB } from 'idb'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import { useNoticesStore } from '@/stores/notices'
import { useProgressStore } from '@/stores/progress'

const answer = { type: 'single' as const, choice: 'About 28,000' }
const newAttempt = (question: string) => ({
  bank: 'korea-2018',
  question,
  facts: ['us-troops-28000'],
  type: 'single' as const,
  answer,
  credit: 1,
  context: 'quiz' as const,
  shownAt: 1_000,
})

describe('the progress store', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('records answers with the time they took, and finds them again after a reload', async () => {
    const progress = useProgressStore()
    await progress.load()
    // Answers come from components as reactive proxies, which IndexedDB can't clone.
    await progress.record({ ...newAttempt('q1'), answer: reactive({ ...answer }) }, 8_500)
    expect(useNoticesStore().message).toBeUndefined()
    expect(progress.attempts.at(-1)).toMatchObject({ question: 'q1', seconds: 7.5, at: 8_500 })
    expect(progress.schedule.has('korea-2018/us-troops-28000')).toBe(true)

    setActivePinia(createPinia())
    const again = useProgressStore()
    await again.load()
    expect(again.attempts.map((a) => a.question)).toContain('q1')
  })

  it('tells the learner plainly when saved answers were damaged, and keeps the rest', async () => {
    const raw = await openDB('factline', 1)
    await raw.put('chunks', { learner: 'default', n: 99, json: '[{"id": 1}]', count: 1 })
    raw.close()
    const progress = useProgressStore()
    await progress.load()
    expect(useNoticesStore().message).toBe(
      '1 saved answer was damaged and could not be read. A copy was kept aside; the rest of your progress is here.',
    )
    expect(progress.attempts.length).toBeGreaterThan(0)
  })
})
