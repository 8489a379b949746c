// Kiosk soak: a classroom kiosk serves 200 students in a row through the real UI of the production
// build, and the page must not grow in memory (JS heap measured after a forced GC).
import { chromium, type CDPSession, type Page } from '@playwright/test'
import { chromiumArgs, findChromium } from '../find-chromium.mjs'
import { median, type Figure } from './figures.ts'

const BANK = 'korea-2018'
const QUESTIONS = 3
const WARM_UP = 5
const STUDENTS = 200
const PIN = '2468'
const TALLY_KEY = 'factline:kiosk:tally'
const MB = 2 ** 20

interface Memory {
  /** JS heap in use after a forced GC, in bytes. */
  heap: number
  /** Elements in the document. */
  elements: number
  /** Every DOM node Blink holds, detached ones included, and the JS event listeners. */
  nodes: number
  listeners: number
}

async function measure(page: Page, cdp: CDPSession): Promise<Memory> {
  // Several passes with a pause: finalizers and weak references let go of more on later ones.
  for (let i = 0; i < 3; i++) {
    await cdp.send('HeapProfiler.collectGarbage')
    await page.waitForTimeout(100)
  }
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  const counters = await cdp.send('Memory.getDOMCounters')
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length)
  return { heap: usedSize, elements, nodes: counters.nodes, listeners: counters.jsEventListeners }
}

/** Answers the question on screen with whatever its inputs take, and moves on. */
async function answerQuestion(page: Page, k: number) {
  const form = page.getByRole('form', { name: `Question ${k} of ${QUESTIONS}` })
  await form.waitFor()
  const radios = form.getByRole('radio')
  const checkboxes = form.getByRole('checkbox')
  const textboxes = form.getByRole('textbox')
  const comboboxes = form.getByRole('combobox')
  const [r, c, t, s] = await Promise.all(
    [radios, checkboxes, textboxes, comboboxes].map((l) => l.count()),
  )
  if (r) await radios.first().check()
  if (c) await checkboxes.first().check()
  for (let i = 0; i < t!; i++) await textboxes.nth(i).fill('28000')
  for (let i = 0; i < s!; i++) await comboboxes.nth(i).selectOption({ index: 1 })
  await form.getByRole('button', { name: 'Check answer' }).click()
  // The status region is always there; it is filled with the feedback once the answer is checked.
  await form.getByRole('status').filter({ hasText: /\S/ }).waitFor()
  const next = k === QUESTIONS ? 'See results' : 'Next question'
  await form.getByRole('button', { name: next, exact: true }).click()
}

/** One student at the kiosk: Start, the questions, the results, Next student. */
async function serveStudent(page: Page, student: number) {
  let question = 0
  try {
    await page.getByRole('button', { name: 'Start', exact: true }).click()
    for (question = 1; question <= QUESTIONS; question++) await answerQuestion(page, question)
    question = 0
    await page.getByRole('heading', { level: 1, name: 'Results' }).waitFor()
    await page.getByRole('button', { name: 'Next student' }).click()
    await page.getByRole('button', { name: 'Start', exact: true }).waitFor()
  } catch (error) {
    const where = question ? `question ${question}` : 'outside the questions'
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new Error(`Kiosk soak failed at student ${student}, ${where}: ${message}`, {
      cause: error,
    })
  }
}

/** Served by `withBuiltApp` (scripts/bench/built-app.ts) at `base`. */
export async function benchKiosk(base: string): Promise<Figure[]> {
  const executablePath = await findChromium()
  if (!executablePath) throw new Error('No Chromium found: set CHROME_PATH or install chromium.')
  const browser = await chromium.launch({
    executablePath,
    args: [...chromiumArgs, '--js-flags=--expose-gc'],
  })
  try {
    const page = await browser.newPage()
    page.setDefaultTimeout(60_000)
    const cdp = await page.context().newCDPSession(page)

    await page.goto(`${base}/kiosk?bank=${BANK}&n=${QUESTIONS}&idle=3600`)
    const setup = page.getByRole('dialog', { name: 'Set up kiosk' })
    await setup.getByLabel('Teacher PIN').fill(PIN)
    await setup.getByLabel('Confirm PIN').fill(PIN)
    await setup.getByRole('button', { name: 'Start kiosk' }).click()
    await page.getByRole('button', { name: 'Start', exact: true }).waitFor()

    for (let s = 1; s <= WARM_UP; s++) await serveStudent(page, s)
    const before = await measure(page, cdp)
    const each: number[] = []
    for (let s = WARM_UP + 1; s <= WARM_UP + STUDENTS; s++) {
      const start = performance.now()
      await serveStudent(page, s)
      each.push(performance.now() - start)
    }
    const served = each.reduce((sum, ms) => sum + ms, 0)
    const after = await measure(page, cdp)
    const tallyBytes = await page.evaluate(
      (key) => new Blob([localStorage.getItem(key) ?? '']).size,
      TALLY_KEY,
    )

    const mb = (bytes: number) => (bytes / MB).toFixed(2)
    return [
      {
        name: `kiosk: JS heap growth over ${STUDENTS} students`,
        value: (after.heap - before.heap) / MB,
        unit: 'MB',
        budget: 5,
        note:
          `heap after GC ${mb(before.heap)} → ${mb(after.heap)} MB; ` +
          `DOM elements ${before.elements} → ${after.elements}, ` +
          `all DOM nodes ${before.nodes} → ${after.nodes}, ` +
          `JS listeners ${before.listeners} → ${after.listeners}`,
      },
      {
        name: `kiosk: ${STUDENTS} students served`,
        value: served,
        unit: 'ms',
        note:
          `wall time through the UI, ${QUESTIONS} questions each; median per student ` +
          `${median(each.slice(0, 20)).toFixed(0)} ms for the first 20, ` +
          `${median(each.slice(-20)).toFixed(0)} ms for the last 20`,
      },
      {
        name: `kiosk: class tally stored after ${WARM_UP + STUDENTS} students`,
        value: tallyBytes / 1024,
        unit: 'KB',
        note: `${TALLY_KEY} in localStorage, expected to grow a little per student (${(
          tallyBytes /
          (WARM_UP + STUDENTS)
        ).toFixed(0)} bytes each)`,
      },
    ]
  } finally {
    await browser.close()
  }
}
