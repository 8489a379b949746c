import { readFileSync } from 'node:fs'
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test'
import { expectNoAxeViolations, loadBankForTest } from './helpers'

/**
 * A class on two kiosks, then the teacher's report: each kiosk (a browser context of its own, as
 * two tablets are) plays every question of the water-cycle bank to several students, exports its
 * CSV, and `/class` imports both. Every student gets every question (n is the bank's size), in an
 * order of the kiosk's choosing: the test answers by the prompt it reads, and checks the report
 * against what it played.
 */
const bank = loadBankForTest('tests/fixtures/e2e/water-cycle.gift')
const N = bank.questions.length
const PIN = '1357'
const RAIN = 'What is the common word for liquid water falling from clouds?'
const SUN = 'What mostly drives evaporation?'

interface Student {
  rain: string
  sun: string
  /** Presses `My answer should count` under the rain answer. */
  appeal?: boolean
}

const kioskA: Student[] = [
  { rain: 'rain', sun: 'Energy from the sun' },
  { rain: 'Snow', sun: 'The moon' },
  { rain: 'hail', sun: 'Energy from the sun' },
]
const kioskB: Student[] = [
  { rain: 'snow ', sun: 'Salt in the sea', appeal: true },
  { rain: 'Rainfall', sun: 'Energy from the sun' },
]

/** Answers whatever the question takes: the first option, the first of each list, some text. */
async function answerAnything(form: Locator) {
  if (await form.getByRole('radio').count()) await form.getByRole('radio').first().check()
  if (await form.getByRole('checkbox').count()) await form.getByRole('checkbox').first().check()
  for (const box of await form.getByRole('textbox').all()) await box.fill('42')
  for (const select of await form.getByRole('combobox').all())
    await select.selectOption({ index: 1 })
}

async function playStudent(page: Page, student: Student) {
  await page.getByRole('button', { name: 'Start' }).click()
  for (let k = 1; k <= N; k++) {
    const form = page.getByRole('form', { name: `Question ${k} of ${N}` })
    const prompt = (await form.getByRole('heading', { level: 2 }).textContent())?.trim()
    if (prompt === RAIN) await form.getByRole('textbox').fill(student.rain)
    else if (prompt === SUN) await form.getByRole('radio', { name: student.sun }).check()
    else await answerAnything(form)
    await form.getByRole('button', { name: 'Check answer' }).click()
    const status = form.getByRole('status')
    await expect(status).toHaveText(/^(Correct|Incorrect|Partly correct)/)
    if (prompt === RAIN && student.appeal) {
      await form.getByRole('button', { name: 'My answer should count' }).click()
      await expect(status).toContainText('Appeal kept')
    }
    await form.getByRole('button', { name: k === N ? 'See results' : 'Next question' }).click()
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results')
  await page.getByRole('button', { name: 'Next student' }).click()
}

/** One kiosk: set up, its students one after another, then the teacher's CSV. */
async function runKiosk(browser: Browser, students: Student[]): Promise<string> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`/kiosk?bank=${bank.id}&n=${N}`)
  const setup = page.getByRole('dialog', { name: 'Set up kiosk' })
  await setup.getByLabel('Teacher PIN').fill(PIN)
  await setup.getByLabel('Confirm PIN').fill(PIN)
  await setup.getByRole('button', { name: 'Start kiosk' }).click()
  for (const student of students) await playStudent(page, student)
  await page.getByRole('button', { name: 'Teacher' }).click()
  const unlock = page.getByRole('dialog', { name: 'Teacher unlock' })
  await unlock.getByLabel('Teacher PIN').fill(PIN)
  await unlock.getByRole('button', { name: 'Unlock' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export results (CSV)' }).click()
  const csv = readFileSync(await (await download).path(), 'utf8')
  await context.close()
  return csv
}

/** The questions table's row whose question is `prompt`, as its cells' texts. */
async function rowOf(page: Page, prompt: string) {
  const table = page.getByRole('table', { name: 'Questions' })
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: prompt }) })
  return (await row.getByRole('cell').allTextContents()).map((t) => t.trim())
}

