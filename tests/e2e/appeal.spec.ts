import { readFileSync } from 'node:fs'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { buildLesson } from '../../src/domain/lesson.ts'
import type { QuizQuestion } from '../../src/domain/quiz.ts'
import {
  answer,
  expectedQuiz,
  expectNoAxeViolations,
  loadBankForTest,
  takeLessonStep,
  visibleText,
} from './helpers'

const korea = loadBankForTest('questions/korea-2018')
const water = loadBankForTest('tests/fixtures/e2e/water-cycle.gift')
const APPEAL = 'My answer should count'

/**
 * Presses `My answer should count` under a verdict other than Correct: a status then says the
 * appeal was kept, the verdict and its feedback stay as they were, no second appeal is offered
 * and the focus is on the button that moves on.
 */
async function appealVerdict(page: Page, form: Locator) {
  const status = form.getByRole('status')
  await expect(status).toHaveText(/^(Incorrect|Partly correct)/)
  const feedback = (await status.innerText()).replace(APPEAL, '').trim()
  await form.getByRole('button', { name: APPEAL }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Appeal kept' })).toBeVisible()
  await expect(status).toHaveText(/^(Incorrect|Partly correct)/)
  expect((await status.innerText()).startsWith(feedback)).toBe(true)
  await expect(form.getByRole('button', { name: APPEAL })).toHaveCount(0)
  await expect(form.getByRole('button', { name: /^(Next question|See results)$/ })).toBeFocused()
}

/** The learner's appeal on /progress: the question's prompt and the answer they gave. */
async function expectAppealOnProgress(page: Page, question: QuizQuestion) {
  await page.goto('/progress')
  const appeals = page.getByRole('region', { name: 'Your appeals' })
  const item = appeals
    .getByRole('listitem')
    .filter({ hasText: visibleText(question.prompt, question.format) })
  // A single-choice question's wrong answer is the option `answer(…, 'wrong')` picks.
  const given =
    question.type === 'single' ? question.options.find((o) => o !== question.answer) : ''
  await expect(item).toContainText(`Your answer: ${given}`)
}

/** The question on screen, known by its prompt among `questions`. */
async function questionOnScreen(form: Locator, questions: readonly QuizQuestion[]) {
  const prompt = (await form.getByRole('heading', { level: 2 }).textContent())!.trim()
  const matching = questions.filter((q) => visibleText(q.prompt, q.format).trim() === prompt)
  expect(matching, `one question reads "${prompt}"`).toHaveLength(1)
  return matching[0]!
}

test('quiz: an appeal is kept with the answer, in the record and its export', async ({ page }) => {
  const [question] = expectedQuiz(korea, { n: 1, seed: 'appeal', types: ['single'] })
  await page.goto('/quiz?bank=korea-2018&n=1&seed=appeal&types=single')
  await expect(page.getByText(APPEAL)).toHaveCount(0)
  const form = page.getByRole('form', { name: 'Question 1 of 1' })
  await answer(form, question!, 'wrong')
  await form.getByRole('button', { name: 'Check answer' }).click()
  await appealVerdict(page, form)
  await expectNoAxeViolations(page, 'a question after its appeal')
  // Enter still moves on.
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results')
  await expect(page.getByText('0 of 1 correct')).toBeVisible()

  await expectAppealOnProgress(page, question!)
  await expectNoAxeViolations(page, 'the progress page with an appeal')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export progress' }).click()
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
    version: number
    attempts: { id: string; credit: number }[]
    appeals: Record<string, unknown>[]
  }
  expect(file.version).toBe(3)
  expect(file.appeals).toEqual([
    {
      attemptId: file.attempts[0]!.id,
      at: expect.any(Number),
      bank: 'korea-2018',
      question: question!.id,
      bankVersion: expect.stringMatching(/^[0-9a-f]{16}$/),
      answer: question!.type === 'single' && question!.options.find((o) => o !== question!.answer),
    },
  ])
  expect(file.attempts[0]!.credit).toBe(0)
})

