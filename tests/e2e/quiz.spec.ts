import { expect, test, type Page } from '@playwright/test'
import { answerKey, expectNoAxeViolations } from './helpers'

const key = answerKey('korea-2018')
const N = 5

async function answerQuestion(page: Page, k: number, pick: 'right' | 'wrong') {
  const form = page.getByRole('form', { name: `Question ${k} of ${N}` })
  await expect(form).toBeVisible()
  const prompt = (await form.getByRole('heading', { level: 2 }).textContent())?.trim() ?? ''
  const question = key.get(prompt)
  if (question?.type !== 'single')
    throw new Error(`no single-choice question "${prompt}" in the bank`)
  const choice =
    pick === 'right' ? question.answer : question.options.find((o) => o !== question.answer)!
  await form.getByRole('radio', { name: choice, exact: true }).check()
  await form.getByRole('button', { name: 'Check answer' }).click()
  await expect(form.getByRole('status')).toHaveText(pick === 'right' ? /^Correct/ : /^Incorrect/)
  await expect(form.getByRole('radio', { name: choice, exact: true })).toBeDisabled()
  const next = form.getByRole('button', { name: k === N ? 'See results' : 'Next question' })
  await expect(next).toBeFocused()
  return next
}

test('home page lists the bank and starts a shareable quiz', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Factline')
  const nav = page.getByRole('navigation')
  for (const name of ['Home', 'Review', 'Progress', 'Author']) {
    await expect(nav.getByRole('link', { name, exact: true })).toBeVisible()
  }
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Start quiz' }).click()
  await expect(page).toHaveURL(/\/quiz\?bank=korea-2018&n=\d+&seed=\w+/)
  await expect(page.getByRole('form', { name: /^Question 1 of \d+$/ })).toBeVisible()
})

test('a quiz answered right scores 100%', async ({ page }) => {
  await page.goto(`/quiz?bank=korea-2018&n=${N}&seed=all-right`)
  for (let k = 1; k <= N; k++) {
    const next = await answerQuestion(page, k, 'right')
    if (k === 1) await expectNoAxeViolations(page)
    await next.click()
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results')
  await expect(page.getByText(`${N} of ${N} correct`)).toBeVisible()
  await expect(page.getByText('100%')).toBeVisible()
  await expect(page.getByRole('button', { name: 'New quiz' })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('a quiz answered wrong scores 0% and offers the wrong answers again', async ({ page }) => {
  await page.goto(`/quiz?bank=korea-2018&n=${N}&seed=all-wrong`)
  for (let k = 1; k <= N; k++) {
    await (await answerQuestion(page, k, 'wrong')).click()
  }
  await expect(page.getByText(`0 of ${N} correct`)).toBeVisible()
  await expect(page.getByText('0%', { exact: true })).toBeVisible()
  const answers = page.getByRole('list', { name: 'Your answers' }).getByRole('listitem')
  await expect(answers).toHaveCount(N)
  await expect(answers.first()).toContainText('Right answer:')
  await expectNoAxeViolations(page)

  await page.getByRole('button', { name: 'Retry wrong answers' }).click()
  await expect(page.getByRole('form', { name: `Question 1 of ${N}` })).toBeVisible()
})

test('the same seed gives the same questions and option order', async ({ page }) => {
  const read = async () => {
    await page.goto(`/quiz?bank=korea-2018&n=3&seed=same-again`)
    const form = page.getByRole('form', { name: 'Question 1 of 3' })
    return [
      await form.getByRole('heading').textContent(),
      await form.getByRole('radio').evaluateAll((r) => r.map((e) => (e as HTMLInputElement).value)),
    ]
  }
  expect(await read()).toEqual(await read())
})

test('the keyboard plays a question: a digit picks, Enter checks and moves on', async ({
  page,
}) => {
  await page.goto(`/quiz?bank=korea-2018&n=2&seed=keys`)
  const form = page.getByRole('form', { name: 'Question 1 of 2' })
  await expect(form).toBeVisible()
  await page.keyboard.press('2')
  await expect(form.getByRole('radio').nth(1)).toBeChecked()
  await page.keyboard.press('Enter')
  await expect(form.getByRole('status')).toHaveText(/^(Correct|Incorrect)/)
  await expect(form.getByRole('button', { name: 'Next question' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('form', { name: 'Question 2 of 2' })).toBeVisible()
})

test('every contract URL answers with exactly one h1', async ({ page }) => {
  for (const url of [
    '/',
    '/review',
    '/progress',
    '/author',
    '/kiosk',
    '/lessons/korea-2018/war-and-armistice',
  ]) {
    await page.goto(url)
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
  }
})
