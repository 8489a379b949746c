import 'fake-indexeddb/auto'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { csvField, csvFile, CSV_HEADER } from '@/domain/kiosk/csv'
import { routes } from '@/router'
import { clearResults } from '@/persistence/class-report'
import ClassView from '@/views/ClassView.vue'
import { useClassReportStore } from '@/stores/class-report'

vi.mock('virtual:factline/banks', () => import('../fixtures/sample-banks-module'))
// The sample bank as the build publishes it (its files named, so the studio can open it), with a
// typed question whose wrong answers can be accepted.
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
  const bank = {
    ...sampleBank,
    files: ['sample.yaml'],
    questions: [...sampleBank.questions, capital],
  }
  return { ...module, loadBank: async (id: string) => (id === bank.id ? bank : undefined) }
})

/** A kiosk results file: `[session, question, answer, credit]` per answer, other columns filled in. */
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

/** The questions table's rows as `[prompt, answered, facility]`. */
const tableRows = (wrapper: Awaited<ReturnType<typeof mountPage>>) =>
  wrapper
    .findAll('.class-questions__table tbody tr:not(.class-questions__details)')
    .map((tr) => tr.findAll('th, td').map((cell) => cell.text()))

beforeEach(async () => {
  await clearResults()
})

describe('the class report page', () => {
  it('starts empty, with the import and no table', async () => {
    const wrapper = await mountPage()
    expect(wrapper.find('h1').text()).toBe('Class report')
    expect(wrapper.find('input[type=file]').attributes('multiple')).toBeDefined()
    expect(wrapper.find('table').exists()).toBe(false)
    expect(wrapper.text()).toContain('No results yet')
  })

  it('merges files from several devices, counts a re-imported file once, and keeps them', async () => {
    const wrapper = await mountPage()
    const store = useClassReportStore()
    await store.importFiles([new File([monday], 'monday.csv'), new File([tuesday], 'tuesday.csv')])
    await flushPromises()
    expect(store.message).toBe('Imported 6 new answers from 2 files.')
    expect(store.report?.students).toBe(3)

    await store.importFiles([new File([monday], 'monday.csv')])
    expect(store.message).toBe(
      'Imported 0 new answers from 1 file (4 answers already in the report).',
    )
    expect(store.report?.attempts).toBe(6)
    await flushPromises()
    // Two of three got q-a wrong (one appealed), one of three q-b; sorted by question.
    expect(tableRows(wrapper)).toEqual([
      ['Question a?', '3', '33%', '—', 'too few', '1'],
      ['Question b?', '3', '67%', '—', 'too few', '0'],
    ])
    wrapper.unmount()

    // Another visit (a new page life) reads the kept results back.
    const again = await mountPage()
    expect(useClassReportStore().report?.attempts).toBe(6)
    expect(tableRows(again)).toHaveLength(2)
  })

  it('reports a file that is not results, and a damaged row, by name and line; keeps the rest', async () => {
    await mountPage()
    const store = useClassReportStore()
    const damaged = monday.replace('right-b,,1,12', 'right-b,,7,12')
    await store.importFiles([
      new File(['shopping list'], 'notes.txt'),
      new File([damaged], 'monday.csv'),
    ])
    expect(store.problems.map((p) => `${p.file}:${p.line}`)).toEqual([
      'notes.txt:1',
      'monday.csv:3',
    ])
    expect(store.report?.attempts).toBe(3)
    expect(store.message).toBe('Imported 3 new answers from 2 files; 2 problems below.')
  })

  it('sorts by a column, and the same column again the other way', async () => {
    const wrapper = await mountPage()
    const store = useClassReportStore()
    await store.importFiles([
      new File([monday + tuesday.slice(tuesday.indexOf('\n') + 1)], 'both.csv'),
    ])
    await flushPromises()
    const facility = wrapper.findAll('thead button').find((b) => b.text().startsWith('Facility'))!
    await facility.trigger('click')
    expect(tableRows(wrapper).map((r) => r[2])).toEqual(['67%', '33%'])
    expect(wrapper.find('th[aria-sort="descending"]').text()).toContain('Facility')
    await facility.trigger('click')
    expect(tableRows(wrapper).map((r) => r[2])).toEqual(['33%', '67%'])
    expect(wrapper.find('th[aria-sort="ascending"]').text()).toContain('Facility')
  })

  it('opens a question to show how often each option was chosen, with the appeals', async () => {
    const wrapper = await mountPage()
    await useClassReportStore().importFiles([new File([monday], 'monday.csv')])
    await flushPromises()
    const open = wrapper.findAll('tbody th button')
    const qa = open.find((b) => b.attributes('aria-controls')?.endsWith('sample/q-a'))!
    expect(qa.attributes('aria-expanded')).toBe('false')
    await qa.trigger('click')
    expect(qa.attributes('aria-expanded')).toBe('true')
    const details = wrapper.find('.question-details')
    expect(details.text()).toContain('How often each option was chosen')
    const items = details.findAll('li').map((li) =>
      li
        .findAll('span')
        .map((span) => span.text())
        .join(' '),
    )
    expect(items).toContainEqual(expect.stringMatching(/^1 \(50%\) right-a right answer$/))
    expect(items).toContainEqual(expect.stringMatching(/^1 \(50%\) wrong-a-1 appealed once$/))
  })

  it('links a question to the studio, and a wrong typed answer to be accepted there', async () => {
    const wrapper = await mountPage()
    const csv = kioskCsv([
      ['a', 'q-a', 'wrong-a-1', 0],
      ['a', 'capital', 'Busan', 0],
      ['b', 'capital', 'Seoul', 1],
    ])
    await useClassReportStore().importFiles([new File([csv], 'links.csv')])
    await flushPromises()
    for (const button of wrapper.findAll('tbody th button')) await button.trigger('click')
    const links = wrapper.findAll('.question-details a').map((a) => ({
      text: a.text(),
      label: a.attributes('aria-label'),
      href: a.attributes('href'),
    }))
    expect(links).toEqual(
      expect.arrayContaining([
        { text: 'Open in studio', label: undefined, href: '/author?bank=sample&question=capital' },
        { text: 'Open in studio', label: undefined, href: '/author?bank=sample&question=q-a' },
        {
          // Named by its text, the answer visually hidden: "Accept as right" on screen (WCAG 2.5.3).
          text: 'Accept “Busan” as right',
          label: undefined,
          href: '/author?bank=sample&question=capital&accept=Busan',
        },
      ]),
    )
    // A choice question's options are chosen, not typed: nothing to accept.
    expect(links.filter((l) => l.text.startsWith('Accept'))).toHaveLength(1)
    expect(wrapper.get('.question-details a .visually-hidden').text()).toBe('“Busan”')
  })

  it('exports the table as CSV in the order shown, and clears the report when asked', async () => {
    const wrapper = await mountPage()
    const store = useClassReportStore()
    await store.importFiles([new File([monday], 'monday.csv')])
    store.sortBy('facility')
    const file = store.exportCsv(new Date('2026-12-03T10:00:00Z'))!
    expect(file.name).toBe('factline-class-report-2026-12-03.csv')
    const lines = file.text.trim().split('\r\n')
    expect(lines[0]).toContain('facility %')
    expect(lines.slice(1).map((l) => l.split(',')[3] + '/' + l.split(',')[4])).toEqual([
      '2/100',
      '2/50',
    ])

    const confirm = vi.fn(() => true)
    vi.stubGlobal('confirm', confirm)
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Clear report')!
      .trigger('click')
    expect(confirm).toHaveBeenCalled()
    await vi.waitFor(() => expect(store.report).toBeNull())
    expect(store.message).toBe('The report was cleared.')
    wrapper.unmount()
    await mountPage()
    expect(useClassReportStore().report).toBeNull()
  })
})
