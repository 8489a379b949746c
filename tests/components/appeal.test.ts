import 'fake-indexeddb/auto'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import ProgressAppeals from '@/components/progress/ProgressAppeals.vue'
import { appealsToShow } from '@/domain/appeals'
import { emptyAnswer } from '@/domain/grading'
import { hashPin, type KioskConfig } from '@/domain/kiosk'
import { useKioskStore } from '@/stores/kiosk'
import { useLessonStore } from '@/stores/lesson'
import { useLessonsStore } from '@/stores/lessons'
import { useProgressStore } from '@/stores/progress'
import { useQuizStore } from '@/stores/quiz'
import { everyTypeBank, sampleBank } from '../fixtures/sample-bank'
import QuestionCard from '@/components/question/QuestionCard.vue'
import { QuizHarness } from './quiz-harness'

vi.mock('virtual:factline/banks', () => import('../fixtures/sample-banks-module'))
vi.mock('virtual:factline/bank-loader', () => import('../fixtures/sample-banks-module'))

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())
beforeEach(() => {
  localStorage.clear()
  sessionStorage.clear()
  setActivePinia(createPinia())
})

const appealButton = (w: VueWrapper) =>
  w.findAll('button').find((b) => b.text() === 'My answer should count')
const status = (w: VueWrapper) => w.get('[role=status]').text()

/** Starts a quiz of `sample` questions and answers the first one, `right` or wrong. */
async function answerFirst(how: 'right' | 'wrong') {
  const quiz = useQuizStore()
  await quiz.start([sampleBank], { n: 2, seed: 'appeal' })
  const question = quiz.current!
  if (question.type !== 'single') throw new Error('sample bank is single-choice')
  const choice =
    how === 'right' ? question.answer : question.options.find((o) => o !== question.answer)!
  quiz.draft({ type: 'single', choice })
  wrapper = mount(QuizHarness, { attachTo: document.body })
  await wrapper.get('form').trigger('submit')
  await flushPromises()
  return { quiz, w: wrapper }
}

describe('My answer should count, in the question card', () => {
  it('after a wrong answer, keeps the appeal without changing the verdict, and moves the focus to Next', async () => {
    const { quiz, w } = await answerFirst('wrong')
    expect(status(w)).toMatch(/^Incorrect/)
    const feedback = w.get('.feedback').text()
    const [grade, score] = [{ ...quiz.grades[0] }, { ...quiz.score }]

    await appealButton(w)!.trigger('click')
    await flushPromises()
    expect(status(w)).toMatch(/^Incorrect/)
    expect(status(w)).toContain('Appeal kept')
    expect(w.get('.feedback').text()).toBe(feedback)
    expect(quiz.grades[0]).toEqual(grade)
    expect(quiz.score).toEqual(score)
    // No second appeal of the same answer.
    expect(appealButton(w)).toBeUndefined()
    expect(document.activeElement?.textContent?.trim()).toBe('Next question')

    const progress = useProgressStore()
    await vi.waitFor(() => expect(progress.appeals).toHaveLength(1))
    const attempt = progress.attempts.at(-1)!
    expect(progress.appeals[0]).toMatchObject({
      attemptId: attempt.id,
      bank: 'sample',
      question: quiz.questions[0]!.id,
      answer: (quiz.answers[0] as { choice: string }).choice,
    })
    expect(attempt.credit).toBe(0)

    // Enter still goes on to the next question.
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
    await flushPromises()
    expect(quiz.index).toBe(1)
  })

  it('offers no appeal after a right answer', async () => {
    const { w } = await answerFirst('right')
    expect(status(w)).toMatch(/^Correct/)
    expect(appealButton(w)).toBeUndefined()
  })

  it('offers no appeal where the page does not take one (the studio preview)', async () => {
    const quiz = useQuizStore()
    await quiz.start([everyTypeBank], { n: 1, seed: 'x', types: ['short'] })
    const w = (wrapper = mount(QuestionCard, {
      props: {
        question: quiz.current!,
        number: 1,
        total: 1,
        grade: { credit: 0, verdict: 'incorrect' },
        answer: { type: 'short', text: 'zzz' },
      },
    }))
    await flushPromises()
    expect(status(w)).toMatch(/^Incorrect/)
    expect(appealButton(w)).toBeUndefined()
  })

  it('remembers an appeal after a reload of the quiz', async () => {
    const { quiz } = await answerFirst('wrong')
    quiz.appeal()
    expect(quiz.currentAppeal).toBe('kept')
    wrapper!.unmount()
    wrapper = undefined

    setActivePinia(createPinia())
    const again = useQuizStore()
    await again.start([sampleBank], { n: 2, seed: 'appeal' })
    expect(again.currentAppeal).toBe('kept')
    const w = (wrapper = mount(QuizHarness, { attachTo: document.body }))
    expect(status(w)).toContain('Appeal kept')
  })
})