test('lesson: a check question answered wrong can be appealed', async ({ page }) => {
  const topic = korea.topics[0]!
  const lesson = buildLesson(korea, topic.id)!
  const firstCheck = lesson.steps.findIndex((s) => s.kind === 'check')
  const check = lesson.steps[firstCheck]!
  if (check.kind !== 'check') throw new Error('the lesson has no check question')
  await page.goto(`/lessons/${korea.id}/${topic.id}`)
  for (const step of lesson.steps.slice(0, firstCheck)) await takeLessonStep(page, step)
  const form = page.getByRole('form', { name: 'Question 1 of 1' })
  await takeLessonStep(page, check, { how: 'wrong', onFeedback: () => appealVerdict(page, form) })

  // Back to the question: the appeal is still kept, and not offered again.
  await page.getByRole('button', { name: 'Back' }).click()
  await expect(form.getByRole('status')).toContainText('Appeal kept')
  await expect(form.getByRole('button', { name: APPEAL })).toHaveCount(0)
  await expectAppealOnProgress(page, check.question)
})

test('review: a fact due again can be appealed', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-02T09:00:00Z') })
  const every = expectedQuiz(korea, { n: 500, seed: 'appeal-review' })
  // A question on one fact whose questions each read differently: the review's is known by it.
  const question = every.find((q) => {
    const onFact = every.filter((p) => p.facts.includes(q.facts[0]!))
    const prompts = new Set(onFact.map((p) => visibleText(p.prompt, p.format).trim()))
    return q.type === 'single' && q.facts.length === 1 && prompts.size === onFact.length
  })
  if (!question) throw new Error('no fact whose questions can be told apart by their prompts')
  await page.goto(`/quiz?bank=korea-2018&n=1&seed=appeal-review&keys=${question.key}`)
  const quizForm = page.getByRole('form', { name: 'Question 1 of 1' })
  await answer(quizForm, question, 'wrong')
  await quizForm.getByRole('button', { name: 'Check answer' }).click()
  await quizForm.getByRole('button', { name: 'See results' }).click()

  // A missed fact comes back a few minutes later.
  await page.clock.fastForward('05:00')
  await page.goto('/review')
  const form = page.getByRole('form', { name: 'Question 1 of 1' })
  const shown = await questionOnScreen(
    form,
    every.filter((q) => q.facts.includes(question.facts[0]!)),
  )
  await answer(form, shown, 'wrong')
  await form.getByRole('button', { name: 'Check answer' }).click()
  await appealVerdict(page, form)
  await expectAppealOnProgress(page, shown)
})

test('kiosk: an appeal goes into the class CSV, not into anyone’s record', async ({ page }) => {
  const PIN = '1357'
  await page.goto('/kiosk?bank=water-cycle&n=1')
  const setup = page.getByRole('dialog', { name: 'Set up kiosk' })
  await setup.getByLabel('Teacher PIN').fill(PIN)
  await setup.getByLabel('Confirm PIN').fill(PIN)
  await setup.getByRole('button', { name: 'Start kiosk' }).click()
  await page.getByRole('button', { name: 'Start', exact: true }).click()

  // The kiosk's quiz is random: its question is known by its prompt, each different in this bank.
  const form = page.getByRole('form', { name: 'Question 1 of 1' })
  const question = await questionOnScreen(form, expectedQuiz(water, { n: 500, seed: 'all' }))
  await answer(form, question, 'wrong')
  await form.getByRole('button', { name: 'Check answer' }).click()
  await appealVerdict(page, form)
  await form.getByRole('button', { name: 'See results' }).click()
  await page.getByRole('button', { name: 'Next student' }).click()

  await page.getByRole('button', { name: 'Teacher' }).click()
  const unlock = page.getByRole('dialog', { name: 'Teacher unlock' })
  await unlock.getByLabel('Teacher PIN').fill(PIN)
  await unlock.getByRole('button', { name: 'Unlock' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export results (CSV)' }).click()
  const [header, row, ...rest] = readFileSync(await (await download).path(), 'utf8')
    .trim()
    .split('\r\n')
  expect(header!.split(',').at(-1)).toBe('appeal')
  expect(row!.startsWith(`1,`)).toBe(true)
  expect(row).toContain(question.key)
  expect(row!.split(',').at(-1)).toBe('yes')
  expect(rest).toEqual([])

  await page.getByRole('button', { name: 'Exit kiosk' }).click()
  const appeals = await page
    .goto('/progress')
    .then(() => page.getByRole('region', { name: 'Your appeals' }))
  await expect(appeals).toContainText('No appeals')
})
