import { expect as baseExpect, type Locator, type Page } from '@playwright/test'
import { QUESTION_TYPES, type QuestionType } from '../../../src/domain/bank/index.ts'
import { buildLesson } from '../../../src/domain/lesson.ts'
import type { QuizQuestion } from '../../../src/domain/quiz.ts'
import {
  answer,
  BROKEN_GIFT,
  damageSavedAnswers,
  expectedQuiz,
  loadBankForTest,
  visibleText,
} from '../helpers'

/*
 * Every route and its main states, walked the way a learner or a teacher would, by role and name.
 * Each row calls `scan` with the name of each state it reaches: a11y.spec runs axe there, in both
 * themes; wcag22.spec runs its WCAG 2.2 checks.
 */

// A busy machine can take a while to show a screen: patience, never a timing assertion.
export const expect = baseExpect.configure({ timeout: 20_000 })
export const bank = loadBankForTest('questions/korea-2018')
const topic = bank.topics[0]!
const lesson = buildLesson(bank, topic.id)!
const PIN = '2468'

/** Checks the screen the page shows now, named `state` in failures. */
export type Scan = (state: string) => Promise<void>
export interface Row {
  route: string
  visit: (page: Page, scan: Scan) => Promise<void>
}

export const rows: Row[] = [
  {
    route: '/ (home)',
    visit: async (page, scan) => {
      await page.goto('/')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Factline')
      await scan('home')
    },
  },
  {
    route: '/lessons/:bank/:topic',
    visit: async (page, scan) => {
      const scanned = new Set<string>()
      const once = async (state: string) => {
        if (scanned.has(state)) return
        scanned.add(state)
        await scan(state)
      }
      await page.goto(`/lessons/${bank.id}/${topic.id}`)
      for (const step of lesson.steps) {
        if (step.kind === 'intro' || step.kind === 'facts') {
          const heading = step.kind === 'intro' ? 'What this lesson is about' : /^Facts, part/
          await expect(page.getByRole('heading', { name: heading })).toBeVisible()
          await once(step.kind === 'intro' ? 'lesson introduction' : 'lesson fact cards')
          await page.getByRole('button', { name: 'Next', exact: true }).click()
        } else if (step.kind === 'check' || step.kind === 'quiz') {
          const form = page.getByRole('form', { name: /^Question \d+ of \d+$/ })
          await expect(form).toBeVisible()
          await once(`lesson ${step.kind} question`)
          await checkAnswer(form, step.question, 'right', /^Correct/)
          await once(`lesson ${step.kind} feedback`)
          const last = step.kind === 'quiz' && step.number === step.total
          await form.getByRole('button', { name: last ? 'See results' : 'Next question' }).click()
        }
      }
      await expect(page.getByRole('heading', { name: 'Lesson complete' })).toBeVisible()
      await scan('Lesson complete')
      await page.getByRole('navigation').getByRole('link', { name: 'Home' }).click()
      await expect(page.getByText('Complete, 100%')).toBeVisible()
      await scan('home with a lesson complete')
    },
  },
  {
    route: '/lessons/:bank/:topic, one that does not exist',
    visit: async (page, scan) => {
      await page.goto(`/lessons/${bank.id}/no-such-topic`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lesson not found')
      await scan('lesson not found')
    },
  },
  ...QUESTION_TYPES.map((type): Row => ({
    route: `/quiz, ${type} questions`,
    visit: async (page, scan) => {
      const [first, second] = twoOf(type)
      await page.goto(`/quiz?bank=${bank.id}&n=2&seed=a11y&types=${type}`)
      const form = page.getByRole('form', { name: 'Question 1 of 2' })
      await expect(form).toBeVisible()
      await scan(`a ${type} question`)
      await checkAnswer(form, first, 'right', /^Correct/)
      await scan(`a ${type} question answered right`)
      await form.getByRole('button', { name: 'Next question' }).click()
      const next = page.getByRole('form', { name: 'Question 2 of 2' })
      await checkAnswer(next, second, 'wrong', /^Incorrect/)
      await scan(`a ${type} question answered wrong`)
      await next.getByRole('button', { name: 'See results' }).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results')
      await scan(`results of ${type} questions`)
    },
  })),
  {
    route: '/quiz, a match question partly right',
    visit: async (page, scan) => {
      const [question] = expectedQuiz(bank, { n: 1, seed: 'a11y-partial', types: ['match'] })
      if (question?.type !== 'match') throw new Error('expected a match question')
      await page.goto(`/quiz?bank=${bank.id}&n=1&seed=a11y-partial&types=match`)
      const form = page.getByRole('form', { name: 'Question 1 of 1' })
      // Every pair right but the last, which is given the first pair's right text.
      for (const pair of question.pairs) {
        const last = pair === question.pairs.at(-1)
        await form
          .getByRole('combobox', { name: pair.left, exact: true })
          .selectOption({ label: last ? question.pairs[0]!.right : pair.right })
      }
      await form.getByRole('button', { name: 'Check answer' }).click()
      await expect(form.getByRole('status')).toHaveText(/^Partly correct/)
      await scan('partly correct feedback')
      await form.getByRole('button', { name: 'See results' }).click()
      await scan('results with a partly correct answer')
    },
  },
  {
    route: '/quiz, problems',
    visit: async (page, scan) => {
      await page.goto('/quiz?bank=korea-2018&n=2&seed=a11y&types=single')
      const form = page.getByRole('form', { name: 'Question 1 of 2' })
      await form.getByRole('button', { name: 'Check answer' }).click()
      await expect(form.getByRole('alert')).toBeVisible()
      await scan('a question checked before it is answered')
      await page.goto('/quiz?bank=no-such-bank&n=2&seed=a11y')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quiz not found')
      await scan('a quiz of a bank that does not exist')
    },
  },
  {
    route: '/review',
    visit: async (page, scan) => {
      await page.clock.install({ time: new Date('2026-03-02T09:00:00Z') })
      await page.goto('/review')
      await expect(page.getByText('Nothing due')).toBeVisible()
      await scan('review with nothing due')
      // A missed fact comes back a few minutes later.
      const [question] = expectedQuiz(bank, { n: 1, seed: 'a11y-review', types: ['single'] })
      await page.goto(`/quiz?bank=${bank.id}&n=1&seed=a11y-review&types=single`)
      const form = page.getByRole('form', { name: 'Question 1 of 1' })
      await checkAnswer(form, question!, 'wrong', /^Incorrect/)
      await form.getByRole('button', { name: 'See results' }).click()
      // Moving on inside the app, not by loading pages, keeps the clock running from here.
      await page.clock.fastForward('05:00')
      await page.getByRole('navigation').getByRole('link', { name: 'Home' }).click()
      await page.getByRole('link', { name: topic.title }).click()
      await page.getByRole('button', { name: 'Next', exact: true }).click()
      await page.getByRole('navigation').getByRole('link', { name: 'Home' }).click()
      await expect(page.getByRole('link', { name: /due for review$/ })).toBeVisible()
      await expect(page.getByText('In progress')).toBeVisible()
      await scan('home with facts due and a lesson in progress')
      await page.getByRole('link', { name: /due for review$/ }).click()
      const due = page.getByRole('form', { name: /^Question 1 of \d+$/ })
      await expect(due).toBeVisible()
      await scan('review with a fact due')
      await answerWhatever(due)
      await due.getByRole('button', { name: 'Check answer' }).click()
      await expect(due.getByRole('status')).toHaveText(/^(Correct|Incorrect|Partly correct)/)
      await scan('review feedback')
    },
  },
  {
    route: '/progress',
    visit: async (page, scan) => {
      await page.goto('/progress')
      await expect(page.getByText('0 answers')).toBeVisible()
      await scan('progress with no answers')
      await answerThree(page, 'a11y-progress', ['single', 'truefalse'])
      await page.goto('/progress')
      await expect(page.getByText('3 answers')).toBeVisible()
      await expect(page.getByRole('heading', { name: 'Facts to practise' })).toBeVisible()
      await scan('progress with answers, the chart and facts to practise')
      const name = page.getByRole('textbox', { name: 'Name', exact: true })
      await name.fill('')
      await page.getByRole('button', { name: 'Save name' }).click()
      await expect(page.getByRole('alert')).toBeVisible()
      await scan('progress, renaming the learner to nothing')
      await name.fill('Ana')
      await page.getByRole('button', { name: 'Save name' }).click()
      await expect(page.getByText('Renamed to Ana.')).toBeVisible()
      await page.getByRole('button', { name: 'Learner: Ana. Change learner' }).click()
      const dialog = page.getByRole('dialog', { name: 'Who is learning?' })
      await dialog.getByLabel('New learner’s name').fill('Ben')
      await dialog.getByRole('button', { name: 'Add learner' }).click()
      await expect(page.getByRole('button', { name: 'Remove this learner' })).toBeVisible()
      await scan('progress of a second learner, who can be removed')
      // The confirmation is the browser's own dialog, outside the page; after it, the message.
      page.once('dialog', (confirm) => confirm.accept())
      await page.getByRole('button', { name: 'Remove this learner' }).click()
      await expect(page.getByText('Ben was removed from this device.')).toBeVisible()
      await scan('progress after removing a learner')
      // A notice over the page (the update prompt is one too): here, a damaged saved answer.
      await damageSavedAnswers(page, 99, '{')
      await page.goto('/progress')
      await expect(page.getByRole('button', { name: 'Dismiss' })).toBeVisible()
      await scan('a notice above the page')
    },
  },
  {
    route: '/class',
    visit: async (page, scan) => {
      await page.goto('/class')
      await expect(page.getByText('No results yet')).toBeVisible()
      await scan('class report with no results')
      // A learner's progress export is one of the files a class report imports; a typed answer
      // that was wrong gets a link to accept it in the studio.
      const [missed] = await answerThree(page, 'a11y-class', ['short'])
      await page.goto('/progress')
      const download = page.waitForEvent('download')
      await page.getByRole('button', { name: 'Export progress' }).click()
      const file = await (await download).path()
      await page.goto('/class')
      await page.getByLabel('Import results').setInputFiles(file)
      const table = page.getByRole('table', { name: 'Questions' })
      await expect(table.getByRole('rowheader')).toHaveCount(3)
      await scan('class report with imported results')
      const open = table.getByRole('button', { name: visibleText(missed!.prompt, missed!.format) })
      await open.click()
      await expect(open).toHaveAttribute('aria-expanded', 'true')
      await expect(page.getByRole('link', { name: /^Accept “.*” as right$/ })).toBeVisible()
      await scan("class report with a wrong answer's details open")
    },
  },
  {
    route: '/print',
    visit: async (page, scan) => {
      await page.goto(`/print?bank=${bank.id}&n=8&seed=a11y`)
      await expect(page.getByRole('heading', { name: 'Answer key' })).toBeVisible()
      await scan('a worksheet and its answer key')
    },
  },
  {
    route: 'the learner picker',
    visit: async (page, scan) => {
      await page.goto('/')
      await page.getByRole('button', { name: /^Learner: .*Change learner$/ }).click()
      const dialog = page.getByRole('dialog', { name: 'Who is learning?' })
      await expect(dialog).toBeVisible()
      await scan('the learner picker open')
      await dialog.getByRole('button', { name: 'Add learner' }).click()
      await expect(dialog.getByRole('alert')).toBeVisible()
      await scan('the learner picker with a name problem')
    },
  },
  {
    route: '/author',
    visit: async (page, scan) => {
      await page.goto('/author')
      await expect(page.getByText('No problems: the file is ready to use.')).toBeVisible()
      await expect(page.getByRole('heading', { name: 'Preview' })).toBeVisible()
      await scan('the studio with its starting draft and preview')
      await replaceDraft(page, '')
      await expect(
        page.getByRole('list', { name: 'Problems' }).getByRole('listitem'),
      ).not.toHaveCount(0)
      await scan('the studio with an empty file')
      await page.getByLabel('Format').selectOption('gift')
      await replaceDraft(page, BROKEN_GIFT)
      await expect(page.getByRole('list', { name: 'Problems' })).toContainText('GIFT syntax')
      await scan('the studio with a draft that has problems')
      await replaceDraft(page, `${BROKEN_GIFT.trimEnd()}}\n`)
      await expect(page.getByText(/^0 errors, 3 warnings\./)).toBeVisible()
      await expect(page.getByRole('form', { name: /^Question \d of 3$/ })).toHaveCount(3)
      await scan('the studio with warnings and the preview')
      await page.getByRole('button', { name: 'Try as student' }).click()
      await expect(page.getByRole('link', { name: 'Back to the draft' })).toBeVisible()
      await scan('a draft tried as a student')
    },
  },
  {
    route: '/kiosk, set-up and a student',
    visit: async (page, scan) => {
      await page.goto(`/kiosk?bank=${bank.id}&n=1`)
      const setup = page.getByRole('dialog', { name: 'Set up kiosk' })
      await expect(setup).toBeVisible()
      await scan('kiosk set-up')
      await setup.getByLabel('Teacher PIN').fill(PIN)
      await setup.getByLabel('Confirm PIN').fill('1357')
      await setup.getByRole('button', { name: 'Start kiosk' }).click()
      await expect(setup.getByRole('alert')).toBeVisible()
      await scan('kiosk set-up with PINs that differ')
      await setup.getByLabel('Teacher PIN').fill(PIN)
      await setup.getByLabel('Confirm PIN').fill(PIN)
      await setup.getByRole('button', { name: 'Start kiosk' }).click()
      await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible()
      await scan('kiosk attract screen')
      await page.getByRole('button', { name: 'Start', exact: true }).click()
      const form = page.getByRole('form', { name: 'Question 1 of 1' })
      await expect(form).toBeVisible()
      await scan("a kiosk student's question")
      await answerWhatever(form)
      await form.getByRole('button', { name: 'Check answer' }).click()
      await expect(form.getByRole('status')).not.toBeEmpty()
      await scan("a kiosk student's feedback")
      await form.getByRole('button', { name: 'See results' }).click()
      await expect(page.getByRole('button', { name: 'Next student' })).toBeVisible()
      await scan("a kiosk student's results")
    },
  },
  {
    route: '/kiosk, the idle check',
    visit: async (page, scan) => {
      await page.clock.install()
      await page.goto(`/kiosk?bank=${bank.id}&n=2&idle=10`)
      await setUpKiosk(page)
      await page.getByRole('button', { name: 'Start', exact: true }).click()
      await expect(page.getByRole('form', { name: 'Question 1 of 2' })).toBeVisible()
      await page.clock.runFor(10_500)
      const still = page.getByRole('alertdialog', { name: 'Are you still there?' })
      await expect(still).toBeVisible()
      // Frozen time keeps the countdown from ending the session while axe (on timers) runs.
      await page.clock.setFixedTime(await page.evaluate(() => Date.now()))
      await scan('the idle check, Are you still there?')
      await still.getByRole('button', { name: "I'm still here" }).click()
      await expect(still).toBeHidden()
    },
  },
  {
    route: '/kiosk, the teacher',
    visit: async (page, scan) => {
      await page.goto(`/kiosk?bank=${bank.id}&n=2`)
      await setUpKiosk(page)
      await page.getByRole('button', { name: 'Teacher' }).click()
      const unlock = page.getByRole('dialog', { name: 'Teacher unlock' })
      await expect(unlock).toBeVisible()
      await scan('teacher unlock')
      await unlock.getByLabel('Teacher PIN').fill('0000')
      await unlock.getByRole('button', { name: 'Unlock' }).click()
      await expect(unlock.getByRole('alert')).toContainText('Wrong PIN')
      await scan('teacher unlock after a wrong PIN')
      await unlock.getByLabel('Teacher PIN').fill(PIN)
      await unlock.getByRole('button', { name: 'Unlock' }).click()
      await expect(page.getByRole('button', { name: 'Exit kiosk' })).toBeVisible()
      await scan('the teacher panel')
    },
  },
  {
    route: 'an address that is not a page',
    visit: async (page, scan) => {
      await page.goto('/no-such-page')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
      await scan('page not found')
    },
  },
]

/** Two questions of one type: the first to answer right, the second wrong. */
function twoOf(type: QuestionType): [QuizQuestion, QuizQuestion] {
  const questions = expectedQuiz(bank, { n: 2, seed: 'a11y', types: [type] })
  if (questions.length !== 2) throw new Error(`the bank has fewer than 2 ${type} questions`)
  return questions as [QuizQuestion, QuizQuestion]
}

/** Plays a quiz of three questions of `types`, the first wrong, to its results; returns them. */
async function answerThree(page: Page, seed: string, types: QuestionType[]) {
  const questions = expectedQuiz(bank, { n: 3, seed, types })
  await page.goto(`/quiz?bank=${bank.id}&n=3&seed=${seed}&types=${types.join(',')}`)
  for (const [i, question] of questions.entries()) {
    const form = page.getByRole('form', { name: `Question ${i + 1} of 3` })
    await checkAnswer(form, question, i === 0 ? 'wrong' : 'right', /^(In)?[Cc]orrect/)
    await form.getByRole('button', { name: i === 2 ? 'See results' : 'Next question' }).click()
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results')
  return questions
}

export async function checkAnswer(
  form: Locator,
  question: QuizQuestion,
  how: 'right' | 'wrong',
  verdict: RegExp,
) {
  await answer(form, question, how)
  await form.getByRole('button', { name: 'Check answer' }).click()
  await expect(form.getByRole('status')).toHaveText(verdict)
}

async function setUpKiosk(page: Page) {
  const setup = page.getByRole('dialog', { name: 'Set up kiosk' })
  await setup.getByLabel('Teacher PIN').fill(PIN)
  await setup.getByLabel('Confirm PIN').fill(PIN)
  await setup.getByRole('button', { name: 'Start kiosk' }).click()
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible()
}

/** The kiosk's quiz is random: any answer its inputs take will do. */
/** Answers whatever question the form holds, rightly or not: the first choice, 1953, the first option. */
export async function answerWhatever(form: Locator) {
  if (await form.getByRole('radio').count()) await form.getByRole('radio').first().check()
  if (await form.getByRole('checkbox').count()) await form.getByRole('checkbox').first().check()
  for (const box of await form.getByRole('textbox').all()) await box.fill('1953')
  for (const select of await form.getByRole('combobox').all())
    await select.selectOption({ index: 1 })
}

async function replaceDraft(page: Page, text: string) {
  await page.getByRole('textbox', { name: 'Question file' }).click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Delete')
  if (text) await page.keyboard.insertText(text)
}
