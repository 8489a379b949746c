import { createPinia, setActivePinia } from 'pinia'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { emptyAnswer, gradeAnswer } from '@/domain/grading'
import { hashPin, type KioskConfig } from '@/domain/kiosk'
import { kioskIsActive } from '@/persistence/kiosk-lock'
import { useKioskStore } from '@/stores/kiosk'

vi.mock('virtual:factline/banks', () => import('../fixtures/sample-banks-module'))
vi.mock('virtual:factline/bank-loader', () => import('../fixtures/sample-banks-module'))

let pin: KioskConfig['pin']
beforeAll(async () => {
  pin = await hashPin('2468', crypto.subtle, crypto.getRandomValues(new Uint8Array(16)), 1000)
})

async function readyKiosk(n = 3) {
  const config: KioskConfig = { bank: 'sample', n, topics: [], idle: 60, pin }
  localStorage.setItem('factline:kiosk:config', JSON.stringify(config))
  const kiosk = useKioskStore()
  kiosk.lock()
  await kiosk.loadConfiguredBank()
  return kiosk
}

/** Answers the question on screen (with its empty answer: wrong, which is fine here) and moves on. */
function answerAndGoOn(kiosk: ReturnType<typeof useKioskStore>, now: number) {
  kiosk.check(emptyAnswer(kiosk.current!), now)
  kiosk.next(now + 1000)
}

