import { expect, test } from '@playwright/test'
import { loadBankForTest, playQuiz } from './helpers'

// tests/fixtures/e2e is built into the app for the browser tests, as a teacher's folder would be.
const bank = loadBankForTest('tests/fixtures/e2e/water-cycle.gift')

test('a GIFT bank from Moodle is listed on the home page with its categories as lessons', async ({
  page,
}) => {
  await page.goto('/')
  const card = page.getByRole('article', { name: 'Water cycle' })
  await expect(card.getByRole('link', { name: 'Evaporation' })).toBeVisible()
  await expect(card.getByRole('link', { name: 'Rain and numbers' })).toBeVisible()
})

test('a GIFT bank plays end to end, every question right', async ({ page }) => {
  const questions = await playQuiz(page, bank, 20, 'gift-right', 'right')
  expect(questions.length).toBe(bank.questions.length)
  await expect(page.getByText(`${questions.length} of ${questions.length} correct`)).toBeVisible()
  await expect(page.getByText('100%', { exact: true }).first()).toBeVisible()
})

test('question text from a GIFT bank can never run script, and its links open safely', async ({
  page,
}) => {
  await page.goto('/quiz?bank=water-cycle&n=1&seed=x&keys=water-cycle/clouds')
  const form = page.getByRole('form', { name: 'Question 1 of 1' })
  await expect(form.getByRole('heading', { level: 2 })).toHaveText(
    'Clouds are made of tiny droplets of water.',
  )
  await expect(form.getByRole('heading', { level: 2 }).locator('em')).toHaveText('droplets')
  await form.getByRole('radio', { name: 'True', exact: true }).check()
  await form.getByRole('button', { name: 'Check answer' }).click()
  await expect(form.getByRole('status')).toHaveText(/^Correct/)
  await form.getByText('here').hover()
  expect(await form.locator('img, script, [onerror], [onmouseover]').count()).toBe(0)
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()

  await page.goto('/quiz?bank=water-cycle&n=1&seed=x&keys=water-cycle/source-link')
  const link = page.getByRole('link', { name: 'this link' })
  await expect(link).toHaveAttribute('href', 'https://example.org/water')
  await expect(link).toHaveAttribute('target', '_blank')
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer')
})
