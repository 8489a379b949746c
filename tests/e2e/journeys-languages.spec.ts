import { expect, test, type Locator } from '@playwright/test'
import { buildLesson } from '../../src/domain/lesson.ts'
import type { QuizQuestion } from '../../src/domain/quiz.ts'
import arFeedback from '../../src/i18n/messages/ar/feedback.ts'
import arFirst from '../../src/i18n/messages/ar/first.ts'
import arKiosk from '../../src/i18n/messages/ar/kiosk.ts'
import arLesson from '../../src/i18n/messages/ar/lesson.ts'
import arResults from '../../src/i18n/messages/ar/results.ts'
import frFeedback from '../../src/i18n/messages/fr/feedback.ts'
import frFirst from '../../src/i18n/messages/fr/first.ts'
import frKiosk from '../../src/i18n/messages/fr/kiosk.ts'
import frLesson from '../../src/i18n/messages/fr/lesson.ts'
import frResults from '../../src/i18n/messages/fr/results.ts'
import { QUESTION_TYPES } from '../../src/domain/bank/index.ts'
import { answer, expectedQuiz, loadBankForTest, seedWithTypes } from './helpers'
import { answerWhatever } from './support/routes'

/*
 * The main journeys in French and in Arabic, through roles and the names the catalogue gives
 * them (UI-CONTRACT.md's names are the English ones): a quiz to its results, a lesson to its end,
 * the kiosk's student loop (a student reading in the other language for their turn).
 * French plays the French bank (riquet-1681), whose texts are the interface's language; Arabic
 * plays the English bank, whose texts keep their own `lang` and direction inside the Arabic page.
 */

const LANGUAGES = [
  {
    code: 'fr',
    locale: 'fr-FR',
    bank: loadBankForTest('questions/riquet-1681'),
    words: { ...frFirst, ...frFeedback, ...frLesson, ...frResults, ...frKiosk },
  },
  {
    code: 'ar',
    locale: 'ar',
    bank: loadBankForTest('questions/korea-2018'),
    words: { ...arFirst, ...arFeedback, ...arLesson, ...arResults, ...arKiosk },
  },
] as const

type Words = (typeof LANGUAGES)[number]['words']

/** Answers, checks and awaits the verdict, in the interface's words. */
async function answerAndCheck(form: Locator, question: QuizQuestion, words: Words, typed?: string) {
  if (typed) await form.getByRole('textbox', { name: words.question.yourAnswer }).fill(typed)
  else await answer(form, question, 'right', words.question)
  await form.getByRole('button', { name: words.question.check }).click()
  await expect(form.locator('.feedback__verdict')).toHaveText(words.feedback.verdict.correct)
}

/** What a French student may type in words for a number: the grader reads it. */
const FRENCH_WORDS: Record<string, string> = { 'nombre-ouvriers': 'douze mille' }

