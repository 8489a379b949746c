import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import KioskResults from '@/components/kiosk/KioskResults.vue'
import QuizResults from '@/components/quiz/QuizResults.vue'
import type { Answer, Grade } from '@/domain/answers'
import { composeQuiz, type QuizQuestion } from '@/domain/quiz'
import { setLanguage } from '@/i18n/catalogue'
import { formatDurationIn } from '@/i18n/duration'
import arResults from '@/i18n/messages/ar/results'
import frFirst from '@/i18n/messages/fr/first'
import frResults from '@/i18n/messages/fr/results'
import PackageApp from '@/package/PackageApp.vue'
import { routes } from '@/router'
import { useCourseStore } from '@/stores/course'
import { everyTypeBank } from '../fixtures/sample-bank'

vi.mock('virtual:factline/banks', () => import('../fixtures/sample-banks-module'))
vi.mock('virtual:factline/bank-loader', () => import('../fixtures/sample-banks-module'))

const fr = frResults.results
const ar = arResults.results

enableAutoUnmount(afterEach)
beforeEach(() => setActivePinia(createPinia()))
afterEach(async () => {
  await setLanguage('en')
  Reflect.deleteProperty(navigator, 'clipboard')
})

/** A single-choice and a true/false question answered right, and a short answer left empty. */
function finishedQuiz() {
  // In English, as a compiled bank marks each of its questions.
  const questions = composeQuiz([everyTypeBank], {
    n: 3,
    seed: 'words',
    keys: ['types/single', 'types/truefalse', 'types/short'],
  }).map((q) => ({ ...q, language: 'en' }))
  const byType = (type: QuizQuestion['type']) => questions.findIndex((q) => q.type === type)
  const answers: (Answer | undefined)[] = []
  const grades: (Grade | undefined)[] = []
  const right: Grade = { verdict: 'correct', credit: 1 } as Grade
  answers[byType('single')] = { type: 'single', choice: 'Beta' }
  answers[byType('truefalse')] = { type: 'truefalse', choice: false }
  grades[byType('single')] = right
  grades[byType('truefalse')] = right
  return {
    questions,
    answers,
    grades,
    score: { correct: 2, total: 3, percent: 67 },
    seconds: 256,
    byType,
  }
}

function mountResults(shareUrl?: string) {
  const { byType, ...props } = finishedQuiz()
  const router = createRouter({ history: createMemoryHistory(), routes })
  const results = mount(QuizResults, {
    props: { ...props, ...(shareUrl ? { shareUrl } : {}) },
    global: { plugins: [router] },
  })
  const line = (type: QuizQuestion['type']) => results.findAll('.results__list li')[byType(type)]!
  return { results, line }
}

describe('the results in French', () => {
  it('give the score, the time, the actions and each answer in French', async () => {
    await setLanguage('fr')
    const { results, line } = mountResults('https://factline.example/quiz?bank=types')
    expect(results.get('h1').text()).toBe(fr.title)
    expect(results.get('.results__count').text()).toBe(fr.correct(2, 3))
    expect(results.text()).toContain(fr.time(formatDurationIn('fr', 256)))
    expect(results.findAll('button').map((b) => b.text())).toEqual([
      fr.retryWrong,
      fr.newQuiz,
      fr.print,
      fr.copy,
    ])
    expect(results.get('label').text()).toBe(fr.share)
    expect(results.findAll('thead th').map((th) => th.text())).toEqual([
      fr.columns.topic,
      fr.columns.correct,
      fr.columns.score,
    ])
    expect(results.get('tbody td').text()).toBe(fr.topicCorrect(2, 3))
    expect(results.get('#results-answers').text()).toBe(fr.answers)
    expect(results.get('#answer-key-title').text()).toBe(fr.answerKey)

    expect(line('single').get('strong').text()).toBe(fr.verdict.correct)
    expect(line('single').text()).toContain(`${fr.yourAnswer} Beta`)
    expect(line('single').text()).toContain(`${fr.rightAnswer} Beta`)
    // The bank's texts keep their language; True and False are the interface's words.
    expect(line('single').get('.result__prompt span').attributes('lang')).toBe('en')
    expect(line('truefalse').text()).toContain(`${fr.yourAnswer} ${frFirst.question.false}`)
    expect(line('short').get('strong').text()).toBe(fr.verdict.incorrect)
    expect(line('short').text()).toContain(`${fr.yourAnswer} ${fr.noAnswer}`)
  })

  it('say whether the link was copied', async () => {
    await setLanguage('fr')
    const writeText = vi
      .fn()
      .mockRejectedValueOnce(new Error('denied'))
      .mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    const { results } = mountResults('https://factline.example/quiz?bank=types')
    const copy = results.findAll('button').find((b) => b.text() === fr.copy)!
    await copy.trigger('click')
    await flushPromises()
    expect(results.get('[aria-live]').text()).toBe(fr.copyBlocked)
    await copy.trigger('click')
    await flushPromises()
    expect(results.get('[aria-live]').text()).toBe(fr.copied)
  })

  it('hand the kiosk to the next student in French', async () => {
    await setLanguage('fr')
    const kiosk = mount(KioskResults, {
      global: { plugins: [createRouter({ history: createMemoryHistory(), routes })] },
    })
    expect(kiosk.findAll('button').map((b) => b.text())).toContain(fr.nextStudent)
  })
})

describe('the results in Arabic', () => {
  it('lay out right to left, with the counts and the time as Arabic writes them', async () => {
    await setLanguage('ar')
    const { results, line } = mountResults()
    expect(document.documentElement.dir).toBe('rtl')
    expect(results.get('h1').text()).toBe(ar.title)
    expect(results.get('.results__count').text()).toBe(ar.correct(2, 3))
    expect(results.text()).toContain(ar.time(formatDurationIn('ar', 256)))
    expect(results.get('tbody td').text()).toBe(ar.topicCorrect(2, 3))
    expect(line('truefalse').get('strong').text()).toBe(ar.verdict.correct)
    expect(results.findAll('button').map((b) => b.text())).toEqual([ar.retryWrong, ar.newQuiz])
  })
})

describe('a course package’s page', () => {
  it('speaks French: its notices, its problems and the document’s title', async () => {
    await setLanguage('fr')
    const course = useCourseStore()
    const page = mount(PackageApp)
    course.state = 'missing'
    await flushPromises()
    expect(page.get('h1').text()).toBe(frResults.resultsCourse.missing)
    expect(page.text()).toContain(frResults.resultsCourse.missingHow)
    expect(document.title).toBe(frResults.resultsCourse.untitled)

    course.state = 'ready'
    course.title = 'Sample bank'
    course.note = 'changed'
    course.problem = { kind: 'refused', detail: 'cmi.core.lesson_location (405)' }
    await flushPromises()
    expect(page.get('[role=alert]').text()).toBe(
      frResults.resultsCourse.refused('cmi.core.lesson_location (405)'),
    )
    expect(page.get('[role=status]').text()).toBe(
      `${frResults.resultsCourse.changed} ${frResults.resultsCourse.notConnected}`,
    )
    expect(document.title).toBe(frResults.resultsCourse.title('Sample bank'))
  })

  it('keeps its English words as they were', async () => {
    const course = useCourseStore()
    const page = mount(PackageApp)
    course.title = 'Sample bank'
    course.problem = { kind: 'unreachable', detail: 'no LMS' }
    await flushPromises()
    expect(document.title).toBe('Sample bank: quiz')
    expect(page.get('[role=alert]').text()).toBe(
      'Your course could not be reached (no LMS): your results are not sent.',
    )
  })
})
