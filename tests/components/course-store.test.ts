import { createPinia, setActivePinia } from 'pinia'
import { Scorm12API, Scorm2004API } from 'scorm-again'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { rightAnswer } from '@/domain/grading'
import { emptyAnswer } from '@/domain/answer-state'
import type { QuizQuestion } from '@/domain/quiz'
import { findScormApi } from '@/lms/scorm-api'
import { scormSession } from '@/lms/scorm-session'
import { useCourseStore } from '@/stores/course'
import { sampleBank } from '../fixtures/sample-bank'

vi.mock('virtual:factline/bank-loader', () => import('../fixtures/sample-banks-module'))

type Api12 = InstanceType<typeof Scorm12API>
type Api2004 = InstanceType<typeof Scorm2004API>
type Slots = { API?: unknown; API_1484_11?: unknown }

const settings = { format: 'scorm12' as const, bank: sampleBank.id, n: 4, seed: 'unit' }

/** An LMS of `version` on this window, launched with `data` (scorm-again's loadFromJSON shape). */
function lms12(data: Record<string, unknown> = {}): Api12 {
  const api = new Scorm12API({ autocommit: false, logLevel: 5 })
  api.loadFromJSON({ core: { entry: 'ab-initio', lesson_status: 'not attempted' }, ...data })
  ;(window as unknown as Slots).API = api
  return api
}
function lms2004(data: Record<string, unknown> = {}): Api2004 {
  const api = new Scorm2004API({ autocommit: false, logLevel: 5 })
  api.loadFromJSON({ entry: 'ab-initio', ...data })
  ;(window as unknown as Slots).API_1484_11 = api
  return api
}

/** The store opened against whatever LMS this window has. */
async function open(version: '1.2' | '2004' = '1.2', extra: Partial<typeof settings> = {}) {
  const course = useCourseStore()
  const port = findScormApi(window, version)
  await course.open({ ...settings, ...extra }, port && scormSession(port), 1_000)
  return course
}

/** Answers the current question right (or with an empty answer) and goes on. */
async function answerAndGo(course: ReturnType<typeof useCourseStore>, right = true) {
  const question = course.current as QuizQuestion
  // The untouched answer earns nothing.
  course.check(right ? rightAnswer(question) : emptyAnswer(question), 2_000)
  course.next(3_000)
  await course.settled()
}

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => {
  delete (window as unknown as Slots).API
  delete (window as unknown as Slots).API_1484_11
})

