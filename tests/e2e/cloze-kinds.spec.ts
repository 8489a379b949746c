import { expect, test, type Page } from '@playwright/test'

// tests/fixtures/e2e/cloze-kinds.yaml is built into the app for the browser tests.
let attempts = 0
const open = async (page: Page, key: string) => {
  // A quiz link already answered comes back as it was left: each try gets a seed of its own.
  await page.goto(`/quiz?bank=cloze-kinds&n=1&seed=try${++attempts}&keys=cloze-kinds/${key}`)
  return page.getByRole('form', { name: 'Question 1 of 1' })
}

test('a drop-down blank is picked from, a number blank typed into, and both are graded', async ({
  page,
}) => {
  let form = await open(page, 'water')
  const choice = form.getByRole('combobox', { name: 'Blank 1', exact: true })
  const number = form.getByRole('textbox', { name: 'Blank 2', exact: true })
  // The choices come in the quiz's seeded order, after Choose….
  await expect(choice.getByRole('option')).toHaveCount(4)
  const texts = await choice.getByRole('option').allInnerTexts()
  expect(texts[0]).toBe('Choose…')
  expect(texts.slice(1).sort()).toEqual(['boils', 'freezes', 'melts'])
  await expect(number).toHaveAttribute('inputmode', 'decimal')
  await choice.selectOption({ label: 'boils' })
  await number.fill('100.4')
  await form.getByRole('button', { name: 'Check answer' }).click()
  await expect(form.getByRole('status')).toHaveText(/^Correct/)
  await expect(choice).toBeDisabled()

  form = await open(page, 'water')
  await form.getByRole('combobox', { name: 'Blank 1', exact: true }).selectOption('melts')
  await form.getByRole('textbox', { name: 'Blank 2', exact: true }).fill('one hundred')
  await form.getByRole('button', { name: 'Check answer' }).click()
  const status = form.getByRole('status')
  await expect(status).toHaveText(/^Partly correct \(50%\)/)
  await expect(status).toContainText(
    'The right answer: At sea level, pure water boils at 100 (±1) degrees Celsius.',
  )
})

test('a number blank with a range takes any number in it, ends included', async ({ page }) => {
  for (const [year, verdict] of [
    ['1968', /^Correct/],
    ['1,970', /^Correct/],
    ['1971', /^Partly correct/],
  ] as const) {
    const form = await open(page, 'landing')
    await form.getByRole('combobox', { name: 'Blank 1' }).selectOption('Apollo 11')
    await form.getByRole('textbox', { name: 'Blank 2' }).fill(year)
    await form.getByRole('button', { name: 'Check answer' }).click()
    await expect(form.getByRole('status'), year).toHaveText(verdict)
  }
})

test('short answers: with case the case counts, with wildcards a star stands for any text', async ({
  page,
}) => {
  const answer = async (key: string, text: string) => {
    const form = await open(page, key)
    await form.getByRole('textbox', { name: 'Your answer' }).fill(text)
    await form.getByRole('button', { name: 'Check answer' }).click()
    return form.getByRole('status')
  }
  await expect(await answer('cobalt', 'Co')).toHaveText(/^Correct/)
  const capitals = await answer('cobalt', 'CO')
  await expect(capitals).toHaveText(/^Incorrect/)
  await expect(capitals).toContainText('Almost: check the spelling.')
  await expect(await answer('vapour', 'Evaporating')).toHaveText(/^Correct/)
  const wrong = await answer('vapour', 'condensation')
  await expect(wrong).toHaveText(/^Incorrect/)
  // The pattern is shown readably, its star as an ellipsis.
  await expect(wrong).toContainText('The right answer: evaporat…')
})

test('the results quote the chosen option, and the worksheet prints the choices to circle', async ({
  page,
}) => {
  const form = await open(page, 'water')
  await form.getByRole('combobox', { name: 'Blank 1' }).selectOption('freezes')
  await form.getByRole('textbox', { name: 'Blank 2' }).fill('0')
  await form.getByRole('button', { name: 'Check answer' }).click()
  await form.getByRole('button', { name: 'See results' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results')
  await expect(page.getByRole('list', { name: 'Your answers' })).toContainText(
    'At sea level, pure water freezes at 0 degrees Celsius.',
  )

  await page.goto('/print?bank=cloze-kinds&n=4&seed=paper')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Blanks of every kind')
  await expect(page.locator('.ws-cloze', { hasText: 'pure water' })).toContainText(
    /\( (boils|freezes|melts) \/ \w+ \/ \w+ \)/,
  )
  await expect(page.locator('.ws-key')).toContainText(
    'At sea level, pure water boils at 100 (±1) degrees Celsius.',
  )
})
