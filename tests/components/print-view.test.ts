import 'fake-indexeddb/auto'
import { enableAutoUnmount, flushPromises, mount, type DOMWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import BankCard from '@/components/home/BankCard.vue'
import QuizResults from '@/components/quiz/QuizResults.vue'
import { summarizeBank } from '@/domain/bank'
import { rightAnswerText } from '@/domain/grading'
import { composeQuiz, type QuizQuestion } from '@/domain/quiz'
import { parseQuizQuery } from '@/domain/quiz-url'
import { MAX_VERSIONS, versionSeed } from '@/domain/worksheet'
import { routes } from '@/router'
import { useQuizStore } from '@/stores/quiz'
import { everyTypeBank, sampleBank } from '../fixtures/sample-bank'

vi.mock('virtual:factline/banks', () => import('../fixtures/sample-banks-module'))
// The sample bank, and a bank with a question of every type under the id `types`.
vi.mock('virtual:factline/bank-loader', async () => {
  const module = await import('../fixtures/sample-banks-module')
  const { everyTypeBank } = await import('../fixtures/sample-bank')
  return {
    ...module,
    loadBank: async (id: string) => (id === everyTypeBank.id ? everyTypeBank : module.loadBank(id)),
  }
})

enableAutoUnmount(afterEach)
beforeEach(() => {
  setActivePinia(createPinia())
  sessionStorage.clear()
})

/** The /print page at `url`, as the app mounts it, once its banks are in. */
async function openPage(url: string) {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(url)
  const app = defineComponent(() => () => h(RouterView))
  const page = mount(app, { global: { plugins: [createPinia(), router] }, attachTo: document.body })
  await vi.waitFor(async () => {
    await flushPromises()
    expect(page.find('.loading').exists()).toBe(false)
    expect(page.find('h1').exists()).toBe(true)
  })
  return { page, router }
}

/** What the questions say on paper, in their order. */
const prompts = (at: DOMWrapper<Element> | ReturnType<typeof mount>) =>
  at.findAll('.ws-question__prompt').map((p) => p.text())
const texts = (at: DOMWrapper<Element>, selector: string) =>
  at.findAll(selector).map((e) => e.text())

describe('the worksheet page', () => {
  it('prints the questions, in the order and with the options a quiz link with the same query gives', async () => {
    const query = { bank: 'sample', n: '6', seed: 'paper', topics: 'one,two', difficulty: '1-2' }
    const { page } = await openPage(`/print?${new URLSearchParams(query)}`)
    const quiz = composeQuiz([sampleBank], parseQuizQuery(query, 'paper').params)
    expect(quiz.length).toBeGreaterThan(2)

    expect(page.findAll('h1').map((h1) => h1.text())).toEqual(['Sample bank'])
    expect(prompts(page)).toEqual(quiz.map((q) => q.prompt))
    const questions = page.findAll('.ws-question')
    questions.forEach((question, i) => {
      expect(texts(question, '.ws-option')).toEqual(quiz[i]!.shown.options)
      expect(question.findAll('.ws-box')).toHaveLength(4)
    })
    for (const field of ['Name', 'Class', 'Date'])
      expect(texts(page.find('.ws-fields'), '.ws-field')).toContain(field)
    expect(page.findAll('h2').map((h2) => h2.text())).toEqual(['Answer key'])
  })

  it('lays each type out for paper: boxes to tick, lines to write on, blanks, slots and letters', async () => {
    const { page } = await openPage('/print?bank=types&n=8&seed=layout')
    const quiz = composeQuiz([everyTypeBank], { n: 8, seed: 'layout' })
    expect(prompts(page)).toEqual(quiz.map((q) => q.prompt))
    const paper = new Map(
      quiz.map((q, i) => [q.type, [q, page.findAll('.ws-question')[i]!] as const]),
    )
    const on = <T extends QuizQuestion['type']>(type: T) =>
      paper.get(type) as readonly [Extract<QuizQuestion, { type: T }>, DOMWrapper<Element>]

    const [single, singlePaper] = on('single')
    expect(texts(singlePaper, '.ws-option')).toEqual(single.shown.options)
    expect(singlePaper.findAll('.ws-box')).toHaveLength(3)
    expect(singlePaper.text()).toContain('Tick one.')
    const [multiple, multiplePaper] = on('multiple')
    expect(texts(multiplePaper, '.ws-option')).toEqual(multiple.shown.options)
    expect(multiplePaper.text()).toContain('Tick all that apply.')
    expect(texts(on('truefalse')[1], '.ws-option')).toEqual(['True', 'False'])

    const numeric = on('numeric')[1]
    expect(numeric.findAll('.ws-write .ws-line')).toHaveLength(1)
    expect(numeric.find('.ws-write').text()).toMatch(/^Answer:\s*troops$/)
    expect(on('short')[1].find('.ws-write').text()).toBe('Answer:')

    const cloze = on('cloze')[1]
    expect(cloze.findAll('.ws-blank')).toHaveLength(2)
    expect(cloze.find('.ws-cloze').text()).toBe(
      'The war began in (blank 1) and paused in (blank 2).',
    )
    expect(cloze.text()).not.toContain('1950')

    const [order, orderPaper] = on('order')
    expect(texts(orderPaper, '.ws-lettered li')).toEqual(
      order.shown.items!.map((item, i) => `${'ABC'[i]} ${item}`),
    )
    expect(texts(orderPaper, '.ws-slot')).toEqual(['1', '2', '3'])
    expect(orderPaper.findAll('.ws-slot .ws-box')).toHaveLength(3)

    const [match, matchPaper] = on('match')
    expect(texts(matchPaper, '.ws-match__left li')).toEqual(match.pairs.map((p) => p.left))
    expect(matchPaper.findAll('.ws-match__left .ws-box')).toHaveLength(2)
    expect(texts(matchPaper, '.ws-lettered li')).toEqual(
      match.shown.choices!.map((choice, i) => `${'ABC'[i]} ${choice}`),
    )
    expect(match.shown.choices).toHaveLength(3)
  })

  it('ends with the answer key: each number, its right answer and the source paragraph', async () => {
    const { page } = await openPage('/print?bank=types&n=8&seed=key')
    const quiz = composeQuiz([everyTypeBank], { n: 8, seed: 'key' })
    const key = page.find('.ws-key')
    expect(key.find('h2').text()).toBe('Answer key')
    expect(key.text()).toContain(
      'Paragraphs are those of “A headline”, A publisher, September 20, 2018.',
    )
    // Order and match also say their answer in the letters printed on the sheet.
    const letters = (q: QuizQuestion) => {
      if (q.type === 'order') return q.items.map((item) => 'ABC'[q.shown.items!.indexOf(item)])
      if (q.type === 'match')
        return q.pairs.map((p) => `${p.left}: ${'ABC'[q.shown.choices!.indexOf(p.right)]}`)
      return undefined
    }
    expect(texts(key, '.ws-key__list li')).toEqual(
      quiz.map((q) => {
        const lettered = letters(q)?.join(q.type === 'order' ? ', ' : '; ')
        return `${lettered ? `${lettered} — ` : ''}${rightAnswerText(q)} Source: paragraph 1`
      }),
    )
    expect(quiz.filter((q) => letters(q))).toHaveLength(2)
    // Each entry carries its question's number.
    expect(key.findAll('.ws-key__list li').map((li) => li.attributes('value'))).toEqual(
      quiz.map((_, i) => String(i + 1)),
    )
  })

  it('prints several versions, each with seeds of its own and its own key, under one h1', async () => {
    const { page, router } = await openPage('/print?bank=sample&n=5&seed=class&versions=3')
    expect(page.findAll('h1')).toHaveLength(1)
    const sheets = page.findAll('.ws-sheet')
    expect(sheets).toHaveLength(3)
    sheets.forEach((sheet, i) => {
      const seed = versionSeed('class', i + 1)
      const quiz = composeQuiz([sampleBank], { n: 5, seed })
      expect(sheet.findAll('h2').map((h2) => h2.text())).toEqual([
        `Version ${i + 1}`,
        `Answer key, version ${i + 1}`,
      ])
      expect(prompts(sheet)).toEqual(quiz.map((q) => q.prompt))
      expect(texts(sheet, '.ws-key__list li')[0]).toContain(rightAnswerText(quiz[0]!))
    })
    // Version 1 is the link's own quiz; the others differ from it.
    expect(new Set(sheets.map((sheet) => prompts(sheet).join('|'))).size).toBe(3)

    // The versions picker rewrites the link; a count past the most is the most.
    await page.find('select').setValue('2')
    await vi.waitFor(() => expect(router.currentRoute.value.query.versions).toBe('2'))
    await flushPromises()
    expect(page.findAll('.ws-sheet')).toHaveLength(2)
    await router.replace('/print?bank=sample&n=5&seed=class&versions=99')
    await flushPromises()
    expect(page.findAll('.ws-sheet')).toHaveLength(MAX_VERSIONS)
    await page.find('select').setValue('1')
    await vi.waitFor(() => expect(router.currentRoute.value.query.versions).toBeUndefined())
    await flushPromises()
    expect(page.findAll('.ws-sheet')).toHaveLength(1)
    expect(page.findAll('h2').map((h2) => h2.text())).toEqual(['Answer key'])
  })

  it('gives a link without a seed one, in the URL, so that printing it again gives the same sheet', async () => {
    const { page, router } = await openPage('/print?bank=sample&n=4')
    const seed = router.currentRoute.value.query.seed
    expect(typeof seed).toBe('string')
    expect(prompts(page)).toEqual(
      composeQuiz([sampleBank], { n: 4, seed: String(seed) }).map((q) => q.prompt),
    )
    const again = await openPage(router.currentRoute.value.fullPath)
    expect(prompts(again.page)).toEqual(prompts(page))
  })

  it('says so, with a way home, for a bank that does not exist or a filter nothing matches', async () => {
    const { page } = await openPage('/print?bank=sample,gone&seed=x')
    expect(page.find('h1').text()).toBe('Worksheet not found')
    expect(page.text()).toContain('There is no question bank called “gone”.')
    expect(page.find('a[href="/"]').text()).toBe('Choose a bank on the home page.')

    const empty = await openPage('/print?bank=sample&seed=x&topics=no-such-topic')
    expect(empty.page.find('h1').text()).toBe('Sample bank')
    expect(empty.page.text()).toContain('No question matches')
    expect(empty.page.findAll('.ws-sheet')).toHaveLength(0)
  })
})

describe('links to the worksheet', () => {
  const router = () => createRouter({ history: createMemoryHistory(), routes })

  it("from a quiz's results: the quiz's own request, and none in the kiosk", async () => {
    const quiz = useQuizStore()
    await quiz.open({ bank: 'sample', n: '4', topics: 'one' }, 'seed-a')
    expect(quiz.worksheetUrl).toBe('/print?bank=sample&n=4&seed=seed-a&topics=one')

    const props = {
      questions: quiz.questions,
      answers: [],
      grades: [],
      score: { correct: 0, total: 4, percent: 0 },
      seconds: 30,
    }
    const results = mount(QuizResults, {
      props: { ...props, shareUrl: quiz.shareUrl, worksheetUrl: quiz.worksheetUrl },
      global: { plugins: [router()] },
    })
    const link = results.findAll('a').find((a) => a.text() === 'Print worksheet')
    expect(link?.attributes('href')).toBe('/print?bank=sample&n=4&seed=seed-a&topics=one')
    const kiosk = mount(QuizResults, { props, global: { plugins: [router()] } })
    expect(kiosk.text()).not.toContain('Print worksheet')
  })

  it("from a bank card on home: named with the bank's title, for the chosen length", async () => {
    const card = mount(BankCard, {
      props: { bank: summarizeBank(sampleBank, sampleBank.questions.length) },
      global: { plugins: [router()] },
    })
    const link = card.find('a[aria-label="Print worksheet: Sample bank"]')
    expect(link.text()).toBe('Print worksheet')
    expect(link.attributes('href')).toBe('/print?bank=sample&n=10')
    await card.find('select').setValue('5')
    expect(link.attributes('href')).toBe('/print?bank=sample&n=5')
  })
})
