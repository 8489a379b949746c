import { expect as baseExpect, test, type Page } from '@playwright/test'
import { QUESTION_TYPES } from '../../src/domain/bank/index.ts'
import { buildLesson } from '../../src/domain/lesson.ts'
import {
  answerByKeyboard,
  expectedQuiz,
  expectVisibleFocus,
  loadBankForTest,
  press,
  seedWithTypes,
  tabTo,
} from './helpers'

// A busy machine can take a while to show a screen: patience, never a timing assertion.
const expect = baseExpect.configure({ timeout: 20_000 })
// Keyboard only: no clicks, no fill or check on elements. Every Tab stop must show its focus.
const bank = loadBankForTest('questions/korea-2018')
const topic = bank.topics[0]!
const lesson = buildLesson(bank, topic.id)!
const N = QUESTION_TYPES.length
const everyTypeSeed = seedWithTypes(bank, N, QUESTION_TYPES)

/** After checking, the button that moves on has the focus (and shows it); Enter presses it. */
async function moveOn(page: Page, name: string) {
  const next = page.getByRole('button', { name, exact: true })
  await expect(next).toBeFocused()
  await expectVisibleFocus(page)
  await page.keyboard.press('Enter')
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme })

    test('a whole lesson, from the home page to Lesson complete', async ({ page }) => {
      test.setTimeout(240_000)
      await page.goto('/')
      // The page appears whole, header and content in one paint: a learner tabs once it is there.
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Factline')
      // The first Tab reaches the skip link, which takes the focus past the header.
      await page.keyboard.press('Tab')
      await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
      await expectVisibleFocus(page)
      await page.keyboard.press('Enter')
      await press(page, page.getByRole('main').getByRole('link', { name: topic.title }))
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic.title)

      for (const step of lesson.steps) {
        if (step.kind === 'intro' || step.kind === 'facts') {
          await press(page, page.getByRole('button', { name: 'Next', exact: true }))
        } else if (step.kind === 'check' || step.kind === 'quiz') {
          const form = page.getByRole('form', { name: /^Question \d+ of \d+$/ })
          // The new question takes the focus on its prompt in the frame that paints it: Tab from there.
          await expect(form.getByRole('heading', { level: 2 })).toBeFocused()
          await answerByKeyboard(page, form, step.question)
          const last = step.kind === 'quiz' && step.number === step.total
          await moveOn(page, last ? 'See results' : 'Next question')
        }
      }
      await expect(page.getByRole('heading', { name: 'Lesson complete' })).toBeFocused()
      await expect(page.getByText('5 of 5 correct')).toBeVisible()
      // What comes after is in reach too: the next lesson, or the quiz on the whole bank.
      const onwards = lesson.nextTopic
        ? page.getByRole('link', { name: `Next lesson: ${lesson.nextTopic.title}` })
        : page.getByRole('link', { name: 'Quiz on the whole bank' })
      await press(page, onwards)
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(topic.title)
    })

    test('a whole quiz of every question type, from its URL to the results and a new quiz', async ({
      page,
    }) => {
      test.setTimeout(240_000)
      const questions = expectedQuiz(bank, { n: N, seed: everyTypeSeed })
      await page.goto(`/quiz?bank=${bank.id}&n=${N}&seed=${everyTypeSeed}`)
      for (const [i, question] of questions.entries()) {
        const form = page.getByRole('form', { name: `Question ${i + 1} of ${N}` })
        // A new question takes the focus on its prompt, so Tab goes on from there.
        await expect(form.getByRole('heading', { level: 2 })).toBeFocused()
        await answerByKeyboard(page, form, question)
        await moveOn(page, i === N - 1 ? 'See results' : 'Next question')
      }
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results')
      await expect(page.getByText(`${N} of ${N} correct`)).toBeVisible()
      await press(page, page.getByRole('button', { name: 'New quiz' }))
      await expect(page.getByRole('form', { name: /^Question 1 of \d+$/ })).toBeVisible()
    })

    test('the home page starts a quiz of the chosen length with the keyboard', async ({ page }) => {
      await page.goto('/')
      const card = page.getByRole('article', { name: bank.title })
      const length = card.getByRole('combobox', { name: 'Questions' })
      await tabTo(page, length)
      await page.keyboard.press('Home')
      await expect(length).toHaveValue('5')
      await press(page, card.getByRole('button', { name: 'Start quiz' }))
      const form = page.getByRole('form', { name: 'Question 1 of 5' })
      await expect(form).toBeVisible()
      // Shift+Tab from the prompt goes back up the page, to the header's links.
      await expect(form.getByRole('heading', { level: 2 })).toBeFocused()
      await tabTo(page, page.getByRole('navigation').getByRole('link', { name: 'Home' }))
    })
  })
}
