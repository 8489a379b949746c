import { expect, test } from '@playwright/test'
import { buildLesson } from '../../src/domain/lesson.ts'
import { expectNoAxeViolations, loadBankForTest, takeLessonStep } from './helpers'

const bank = loadBankForTest('questions/korea-2018')
const topic = bank.topics[0]!
const lesson = buildLesson(bank, topic.id)!

test('a lesson goes from the home page to Lesson complete, and home then shows it complete', async ({
  page,
}) => {
  await page.goto('/')
  const card = page.getByRole('article', { name: bank.title })
  await expect(card.getByText('Not started').first()).toBeVisible()
  await card.getByRole('link', { name: topic.title }).click()

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic.title)
  await expect(page.getByText(bank.source!.headline).first()).toBeVisible()
  await expectNoAxeViolations(page)
  for (const step of lesson.steps) {
    if (step.kind === 'facts')
      await expect(page.getByText(step.facts[0]!.text.slice(0, 30))).toBeVisible()
    if (step.kind === 'facts' && step.id === 'facts-1') await expectNoAxeViolations(page)
    await takeLessonStep(page, step)
  }
  await expect(page.getByRole('heading', { name: 'Lesson complete' })).toBeVisible()
  await expect(page.getByText('5 of 5 correct')).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByRole('navigation').getByRole('link', { name: 'Home' }).click()
  await expect(card.getByRole('listitem').filter({ hasText: topic.title })).toContainText(
    'Complete, 100%',
  )
})

test('a check question answered wrong comes back once later in the lesson', async ({ page }) => {
  await page.goto(`/lessons/${bank.id}/${topic.id}`)
  const firstCheck = lesson.steps.findIndex((s) => s.kind === 'check')
  for (const step of lesson.steps.slice(0, firstCheck)) await takeLessonStep(page, step)
  const check = lesson.steps[firstCheck]!
  await takeLessonStep(page, check, { how: 'wrong' })
  const nextCheck = lesson.steps.findIndex((s, i) => i > firstCheck && s.kind === 'check')
  for (const step of lesson.steps.slice(firstCheck + 1, nextCheck + 1))
    await takeLessonStep(page, step)
  await expect(page.getByText('Once more: a question you missed earlier')).toBeVisible()
  await expect(page.getByRole('form').getByRole('heading', { level: 2 })).toHaveText(
    check.kind === 'check' ? check.question.prompt : '',
  )
})

test('leaving a lesson and coming back resumes where the learner was; Back shows earlier cards', async ({
  page,
}) => {
  await page.goto(`/lessons/${bank.id}/${topic.id}`)
  await page.getByRole('button', { name: 'Next', exact: true }).click()
  await expect(page.getByRole('heading', { name: /^Facts, part 1 of/ })).toBeVisible()
  await page.getByRole('navigation').getByRole('link', { name: 'Home' }).click()
  await expect(
    page
      .getByRole('article', { name: bank.title })
      .getByRole('listitem')
      .filter({ hasText: topic.title }),
  ).toContainText('In progress')

  await page.goto(`/lessons/${bank.id}/${topic.id}`)
  await expect(page.getByRole('heading', { name: /^Facts, part 1 of/ })).toBeVisible()
  await page.getByRole('button', { name: 'Back' }).click()
  await expect(page.getByRole('heading', { name: 'What this lesson is about' })).toBeVisible()
})
