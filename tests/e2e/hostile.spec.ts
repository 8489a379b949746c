import { readFileSync } from 'node:fs'
import { expect, type Page } from '@playwright/test'
import type { Bank } from '../../src/domain/bank/index.ts'
import { buildLesson } from '../../src/domain/lesson.ts'
import { expectedQuiz, loadBankForTest, takeLessonStep } from './helpers'
import {
  answerByValue,
  checkSomething,
  expectInertDom,
  reviewUntilNothingIsDue,
  test,
} from './security'

// tests/fixtures/hostile is built into the app for the browser tests: a YAML bank and two GIFT
// banks ([html] and [markdown]) whose every text carries a payload. Each would set
// window.__hacked, ask for /pwned or reach another site if it ran; the guard fails on any of that
// and on any CSP violation, and expectInertDom on any of the payloads' markup left in the page.
const FILES = {
  yaml: 'tests/fixtures/hostile/hostile.yaml',
  html: 'tests/fixtures/hostile/hostile-html.gift',
  markdown: 'tests/fixtures/hostile/hostile-markdown.gift',
}
const banks = Object.values(FILES).map((file) => loadBankForTest(file))
const yamlBank = banks[0]!

test('the home page lists the hostile banks, their titles as text', async ({ page, guard }) => {
  await page.goto('/')
  await expect(page.getByRole('article', { name: yamlBank.title })).toBeVisible()
  for (const bank of banks) {
    const card = page.getByRole('article', { name: bank.title })
    for (const topic of bank.topics)
      await expect(card.getByRole('link', { name: topic.title, exact: true })).toBeVisible()
  }
  await expectInertDom(page, 'home')
  await guard.expectClean('home')
})

for (const bank of banks) {
  test(`every question of ${bank.id} in a quiz: question, feedback and results run nothing`, async ({
    page,
    guard,
  }) => {
    const questions = await playHostileQuiz(page, bank, 'mixed')
    await expect(page.getByText(/^\d+ of \d+ correct$/)).toBeVisible()
    // The results list every question with both answers, payloads and all.
    await expect(
      page.getByRole('list', { name: 'Your answers' }).getByRole('listitem'),
    ).toHaveCount(questions.length)
    await expectInertDom(page, 'results')
    await guard.expectClean('the quiz')
  })

  test(`every lesson of ${bank.id}, from its introduction to Lesson complete, runs nothing`, async ({
    page,
    guard,
  }) => {
    for (const topic of bank.topics) {
      const lesson = buildLesson(bank, topic.id)!
      await page.goto(`/lessons/${bank.id}/${topic.id}`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic.title)
      for (const step of lesson.steps) {
        await expectInertDom(page, `${topic.id}: ${step.id}`)
        if (step.kind === 'facts')
          await expect(page.getByText(step.facts[0]!.text.slice(0, 20)).first()).toBeVisible()
        await takeLessonStep(page, step, {
          answerWith: answerByValue,
          onFeedback: () => expectInertDom(page, `${topic.id}: ${step.id}, feedback`),
        })
      }
      await expect(page.getByRole('heading', { name: 'Lesson complete' })).toBeVisible()
      await expectInertDom(page, `${topic.id}: complete`)
    }
    await guard.expectClean('the lessons')
  })
}