for (const { code, locale, bank, words } of LANGUAGES) {
  test.describe(`in ${code}`, () => {
    test.use({ locale })

    test('a quiz of every question type, answered right, to its results and another quiz', async ({
      page,
    }) => {
      test.setTimeout(180_000)
      const n = 8
      const seed = seedWithTypes(bank, n, QUESTION_TYPES)
      const questions = expectedQuiz(bank, { n, seed })
      await page.goto(`/quiz?bank=${bank.id}&n=${n}&seed=${seed}`)
      await expect(page.locator('html')).toHaveAttribute('lang', code)
      for (const [i, question] of questions.entries()) {
        const form = page.getByRole('form', { name: words.question.name(i + 1, n) })
        const prompt = form.getByRole('heading', { level: 2 })
        await expect(prompt).toBeFocused()
        if (bank.language === code) await expect(prompt).not.toHaveAttribute('lang')
        else await expect(prompt).toHaveAttribute('lang', bank.language)
        await answerAndCheck(
          form,
          question,
          words,
          code === 'fr' ? FRENCH_WORDS[question.id] : undefined,
        )
        const last = i === n - 1
        await form
          .getByRole('button', { name: last ? words.question.results : words.question.next })
          .click()
      }
      await expect(page.getByRole('heading', { level: 1, name: words.results.title })).toBeVisible()
      await expect(page.getByText(words.results.correct(n, n))).toBeVisible()
      await page.getByRole('button', { name: words.results.newQuiz }).click()
      await expect(page.getByRole('form', { name: words.question.name(1, n) })).toBeVisible()
    })

    if (code === 'fr')
      test('a French student’s answers in words and with or without their article are right', async ({
        page,
      }) => {
        const typed = [
          ['nombre-ouvriers', 'douze mille'],
          ['nom-impot', 'gabelle'],
          ['organisation-patrimoine', 'l’Unesco'],
        ] as const
        for (const [id, text] of typed) {
          await page.goto(`/quiz?bank=${bank.id}&n=1&seed=words&keys=${bank.id}/${id}`)
          const form = page.getByRole('form', { name: words.question.name(1, 1) })
          await form.getByRole('textbox', { name: words.question.yourAnswer }).fill(text)
          await form.getByRole('button', { name: words.question.check }).click()
          await expect(form.locator('.feedback__verdict'), `${id}: ${text}`).toHaveText(
            words.feedback.verdict.correct,
          )
        }
      })

    test('a lesson, every step, to its end', async ({ page }) => {
      test.setTimeout(180_000)
      const topic = bank.topics[0]!
      const lesson = buildLesson(bank, topic.id)!
      await page.goto(`/lessons/${bank.id}/${topic.id}`)
      await expect(page.getByRole('heading', { name: words.lesson.about })).toBeVisible()
      for (const step of lesson.steps) {
        if (step.kind === 'intro' || step.kind === 'facts') {
          await page.getByRole('button', { name: words.lesson.next, exact: true }).click()
          continue
        }
        if (step.kind !== 'check' && step.kind !== 'quiz') continue
        const [number, total] = step.kind === 'quiz' ? [step.number, step.total] : [1, 1]
        const form = page.getByRole('form', { name: words.question.name(number, total) })
        await answerAndCheck(form, step.question, words)
        const last = step.kind === 'quiz' && step.number === step.total
        await form
          .getByRole('button', { name: last ? words.question.results : words.question.next })
          .click()
      }
      await expect(page.getByRole('heading', { name: words.lesson.complete })).toBeVisible()
      await expect(page.getByRole('link', { name: words.lesson.wholeBank })).toBeVisible()
    })

    test('the kiosk: set up in this language, a student in the other for their turn, then back', async ({
      page,
    }) => {
      test.setTimeout(180_000)
      const other = LANGUAGES.find((l) => l.code !== code)!
      const kioskBank = LANGUAGES[1].bank
      await page.goto(`/kiosk?bank=${kioskBank.id}&n=1`)
      const setup = page.getByRole('dialog', { name: words.kioskSetup.title })
      await setup.getByLabel(words.kioskSetup.pin).fill('2468')
      await setup.getByLabel(words.kioskSetup.confirm).fill('2468')
      await setup.getByRole('button', { name: words.kioskSetup.start }).click()

      // A student's turn in the other language, chosen on the attract screen.
      const start = page.getByRole('button', { name: words.kiosk.start, exact: true })
      await expect(start).toBeVisible()
      await page
        .getByRole('combobox', { name: words.app.language })
        .selectOption({ value: other.code })
      await expect(page.locator('html')).toHaveAttribute('lang', other.code)
      await page.getByRole('button', { name: other.words.kiosk.start, exact: true }).click()
      // The kiosk draws its own question: any answer will do, its verdict in the student's language.
      const form = page.getByRole('form', { name: other.words.question.name(1, 1) })
      await expect(form.getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'en')
      await answerWhatever(form)
      await form.getByRole('button', { name: other.words.question.check }).click()
      await expect(form.locator('.feedback__verdict')).toHaveText(
        new RegExp(`^(${Object.values(other.words.feedback.verdict).join('|')})`),
      )
      await form.getByRole('button', { name: other.words.question.results }).click()
      await page.getByRole('button', { name: other.words.results.nextStudent }).click()

      // The next student finds the kiosk in its own language, which the device never saved.
      await expect(start).toBeVisible()
      await expect(page.locator('html')).toHaveAttribute('lang', code)
      await page.reload()
      await expect(page.getByRole('button', { name: words.kiosk.start, exact: true })).toBeVisible()
      await expect(page.locator('html')).toHaveAttribute('lang', code)
    })
  })
}
