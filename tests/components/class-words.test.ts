import 'fake-indexeddb/auto'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { csvField, csvFile, CSV_HEADER } from '@/domain/kiosk/csv'
import { setLanguage } from '@/i18n/catalogue'
import { formatNumber, formatPercent, formatPercentRange } from '@/i18n/format'
import arClass from '@/i18n/messages/ar/class'
import enClass from '@/i18n/messages/en/class'
import frClass from '@/i18n/messages/fr/class'
import frFirst from '@/i18n/messages/fr/first'
import { clearResults } from '@/persistence/class-report'
import { routes } from '@/router'
import { useClassReportStore } from '@/stores/class-report'
import ClassView from '@/views/ClassView.vue'

vi.mock('virtual:factline/banks', () => import('../fixtures/sample-banks-module'))
// The sample bank as the build publishes it (its files named, so the studio can open it), with a
// typed question whose wrong answers can be accepted and a true/false one.
vi.mock('virtual:factline/bank-loader', async () => {
  const module = await import('../fixtures/sample-banks-module')
  const { sampleBank } = await import('../fixtures/sample-bank')
  const capital = {
    ...sampleBank.questions[0]!,
    id: 'capital',
    type: 'short' as const,
    prompt: 'Capital of South Korea?',
    answers: ['Seoul'],
  }
  const {
    options: _options,
    answer: _answer,
    ...shared
  } = sampleBank.questions[0]! as {
    options: string[]
    answer: string
  }
  const truth = {
    ...shared,
    id: 'truth',
    type: 'truefalse' as const,
    prompt: 'Seoul is the capital of South Korea.',
    answer: true,
  }
  const bank = {
    ...sampleBank,
    files: ['sample.yaml'],
    questions: [...sampleBank.questions, capital, truth],
  }
  return { ...module, loadBank: async (id: string) => (id === bank.id ? bank : undefined) }
})

const fr = frClass.class
const ar = arClass.class
const en = enClass.class

/** A kiosk results file: `[session, question, answer, credit, appeal]` per answer. */
function kioskCsv(answers: [string, string, string, number, string?][]) {
  const lines = answers.map(([session, question, answer, credit, appeal]) =>
    [
      '1',
      session,
      '2026-12-03T09:00:00.000Z',
      '2026-12-03T09:05:00.000Z',
      `sample/${question}`,
      `Prompt of ${question}`,
      'single',
      answer,
      '',
      String(credit),
      '12',
      appeal ?? '',
    ]
      .map(csvField)
      .join(','),
  )
  return csvFile([CSV_HEADER.join(','), ...lines])
}

const monday = kioskCsv([
  ['a', 'q-a', 'right-a', 1],
  ['a', 'q-b', 'right-b', 1],
  ['b', 'q-a', 'wrong-a-1', 0, 'yes'],
  ['b', 'q-b', 'right-b', 1],
])
const tuesday = kioskCsv([
  ['c', 'q-a', 'wrong-a-1', 0],
  ['c', 'q-b', 'wrong-b-1', 0],
])

async function mountPage() {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push('/class')
  const pinia = createPinia()
  setActivePinia(pinia)
  const wrapper = mount(ClassView, { global: { plugins: [pinia, router] } })
  await vi.waitFor(() => expect(useClassReportStore().loaded).toBe(true))
  return wrapper
}

type Page = Awaited<ReturnType<typeof mountPage>>

/** The questions table's body rows, each as its cells' texts. */
const tableRows = (wrapper: Page) =>
  wrapper
    .findAll('.class-questions__table tbody tr:not(.class-questions__details)')
    .map((tr) => tr.findAll('th, td').map((cell) => cell.text()))

/** Opens every question of the table. */
async function openAll(wrapper: Page) {
  for (const button of wrapper.findAll('tbody th button')) await button.trigger('click')
}

enableAutoUnmount(afterEach)
beforeEach(async () => {
  await clearResults()
})
afterEach(async () => {
  await setLanguage('en')
  vi.unstubAllGlobals()
})