test('hostile facts missed in a quiz come back for review and to the progress page as text', async ({
  page,
  guard,
}) => {
  await page.clock.install({ time: new Date('2026-03-02T09:00:00Z') })
  await playHostileQuiz(page, yamlBank, 'wrong')
  await expect(page.getByText(/^0 of \d+ correct$/)).toBeVisible()

  // Missed facts are due again a few minutes later.
  await page.clock.fastForward('05:00')
  await page.getByRole('navigation').getByRole('link', { name: 'Review' }).click()
  const reviewed = await reviewUntilNothingIsDue(page, (where) => expectInertDom(page, where))
  expect(reviewed).toBeGreaterThan(0)
  await expectInertDom(page, 'review, nothing due')

  await page.getByRole('navigation').getByRole('link', { name: 'Progress' }).click()
  await expect(page.getByRole('heading', { name: 'Facts to practise' })).toBeVisible()
  // Fact texts are shown as the teacher wrote them, tags and all, never as markup.
  const weakest = page.getByRole('region', { name: 'Facts to practise' }).getByRole('listitem')
  await expect(weakest.first()).toBeVisible()
  const factTexts = yamlBank.facts.map((f) => f.text)
  for (const item of await weakest.allTextContents())
    expect(
      factTexts.some((text) => item.trim().startsWith(text)),
      item,
    ).toBe(true)
  await page.getByRole('textbox', { name: 'Name' }).fill('<img src=x onerror=window.__hacked=1>')
  await page.getByRole('button', { name: 'Save name' }).click()
  await expect(
    page.getByRole('button', {
      name: 'Learner: <img src=x onerror=window.__hacked=1>. Change learner',
    }),
  ).toBeVisible()
  await expectInertDom(page, 'progress')
  await guard.expectClean('review and progress')
})

test('the studio previews each hostile file and plays it as a student, running nothing', async ({
  page,
  guard,
}) => {
  await page.goto('/author')
  const editor = page.getByRole('textbox', { name: 'Question file' })
  await expect(editor).toBeVisible()
  for (const [format, file] of Object.entries(FILES)) {
    await page.getByLabel('Format').selectOption(format === 'yaml' ? 'yaml' : 'gift')
    await editor.click()
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.press('Delete')
    await page.keyboard.insertText(readFileSync(file, 'utf8'))
    // The preview of this file, not the last one: as many questions as it has, and no error.
    const bank = banks[Object.keys(FILES).indexOf(format)]!
    await expect(page.getByRole('form', { name: /^Question \d+ of \d+$/ })).toHaveCount(
      bank.questions.filter((q) => !q.generated).length,
      { timeout: 20_000 },
    )
    await expect(page.getByRole('button', { name: 'Try as student' })).toBeEnabled()
    await expect(page.getByText(/^0 errors|^No problems/)).toBeVisible()
    await expectInertDom(page, `studio preview of ${file}`)
  }

  // The last file, played in the real quiz.
  await page.getByRole('button', { name: 'Try as student' }).click()
  await expect(page).toHaveURL(/\/quiz\?bank=studio-draft/)
  const total = banks[2]!.questions.length
  for (let k = 1; k <= total; k++) {
    const form = page.getByRole('form', { name: `Question ${k} of ${total}` })
    await expectInertDom(page, `studio draft, question ${k}`)
    await checkSomething(form)
    await expectInertDom(page, `studio draft, question ${k}, feedback`)
    await form.getByRole('button', { name: k === total ? 'See results' : 'Next question' }).click()
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results')
  await expectInertDom(page, 'studio draft, results')
  await guard.expectClean('the studio')
})

/** Plays every question of a bank, checking the page at each question and each feedback. */
async function playHostileQuiz(page: Page, bank: Bank, how: 'wrong' | 'mixed') {
  const n = 100
  const questions = expectedQuiz(bank, { n, seed: 'hostile' })
  await page.goto(`/quiz?bank=${bank.id}&n=${n}&seed=hostile`)
  for (const [i, question] of questions.entries()) {
    const form = page.getByRole('form', { name: `Question ${i + 1} of ${questions.length}` })
    // Generous: the quiz's code loads on a machine that may be busy with other browsers.
    await expect(form).toBeVisible({ timeout: 20_000 })
    await expectInertDom(page, `${bank.id}: ${question.id}`)
    await answerByValue(form, question, how === 'mixed' && i % 2 === 0 ? 'right' : 'wrong')
    await form.getByRole('button', { name: 'Check answer' }).click()
    await expect(form.getByRole('status')).toHaveText(/^(Correct|Incorrect|Partly correct)/)
    await expectInertDom(page, `${bank.id}: ${question.id}, feedback`)
    const last = i === questions.length - 1
    await form.getByRole('button', { name: last ? 'See results' : 'Next question' }).click()
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results')
  return questions
}
