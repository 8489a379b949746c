import 'fake-indexeddb/auto'
import { enableAutoUnmount, flushPromises, mount, type DOMWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { composeQuiz, type QuizQuestion } from '@/domain/quiz'
import { setLanguage } from '@/i18n/catalogue'
import { formatDate, formatList } from '@/i18n/format'
import arFirst from '@/i18n/messages/ar/first'
import arPages from '@/i18n/messages/ar/pages'
import arPrint from '@/i18n/messages/ar/print'
import enPrint from '@/i18n/messages/en/print'
import frFirst from '@/i18n/messages/fr/first'
import frPages from '@/i18n/messages/fr/pages'
import frPrint from '@/i18n/messages/fr/print'
import koPrint from '@/i18n/messages/ko/print'
import { routes } from '@/router'
import { everyTypeBank } from '../fixtures/sample-bank'

vi.mock('virtual:factline/banks', () => import('../fixtures/sample-banks-module'))
// A bank with a question of every type under the id `types`, each question marked English as the
// build marks them, and each citing two paragraphs of the source.
vi.mock('virtual:factline/bank-loader', async () => {
  const module = await import('../fixtures/sample-banks-module')
  const { everyTypeBank } = await import('../fixtures/sample-bank')
  const types = {
    ...everyTypeBank,
    questions: everyTypeBank.questions.map((q) => ({
      ...q,
      language: 'en',
      facts: ['fact-a', 'fact-b'],
    })),
  }
  return {
    ...module,
    loadBank: async (id: string) => (id === 'types' ? types : module.loadBank(id)),
  }
})

const fr = frPrint.print
const ar = arPrint.print
const URL = '/print?bank=types&n=8&seed=words'
// The bank as the mock gives it, for the questions the page should print.
const typesBank = {
  ...everyTypeBank,
  questions: everyTypeBank.questions.map((q) => ({
    ...q,
    language: 'en',
    facts: ['fact-a', 'fact-b'],
  })),
}
const quiz = composeQuiz([typesBank], { n: 8, seed: 'words' })

enableAutoUnmount(afterEach)
beforeEach(() => setActivePinia(createPinia()))
afterEach(() => setLanguage('en'))

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
  return page
}

/** The paper of the first sheet's question of a type, with the question. */
function paperOf<T extends QuizQuestion['type']>(page: ReturnType<typeof mount>, type: T) {
  const i = quiz.findIndex((q) => q.type === type)
  return [
    quiz[i] as Extract<QuizQuestion, { type: T }>,
    page.findAll('.ws-sheet')[0]!.findAll('.ws-question')[i]!,
    page.findAll('.ws-sheet')[0]!.findAll('.ws-key__list li')[i]!,
  ] as const
}
const texts = (at: DOMWrapper<Element>, selector: string) =>
  at.findAll(selector).map((e) => e.text())

