import { expect as baseExpect, test, type Page } from '@playwright/test'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { versionSeed } from '../../src/domain/worksheet.ts'
import {
  expectedQuiz,
  expectNoAxeViolations,
  loadBankForTest,
  playQuiz,
  visibleText,
} from './helpers'

// A busy machine can take a while to show a screen: patience, never a timing assertion.
const expect = baseExpect.configure({ timeout: 20_000 })
const bank = loadBankForTest('questions/korea-2018')
const N = 8
const SEED = 'paper'
const WORKSHEET = `/print?bank=${bank.id}&n=${N}&seed=${SEED}`

/** The questions' prompts as the page shows them, in their order. */
const printedPrompts = (page: Page) => page.locator('.ws-question__prompt').allInnerTexts()

/** The text of each page of the worksheet printed to PDF by Chromium, whitespace collapsed. */
async function printedPages(page: Page, format: 'A4' | 'Letter'): Promise<string[]> {
  const pdf = await page.pdf({ format })
  const printed = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise
  const pages: string[] = []
  for (let n = 1; n <= printed.numPages; n++) {
    const { items } = await (await printed.getPage(n)).getTextContent()
    const text = items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? ' ' : ''}` : ''))
    pages.push(text.join('').replace(/\s+/g, ' ').trim())
  }
  await printed.destroy()
  return pages
}
const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim()

test('the worksheet has the questions the same quiz link gives, in its order, with its options', async ({
  page,
}) => {
  const quiz = expectedQuiz(bank, { n: N, seed: SEED })
  const prompts = quiz.map((q) => visibleText(q.prompt, q.format))

  // The quiz as a learner sees it: its first question's options, then every prompt played through.
  await page.goto(`/quiz?bank=${bank.id}&n=${N}&seed=${SEED}`)
  const first = page.getByRole('form', { name: `Question 1 of ${N}` })
  await expect(first.getByRole('heading', { level: 2 })).toHaveText(prompts[0]!)
  const firstOptions = await first.locator('.option label').allInnerTexts()
  await playQuiz(page, bank, N, SEED, 'right')

  // The results link to the quiz's worksheet.
  await page.getByRole('link', { name: 'Print worksheet', exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/print\\?bank=${bank.id}&n=${N}&seed=${SEED}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(bank.title)
  await expect(page).toHaveTitle(`${bank.title} · Worksheet`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
  expect(await printedPrompts(page)).toEqual(prompts)
  const question = page.locator('.ws-question')
  expect(await question.first().locator('.ws-option').allInnerTexts()).toEqual(firstOptions)
  for (const [i, q] of quiz.entries()) {
    if (q.type === 'single' || q.type === 'multiple')
      expect(await question.nth(i).locator('.ws-option').allInnerTexts()).toEqual(
        q.shown.options!.map((o) => visibleText(o, q.format)),
      )
  }
  await expect(
    page.getByRole('heading', { level: 2, name: 'Answer key', exact: true }),
  ).toBeVisible()
  await expectNoAxeViolations(page, 'worksheet')
})

test("home's bank card links to a worksheet of that bank", async ({ page }) => {
  await page.goto('/')
  const card = page.getByRole('article', { name: bank.title })
  await card.getByRole('combobox', { name: 'Questions' }).selectOption('5')
  await card.getByRole('link', { name: `Print worksheet: ${bank.title}`, exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/print\\?bank=${bank.id}&n=5&seed=\\w+$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(bank.title)
  await expect(page.locator('.ws-question')).toHaveCount(5)
})

for (const format of ['A4', 'Letter'] as const) {
  test(`printed on ${format}, the answer key starts a page of its own and no question page has it`, async ({
    page,
  }) => {
    const quiz = expectedQuiz(bank, { n: N, seed: SEED })
    await page.goto(WORKSHEET)
    await expect(page.getByRole('heading', { name: 'Answer key' })).toBeVisible()
    const pages = await printedPages(page, format)

    const keyPage = pages.findIndex((text) => text.startsWith('Answer key'))
    expect(keyPage, pages.join('\n---\n')).toBeGreaterThan(0)
    expect(pages.filter((text) => text.includes('Answer key'))).toEqual([pages[keyPage]])
    // The sheet before it: the title, the name line and every question, none cut by a page break.
    const sheet = pages.slice(0, keyPage)
    expect(sheet[0]!.startsWith(`${collapsed(bank.title)} Name Class Date 1.`)).toBe(true)
    // No navigation and no toolbar on paper.
    expect(pages.join(' ')).not.toMatch(/Home Review Progress|Versions|Each version draws/)
    for (const q of quiz) {
      const prompt = collapsed(visibleText(q.prompt, q.format))
      const at = sheet.findIndex((text) => text.includes(prompt))
      expect(at, `"${prompt}" on the sheet`).toBeGreaterThanOrEqual(0)
      if (q.type === 'single' || q.type === 'multiple')
        for (const option of q.shown.options!)
          expect(sheet[at], `"${option}" on the page of its question`).toContain(
            collapsed(visibleText(option, q.format)),
          )
    }
    // The key: each answer's source paragraph.
    const key = pages.slice(keyPage).join(' ')
    const cited = quiz.find((q) => q.citation?.paragraphs.length === 1)!
    expect(key).toContain(`Source: paragraph ${cited.citation!.paragraphs[0]}`)
  })
}

test('two versions print as two sheets of their own seeds, each followed by its key on a new page', async ({
  page,
}) => {
  await page.goto(`${WORKSHEET}&versions=2`)
  await expect(
    page.getByRole('heading', { level: 2, name: 'Version 2', exact: true }),
  ).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
  const second = expectedQuiz(bank, { n: N, seed: versionSeed(SEED, 2) })
  expect(
    await page.locator('.ws-sheet').nth(1).locator('.ws-question__prompt').allInnerTexts(),
  ).toEqual(second.map((q) => visibleText(q.prompt, q.format)))
  await expectNoAxeViolations(page, 'worksheet in two versions')

  const pages = await printedPages(page, 'A4')
  const keys = pages.flatMap((text, i) => (text.startsWith('Answer key') ? [i] : []))
  expect(keys, pages.join('\n---\n')).toHaveLength(2)
  expect(pages[keys[0]!]).toMatch(/^Answer key, version 1/)
  expect(pages[keys[1]!]).toMatch(/^Answer key, version 2/)
  // Version 2's sheet starts the page after version 1's key, under the bank's title again.
  const version2 = pages.findIndex((text) => text.includes('Version 2 Name Class Date'))
  expect(version2).toBeGreaterThan(keys[0]!)
  expect(version2).toBeLessThan(keys[1]!)
  expect(pages[version2]!.startsWith(`${collapsed(bank.title)} Version 2`)).toBe(true)
  expect(pages.filter((text) => text.includes('Answer key'))).toHaveLength(2)
})

test('a worksheet of a bank that does not exist says so, with a way home', async ({ page }) => {
  await page.goto('/print?bank=no-such-bank&seed=x')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Worksheet not found')
  await expect(page.getByText('There is no question bank called “no-such-bank”.')).toBeVisible()
  await expectNoAxeViolations(page, 'worksheet not found')
  await page.getByRole('link', { name: 'Choose a bank on the home page.' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Factline')
})