describe('appeals in the learning record', () => {
  const wrongAnswer = async (id: string) => {
    const progress = useProgressStore()
    await progress.load()
    const [question] = (await import('@/domain/quiz')).composeQuiz([sampleBank], {
      n: 1,
      seed: id,
    })
    const answer = { type: 'single' as const, choice: 'wrong' }
    await progress.record(
      {
        id,
        bank: 'sample',
        question: question!.id,
        facts: question!.facts,
        type: 'single',
        answer,
        credit: 0,
        context: 'quiz',
        shownAt: 1_000,
      },
      2_000,
    )
    return { progress, question: question!, answer }
  }

  it('keeps an appeal once, finds it after a reload, exports, imports and resets it', async () => {
    const { progress, question, answer } = await wrongAnswer('att-1')
    progress.appeal({ attemptId: 'att-1', question, answer }, 3_000)
    progress.appeal({ attemptId: 'att-1', question, answer }, 4_000)
    expect(progress.appeals).toEqual([
      {
        attemptId: 'att-1',
        at: 3_000,
        bank: 'sample',
        question: question.id,
        bankVersion: '',
        answer: 'wrong',
      },
    ])

    setActivePinia(createPinia())
    const again = useProgressStore()
    await again.load()
    expect(again.appeals.map((a) => a.attemptId)).toEqual(['att-1'])

    const { text } = await again.exportText(5_000)
    expect(JSON.parse(text)).toMatchObject({ version: 3, appeals: again.appeals })
    expect(await again.reset()).toBe(true)
    expect(again.appeals).toEqual([])
    await again.load()
    expect(again.appeals).toEqual([])

    const exported = JSON.parse(text) as { attempts: unknown[] }
    expect(await again.importText(text)).toEqual({ added: exported.attempts.length, dropped: 0 })
    expect(again.appeals.map((a) => a.attemptId)).toEqual(['att-1'])
    // Importing the same file again adds nothing twice.
    await again.importText(text)
    expect(again.appeals).toHaveLength(1)
  })

  it('appeals a lesson answer through the lesson store', async () => {
    const lesson = useLessonStore()
    await lesson.open('sample', 'one')
    lesson.goTo(lesson.path.findIndex((s) => s.kind === 'check'))
    const step = lesson.step!
    lesson.check({ type: 'single', choice: 'wrong' }, 5_000)
    expect(lesson.currentAppeal).toBe('open')
    lesson.appeal(6_000)
    lesson.appeal(7_000)
    expect(lesson.currentAppeal).toBe('kept')
    const saved = useLessonsStore().progress('sample', 'one').answers[step.id]!
    expect(saved).toMatchObject({ appealed: true, grade: { verdict: 'incorrect' } })
    const progress = useProgressStore()
    await vi.waitFor(() => expect(progress.appeals).toHaveLength(1))
    expect(progress.attempts.map((a) => a.id)).toContain(saved.attempt)
    expect(progress.appeals).toMatchObject([
      { attemptId: saved.attempt, at: 6_000, answer: 'wrong' },
    ])
  })
})

describe('appeals at the kiosk', () => {
  let pin: KioskConfig['pin']
  beforeAll(async () => {
    pin = await hashPin('2468', crypto.subtle, crypto.getRandomValues(new Uint8Array(16)), 1000)
  })

  it('marks the appealed answer in the tally and the CSV, never in a learner record', async () => {
    const config: KioskConfig = { bank: 'sample', n: 2, topics: [], idle: 60, pin }
    localStorage.setItem('factline:kiosk:config', JSON.stringify(config))
    const kiosk = useKioskStore()
    await kiosk.loadConfiguredBank()
    kiosk.startStudent(1_000)
    kiosk.check(emptyAnswer(kiosk.current!), 2_000)
    expect(kiosk.currentAppeal).toBe('open')
    kiosk.appeal()
    kiosk.appeal()
    expect(kiosk.currentAppeal).toBe('kept')
    expect(kiosk.grades[0]?.verdict).toBe('incorrect')
    kiosk.next(3_000)
    expect(kiosk.currentAppeal).toBeUndefined()
    kiosk.check(emptyAnswer(kiosk.current!), 4_000)
    kiosk.next(5_000)

    const rows = kiosk.resultsFile().trim().split('\r\n')
    expect(rows[0]!.endsWith(',appeal')).toBe(true)
    expect(rows.slice(1).map((r) => r.split(',').at(-1))).toEqual(['yes', ''])
    const stored = JSON.parse(localStorage.getItem('factline:kiosk:tally')!)
    expect(stored.v).toBe(2)
    expect(Object.keys(localStorage).some((k) => k.startsWith('factline:appeal:'))).toBe(false)
  })

  it('reads a tally a kiosk stored before appeals, without losing it', async () => {
    const v1 = {
      v: 1,
      sessions: [
        {
          id: 's1',
          student: 1,
          bank: 'sample',
          startedAt: 1_000,
          finishedAt: 2_000,
          answers: [
            {
              key: 'sample/q-a',
              prompt: 'Question a?',
              type: 'single',
              answer: 'x',
              right: 'y',
              credit: 0,
              seconds: 3,
            },
          ],
        },
      ],
    }
    localStorage.setItem('factline:kiosk:tally', JSON.stringify(v1))
    const kiosk = useKioskStore()
    expect(kiosk.classTally.students).toBe(1)
    expect(kiosk.resultsFile().trim().split('\r\n')[1]!.endsWith(',3,')).toBe(true)
  })
})

describe('the appeals on the progress page', () => {
  it('lists each appeal with its prompt, the answer and when; says so when there are none', () => {
    const question = sampleBank.questions[0]!
    const appeals = appealsToShow(
      [
        {
          attemptId: 'a',
          at: Date.UTC(2025, 8, 1, 10, 0),
          bank: 'sample',
          question: question.id,
          bankVersion: '',
          answer: 'wrong-a-1',
        },
      ],
      [sampleBank],
    )
    const w = mount(ProgressAppeals, { props: { appeals } })
    const item = w.get('li')
    expect(item.text()).toContain(question.prompt)
    expect(item.text()).toContain('Your answer: wrong-a-1')
    expect(item.get('time').attributes('datetime')).toBe('2025-09-01T10:00:00.000Z')
    // The day and the time of day, in the format locale (English here, with no region).
    expect(item.get('time').text()).toMatch(/^September 1, 2025 at \d{1,2}:\d{2} [AP]M$/)

    const none = mount(ProgressAppeals, { props: { appeals: [] } })
    expect(none.find('ul').exists()).toBe(false)
    expect(none.text()).toMatch(/^No appeals/)
  })
})