describe('the class report in French', () => {
  it('names the page, the import, the table and its columns in French', async () => {
    await setLanguage('fr')
    const wrapper = await mountPage()
    expect(wrapper.get('h1').text()).toBe(fr.title)
    expect(wrapper.get('label.button').text()).toBe(fr.import.button)
    expect(wrapper.text()).toContain(fr.empty)
    expect(wrapper.get('.class-import p').text()).toContain(fr.import.kioskExport)

    await useClassReportStore().importFiles([
      new File([monday], 'lundi.csv'),
      new File([tuesday], 'mardi.csv'),
    ])
    await flushPromises()
    expect(wrapper.get('[role=status]').text()).toBe(fr.said.imported(6, 2, 0, 0))
    expect(wrapper.findAll('h2').map((h) => h.text())).toEqual([
      fr.import.title,
      fr.overview.title,
      fr.questions.title,
    ])
    // Each column's name, and the arrow of the one the table is sorted by.
    expect(
      wrapper.findAll('thead button').map((b) => b.text().replace(/[▲▼]$/u, '').trim()),
    ).toEqual(Object.values(fr.questions.columns))
    // Two of three got q-a wrong (one appealed), one of three q-b: too few to judge either.
    expect(tableRows(wrapper)).toEqual([
      ['Question a?', '3', formatPercent(1 / 3), '—', fr.questions.verdicts.tooFew, '1'],
      ['Question b?', '3', formatPercent(2 / 3), '—', fr.questions.verdicts.tooFew, '0'],
    ])
    // French writes a percent with a space before the sign: not the English 33%.
    expect(tableRows(wrapper)[0]![2]).toMatch(/^33\s%$/u)
    expect(wrapper.findAll('.actions button').map((b) => b.text())).toEqual([fr.export, fr.clear])
  })

  it('says what a file left out, by name and line, in French', async () => {
    await setLanguage('fr')
    const wrapper = await mountPage()
    const damaged = monday.replace('right-b,,1,12', 'right-b,,7,12')
    await useClassReportStore().importFiles([
      new File(['shopping list'], 'notes.txt'),
      new File([damaged], 'lundi.csv'),
      new File(['student,answer\r\n1,x\r\n'], 'vieux.csv'),
    ])
    await flushPromises()
    expect(wrapper.get('[role=status]').text()).toBe(fr.said.imported(3, 3, 0, 3))
    expect(wrapper.get('.class-import h3').text()).toBe(fr.import.leftOut)
    expect(wrapper.findAll('.class-import__problems li').map((li) => li.text())).toEqual([
      `notes.txt:1${fr.import.problemSeparator}${fr.problems.unknownFile}`,
      `lundi.csv:3${fr.import.problemSeparator}${fr.problems.badRow}`,
      `vieux.csv:1${fr.import.problemSeparator}${fr.problems.noColumns('session, question, credit', 3)}`,
    ])
    // Three columns missing: the plural form, not the English words.
    expect(fr.problems.noColumns('x', 3)).not.toBe(fr.problems.noColumns('x', 1))
    expect(wrapper.text()).not.toContain(en.problems.badRow)
  })

  it('opens a question with its verdict, the options in French and the studio links', async () => {
    await setLanguage('fr')
    const wrapper = await mountPage()
    const csv = kioskCsv([
      ['a', 'q-a', 'wrong-a-1', 0, 'yes'],
      ['b', 'q-a', 'wrong-a-1', 0, 'yes'],
      ['a', 'capital', 'Busan', 0],
      ['b', 'capital', 'Seoul', 1],
    ])
    await useClassReportStore().importFiles([new File([csv], 'liens.csv')])
    await flushPromises()
    await openAll(wrapper)
    const details = wrapper.findAll('.question-details').map((d) => d.text())
    const qa = details.find((text) => text.includes('sample/q-a'))!
    expect(qa).toContain(`sample/q-a${fr.details.verdict(fr.details.verdicts.tooFew)}`)
    expect(qa).toContain(fr.details.noDiscrimination)
    expect(qa).toContain(fr.details.options)
    expect(qa).toContain(fr.details.appealed(2))
    expect(qa).toContain(fr.details.right)
    expect(qa).toContain(fr.details.studioNote)
    const capital = details.find((text) => text.includes('sample/capital'))!
    expect(capital).toContain(fr.details.wrongAnswers)
    expect(capital).toContain(fr.details.studioNoteAccept)
    const links = wrapper.findAll('.question-details a').map((a) => a.text())
    expect(links).toContain(fr.details.open)
    // Named by its text, the answer visually hidden (WCAG 2.5.3).
    expect(links).toContain(
      `${fr.details.accept}${fr.details.acceptAnswer('Busan')}${fr.details.acceptEnd}`,
    )
  })

  it('shows a true/false question’s options in the interface’s words', async () => {
    await setLanguage('fr')
    const wrapper = await mountPage()
    const csv = kioskCsv([
      ['a', 'truth', 'true', 1],
      ['b', 'truth', 'false', 0],
    ])
    await useClassReportStore().importFiles([new File([csv], 'vf.csv')])
    await flushPromises()
    await openAll(wrapper)
    const options = wrapper
      .findAll('.question-details__answer')
      .map((span) => span.text())
      .sort()
    expect(options).toEqual([frFirst.question.false, frFirst.question.true].sort())
  })

  it('asks before clearing, and says so, in French', async () => {
    await setLanguage('fr')
    const wrapper = await mountPage()
    const store = useClassReportStore()
    await store.importFiles([new File([monday], 'lundi.csv')])
    await flushPromises()
    const confirm = vi.fn(() => true)
    vi.stubGlobal('confirm', confirm)
    await wrapper
      .findAll('button')
      .find((b) => b.text() === fr.clear)!
      .trigger('click')
    expect(confirm).toHaveBeenCalledWith(fr.clearConfirm)
    await vi.waitFor(() => expect(store.report).toBeNull())
    expect(store.message).toBe(fr.said.cleared)
  })

  it('rewords what the import said when the language changes', async () => {
    const wrapper = await mountPage()
    await useClassReportStore().importFiles([new File([monday], 'lundi.csv')])
    await flushPromises()
    expect(wrapper.get('[role=status]').text()).toBe(en.said.imported(4, 1, 0, 0))
    await setLanguage('fr')
    await flushPromises()
    expect(wrapper.get('[role=status]').text()).toBe(fr.said.imported(4, 1, 0, 0))
    expect(wrapper.get('h1').text()).toBe(fr.title)
  })

  it('gives the reliability and what it means, in French', async () => {
    await setLanguage('fr')
    const wrapper = await mountPage()
    // Four students, three questions each: two strong, two weak.
    const rows: [string, string, string, number][] = []
    for (const [student, credits] of [
      ['a', [1, 1, 1]],
      ['b', [1, 1, 0]],
      ['c', [0, 1, 0]],
      ['d', [0, 0, 0]],
    ] as const)
      credits.forEach((credit, i) => rows.push([student, `q-${i}`, String(credit), credit]))
    await useClassReportStore().importFiles([new File([kioskCsv(rows)], 'fiable.csv')])
    await flushPromises()
    const alpha = useClassReportStore().report?.reliability
    expect(alpha).toBeDefined()
    const text = wrapper.get('.class-overview__reliability').text()
    expect(text).toContain(fr.overview.reliability(alpha!.length, alpha!.students))
    const readings = Object.values(fr.overview.readings)
    expect(readings.filter((reading) => text.endsWith(reading))).toHaveLength(1)
  })
})

