import { expect, test, type Locator } from '@playwright/test'
import { answer, expectedQuiz, loadBankForTest } from './helpers'

/*
 * Each page brings the styles it uses. A page opened straight from its URL has loaded nothing
 * else: a class borrowed from another feature's sheet shows there unstyled (issue 18 §5).
 */

const bank = loadBankForTest('questions/korea-2018')

/** The computed values of `names` on one element. */
const styleOf = (target: Locator, names: string[]) =>
  target.evaluate(
    (el, names) =>
      Object.fromEntries(names.map((n) => [n, getComputedStyle(el).getPropertyValue(n)])),
    names,
  )

const RULED_CELL = ['text-align', 'padding-left', 'border-bottom-style', 'border-bottom-width']

test('/progress opened directly has its topic table and its buttons styled', async ({ page }) => {
  const [question] = expectedQuiz(bank, { n: 1, seed: 'styles', types: ['single'] })
  await page.goto(`/quiz?bank=${bank.id}&n=1&seed=styles&types=single`)
  const form = page.getByRole('form', { name: 'Question 1 of 1' })
  await answer(form, question!, 'right')
  await form.getByRole('button', { name: 'Check answer' }).click()
  await expect(form.getByRole('status')).toHaveText(/^Correct/)

  // A new page load: nothing the quiz's pages loaded is left.
  await page.goto('/progress')
  const topics = page.getByRole('region', { name: bank.title }).getByRole('table')
  await expect(topics).toBeVisible()

  // Its cells read from the start of the line (the left here, the right in Arabic), padded and
  // ruled, not centred and bare.
  expect.soft(await styleOf(topics, ['border-collapse'])).toEqual({ 'border-collapse': 'collapse' })
  const cells = [
    topics.getByRole('columnheader').first(),
    topics.getByRole('rowheader').first(),
    topics.getByRole('cell').first(),
  ]
  const ruled = {
    'text-align': 'start',
    'padding-left': '8px',
    'border-bottom-style': 'solid',
    'border-bottom-width': '1px',
  }
  for (const cell of cells) expect.soft(await styleOf(cell, RULED_CELL)).toEqual(ruled)

  // Export, Import and Reset stand apart, in a row.
  const controls = [
    page.getByRole('button', { name: 'Export progress' }),
    page.getByText('Import progress', { exact: true }),
    page.getByRole('button', { name: 'Reset progress' }),
  ]
  const row = await styleOf(controls[0]!.locator('..'), ['display', 'column-gap'])
  expect.soft(row).toEqual({ display: 'flex', 'column-gap': '12px' })
  const boxes = await Promise.all(controls.map(async (control) => (await control.boundingBox())!))
  for (const [i, box] of boxes.slice(1).entries()) {
    const space = box.x - (boxes[i]!.x + boxes[i]!.width)
    expect.soft(space, 'space between two buttons').toBeGreaterThanOrEqual(12)
  }
})
