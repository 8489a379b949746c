// Studio: typing into a 2,000-question file must stay responsive. The draft is checked in a Web
// Worker; this measures what is left on the main thread while a teacher types (long tasks, as
// Chromium's PerformanceObserver reports them) and how long the check takes to answer.
import { chromium } from '@playwright/test'
import { chromiumArgs, findChromium } from '../find-chromium.mjs'
import type { Figure } from './figures.ts'

const QUESTIONS = 2000
const TYPED = '# A teacher adds a note at the end of a long file.'

/** A valid YAML bank of `count` single-choice questions on one fact. */
function bigDraft(count: number): string {
  const lines = [
    'title: A long bank',
    'language: en',
    'topics:',
    '  - { id: all, title: All }',
    'facts:',
    '  - { id: fact, topic: all, text: The armistice was signed in 1953., paragraph: 1 }',
    'questions:',
  ]
  for (let i = 0; i < count; i++) {
    lines.push(
      `  - id: q-${i}`,
      '    type: single',
      `    prompt: In which year was the armistice signed? (version ${i})`,
      '    options: [ "1950", "1953", "1945", "2018" ]',
      '    answer: "1953"',
      '    facts: [ fact ]',
      '    explanation: The fighting stopped with the armistice of 1953.',
    )
  }
  return `${lines.join('\n')}\n`
}

declare global {
  interface Window {
    longTasks: number[]
  }
}

export async function benchStudio(base: string): Promise<Figure[]> {
  const executablePath = await findChromium()
  if (!executablePath) throw new Error('No Chromium found: set CHROME_PATH or install chromium.')
  const browser = await chromium.launch({ executablePath, args: chromiumArgs })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    page.setDefaultTimeout(120_000)
    await page.goto(`${base}/author`)
    const text = bigDraft(QUESTIONS)
    await page.evaluate((draft) => {
      const saved = {
        v: 1,
        drafts: [{ id: 'big', name: 'big.yaml', format: 'yaml', text: draft, updatedAt: 0 }],
        current: 'big',
      }
      localStorage.setItem('factline:drafts', JSON.stringify(saved))
    }, text)
    await page.reload()
    const problems = page.getByText('No problems: the file is ready to use.')
    await problems.waitFor()

    await page.evaluate(() => {
      window.longTasks = []
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.longTasks.push(entry.duration)
      }).observe({ type: 'longtask' })
    })
    const editor = page.getByRole('textbox', { name: 'Question file' })
    await editor.click()
    await page.keyboard.press('Control+End')
    await page.keyboard.press('Enter')
    const typingStart = Date.now()
    // About 8 keys a second, as a teacher types, pausing at the end.
    await page.keyboard.type(TYPED, { delay: 120 })
    const typed = Date.now()
    await page.getByText('Checking…').waitFor({ state: 'visible' })
    await problems.waitFor()
    const checked = Date.now() - typed
    const longTasks = await page.evaluate(() => window.longTasks)
    const blocking = longTasks.reduce((sum, ms) => sum + Math.max(0, ms - 50), 0)
    const seconds = ((typed - typingStart) / 1000).toFixed(1)
    return [
      {
        name: `studio: main-thread blocking while typing into ${QUESTIONS} questions`,
        value: blocking,
        unit: 'ms',
        note: `${TYPED.length} keys in ${seconds} s; ${longTasks.length} long tasks, the longest ${Math.max(0, ...longTasks).toFixed(0)} ms (total blocking time: the part of each over 50 ms)`,
      },
      {
        name: `studio: problems of ${QUESTIONS} questions after a pause`,
        value: checked,
        unit: 'ms',
        note: 'from the last key to the Problems list, the 300 ms pause included; checked in a Web Worker',
      },
    ]
  } finally {
    await browser.close()
  }
}