describe('the class report in Arabic', () => {
  it('counts two files with the dual, and the histogram in Arabic', async () => {
    await setLanguage('ar')
    const wrapper = await mountPage()
    await useClassReportStore().importFiles([
      new File([monday], 'monday.csv'),
      new File([tuesday], 'tuesday.csv'),
    ])
    await flushPromises()
    expect(document.documentElement.dir).toBe('rtl')
    const status = wrapper.get('[role=status]').text()
    expect(status).toBe(ar.said.imported(6, 2, 0, 0))
    // Two files: the dual, not the plural of three or more.
    expect(status).toContain('ملفين')
    expect(ar.said.imported(6, 3, 0, 0)).not.toContain('ملفين')

    const histogram = wrapper.get('figure.histogram')
    expect(histogram.get('figcaption').text()).toBe(
      ar.histogram.caption(
        formatNumber(0),
        formatPercentRange(0, 0.09),
        formatNumber(90),
        formatPercentRange(0.9, 1),
      ),
    )
    expect(histogram.get('caption').text()).toBe(ar.histogram.tableCaption)
    expect(histogram.findAll('thead th').map((th) => th.text())).toEqual([
      ar.histogram.score,
      ar.histogram.students,
    ])
    // The axis's labels are numbers as Arabic writes them.
    const labels = histogram.findAll('text.histogram__label').map((label) => label.text())
    expect(labels).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90].map((n) => formatNumber(n)))
  })

  it('re-imports a file and says how many answers the report had, three of them', async () => {
    await setLanguage('ar')
    const wrapper = await mountPage()
    const store = useClassReportStore()
    const three = kioskCsv([
      ['a', 'q-a', 'right-a', 1],
      ['a', 'q-b', 'right-b', 1],
      ['b', 'q-a', 'wrong-a-1', 0],
    ])
    await store.importFiles([new File([three], 'three.csv')])
    await store.importFiles([new File([three], 'three.csv')])
    await flushPromises()
    expect(wrapper.get('[role=status]').text()).toBe(ar.said.imported(0, 1, 3, 0))
    expect(ar.said.imported(0, 1, 3, 0)).not.toBe(ar.said.imported(0, 1, 11, 0).replace('11', '3'))
    expect(store.exportCsv()).toBeDefined()
    await flushPromises()
    expect(wrapper.get('[role=status]').text()).toBe(ar.said.exported(2))
  })
})
