import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { findBanks } from '../../scripts/bank-files.ts'
import {
  countsForTheBudget,
  describeFiles,
  FIRST_QUESTION,
  firstQuestionUrl,
  loadFirstQuestion,
  NOT_FOR_THE_FIRST_QUESTION,
  unwantedCode,
} from '../../scripts/bench/first-question-load.ts'
import { COMPILE_HINT } from '../../scripts/vite-plugin-compile-hints.ts'
import { LANGUAGE_CODES } from '../../src/i18n/languages.ts'
import { LANGUAGE_NAMES } from '../../src/i18n/names.ts'

/** JavaScript and CSS, gzipped, that a browser needs for a quiz's first question (issue 9). */
const BUDGET_KB = 60
const KB = 1024

// A cold first visit: no service worker serves or precaches anything.
test.use({ serviceWorkers: 'block' })

interface FirstQuestion {
  bank: string
  url: string
  /** The alt text of a picture the first question shows, embedded in the bank as a data: URL. */
  picture?: string
}

// Every bank a student can open, and a bank of the browser tests written in GIFT's [html]: its
// markup, compiled when the app is built, needs no parser or sanitiser in the student's browser,
// not even for a picture embedded in it (tests/fixtures/e2e/html-bank.gift).
const quizzes: FirstQuestion[] = [
  ...findBanks(resolve('questions')).map(({ id }) => ({ bank: id, url: firstQuestionUrl(id) })),
  { bank: 'html-bank', url: firstQuestionUrl('html-bank') },
  {
    bank: 'html-bank',
    url: `${firstQuestionUrl('html-bank', 1)}&keys=html-bank/sky-picture`,
    picture: 'A blue sky over a white cloud',
  },
]

/** The built JavaScript, to check that each marker still names the code it stands for. */
function builtScripts(): string[] {
  const assets = resolve(process.env.E2E_DIST ?? 'dist', 'assets')
  return readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(join(assets, name), 'utf8'))
}

for (const { bank, url, picture } of quizzes) {
  test(`the first question of ${url} needs at most ${BUDGET_KB} KB of JS and CSS, gzipped`, async ({
    page,
  }) => {
    const loaded = await loadFirstQuestion(page, url)
    const files = loaded.filter(countsForTheBudget)
    const total = files.reduce((sum, f) => sum + f.gzip, 0)
    // The bank arrives on the way as JSON: a teacher's content, listed here but not counted.
    expect(loaded.some((f) => f.kind === 'json' && f.path.includes(bank))).toBe(true)
    const summary =
      `${files.length} JS and CSS files to the first question of ${url}: ` +
      `${(total / KB).toFixed(1)} KB gzip (level 9), budget ${BUDGET_KB} KB; ` +
      `the bank's JSON and the HTML page are listed, not counted:\n` +
      `${describeFiles(loaded)}\n`
    console.log(summary)
    expect(total, summary).toBeLessThanOrEqual(BUDGET_KB * KB)
    // The bank's markup is on screen as elements, not as its source text.
    const form = page.getByRole('form', { name: FIRST_QUESTION })
    if (bank === 'html-bank')
      expect(await form.locator('strong, em, u, sup, sub, a, img').count()).toBeGreaterThan(0)
    if (picture) {
      const image = form.getByRole('img', { name: picture })
      await expect(image).toBeVisible()
      expect(await image.getAttribute('src')).toMatch(/^data:image\/png;base64,/)
    }
  })

  test(`every script the first question of ${url} runs opens with V8's compile hint`, async ({
    page,
  }) => {
    const scripts = (await loadFirstQuestion(page, url)).filter((f) => f.kind === 'js')
    const lazy = scripts.filter((f) => !f.text?.startsWith(`${COMPILE_HINT}\n`)).map((f) => f.path)
    expect(scripts.length).toBeGreaterThan(1)
    // Without the hint Chrome compiles each function on the main thread as it is first called.
    expect(lazy, 'scripts without the hint (scripts/vite-plugin-compile-hints.ts)').toEqual([])
  })

  test(`the first question of ${url} loads no studio, GIFT, Markdown, HTML or XML parser, review schedule, kiosk or grader code`, async ({
    page,
  }) => {
    const built = builtScripts()
    const stale = NOT_FOR_THE_FIRST_QUESTION.flatMap(({ code, markers }) =>
      markers.filter((m) => !built.some((text) => text.includes(m))).map((m) => `${code}: "${m}"`),
    )
    expect(stale, 'markers that no built file carries any more: pick new ones').toEqual([])

    const files = await loadFirstQuestion(page, url)
    const found = [...unwantedCode(files)].map(([code, paths]) => `${code} in ${paths.join(', ')}`)
    expect(found, `loaded to the first question:\n${describeFiles(files)}\n`).toEqual([])
  })
}

// The first question in each interface language: a language's words are a chunk of their own,
// and the longest (Arabic's) must fit too. The browser's language picks the interface's.
for (const language of LANGUAGE_CODES.filter((code) => code !== 'en')) {
  test.describe(`in ${LANGUAGE_NAMES[language]}`, () => {
    test.use({ locale: language })
    const url = firstQuestionUrl('korea-2018')

    test(`the first question of ${url} in ${language} needs at most ${BUDGET_KB} KB of JS and CSS, gzipped`, async ({
      page,
    }) => {
      const { default: words } = await import(`../../src/i18n/messages/${language}/first.ts`)
      const name: string = words.question.name(1, 10)
      const loaded = await loadFirstQuestion(page, url, name)
      const files = loaded.filter(countsForTheBudget)
      const total = files.reduce((sum, f) => sum + f.gzip, 0)
      const summary =
        `${files.length} JS and CSS files to the first question in ${language}: ` +
        `${(total / KB).toFixed(1)} KB gzip (level 9), budget ${BUDGET_KB} KB:\n` +
        `${describeFiles(loaded)}\n`
      console.log(summary)
      expect(total, summary).toBeLessThanOrEqual(BUDGET_KB * KB)
      await expect(page.locator('html')).toHaveAttribute('lang', language)
      // English's words were not fetched beside them.
      expect(files.filter((f) => f.text?.includes('Check answer')).map((f) => f.path)).toEqual([])
    })
  })
}
