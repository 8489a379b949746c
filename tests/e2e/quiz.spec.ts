import { expect, test } from '@playwright/test'
import { QUESTION_TYPES } from '../../src/domain/bank/index.ts'
import {
  answer,
  expectedQuiz,
  expectNoAxeViolations,
  loadBankForTest,
  playQuiz,
  seedWithTypes,
} from './helpers'

const bank = loadBankForTest('questions/korea-2018')
const N = 8
const everyTypeSeed = seedWithTypes(bank, N, QUESTION_TYPES)

test('home page lists the bank and starts a shareable quiz', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Factline')
  const nav = page.getByRole('navigation')
  for (const name of ['Home', 'Review', 'Progress', 'Author']) {
    await expect(nav.getByRole('link', { name, exact: true })).toBeVisible()
  }
  await expectNoAxeViolations(page)
  await page
    .getByRole('article', { name: bank.title })
    .getByRole('button', { name: 'Start quiz' })
    .click()
  await expect(page).toHaveURL(/\/quiz\?bank=korea-2018&n=\d+&seed=\w+/)
  await expect(page.getByRole('form', { name: /^Question 1 of \d+$/ })).toBeVisible()
})

test('a quiz with all 8 question types answered right scores 100%', async ({ page }) => {
  await playQuiz(page, bank, N, everyTypeSeed, 'right', true)
  await expect(page.getByText(`${N} of ${N} correct`)).toBeVisible()
  await expect(page.getByText('100%', { exact: true }).first()).toBeVisible()
  await expect(page.getByRole('button', { name: 'New quiz' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Retry wrong answers' })).toBeDisabled()
  await expectNoAxeViolations(page)
})

test('the same quiz answered wrong scores 0% and offers the wrong answers again', async ({
  page,
}) => {
  await playQuiz(page, bank, N, everyTypeSeed, 'wrong')
  await expect(page.getByText(`0 of ${N} correct`)).toBeVisible()
  await expect(page.getByText('0%', { exact: true }).first()).toBeVisible()
  const answers = page.getByRole('list', { name: 'Your answers' }).getByRole('listitem')
  await expect(answers).toHaveCount(N)
  await expect(answers.first()).toContainText('Right answer:')
  await expect(page.getByRole('textbox', { name: 'Share this quiz' })).toHaveValue(
    new RegExp(`seed=${everyTypeSeed}`),
  )

  await page.getByRole('button', { name: 'Retry wrong answers' }).click()
  await expect(page.getByRole('form', { name: `Question 1 of ${N}` })).toBeVisible()
  await expect(page).toHaveURL(/keys=/)
})

test('a reload in the middle of a quiz loses nothing', async ({ page }) => {
  const questions = expectedQuiz(bank, { n: 3, seed: 'reload', types: ['short', 'numeric'] })
  await page.goto('/quiz?bank=korea-2018&n=3&seed=reload&types=short,numeric')
  const first = page.getByRole('form', { name: 'Question 1 of 3' })
  await answer(first, questions[0]!, 'right')
  await first.getByRole('button', { name: 'Check answer' }).click()
  await first.getByRole('button', { name: 'Next question' }).click()
  const second = page.getByRole('form', { name: 'Question 2 of 3' })
  await second.getByRole('textbox', { name: 'Your answer' }).fill('half an answer')

  await page.reload()
  await expect(page.getByRole('form', { name: 'Question 2 of 3' })).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Your answer' })).toHaveValue('half an answer')
  for (const [i, question] of questions.entries()) {
    if (i === 0) continue
    const form = page.getByRole('form', { name: `Question ${i + 1} of 3` })
    await answer(form, question, 'right')
    await form.getByRole('button', { name: 'Check answer' }).click()
    await form.getByRole('button', { name: i === 2 ? 'See results' : 'Next question' }).click()
  }
  await expect(page.getByText('3 of 3 correct')).toBeVisible()
})

test('the same seed gives the same questions and option order', async ({ page }) => {
  const read = async () => {
    await page.goto('/quiz?bank=korea-2018&n=3&seed=same-again&types=single,multiple')
    const form = page.getByRole('form', { name: 'Question 1 of 3' })
    return [
      await form.getByRole('heading', { level: 2 }).textContent(),
      await form
        .locator('input')
        .evaluateAll((inputs) => inputs.map((e) => (e as HTMLInputElement).value)),
    ]
  }
  expect(await read()).toEqual(await read())
})

test('the keyboard plays a question: a digit picks, Enter checks and moves on', async ({
  page,
}) => {
  await page.goto('/quiz?bank=korea-2018&n=2&seed=keys&types=single')
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

test('an order question also works by dragging the items with a mouse', async ({ page }) => {
  const [question] = expectedQuiz(bank, { n: 1, seed: 'drag', types: ['order'] })
  if (question?.type !== 'order') throw new Error('expected an order question')
  await page.goto('/quiz?bank=korea-2018&n=1&seed=drag&types=order')
  const form = page.getByRole('form', { name: 'Question 1 of 1' })
  const item = (text: string) => form.getByRole('listitem').filter({ hasText: text })
  for (const [position, text] of question.items.entries()) {
    await item(text).dragTo(form.getByRole('listitem').nth(position))
  }
  await expect(form.getByRole('listitem')).toHaveText(
    question.items.map((text) => new RegExp(escapeRegExp(text))),
  )
  await form.getByRole('button', { name: 'Check answer' }).click()
  await expect(form.getByRole('status')).toHaveText(/^Correct/)
})

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

test('header and first question come up in the same paint', async ({ page }) => {
  // The frame that first paints the header already has the question: no bare header first.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('header nav')) return
      observer.disconnect()
      requestAnimationFrame(() => {
        const question = document.querySelector('form[aria-label^="Question 1 of"]')
        Object.assign(window, { headerCameWithQuestion: question !== null })
      })
    }).observe(document, { childList: true, subtree: true })
  })
  await page.goto(`/quiz?bank=${bank.id}&n=3&seed=whole`)
  await expect(page.getByRole('form', { name: 'Question 1 of 3' })).toBeVisible()
  const together = await page.evaluate(
    () => (window as { headerCameWithQuestion?: boolean }).headerCameWithQuestion,
  )
  expect(together).toBe(true)
})

test('a page whose code never comes still shows the header after a few seconds', async ({
  page,
}) => {
  // The quiz page's code hangs (a stalled connection): after five seconds the app shows what it
  // has, the header and its links, rather than a blank page.
  await page.route(/\/assets\/QuizView-[\w-]+\.js$/, () => undefined)
  await page.goto(`/quiz?bank=${bank.id}&n=3&seed=stalled`)
  const nav = page.getByRole('navigation', { name: 'Main' })
  await expect(nav.getByRole('link', { name: 'Home' })).toBeVisible({ timeout: 20_000 })
  await expect(page.getByRole('form')).toHaveCount(0)
})
