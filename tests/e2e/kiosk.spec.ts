import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations, loadBankForTest } from './helpers'

const bank = loadBankForTest('questions/korea-2018')
const PIN = '2468'

/** Answers the question on screen with whatever its inputs take (the kiosk's quiz is random). */
async function answerAnything(page: Page, k: number, n: number, typed: string) {
  const form = page.getByRole('form', { name: `Question ${k} of ${n}` })
  await expect(form).toBeVisible()
  if (await form.getByRole('radio').count()) await form.getByRole('radio').first().check()
  if (await form.getByRole('checkbox').count()) await form.getByRole('checkbox').first().check()
  for (const box of await form.getByRole('textbox').all()) await box.fill(typed)
  for (const select of await form.getByRole('combobox').all())
    await select.selectOption({ index: 1 })
  await form.getByRole('button', { name: 'Check answer' }).click()
  await expect(form.getByRole('status')).toHaveText(/^(Correct|Incorrect|Partly correct)/)
  await form.getByRole('button', { name: k === n ? 'See results' : 'Next question' }).click()
}

async function expectAttractScreen(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(bank.title)
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible()
  await expect(page.getByRole('navigation')).toHaveCount(0)
}

const IDLE = 60

test('a classroom kiosk: set-up, students one after another, idle, lock, teacher', async ({
  page,
}) => {
  test.setTimeout(240_000)
  await page.clock.install()
  // Playwright's clock still flows in real time: the idle limit is long enough for a busy machine
  // to play student 1 and scan the pages without the idle check showing on its own.
  await page.goto(`/kiosk?bank=${bank.id}&n=2&idle=${IDLE}`)

  // Set-up: the PIN twice.
  const setup = page.getByRole('dialog', { name: 'Set up kiosk' })
  await expectNoAxeViolations(page)
  await setup.getByLabel('Teacher PIN').fill(PIN)
  await setup.getByLabel('Confirm PIN').fill('2469')
  await setup.getByRole('button', { name: 'Start kiosk' }).click()
  await expect(setup.getByRole('alert')).toBeVisible()
  await setup.getByLabel('Teacher PIN').fill(PIN)
  await setup.getByLabel('Confirm PIN').fill(PIN)
  await setup.getByRole('button', { name: 'Start kiosk' }).click()
  await expectAttractScreen(page)
  await expectNoAxeViolations(page)

  // Student 1 answers both questions and sees the results.
  await page.getByRole('button', { name: 'Start' }).click()
  await answerAnything(page, 1, 2, 'first student was here')
  await answerAnything(page, 2, 2, 'first student was here')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results')
  await expect(page.getByText(/of 2 correct/)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Retry wrong answers' })).toBeVisible()
  await expectNoAxeViolations(page)
  await expect(page.getByText(/Your answer:/).first()).toBeVisible()
  await page.getByRole('button', { name: 'Next student' }).click()
  await expectAttractScreen(page)
  await expect(page.getByText(/Your answer:/)).toHaveCount(0)
  await expect(page.getByText('first student was here')).toHaveCount(0)

  // Locked: back, forward and typed URLs keep the kiosk, and show nothing of student 1.
  await page.goBack()
  await expectAttractScreen(page)
  await page.goForward()
  await expectAttractScreen(page)
  for (const url of ['/progress', '/', `/quiz?bank=${bank.id}&n=3&seed=x`, '/author']) {
    await page.goto(url)
    await expectAttractScreen(page)
  }
  expect(await page.content()).not.toContain('first student was here')

  // Student 2 starts afresh, answers one question, then walks away: the idle check, then back to
  // the start with nothing of them left.
  await page.getByRole('button', { name: 'Start' }).click()
  await expect(page.getByRole('form', { name: 'Question 1 of 2' })).toBeVisible()
  for (const box of await page.getByRole('textbox').all()) await expect(box).toHaveValue('')
  await answerAnything(page, 1, 2, 'second student')
  await expect(page.getByRole('form', { name: 'Question 2 of 2' })).toBeVisible()
  await page.clock.runFor(IDLE * 1000 + 500)
  const still = page.getByRole('alertdialog', { name: 'Are you still there?' })
  await expect(still).toBeVisible()
  // No accessibility scan here: its 10-second countdown runs in real time, and a scan on a busy
  // machine can outlast it.
  await still.getByRole('button', { name: "I'm still here" }).click()
  await expect(still).toBeHidden()
  await expect(page.getByRole('form', { name: 'Question 2 of 2' })).toBeVisible()
  await page.clock.runFor(IDLE * 1000 + 500)
  await expect(still).toBeVisible()
  await page.clock.runFor(11_000)
  await expectAttractScreen(page)
  await expect(still).toBeHidden()
  await page.goBack()
  await expectAttractScreen(page)
  expect(await page.content()).not.toContain('second student')

  // The teacher: five wrong PINs lock the unlock for 60 seconds, even across a reload.
  await page.getByRole('button', { name: 'Teacher' }).click()
  const unlock = page.getByRole('dialog', { name: 'Teacher unlock' })
  for (let i = 1; i <= 5; i++) {
    await unlock.getByLabel('Teacher PIN').fill('0000')
    await unlock.getByRole('button', { name: 'Unlock' }).click()
    // Each reply names the tries left, so a slow check can't be mistaken for the one before.
    await expect(unlock.getByRole('alert')).toContainText(
      i < 5
        ? `Wrong PIN. ${5 - i} ${5 - i === 1 ? 'try' : 'tries'} left`
        : 'Try again in 60 seconds',
    )
  }
  await page.reload()
  await page.getByRole('button', { name: 'Teacher' }).click()
  await expect(unlock.getByRole('alert')).toContainText(/Try again in \d+ seconds?/)
  await expect(unlock.getByRole('button', { name: 'Unlock' })).toBeDisabled()
  await page.clock.runFor(61_000)
  await expect(unlock.getByRole('button', { name: 'Unlock' })).toBeEnabled()
  await unlock.getByLabel('Teacher PIN').fill(PIN)
  await unlock.getByRole('button', { name: 'Unlock' }).click()

  // Unlocked: the class results as CSV, one row per student session and question.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export results (CSV)' }).click()
  const csv = readFileSync(await (await download).path(), 'utf8')
  expect(csv.startsWith('\uFEFFstudent,session,')).toBe(true)
  const rows = csv.trim().split('\r\n').slice(1)
  expect(rows.filter((r) => r.startsWith('1,'))).toHaveLength(2)
  expect(rows.filter((r) => r.startsWith('2,'))).toHaveLength(1)
  expect(rows).toHaveLength(3)
  expect(rows.every((r) => r.split(',')[2]!.startsWith('20'))).toBe(true)
  await expectNoAxeViolations(page)

  await page.getByRole('button', { name: 'Exit kiosk' }).click()
  await expect(page.getByRole('navigation')).toBeVisible()
  await page.goto('/progress')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Progress')
  // Kiosk answers are no one's record.
  await expect(page.getByText('0 answers')).toBeVisible()
})
