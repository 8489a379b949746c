import { expect, test } from '@playwright/test'
import { parseCloze } from '../../src/domain/bank/index.ts'
import type { QuizQuestion } from '../../src/domain/quiz.ts'
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
  await page.getByRole('navigation').getByRole('link', { name: 'Home' }).click()
  const facts0 = new Set(questions.flatMap((q) => q.facts)).size
  await page
    .getByRole('link', { name: `${facts0} fact${facts0 === 1 ? '' : 's'} due for review` })
    .click()
  await expect(page.getByRole('button', { name: 'Dismiss' })).toHaveCount(0) // every answer was saved
  const facts = new Set(questions.flatMap((q) => q.facts))
  const pool = expectedQuiz(bank, { n: 500, seed: 'all' })
  for (let k = 1; k <= facts.size; k++) {
    const form = page.getByRole('form', { name: `Question ${k} of ${facts.size}` })
    await expect(form).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review')
    const prompt = (await form.getByRole('heading', { level: 2 }).textContent())?.trim()
    const shown = (await form.textContent()) ?? ''
    const question = pool.find(
      (q) =>
        q.prompt === prompt &&
        q.facts.some((f) => facts.has(f)) &&
        visibleBits(q).every((bit) => shown.includes(bit)),
    )
    if (!question) throw new Error(`no question "${prompt}" on the facts due`)
    // The review shows its own option order; answer() works by names, not positions.
    await answer(form, question, 'right')
    await form.getByRole('button', { name: 'Check answer' }).click()
    await expect(form.getByRole('status')).toHaveText(/^Correct/)
    await form
      .getByRole('button', { name: k === facts.size ? 'See results' : 'Next question' })
      .click()
  }
  await expect(page.getByText('Nothing due')).toBeVisible()
  await expect(page.getByText(/The next fact comes back for review on/)).toBeVisible()
})

/** Texts a question shows besides its prompt, to tell apart questions with the same prompt. */
function visibleBits(question: QuizQuestion): string[] {
  switch (question.type) {
    case 'cloze':
      return parseCloze(question.text)
        .segments.filter((s): s is string => typeof s === 'string')
        .map((s) => s.trim())
        .filter(Boolean)
    case 'single':
    case 'multiple':
      return question.options
    case 'order':
      return question.items
    case 'match':
      return question.pairs.map((p) => p.left)
    default:
      return []
  }
}
