import 'fake-indexeddb/auto'
import { openDB } from 'idb'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick, reactive } from 'vue'
import { encodeChunk } from '@/domain/attempt-chunk'
import type { Attempt } from '@/domain/attempts'
import { useLearnersStore } from '@/stores/learners'
import { useLessonsStore } from '@/stores/lessons'
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
const stored = (id: string, at: number): Attempt => {
  const { shownAt: _, ...rest } = newAttempt(id)
  return { ...rest, id, at, seconds: 3 }
}

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
    await useProgressStore().load() // The app makes its database.
    // Its own record, a good chunk beside a damaged one: nothing left by the tests before.
    const raw = await openDB('factline')
    await raw.put('chunks', {
      learner: 'default',
      n: 98,
      text: encodeChunk([stored('kept-beside-damage', 4)]),
      count: 1,
    })
    await raw.put('chunks', { learner: 'default', n: 99, text: '[{"id": 1}]', count: 1 })

    setActivePinia(createPinia())
    const progress = useProgressStore()
    await progress.load()
    expect(useNoticesStore().message).toBe(
      '1 saved answer was damaged and could not be read. A copy was kept aside; the rest of your progress is here.',
    )
    expect(progress.attempts.map((a) => a.id)).toContain('kept-beside-damage')
    expect(await raw.getAll('backups')).toContainEqual(
      expect.objectContaining({ reason: 'an answer in chunk 99 is damaged' }),
    )
    raw.close()
  })
})

const untilLoaded = () => vi.waitFor(() => expect(useProgressStore().loaded).toBe(true))

describe('progress that is never lost', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })
  afterEach(() => vi.restoreAllMocks())

  it('saves an answer whose tab closed before IndexedDB finished, from the journal', async () => {
    // What a tab closed mid-write leaves: the answer in the journal, not in IndexedDB.
    localStorage.setItem(
      'factline:pending:default:closed-tab',
      JSON.stringify(stored('closed-tab', 5)),
    )
    const progress = useProgressStore()
    await progress.load()
    expect(progress.attempts.map((a) => a.id)).toContain('closed-tab')
    expect(localStorage.getItem('factline:pending:default:closed-tab')).toBeNull()

    setActivePinia(createPinia())
    const again = useProgressStore()
    await again.load()
    expect(again.attempts.filter((a) => a.id === 'closed-tab')).toHaveLength(1)
  })

  it('tells the learner when storage is full, keeps the answer and saves it later', async () => {
    const progress = useProgressStore()
    await progress.load()
    const before = progress.attempts.length
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('No room', 'QuotaExceededError')
    })
    await progress.record(newAttempt('while-full'), 20_000)
    expect(useNoticesStore().message).toMatch(/^The browser’s storage is full/)
    expect(progress.attempts).toHaveLength(before + 1)
    const id = progress.attempts.at(-1)!.id
    expect(localStorage.getItem(`factline:pending:default:${id}`)).not.toBeNull()

    put.mockRestore()
    setActivePinia(createPinia())
    const later = useProgressStore()
    await later.load()
    expect(later.attempts.map((a) => a.id)).toContain(id)
    expect(later.attempts).toHaveLength(before + 1)
  })

  it('shows what another tab saved or rewrote, without a reload', async () => {
    const progress = useProgressStore()
    await progress.load()
    const otherTab = new BroadcastChannel('factline')
    otherTab.postMessage({ kind: 'attempt', learner: 'default', attempt: stored('from-tab-2', 7) })
    await vi.waitFor(() => expect(progress.attempts.map((a) => a.id)).toContain('from-tab-2'))
    otherTab.postMessage({
      kind: 'attempt',
      learner: 'someone-else',
      attempt: stored('not-mine', 8),
    })

    const raw = await openDB('factline')
    await raw.put('chunks', {
      learner: 'default',
      n: 500,
      text: encodeChunk([stored('imported-in-tab-2', 9)]),
      count: 1,
    })
    raw.close()
    otherTab.postMessage({ kind: 'rewritten', learner: 'default' })
    await vi.waitFor(() =>
      expect(progress.attempts.map((a) => a.id)).toContain('imported-in-tab-2'),
    )
    expect(progress.attempts.map((a) => a.id)).not.toContain('not-mine')
    otherTab.close()
  })

  it('keeps a record and lessons per learner, and forgets a removed learner', async () => {
    const learners = useLearnersStore()
    const progress = useProgressStore()
    const lessons = useLessonsStore()
    await progress.load()
    await progress.record(newAttempt('mine'), 9_000)
    lessons.goTo('korea-2018', 'armistice', 3)

    expect(learners.nameProblem(' me ')).toBe('me is already on this device.')
    expect(learners.nameProblem('   ')).toBe('Type a name.')
    const ana = learners.add('Ana')!
    await nextTick()
    await untilLoaded()
    expect(progress.learner.name).toBe('Ana')
    expect(progress.attempts).toEqual([])
    expect(lessons.status('korea-2018', 'armistice')).toEqual({ state: 'not-started' })
    await progress.record(newAttempt('anas'), 10_000)

    learners.switchTo('default')
    await nextTick()
    await untilLoaded()
    expect(progress.attempts.map((a) => a.question)).toContain('mine')
    expect(progress.attempts.map((a) => a.question)).not.toContain('anas')
    expect(lessons.progress('korea-2018', 'armistice').step).toBe(3)

    expect(await progress.removeLearner(ana.id)).toBe(true)
    expect(learners.learners.map((l) => l.name)).toEqual(['Me'])
    expect(await progress.removeLearner('default')).toBe(false) // the last learner stays

    setActivePinia(createPinia())
    expect(useLearnersStore().learners.map((l) => l.name)).toEqual(['Me'])
  })

  it('moves the lessons saved before learners existed to the first learner', () => {
    const saved = {
      v: 1,
      lessons: { 'korea-2018/armistice': { step: 2, answers: {}, wrong: [], updatedAt: 1 } },
    }
    localStorage.setItem('factline:lessons', JSON.stringify(saved))
    expect(useLessonsStore().progress('korea-2018', 'armistice').step).toBe(2)
    expect(localStorage.getItem('factline:lessons')).toBeNull()
    expect(JSON.parse(localStorage.getItem('factline:lessons:default')!)).toEqual(saved)
  })
})