describe('the kiosk store', () => {
  beforeEach(() => {
    localStorage.clear()
    sessionStorage.clear()
    setActivePinia(createPinia())
  })

  it('serves one student after another and keeps nothing of them but the anonymous tally', async () => {
    const kiosk = await readyKiosk(2)
    expect(kioskIsActive()).toBe(true)
    kiosk.startStudent(1_000)
    expect(kiosk.phase).toBe('quiz')
    expect(kiosk.questions).toHaveLength(2)
    answerAndGoOn(kiosk, 2_000)
    answerAndGoOn(kiosk, 4_000)
    expect(kiosk.phase).toBe('results')
    expect(kiosk.score.total).toBe(2)

    kiosk.endStudent()
    expect(kiosk.phase).toBe('attract')
    expect(kiosk.questions).toEqual([])
    expect(kiosk.answers).toEqual([])
    expect(kiosk.grades).toEqual([])
    expect(kiosk.current).toBeUndefined()
    // Nothing in the tab's storage but the kiosk's own keys: no quiz, no learner record journal.
    const keys = [...Array(localStorage.length).keys()].map((i) => localStorage.key(i))
    expect(keys.sort()).toEqual([
      'factline:kiosk:active',
      'factline:kiosk:config',
      'factline:kiosk:tally',
    ])
    expect(sessionStorage.length).toBe(0)
    expect(kiosk.classTally).toMatchObject({ students: 1 })

    kiosk.startStudent(10_000)
    answerAndGoOn(kiosk, 11_000)
    kiosk.endStudent() // walked away after one answer: still counted
    expect(kiosk.classTally.students).toBe(2)
    const saved = JSON.parse(localStorage.getItem('factline:kiosk:tally')!)
    expect(saved.sessions.map((s: { student: number }) => s.student)).toEqual([1, 2])
    expect(saved.sessions[1].finishedAt).toBeNull()
  })

  it('grades like the quiz and keeps the answer as text for the teacher', async () => {
    const kiosk = await readyKiosk(1)
    kiosk.startStudent(0)
    const question = kiosk.current!
    const given = emptyAnswer(question)
    kiosk.check(given, 5_000)
    expect(kiosk.currentGrade).toEqual(gradeAnswer(question, given))
    const [session] = JSON.parse(localStorage.getItem('factline:kiosk:tally')!).sessions
    expect(session.answers[0]).toMatchObject({ key: question.key, seconds: 5 })
  })

  it('lets the same student retry their wrong answers or take a new quiz, as one student', async () => {
    const kiosk = await readyKiosk(2)
    kiosk.startStudent(0)
    answerAndGoOn(kiosk, 1_000)
    answerAndGoOn(kiosk, 2_000)
    const wrong = kiosk.questions.filter((_, i) => kiosk.grades[i]?.verdict !== 'correct')
    kiosk.retryWrong(3_000)
    expect(kiosk.questions.map((q) => q.key)).toEqual(wrong.map((q) => q.key))
    kiosk.newQuiz(4_000)
    answerAndGoOn(kiosk, 5_000)
    kiosk.endStudent()
    kiosk.startStudent(6_000)
    answerAndGoOn(kiosk, 7_000)
    const students = JSON.parse(localStorage.getItem('factline:kiosk:tally')!).sessions.map(
      (s: { student: number }) => s.student,
    )
    expect(students).toEqual([1, 1, 2])
  })

  it('shows set-up, then the attract screen once the bank is in, then the student', async () => {
    const kiosk = useKioskStore()
    expect(kiosk.screen).toBe('setup')
    const config: KioskConfig = { bank: 'sample', n: 2, topics: ['two', 'gone'], idle: 60, pin }
    localStorage.setItem('factline:kiosk:config', JSON.stringify(config))
    setActivePinia(createPinia())
    const reloaded = useKioskStore()
    expect(reloaded.screen).toBe('waiting')
    expect(reloaded.topicNames).toEqual(['two', 'gone'])
    reloaded.resume()
    expect(kioskIsActive()).toBe(true)
    expect(reloaded.locked).toBe(true)
    await vi.waitFor(() => expect(reloaded.screen).toBe('attract'))
    expect(reloaded.topicNames).toEqual(['Topic two', 'gone'])
    expect(reloaded.inUse).toBe(false)
    reloaded.startStudent(0)
    expect(reloaded.screen).toBe('quiz')
    expect(reloaded.studentActive).toBe(true)
    expect(reloaded.inUse).toBe(true)
  })

  it('says so when its bank is gone from the site', async () => {
    const config: KioskConfig = { bank: 'gone', n: 2, topics: [], idle: 60, pin }
    localStorage.setItem('factline:kiosk:config', JSON.stringify(config))
    const kiosk = useKioskStore()
    expect(await kiosk.loadConfiguredBank()).toBe(false)
    expect(kiosk.bankMissing).toBe(true)
    expect(kiosk.screen).toBe('waiting')
    expect(await kiosk.updateSettings({ bank: 'sample', n: 2, topics: [], idle: 60 })).toBe(true)
    expect(kiosk.bankMissing).toBe(false)
    expect(kiosk.screen).toBe('attract')
  })

  it('starts over when no one answers the idle check, locking a panel left open', async () => {
    const kiosk = await readyKiosk(2)
    kiosk.startStudent(0)
    answerAndGoOn(kiosk, 1_000)
    kiosk.startOver()
    expect(kiosk.screen).toBe('attract')
    expect(kiosk.answers).toEqual([])
    expect(await kiosk.unlock('2468', 2_000)).toEqual({ ok: true })
    expect(kiosk.screen).toBe('teacher')
    expect(kiosk.locked).toBe(false)
    expect(kiosk.inUse).toBe(true)
    kiosk.startOver()
    expect(kiosk.unlocked).toBe(false)
    expect(kiosk.locked).toBe(true)
    expect(kiosk.screen).toBe('attract')
  })

  it('refuses settings it could not run with, and keeps the PIN when it takes others', async () => {
    const kiosk = await readyKiosk()
    expect(await kiosk.updateSettings({ bank: 'sample', n: 0, topics: [], idle: 60 })).toBe(false)
    expect(await kiosk.updateSettings({ bank: 'sample', n: 5, topics: [], idle: 5 })).toBe(false)
    expect(kiosk.config?.n).toBe(3)
    expect(await kiosk.updateSettings({ bank: 'sample', n: 5, topics: [], idle: 30 })).toBe(true)
    expect(kiosk.config).toMatchObject({ n: 5, idle: 30, pin })
  })

  it('counts wrong PINs across reloads and unlocks with the right one', async () => {
    const kiosk = await readyKiosk()
    expect(await kiosk.unlock('1111', 0)).toEqual({ ok: false, wrong: true, secondsLocked: 0 })
    expect(kiosk.triesLeft).toBe(4)
    setActivePinia(createPinia())
    const reloaded = useKioskStore()
    expect(reloaded.triesLeft).toBe(4)
    expect(await reloaded.unlock('2468', 1)).toEqual({ ok: true })
    expect(reloaded.unlocked).toBe(true)
    expect(reloaded.triesLeft).toBe(5)
    reloaded.exit()
    expect(kioskIsActive()).toBe(false)
    expect(reloaded.config).toBeDefined()
  })
})
