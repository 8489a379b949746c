import 'fake-indexeddb/auto'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useLessonStore } from '@/stores/lesson'
import { useLessonsStore } from '@/stores/lessons'
import { useProgressStore } from '@/stores/progress'

vi.mock('virtual:factline/banks', () => import('../fixtures/sample-banks-module'))
vi.mock('virtual:factline/bank-loader', () => import('../fixtures/sample-banks-module'))

const wrong = { type: 'single' as const, choice: 'wrong' }

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
})

async function openAtFirstCheck() {
  const lesson = useLessonStore()
  await lesson.open('sample', 'one')
  lesson.goTo(lesson.path.findIndex((s) => s.kind === 'check'))
  return lesson
}

describe('the lesson store', () => {
  it('checks a question step once and keeps it; a first miss comes back later in the lesson', async () => {
    const lesson = await openAtFirstCheck()
    const step = lesson.step!
    expect(lesson.currentGrade).toBeUndefined()
    lesson.check(wrong, 5_000)
    lesson.check({ type: 'single', choice: 'right-a' }, 6_000)
    expect(lesson.currentGrade?.verdict).toBe('incorrect')
    expect(lesson.currentAnswer).toEqual(wrong)

    const saved = useLessonsStore().progress('sample', 'one')
    expect(saved.answers[step.id]).toMatchObject({ answer: wrong, grade: { verdict: 'incorrect' } })
    expect(saved.wrong).toEqual([step.id])
    expect(lesson.path.some((s) => s.kind === 'check' && s.retryOf === step.id)).toBe(true)
    const progress = useProgressStore()
    await vi.waitFor(() => expect(progress.attempts.map((a) => a.context)).toEqual(['lesson']))
    expect(progress.attempts[0]).toMatchObject({ id: saved.answers[step.id]!.attempt, credit: 0 })
  })

  it('shows an answered step as it was, on Back and after a reload, and appeals it there', async () => {
    const first = await openAtFirstCheck()
    const at = first.index
    first.check(wrong, 5_000)
    first.goTo(at + 1)
    expect(first.currentGrade).toBeUndefined()
    first.goTo(at)
    expect(first.currentGrade?.verdict).toBe('incorrect')
    expect(first.currentAppeal).toBe('open')

    setActivePinia(createPinia())
    const again = useLessonStore()
    await again.open('sample', 'one')
    expect(again.index).toBe(at)
    expect(again.currentAnswer).toEqual(wrong)
    again.appeal(7_000)
    expect(again.currentAppeal).toBe('kept')

    setActivePinia(createPinia())
    const third = useLessonStore()
    await third.open('sample', 'one')
    expect(third.currentAppeal).toBe('kept')
    third.restart()
    expect(third.step?.kind).toBe('intro')
    expect(third.currentGrade).toBeUndefined()
  })
})
