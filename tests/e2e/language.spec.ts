import { expect, test } from '@playwright/test'
import ar from '../../src/i18n/messages/ar/first.ts'
import frFeedback from '../../src/i18n/messages/fr/feedback.ts'
import fr from '../../src/i18n/messages/fr/first.ts'
import { firstQuestionUrl } from '../../scripts/bench/first-question-load.ts'

/*
 * The interface language: the browser's by default, the picker's once chosen, remembered on the
 * device. Names come from the catalogue (src/i18n/messages), as UI-CONTRACT.md says.
 */

test.describe('a French browser', () => {
  test.use({ locale: 'fr-FR' })

  test('gets the quiz in French, its numbers and feedback too', async ({ page }) => {
    await page.goto(firstQuestionUrl('korea-2018', 3, 'language'))
    const form = page.getByRole('form', { name: fr.question.name(1, 3) })
    await expect(form).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
    await expect(page.getByRole('combobox', { name: fr.app.language })).toHaveValue('fr')
    await form.getByRole('button', { name: fr.question.check }).click()
    // An empty answer is not graded: the form says what to do, in French.
    await expect(form.getByRole('alert')).toHaveText(fr.question.answerFirst)
    await form.locator('input').first().click()
    await form.locator('input').first().fill('x')
    await form.getByRole('button', { name: fr.question.check }).click()
    await expect(form.getByRole('status')).toContainText(
      new RegExp(`^(${Object.values(frFeedback.feedback.verdict).join('|')})`),
    )
  })
})

test('the Language picker switches the page at once, and the choice outlives a reload', async ({
  page,
}) => {
  await page.goto(firstQuestionUrl('korea-2018', 3, 'language'))
  await expect(page.getByRole('form', { name: 'Question 1 of 3' })).toBeVisible()
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'العربية' })
  await expect(page.getByRole('form', { name: ar.question.name(1, 3) })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.getByRole('navigation', { name: ar.app.main })).toBeVisible()
  await expect(page).toHaveTitle(/اختبار/)

  await page.reload()
  await expect(page.getByRole('form', { name: ar.question.name(1, 3) })).toBeVisible()
  await page.getByRole('combobox', { name: ar.app.language }).selectOption({ label: 'English' })
  await expect(page.getByRole('form', { name: 'Question 1 of 3' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
})
