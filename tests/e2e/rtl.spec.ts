import { test, type Page } from '@playwright/test'
import { QUESTION_TYPES } from '../../src/domain/bank/index.ts'
import arFeedback from '../../src/i18n/messages/ar/feedback.ts'
import ar from '../../src/i18n/messages/ar/first.ts'
import {
  answer,
  expectedQuiz,
  expectNoAxeViolations,
  learnerPickerMounted,
  seedWithTypes,
} from './helpers'
import { bank, expect } from './support/routes'
import { wcag22Problems } from './support/wcag22'

/*
 * The interface in Arabic, right to left, on every route: axe-core with the WCAG 2.0–2.2 A/AA
 * tags and best practices, in the light and the dark theme, and the WCAG 2.2 checks axe does not
 * make (reflow at 320 px, text spacing, target size, focus not obscured, dragging). Names come
 * from the Arabic catalogue (src/i18n/messages/ar); the English walk of every state is
 * support/routes.ts's.
 */

test.use({ locale: 'ar' })

/** Checks the screen the page shows now, in both themes. */
async function scan(page: Page, state: string) {
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await learnerPickerMounted(page)
  expect.soft(await wcag22Problems(page), `WCAG 2.2 on ${state} (ar)`).toEqual([])
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await expectNoAxeViolations(page, `${state} (ar, ${colorScheme})`)
  }
  await page.emulateMedia({ colorScheme: null })
}

/** A page as it first shows, once its main heading is up. */
const PAGES = [
  ['/', 'home'],
  [`/lessons/${bank.id}/${bank.topics[0]!.id}`, 'a lesson'],
  ['/review', 'review'],
  ['/progress', 'progress'],
  ['/author', 'the studio'],
  ['/class', 'the class report'],
  [`/print?bank=${bank.id}&n=4&seed=rtl`, 'a worksheet'],
  ['/no-such-page', 'a page not found'],
] as const

for (const [path, state] of PAGES) {
  test(`${state} in Arabic`, async ({ page }) => {
    test.setTimeout(120_000)
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
    await scan(page, state)
  })
}

test('the kiosk in Arabic', async ({ page }) => {
  test.setTimeout(120_000)
  await page.goto('/kiosk')
  await expect(
    page
      .getByRole('dialog')
      .or(page.getByRole('heading', { level: 1 }))
      .first(),
  ).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await expectNoAxeViolations(page, `the kiosk (ar, ${colorScheme})`)
  }
  expect.soft(await wcag22Problems(page), 'WCAG 2.2 on the kiosk (ar)').toEqual([])
})

test('a quiz of every question type in Arabic, answered and checked, to its results', async ({
  page,
}) => {
  test.setTimeout(360_000)
  const n = 8
  const seed = seedWithTypes(bank, n, QUESTION_TYPES)
  const questions = expectedQuiz(bank, { n, seed })
  await page.goto(`/quiz?bank=${bank.id}&n=${n}&seed=${seed}`)
  for (const [i, question] of questions.entries()) {
    const form = page.getByRole('form', { name: ar.question.name(i + 1, n) })
    await expect(form).toBeVisible()
    // The bank is English: its prompt says so, and runs left to right inside the Arabic page.
    await expect(form.getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'en')
    await scan(page, `a ${question.type} question`)
    await answer(form, question, i % 2 === 0 ? 'right' : 'wrong', ar.question)
    await form.getByRole('button', { name: ar.question.check }).click()
    const verdict =
      i % 2 === 0 ? arFeedback.feedback.verdict.correct : arFeedback.feedback.verdict.incorrect
    await expect(form.locator('.feedback__verdict')).toHaveText(verdict)
    await scan(page, `a ${question.type} question, checked`)
    const last = i === n - 1
    await form.getByRole('button', { name: last ? ar.question.results : ar.question.next }).click()
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('form')).toHaveCount(0)
  await scan(page, 'the results')
})
