import { expect, test, type Page } from '@playwright/test'

// tests/fixtures/e2e/fair-answers.yaml is built into the app for the browser tests.
let attempts = 0
const open = async (page: Page, key: string) => {
  // A quiz link already answered comes back as it was left: each try gets a seed of its own.
  await page.goto(`/quiz?bank=fair-answers&n=1&seed=try${++attempts}&keys=fair-answers/${key}`)
  return page.getByRole('form', { name: 'Question 1 of 1' })
}

/** Types each answer into the question's text boxes, checks it, and reads the verdict. */
async function verdictFor(page: Page, key: string, typed: readonly string[]) {
  const form = await open(page, key)
  const boxes = form.getByRole('textbox')
  await expect(boxes).toHaveCount(typed.length)
  for (const [i, text] of typed.entries()) await boxes.nth(i).fill(text)
  await form.getByRole('button', { name: 'Check answer' }).click()
  return form.getByRole('status').first()
}

const right: [string, string[]][] = [
  ['un-body', ['the Security Council']],
  ['un-body', ['UNSC']],
  ['launchpad', ['a launch-pad']],
  ['launchpad', ['Missile launch pad.']],
  ['president', ['moon jae in']],
  ['troops', ['twenty-eight thousand']],
  ['troops', ['28 000 troops']],
  ['armistice-year', ['1953.']],
  ['lenders', ['the IMF', 'World Bank', 'asian development bank']],
]

const wrong: [string, string[]][] = [
  ['un-body', ['the General Assembly']],
  ['launchpad', ['nuclear test site']],
  ['troops', ['2,800']],
  ['armistice-year', ['1952']],
  ['lenders', ['IMF', 'IMF', 'IMF']],
]

test('fair variants of a right answer are marked Correct', async ({ page }) => {
  for (const [key, typed] of right) {
    await expect(await verdictFor(page, key, typed), `${key}: ${typed.join(' / ')}`).toHaveText(
      /^Correct/,
    )
  }
})

test('near-wrong answers stay wrong, and a slip of spelling is pointed out', async ({ page }) => {
  for (const [key, typed] of wrong) {
    await expect(await verdictFor(page, key, typed), `${key}: ${typed.join(' / ')}`).toHaveText(
      /^(Incorrect|Partly correct)/,
    )
  }
  const slip = await verdictFor(page, 'launchpad', ['lanchpad'])
  await expect(slip).toHaveText(/^Incorrect/)
  await expect(slip).toContainText('Almost: check the spelling.')
})

test('the results quote the answer as the student typed it', async ({ page }) => {
  await verdictFor(page, 'armistice-year', ['nineteen fifty-three'])
  await page.getByRole('button', { name: 'See results' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results')
  await expect(page.getByRole('list', { name: 'Your answers' })).toContainText(
    'nineteen fifty-three',
  )
  await expect(page.getByText('1 of 1 correct')).toBeVisible()
})