describe('the course store against scorm-again', () => {
  it('SCORM 1.2: the LMS’s mastery score wins over the package’s', async () => {
    const api = lms12({ student_data: { mastery_score: '90' } })
    const course = await open('1.2', { mastery: 0.5 } as Partial<typeof settings>)
    expect(course.connection).toBe('scorm12')
    await answerAndGo(course, false)
    for (let i = 1; i < 4; i++) await answerAndGo(course)
    expect(course.finished).toBe(true)
    // 3 of 4: 75 % passes the package's 50 % but not the LMS's 90 %.
    expect(api.cmi.core.score.raw).toBe('75')
    expect(api.cmi.core.lesson_status).toBe('failed')
    expect(api.cmi.interactions.childArray).toHaveLength(4)
  })

  it('SCORM 1.2 browse mode ends "browsed" with no score', async () => {
    const api = lms12({ core: { entry: 'ab-initio', lesson_mode: 'browse' } })
    const course = await open()
    expect(course.mode).toBe('browse')
    for (let i = 0; i < 4; i++) await answerAndGo(course)
    expect(api.cmi.core.lesson_status).toBe('browsed')
    expect(api.cmi.core.score.raw).toBe('')
  })

  it('review mode records nothing at all', async () => {
    const api = lms2004({ mode: 'review' })
    const set = vi.spyOn(api, 'SetValue')
    const course = await open('2004')
    for (let i = 0; i < 4; i++) await answerAndGo(course)
    expect(set).not.toHaveBeenCalled()
    expect(course.finished).toBe(true)
  })

  it('SCORM 2004 without any mastery score leaves success unknown', async () => {
    const api = lms2004()
    const set = vi.spyOn(api, 'SetValue')
    const course = await open('2004')
    for (let i = 0; i < 4; i++) await answerAndGo(course)
    expect(api.cmi.completion_status).toBe('completed')
    expect(api.cmi.success_status).toBe('unknown')
    expect(api.cmi.score.scaled).toBe('1')
    expect(set.mock.calls.findLast(([element]) => element === 'cmi.exit')?.[1]).toBe('suspend')
  })

  it('resumes from the suspend data of an earlier session: at the last checked answer, or past it after a goodbye', async () => {
    const first = lms12()
    let course = await open()
    await answerAndGo(course)
    await answerAndGo(course, false)
    // The window was closed without a word: the last commit was at the second answer's check.
    const atCheck = first.cmi.suspend_data
    course.leave(9_000)
    // Closed the usual way: the page said goodbye, on the third question.
    const atLeave = first.cmi.suspend_data

    setActivePinia(createPinia())
    lms12({ core: { entry: 'resume', lesson_status: 'incomplete' }, suspend_data: atCheck })
    course = await open()
    expect(course.index).toBe(1)
    expect(course.currentGrade?.verdict).toBe('incorrect')
    expect(course.grades.slice(0, 2).map((g) => g?.verdict)).toEqual(['correct', 'incorrect'])

    setActivePinia(createPinia())
    lms12({ core: { entry: 'resume', lesson_status: 'incomplete' }, suspend_data: atLeave })
    course = await open()
    expect(course.index).toBe(2)
    expect(course.currentGrade).toBeUndefined()
    expect(course.note).toBeUndefined()
    // The time of the earlier session counts: it began at 1 s and ended at 9 s.
    expect(course.startedAt).toBe(1_000 - 8_000)
  })

  it('starts again, and says so, when the kept answers belong to another quiz', async () => {
    const first = lms12()
    let course = await open()
    await answerAndGo(course)
    setActivePinia(createPinia())
    lms12({ core: { entry: 'resume' }, suspend_data: first.cmi.suspend_data })
    // The same seed but another length: other questions.
    course = await open('1.2', { n: 3 })
    expect(course.index).toBe(0)
    expect(course.note).toBe('changed')
  })

  it('a finished attempt whose answers the LMS did not keep is not played again', async () => {
    lms12({ core: { entry: '', lesson_status: 'passed' } })
    const course = await open()
    expect(course.state).toBe('done')
    expect(course.questions).toHaveLength(0)
  })

  it('shows the LMS’s refusal with its code and words, and still sends the rest', async () => {
    const api = lms12()
    const real = api.LMSSetValue.bind(api)
    vi.spyOn(api, 'LMSSetValue').mockImplementation((element: string, value: unknown) =>
      element === 'cmi.core.lesson_location'
        ? real(element, 'x'.repeat(300))
        : real(element, value),
    )
    const course = await open()
    await answerAndGo(course)
    expect(course.problem).toEqual({
      kind: 'refused',
      detail: expect.stringMatching(/^cmi\.core\.lesson_location \(405 /),
    })
    expect(api.cmi.interactions.childArray).toHaveLength(1)
    expect(api.cmi.core.lesson_status).toBe('incomplete')
  })

  it('plays without an LMS, and says results are not sent', async () => {
    const course = await open()
    expect(course.connection).toBe('none')
    expect(course.state).toBe('ready')
    await answerAndGo(course)
    expect(course.index).toBe(1)
  })
})

describe('findScormApi', () => {
  it('takes the package’s own version first, and the other one when that is all there is', () => {
    lms12()
    expect(findScormApi(window, '2004')?.version).toBe('1.2')
    lms2004()
    expect(findScormApi(window, '2004')?.version).toBe('2004')
    expect(findScormApi(window, '1.2')?.version).toBe('1.2')
  })
})
