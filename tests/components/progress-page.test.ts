import 'fake-indexeddb/auto'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useProgressPageStore } from '@/stores/progress-page'
import { useProgressStore } from '@/stores/progress'

vi.mock('virtual:factline/banks', () => import('../fixtures/sample-banks-module'))
vi.mock('virtual:factline/bank-loader', () => import('../fixtures/sample-banks-module'))

const HOUR = 3_600_000

/** An answer to question `x` of `bank`, right (credit 1) or wrong (0), shown an hour ago. */
const answerTo = (x: string, credit: number, bank = 'sample') => ({
  bank,
  question: `q-${x}`,
  facts: [`fact-${x}`],
  type: 'single' as const,
  answer: { type: 'single' as const, choice: credit ? `right-${x}` : 'wrong' },
  credit,
  context: 'quiz' as const,
  shownAt: Date.now() - HOUR - 5_000,
})

beforeEach(async () => {
  setActivePinia(createPinia())
  // One IndexedDB for the whole file: each test starts from an empty record.
  await useProgressStore().load()
  await useProgressStore().reset()
  setActivePinia(createPinia())
})

describe('the progress page store', () => {
  it('loads the banks answered in and gives their topics, the facts to practise and the totals', async () => {
    const page = useProgressPageStore()
    await page.open()
    expect(page.loaded).toBe(true)
    expect(page.totals).toMatchObject({ answers: 0, streak: 0 })
    expect(page.perBank).toEqual([])

    const progress = useProgressStore()
    const anHourAgo = Date.now() - HOUR
    await progress.record(answerTo('a', 1), anHourAgo)
    await progress.record(answerTo('b', 0), anHourAgo)
    // A bank the build does not know (a deleted one) is not asked for.
    await progress.record(answerTo('z', 0, 'gone'), anHourAgo)

    await vi.waitFor(() => expect(page.banks.map((b) => b.id)).toEqual(['sample']))
    expect(page.totals).toMatchObject({ answers: 3, streak: 1 })
    expect(page.totals.accuracy).toBeCloseTo(1 / 3)
    const [{ bank, topics }] = page.perBank as [(typeof page.perBank)[number]]
    expect(bank.title).toBe('Sample bank')
    expect(topics.map((t) => [t.topic, t.factsMet])).toEqual([
      ['one', 1],
      ['two', 1],
      ['three', 0],
    ])
    // fact-a (right) is better recalled a week on than fact-b (wrong); no fact met, no mastery.
    expect(topics[0]!.mastery).toBeGreaterThan(topics[1]!.mastery)
    expect(topics[1]!.mastery).toBeGreaterThan(0)
    expect(topics[2]!.mastery).toBe(0)
    // The gone bank's fact is weakest too, but there is no text to show for it.
    expect(page.weakest.map((f) => [f.text, f.practise])).toEqual([
      ['Fact b.', { bank: 'sample', n: '1', keys: 'sample/q-b' }],
      ['Fact a.', { bank: 'sample', n: '1', keys: 'sample/q-a' }],
    ])
    expect(page.days.reduce((sum, day) => sum + day.answers, 0)).toBe(3)
  })

  it('exports, resets and imports the record, saying each time what it did', async () => {
    const page = useProgressPageStore()
    await page.open()
    await useProgressStore().record(answerTo('c', 1), Date.now())
    await useProgressStore().record(answerTo('d', 1), Date.now())

    const file = await page.exportProgress(Date.UTC(2025, 4, 6, 12))
    expect(file.name).toBe('factline-progress-2025-05-06.json')
    expect(page.message).toBe('Exported 2 answers.')

    await page.resetProgress()
    expect(page.message).toBe('Your progress was reset.')
    expect(page.totals.answers).toBe(0)

    await page.importProgress(file.text)
    expect(page.message).toBe('Imported 2 new answers.')
    expect(page.totals.answers).toBe(2)

    await page.importProgress('not json')
    expect(page.message).toBe('Nothing was imported: The file is not a Factline progress file.')
    expect(page.totals.answers).toBe(2)

    // A new visit starts without the last visit's message, on its own clock.
    await page.open(Date.UTC(2025, 4, 7))
    expect(page.message).toBe('')
    expect(page.now).toBe(Date.UTC(2025, 4, 7))
  })
})