describe('the worksheet in French', () => {
  it('prints its fields, instructions, versions and key in French, the bank’s texts as written', async () => {
    await setLanguage('fr')
    const page = await openPage(`${URL}&versions=2`)
    expect(document.title).toBe(fr.title('Sample bank'))
    expect(page.findAll('h2').map((h2) => h2.text())).toEqual([
      fr.sheet.version(1),
      fr.key.version(1),
      fr.sheet.version(2),
      fr.key.version(2),
    ])
    expect(texts(page.find('.ws-fields'), '.ws-field')).toEqual([
      fr.sheet.name,
      fr.sheet.class,
      fr.sheet.date,
    ])
    expect(page.find('.ws-toolbar button').text()).toBe(fr.toolbar.print)
    expect(page.find('.ws-toolbar label').text()).toBe(fr.toolbar.versions)
    expect(page.find('.ws-toolbar .ws-hint').text()).toBe(fr.toolbar.hint)

    expect(paperOf(page, 'single')[1].find('.ws-hint').text()).toBe(fr.paper.tickOne)
    expect(paperOf(page, 'multiple')[1].find('.ws-hint').text()).toBe(fr.paper.tickAll)
    const [, truefalse, truefalseKey] = paperOf(page, 'truefalse')
    expect(texts(truefalse, '.ws-option')).toEqual([frFirst.question.true, frFirst.question.false])
    expect(truefalseKey.text()).toContain(frFirst.question.false)
    expect(paperOf(page, 'short')[1].find('.ws-write').text()).toBe(fr.paper.answer)
    expect(paperOf(page, 'order')[1].find('.ws-hint').text()).toBe(fr.paper.order)
    expect(paperOf(page, 'match')[1].find('.ws-hint').text()).toBe(fr.paper.match)

    // What a screen reader hears at a blank is French, inside a text marked as English.
    const cloze = paperOf(page, 'cloze')[1].find('.ws-cloze')
    expect(cloze.find('[lang="en"]').text()).toContain(fr.paper.blank(1))
    expect(cloze.find('.visually-hidden').attributes('lang')).toBe('fr')
    expect(cloze.find('.visually-hidden').text()).toBe(fr.paper.blank(1))

    // The key: the match's letters with French typography, and the source's paragraphs.
    const [match, , matchKey] = paperOf(page, 'match')
    const lettered = match.pairs
      .map((p) => fr.key.pair(p.left, fr.paper.letter(match.shown.choices!.indexOf(p.right))))
      .join(fr.key.pairSeparator)
    expect(matchKey.find('.ws-key__letters').text()).toBe(lettered)
    expect(lettered).toContain('\u202F; ')
    expect(matchKey.find('.ws-key__source').text()).toBe(fr.key.source(formatList(['1', '2']), 2))
    expect(page.find('.ws-key .ws-hint').text()).toBe(
      fr.key.sources('A headline', 'A publisher', formatDate('2018-09-20')),
    )
  })

  it('marks the bank’s texts as English, and follows a change of language on the page', async () => {
    const page = await openPage(URL)
    expect(page.find('h1 [lang]').exists()).toBe(false)
    expect(page.find('h2').text()).toBe(enPrint.print.key.title)

    await setLanguage('fr')
    await flushPromises()
    expect(page.find('h2').text()).toBe(fr.key.title)
    expect(page.find('h1 span').attributes('lang')).toBe('en')
    expect(page.find('.ws-question__prompt [lang]').attributes('lang')).toBe('en')
    const [order, orderPaper] = paperOf(page, 'order')
    expect(orderPaper.find('.ws-lettered [lang="en"]').text()).toBe(order.shown.items![0])
  })

  it('names missing banks in French quotes', async () => {
    await setLanguage('fr')
    const page = await openPage('/print?bank=gone&seed=x')
    expect(page.find('h1').text()).toBe(fr.notFound)
    expect(page.text()).toContain(frPages.banks.missing(frPages.banks.quoted('gone'), 1))
    expect(page.text()).toContain('«\u202Fgone\u202F»')
    expect(page.find('a[href="/"]').text()).toBe(fr.chooseBank)
  })
})

describe('the worksheet in Arabic', () => {
  it('letters the items with the Arabic letters, in the sheet and in the key', async () => {
    await setLanguage('ar')
    const page = await openPage(URL)
    expect(document.documentElement.dir).toBe('rtl')
    expect(page.find('h2').text()).toBe(ar.key.title)

    const [order, orderPaper, orderKey] = paperOf(page, 'order')
    const items = order.shown.items!
    expect(texts(orderPaper, '.ws-lettered li')).toEqual(
      items.map((item, i) => `${ar.paper.letter(i)} ${item}`),
    )
    expect(ar.paper.letter(0)).not.toBe(enPrint.print.paper.letter(0))
    expect(orderKey.find('.ws-key__letters').text()).toBe(
      order.items.map((item) => ar.paper.letter(items.indexOf(item))).join('، '),
    )
    // English items keep their own direction inside the right-to-left page.
    expect(orderPaper.find('.ws-lettered [lang="en"]').attributes('dir')).toBe('ltr')
    expect(paperOf(page, 'truefalse')[2].text()).toContain(arFirst.question.false)
  })

  it('words two paragraphs and two missing banks with the dual', async () => {
    await setLanguage('ar')
    const page = await openPage(URL)
    const source = paperOf(page, 'single')[2].find('.ws-key__source').text()
    expect(source).toBe(ar.key.source(formatList(['1', '2']), 2))
    expect(source).toContain('الفقرتان')

    const missing = await openPage('/print?bank=gone,lost&seed=x')
    const { missing: noBank, quoted } = arPages.banks
    const names = formatList([quoted('gone'), quoted('lost')])
    expect(missing.text()).toContain(noBank(names, 2))
    expect(noBank(names, 2)).not.toBe(noBank(names, 3))
  })
})

describe('the worksheet in Korean', () => {
  it('letters the items ㄱ, ㄴ, ㄷ, as Korean test papers do', async () => {
    await setLanguage('ko')
    const page = await openPage(URL)
    const [match, matchPaper] = paperOf(page, 'match')
    expect(texts(matchPaper, '.ws-letter')).toEqual(
      match.shown.choices!.map((_, i) => koPrint.print.paper.letter(i)),
    )
    expect(texts(matchPaper, '.ws-letter')).toEqual(['ㄱ', 'ㄴ', 'ㄷ'])
  })
})