test('two kiosks’ results make one class report, kept until cleared', async ({ browser, page }) => {
  test.setTimeout(300_000)
  const [a, b] = await Promise.all([runKiosk(browser, kioskA), runKiosk(browser, kioskB)])
  const files = [
    { name: 'kiosk-a.csv', mimeType: 'text/csv', buffer: Buffer.from(a) },
    { name: 'kiosk-b.csv', mimeType: 'text/csv', buffer: Buffer.from(b) },
  ]

  await page.goto('/class')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Class report')
  await expectNoAxeViolations(page)
  // With copies of both under other names: the copies' answers are the same answers, counted once.
  const copies = files.map((file) => ({ ...file, name: `copy-of-${file.name}` }))
  await page.getByLabel('Import results').setInputFiles([...files, ...copies])
  await expect(page.getByRole('status').first()).toHaveText(
    `Imported ${5 * N} new answers from 4 files (${5 * N} answers already in the report).`,
  )

  // The overview: five students, every one of them answered every question once.
  const figures = page.locator('.class-overview__figures')
  await expect(figures).toContainText('Students5')
  await expect(figures).toContainText(`Answers${5 * N}`)

  // The table's head, and the two questions played on purpose: rain 2 of 5 right, the sun 3 of 5.
  const table = page.getByRole('table', { name: 'Questions' })
  const head = table.getByRole('row').first()
  for (const name of ['Question', 'Answered', 'Facility', 'Discrimination'])
    await expect(head.getByRole('columnheader', { name, exact: false })).toBeVisible()
  await expect(table.getByRole('rowheader')).toHaveCount(N)
  const rain = await rowOf(page, RAIN)
  expect(rain.slice(0, 2)).toEqual(['5', '40%'])
  expect(rain.at(-1)).toBe('1') // one appeal
  expect((await rowOf(page, SUN)).slice(0, 2)).toEqual(['5', '60%'])

  // The rain question's wrong answers, grouped as the grader reads them: "Snow" and "snow " are one.
  await table.getByRole('button', { name: RAIN }).click()
  const wrong = page.locator('.question-details li')
  await expect(wrong).toHaveCount(2)
  await expect(wrong.nth(0)).toContainText(/snow/i)
  await expect(wrong.nth(0).locator('.question-details__count')).toHaveText('2')
  await expect(wrong.nth(0)).toContainText('appealed once')
  await expect(wrong.nth(1)).toContainText('hail')
  // The sun question: how often each option was chosen.
  await table.getByRole('button', { name: SUN }).click()
  const sun = page.locator('.question-details').filter({ hasText: 'How often each option' })
  await expect(sun.locator('li').filter({ hasText: 'Energy from the sun' })).toContainText(
    '3 (60%)',
  )
  await expect(sun.locator('li').filter({ hasText: 'The moon' })).toContainText('1 (20%)')
  await expectNoAxeViolations(page)

  // The same file again adds nothing; tomorrow the report is still here.
  await page.getByLabel('Import results').setInputFiles([files[0]!])
  await expect(page.getByRole('status').first()).toHaveText(
    `Imported 0 new answers from 1 file (${3 * N} answers already in the report).`,
  )
  await page.reload()
  await expect(page.locator('.class-overview__figures')).toContainText('Students5')

  // The export is the table as a spreadsheet reads it.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export report (CSV)' }).click()
  const csv = readFileSync(await (await download).path(), 'utf8')
  expect(csv.split('\r\n')[0]).toBe(
    '\uFEFFbank,question,prompt,answered,facility %,discrimination,method,verdict,appeals',
  )
  expect(csv).toContain(`,${RAIN},5,40,`)

  // Fix it where it lives: a wrong typed answer is accepted in the studio, in a draft of the file.
  await page.getByRole('table', { name: 'Questions' }).getByRole('button', { name: RAIN }).click()
  await page.getByRole('link', { name: 'Accept “hail” as right' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Author')
  await expect(page.getByText(/Added “hail” to the accepted answers/)).toBeVisible()
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Class report')

  page.once('dialog', (dialog) => void dialog.accept())
  await page.getByRole('button', { name: 'Clear report' }).click()
  await expect(page.getByRole('table', { name: 'Questions' })).toHaveCount(0)
  await page.reload()
  await expect(page.getByText('No results yet')).toBeVisible()
})

test('a file that is not results is told by name, and nothing else is lost', async ({ page }) => {
  await page.goto('/class')
  await page
    .getByLabel('Import results')
    .setInputFiles([
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not results') },
    ])
  await expect(page.getByRole('list', { name: 'Left out' })).toContainText(
    'notes.txt:1: not a Factline kiosk results file (CSV) or progress export (JSON)',
  )
  await expect(page.getByText('No results yet')).toBeVisible()
})
