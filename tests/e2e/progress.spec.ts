import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import {
  answer,
  damageSavedAnswers,
  expectedQuiz,
  expectNoAxeViolations,
  loadBankForTest,
} from './helpers'

const bank = loadBankForTest('questions/korea-2018')

async function answerQuiz(page: Page, seed: string, n: number) {
  await page.goto(`/quiz?bank=korea-2018&n=${n}&seed=${seed}&types=single,truefalse`)
  for (let i = 0; i < n; i++) await answerQuestion(page, seed, n, i)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results')
}

/** Answers question i of the quiz on screen, right or wrong in turn, and moves on. */
async function answerQuestion(page: Page, seed: string, n: number, i: number) {
  const question = expectedQuiz(bank, { n, seed, types: ['single', 'truefalse'] })[i]!
  const form = page.getByRole('form', { name: `Question ${i + 1} of ${n}` })
  await answer(form, question, i % 2 ? 'wrong' : 'right')
  await form.getByRole('button', { name: 'Check answer' }).click()
  await form.getByRole('button', { name: i === n - 1 ? 'See results' : 'Next question' }).click()
}

async function exportedAttempts(page: Page): Promise<{ id: string }[]> {
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export progress' }).click()
  const file = await (await download).path()
  return (JSON.parse(readFileSync(file, 'utf8')) as { attempts: { id: string }[] }).attempts
}

test('progress shows what was answered; export, reset and import bring it back', async ({
  page,
}) => {
  await answerQuiz(page, 'progress', 4)
  await page.getByRole('navigation').getByRole('link', { name: 'Progress' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Progress')
  await expect(page.getByText('4 answers')).toBeVisible()
  await expect(page.getByRole('heading', { name: bank.title })).toBeVisible()
  await expectNoAxeViolations(page)

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export progress' }).click()
  const file = await (await download).path()
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; attempts: unknown[] }
  expect(exported.format).toBe('factline-progress')
  expect(exported.attempts).toHaveLength(4)

  page.once('dialog', (dialog) => dialog.accept())
  await page.getByRole('button', { name: 'Reset progress' }).click()
  await expect(page.getByText('Your progress was reset.')).toBeVisible()
  await expect(page.getByText('0 answers')).toBeVisible()

  await page.getByLabel('Import progress').setInputFiles(file)
  await expect(page.getByText('Imported 4 new answers.')).toBeVisible()
  await expect(page.getByText('4 answers')).toBeVisible()

  await page.getByLabel('Import progress').setInputFiles({
    name: 'x.json',
    mimeType: 'application/json',
    buffer: Buffer.from('not json'),
  })
  await expect(
    page.getByText('Nothing was imported: The file is not a Factline progress file.'),
  ).toBeVisible()
  await expect(page.getByText('4 answers')).toBeVisible()
})

test('damaged saved progress never breaks the app: it is kept aside and the rest stays', async ({
  page,
}) => {
  await answerQuiz(page, 'damage', 2)
  await damageSavedAnswers(page, 42, '{broken')
  await page.goto('/progress')
  await expect(page.getByText(/saved answer was damaged and could not be read/)).toBeVisible()
  await expect(page.getByText('2 answers')).toBeVisible()
  await page.getByRole('button', { name: 'Dismiss' }).click()
  await page.getByRole('navigation').getByRole('link', { name: 'Home' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Factline')
})

test('answers given in two tabs at once all reach the record and the export', async ({
  context,
}) => {
  const [first, second] = [await context.newPage(), await context.newPage()]
  const progress = await context.newPage()
  await progress.goto('/progress')
  await expect(progress.getByText('0 answers')).toBeVisible()
  await first.goto('/quiz?bank=korea-2018&n=3&seed=tab-1&types=single,truefalse')
  await second.goto('/quiz?bank=korea-2018&n=3&seed=tab-2&types=single,truefalse')
  for (let i = 0; i < 3; i++) {
    await Promise.all([answerQuestion(first, 'tab-1', 3, i), answerQuestion(second, 'tab-2', 3, i)])
  }
  // The open progress page hears of every answer from the other tabs without a reload.
  await expect(progress.getByText('6 answers')).toBeVisible()
  const attempts = await exportedAttempts(progress)
  expect(attempts).toHaveLength(6)
  expect(new Set(attempts.map((a) => a.id)).size).toBe(6)
})

test('learners sharing a device each keep their own progress', async ({ page }) => {
  await answerQuiz(page, 'learner-me', 2)
  await page.getByRole('button', { name: 'Learner: Me. Change learner' }).click()
  const dialog = page.getByRole('dialog', { name: 'Who is learning?' })
  await expectNoAxeViolations(page)
  await dialog.getByRole('button', { name: 'Add learner' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('Type a name.')
  await dialog.getByLabel('New learner’s name').fill('Ana')
  await dialog.getByRole('button', { name: 'Add learner' }).click()
  await expect(dialog).toBeHidden()

  await page.getByRole('navigation').getByRole('link', { name: 'Progress' }).click()
  await expect(page.getByText('Learner: Ana', { exact: true })).toBeVisible()
  await expect(page.getByText('0 answers')).toBeVisible()
  await answerQuiz(page, 'learner-ana', 3)
  await page.goto('/progress')
  await expect(page.getByText('3 answers')).toBeVisible()

  await page.getByRole('button', { name: 'Learner: Ana. Change learner' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Me', exact: true }).click()
  await expect(page.getByText('Learner: Me', { exact: true })).toBeVisible()
  await expect(page.getByText('2 answers')).toBeVisible()

  await page.getByRole('button', { name: 'Learner: Me. Change learner' }).click()
  await page.getByRole('dialog').getByRole('button', { name: /^Ana/ }).click()
  page.once('dialog', (confirm) => confirm.accept())
  await page.getByRole('button', { name: 'Remove this learner' }).click()
  await expect(page.getByText('Ana was removed from this device.')).toBeVisible()
  await expect(page.getByText('Learner: Me', { exact: true })).toBeVisible()
  await expect(page.getByText('2 answers')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Remove this learner' })).toBeHidden()
})

test('an answer checked just before the tab is closed is still in the record', async ({
  context,
}) => {
  const page = await context.newPage()
  await page.goto('/quiz?bank=korea-2018&n=1&seed=closing&types=single,truefalse')
  const form = page.getByRole('form', { name: 'Question 1 of 1' })
  await answer(
    form,
    expectedQuiz(bank, { n: 1, seed: 'closing', types: ['single', 'truefalse'] })[0]!,
    'right',
  )
  await form.getByRole('button', { name: 'Check answer' }).click()
  await page.close()

  const next = await context.newPage()
  await next.goto('/progress')
  await expect(next.getByText('1 answer', { exact: true })).toBeVisible()
})
