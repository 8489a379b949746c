// The first question of a quiz: how long a student waits for it on a slow device, next to a
// hand-written page with one question and no script (the fastest it could be), and what it costs
// in bytes. Served by `withBuiltApp` (scripts/bench/built-app.ts).
import { copyFile } from 'node:fs/promises'
import { join } from 'node:path'
import { chromium, type Browser } from '@playwright/test'
import { chromiumArgs, findChromium } from '../find-chromium.mjs'
import { median, type Figure } from './figures.ts'
import {
  bytesByKind,
  firstQuestionUrl,
  FIRST_QUESTION,
  loadFirstQuestion,
} from './first-question-load.ts'

const BANK = 'korea-2018'
const CPU_SLOWDOWN = 4
const WARM_UP = 1
const RUNS = 7
const LIMIT_PAGE = '/limit.html'

declare global {
  interface Window {
    firstQuestionAt?: number
  }
}

/**
 * Runs in the page before any of its scripts: notes `performance.now()` (milliseconds since
 * navigation start) in the first animation frame after the form `Question 1 of N` is in the
 * document, that is the frame that paints it.
 */
function watchForFirstQuestion() {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('form[aria-label^="Question 1 of "]')) return
    observer.disconnect()
    requestAnimationFrame(() => (window.firstQuestionAt = performance.now()))
  })
  observer.observe(document, { childList: true, subtree: true })
}

interface Run {
  firstQuestion: number
  firstPaint: number
}

/** A cold load: a new browser context (empty cache, no service worker), the CPU slowed down. */
async function coldLoad(browser: Browser, url: string): Promise<Run> {
  const context = await browser.newContext({ serviceWorkers: 'block' })
  try {
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
    await page.addInitScript(watchForFirstQuestion)
    await page.goto(url, { waitUntil: 'commit' })
    const firstQuestion = await (
      await page.waitForFunction(() => window.firstQuestionAt, undefined, { polling: 100 })
    ).jsonValue()
    // The contract's own check that the form counted is the first question, and is shown.
    await page.getByRole('form', { name: FIRST_QUESTION }).waitFor({ state: 'visible' })
    const firstPaint = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    )
    return { firstQuestion: firstQuestion ?? NaN, firstPaint }
  } finally {
    await context.close()
  }
}

async function launch(): Promise<Browser> {
  const executablePath = await findChromium()
  if (!executablePath) throw new Error('No Chromium found: set CHROME_PATH or install chromium.')
  return chromium.launch({ executablePath, args: chromiumArgs })
}

const spread = (values: number[]) =>
  `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)} ms`

/** `base` serves the build in `outDir`; the limit page is copied in to be served the same way. */
export async function benchFirstQuestion(base: string, outDir: string): Promise<Figure[]> {
  await copyFile(new URL('./limit.html', import.meta.url), join(outDir, LIMIT_PAGE))
  const browser = await launch()
  try {
    const quiz = `${base}${firstQuestionUrl(BANK)}`
    const limit = `${base}${LIMIT_PAGE}`
    const app: Run[] = []
    const bare: Run[] = []
    // Taken in turns, so that whatever else the machine does weighs on both alike.
    for (let run = 0; run < WARM_UP + RUNS; run++) {
      const a = await coldLoad(browser, quiz)
      const b = await coldLoad(browser, limit)
      if (run < WARM_UP) continue
      app.push(a)
      bare.push(b)
    }
    const appMs = median(app.map((r) => r.firstQuestion))
    const limitMs = median(bare.map((r) => r.firstQuestion))
    const how = `cold load, ${CPU_SLOWDOWN}x CPU slowdown, median of ${RUNS}`
    return [
      {
        name: `first question of /quiz (${CPU_SLOWDOWN}x slower CPU, cold)`,
        value: appMs,
        unit: 'ms',
        note: `${firstQuestionUrl(BANK)}; ${how}, ${spread(app.map((r) => r.firstQuestion))}; first contentful paint ${median(app.map((r) => r.firstPaint)).toFixed(0)} ms`,
      },
      {
        name: `first question of limit.html (${CPU_SLOWDOWN}x slower CPU, cold)`,
        value: limitMs,
        unit: 'ms',
        note: `one hand-written question, no script; ${how}, ${spread(bare.map((r) => r.firstQuestion))}`,
      },
      {
        name: 'first question: /quiz ÷ limit.html',
        value: appMs / limitMs,
        unit: '×',
        budget: 1.5,
        note: 'the ratio of the two medians',
      },
    ]
  } finally {
    await browser.close()
  }
}

type Bytes = ReturnType<typeof bytesByKind>['total']

/** What the first question of a quiz loads, by kind of file: raw, and gzipped at level 9. */
export async function benchFirstQuestionBytes(base: string): Promise<Figure[]> {
  const browser = await launch()
  try {
    const loads: ReturnType<typeof bytesByKind>[] = []
    for (let run = 0; run < 3; run++) {
      const context = await browser.newContext({ serviceWorkers: 'block' })
      const page = await context.newPage()
      loads.push(bytesByKind(await loadFirstQuestion(page, `${base}${firstQuestionUrl(BANK)}`)))
      await context.close()
    }
    const kb = (bytes: number) => bytes / 1024
    const figure = (
      label: string,
      pick: (bytes: ReturnType<typeof bytesByKind>) => Bytes,
      budget?: number,
    ): Figure => {
      const gzip = median(loads.map((l) => kb(pick(l).gzip)))
      const raw = median(loads.map((l) => kb(pick(l).raw)))
      const files = median(loads.map((l) => pick(l).files))
      return {
        name: `first question of /quiz: ${label}, gzip`,
        value: gzip,
        unit: 'KB',
        ...(budget === undefined ? {} : { budget }),
        note: `${raw.toFixed(1)} KB raw, ${files} files`,
      }
    }
    const add = (a: Bytes, b: Bytes): Bytes => ({
      files: a.files + b.files,
      raw: a.raw + b.raw,
      gzip: a.gzip + b.gzip,
    })
    return [
      figure('JS', (l) => l.js),
      figure('CSS', (l) => l.css),
      figure('HTML', (l) => l.html),
      figure('JSON', (l) => l.json),
      figure('other', (l) => l.other),
      figure('JS and CSS (the budget test)', (l) => add(l.js, l.css), 60),
      figure('total', (l) => l.total),
    ]
  } finally {
    await browser.close()
  }
}
