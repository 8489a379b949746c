// Progress scale: loading and saving a learner's record of 100,000 answers in Chromium, through
// the real persistence module (served by Vite from scripts/bench/progress.html).
import { chromium } from '@playwright/test'
import { createServer } from 'vite'
import { chromiumArgs, findChromium } from '../find-chromium.mjs'
import { median, type Figure } from './figures.ts'

const ATTEMPTS = 100_000
const RUNS = 5

interface BenchPage {
  seed(count: number): Promise<string>
  load(): Promise<{ ms: number; count: number }>
  save(i: number): Promise<{ sync: number; committed: number; result: string }>
  schedule(): Promise<{ replay: number; oneMore: number; cards: number }>
  dashboard(): Promise<{ ms: number }>
}
declare const bench: BenchPage

export async function benchProgress(): Promise<{ figures: Figure[]; browser: string }> {
  const executablePath = await findChromium()
  if (!executablePath) throw new Error('No Chromium found: set CHROME_PATH or install chromium.')
  const server = await createServer({
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
  })
  await server.listen()
  const address = server.httpServer?.address()
  const port = typeof address === 'object' && address ? address.port : 0
  const browser = await chromium.launch({ executablePath, args: chromiumArgs })
  try {
    const page = await browser.newPage()
    const url = `http://127.0.0.1:${port}/scripts/bench/progress.html`
    await page.goto(url)
    await page.waitForFunction(() => 'bench' in window)
    const seeded = await page.evaluate((n) => bench.seed(n), ATTEMPTS)
    if (seeded !== 'saved') throw new Error(`Could not store ${ATTEMPTS} answers: ${seeded}`)

    const loads: number[] = []
    for (let run = 0; run < RUNS; run++) {
      // A fresh page each time: the database is opened and read as when the app starts.
      await page.reload()
      await page.waitForFunction(() => 'bench' in window)
      const { ms, count } = await page.evaluate(() => bench.load())
      if (count !== ATTEMPTS + run * 20 && count < ATTEMPTS) throw new Error(`Loaded ${count}`)
      loads.push(ms)
      const saves = []
      for (let i = 0; i < 20; i++)
        saves.push(await page.evaluate((j) => bench.save(j), run * 20 + i))
      saveSync.push(...saves.map((s) => s.sync))
      saveCommitted.push(...saves.map((s) => s.committed))
    }
    const schedules = []
    const dashboards = []
    for (let run = 0; run < 3; run++) {
      schedules.push(await page.evaluate(() => bench.schedule()))
      dashboards.push((await page.evaluate(() => bench.dashboard())).ms)
    }
    const cards = schedules[0]!.cards
    const figures: Figure[] = [
      {
        name: `load ${ATTEMPTS.toLocaleString('en')} answers`,
        value: median(loads),
        unit: 'ms',
        budget: 200,
      },
      {
        name: 'save an answer: main-thread time',
        value: median(saveSync),
        unit: 'ms',
        budget: 16,
        note: 'the synchronous part: journal and the IndexedDB request',
      },
      {
        name: 'save an answer: until committed',
        value: median(saveCommitted),
        unit: 'ms',
        note: 'IndexedDB commits off the main thread',
      },
      {
        name: 'review schedule: one more answer, from the saved one',
        value: median(schedules.map((s) => s.oneMore)),
        unit: 'ms',
        budget: 16,
        note: `${cards} facts; what each answer and each visit costs`,
      },
      {
        name: 'review schedule: full replay',
        value: median(schedules.map((s) => s.replay)),
        unit: 'ms',
        note: 'only after an import of older answers, or without a saved schedule',
      },
      {
        name: 'progress page figures from every answer',
        value: median(dashboards),
        unit: 'ms',
        note: 'accuracy, 30 days, streak, time, weakest facts',
      },
    ]
    return { figures, browser: browser.version() }
  } finally {
    await browser.close()
    await server.close()
  }
}

const saveSync: number[] = []
const saveCommitted: number[] = []
