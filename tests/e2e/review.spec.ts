import { expect, test } from '@playwright/test'
import { answer, expectedQuiz, expectNoAxeViolations, loadBankForTest } from './helpers'

const bank = loadBankForTest('questions/korea-2018')

test('with nothing learnt yet, review says Nothing due', async ({ page }) => {
  await page.goto('/review')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review')
  await expect(page.getByText('Nothing due')).toBeVisible()
  await expectNoAxeViolations(page)
})

test('facts missed in a quiz come back for review, until nothing is due', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-02T09:00:00Z') })
  const questions = expectedQuiz(bank, { n: 2, seed: 'to-review', types: ['single'] })
  await page.goto('/quiz?bank=korea-2018&n=2&seed=to-review&types=single')
  for (const [i, question] of questions.entries()) {
    const form = page.getByRole('form', { name: `Question ${i + 1} of 2` })
    await answer(form, question, 'wrong')
    await form.getByRole('button', { name: 'Check answer' }).click()
    await form.getByRole('button', { name: i === 1 ? 'See results' : 'Next question' }).click()
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results')

  // A missed fact comes back a minute later (FSRS's first relearning step).
  await page.clock.fastForward('05:00')
  await page.getByRole('navigation').getByRole('link', { name: 'Review' }).click()
  const facts = new Set(questions.flatMap((q) => q.facts))
  for (let k = 1; k <= facts.size; k++) {
    const form = page.getByRole('form', { name: `Question ${k} of ${facts.size}` })
    await expect(form).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review')
    const prompt = (await form.getByRole('heading', { level: 2 }).textContent())?.trim()
    const pool = [...questions, ...expectedQuiz(bank, { n: 500, seed: 'all' })]
    const question = pool.find((q) => q.prompt === prompt)
    if (!question) throw new Error(`no question "${prompt}"`)
    // The review may show the question in another option order: answer by name, not position.
    await answer(form, { ...question, shown: {} }, 'right')
    await form.getByRole('button', { name: 'Check answer' }).click()
    await expect(form.getByRole('status')).toHaveText(/^Correct/)
    await form
      .getByRole('button', { name: k === facts.size ? 'See results' : 'Next question' })
      .click()
  }
  await expect(page.getByText('Nothing due')).toBeVisible()
  await expect(page.getByText(/The next fact comes back for review on/)).toBeVisible()
})
