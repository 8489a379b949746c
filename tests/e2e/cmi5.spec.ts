import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { unzipSync } from 'fflate'
import type { QuizQuestion } from '../../src/domain/quiz.ts'
import { answer, expectedQuiz, loadBankForTest, visibleText } from './helpers.ts'
import { SESSION_ID, startCmi5Lms, type Cmi5Lms, type LaunchMode } from './support/cmi5-lms.ts'
import { readStatements, skipWithoutLrs, type StoredStatement } from './support/lrs.ts'

// The cmi5 package scripts/package/test-packages.ts builds (the quiz of
// tests/fixtures/lms/all-types.yaml, 8 questions, seed `e2e`, mastery 0.8), launched by a test
// LMS that stands in front of the real LRS (tests/lrs/); the statements are read back from it.
skipWithoutLrs(test)

const PACKAGES = resolve(process.env.E2E_PACKAGES ?? 'test-results/packages')
const bank = loadBankForTest('tests/fixtures/lms/all-types.yaml')
const questions = expectedQuiz(bank, { n: 8, seed: 'e2e' })

const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5'
const MOVE_ON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon'
const MASTERY_SCORE = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore'
const INTERACTION_TYPES: Record<QuizQuestion['type'], string> = {
  single: 'choice',
  multiple: 'choice',
  truefalse: 'true-false',
  numeric: 'numeric',
  short: 'fill-in',
  cloze: 'fill-in',
  order: 'sequencing',
  match: 'matching',
}

let lms: Cmi5Lms
let course: { courseId: string; auId: string }
test.beforeAll(async () => {
  const files = unzipSync(readFileSync(join(PACKAGES, 'cmi5.zip')))
  // The LMS takes the course's and the AU's ids from the package's course structure.
  const structure = new TextDecoder().decode(files['cmi5.xml'])
  const idOf = (element: string) => new RegExp(`<${element} id="([^"]+)"`).exec(structure)?.[1]
  course = { courseId: idOf('course')!, auId: idOf('au')! }
  expect(course.courseId).toBeTruthy()
  expect(course.auId).toBeTruthy()
  lms = await startCmi5Lms({ files, ...course })
})
test.afterAll(async () => {
  await lms?.close()
})

/**
 * The page's Content-Security-Policy violations, as events (from before any script of the page
 * runs, on every load) and as Chromium's console reports.
 */
async function watchPolicy(page: Page): Promise<string[]> {
  const violations: string[] = []
  await page.exposeFunction('__cspViolation', (v: string) => violations.push(v))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation
      void report(`${e.effectiveDirective} blocked ${e.blockedURI}`)
    })
  })
  page.on('console', (message) => {
    if (/content.security.policy|refused to/i.test(message.text()))
      violations.push(`console: ${message.text()}`)
  })
  return violations
}

/** Answers questions `from` to `to` (0-based, `to` excluded) on the AU's page. */
async function play(page: Page, how: (i: number) => 'right' | 'wrong', from = 0, to = 8) {
  for (let i = from; i < to; i++) {
    const question = questions[i]!
    const form = page.getByRole('form', { name: `Question ${i + 1} of ${questions.length}` })
    await expect(form.getByRole('heading', { level: 2 })).toHaveText(
      visibleText(question.prompt, question.format),
    )
    await answer(form, question, how(i))
    await form.getByRole('button', { name: 'Check answer' }).click()
    await expect(form.getByRole('status')).toHaveText(
      how(i) === 'right' ? /^Correct/ : /^Incorrect/,
    )
    await form
      .getByRole('button', { name: i === questions.length - 1 ? 'See results' : 'Next question' })
      .click()
  }
}

const verbOf = (s: StoredStatement) => s.verb.id.split('/').at(-1)!
const categories = (s: StoredStatement) =>
  (s.context?.contextActivities?.category ?? []).map((c) => c.id)

/** The registration's statements, oldest first, once the last one is `terminated`. */
async function sessionStatements(registration: string): Promise<StoredStatement[]> {
  let statements: StoredStatement[] = []
  await expect
    .poll(async () => {
      statements = await readStatements({ registration, ascending: 'true' })
      return statements.at(-1) && verbOf(statements.at(-1)!)
    })
    .toBe('terminated')
  return statements
}

/** What every statement of a launch carries: the learner, the registration, the LMS's context. */
function expectLaunchContext(statements: StoredStatement[], registration: string) {
  const launch = lms.launch(registration)
  for (const s of statements) {
    const where = `${verbOf(s)} ${s.object.id}`
    expect(s.actor.account, where).toEqual(launch.actor.account)
    expect(s.context?.registration, where).toBe(registration)
    expect(s.context?.extensions?.[SESSION_ID], where).toBe(launch.sessionId)
    expect(s.context?.contextActivities?.grouping?.map((g) => g.id), where).toEqual([
      course.courseId,
    ])
  }
  const ids = statements.map((s) => s.id)
  expect(new Set(ids).size, 'no statement id twice').toBe(ids.length)
}

/** The `answered` statements: one per question in the quiz's order, each with its interaction. */
function expectAnswers(answered: StoredStatement[], right: (i: number) => boolean) {
  expect(answered).toHaveLength(questions.length)
  for (const [i, question] of questions.entries()) {
    const s = answered[i]!
    expect(s.object.id).toBe(`${course.auId}/test/${bank.id}/question/${question.id}`)
    // An "allowed" statement (cmi5 spec 9.6.2.1): not in the cmi5 category.
    expect(categories(s), question.id).not.toContain(CMI5_CATEGORY)
    const definition = s.object.definition as {
      type: string
      interactionType: string
      correctResponsesPattern: string[]
    }
    expect(definition.type).toBe('http://adlnet.gov/expapi/activities/cmi.interaction')
    expect(definition.interactionType, question.id).toBe(INTERACTION_TYPES[question.type])
    expect(definition.correctResponsesPattern.length, question.id).toBeGreaterThan(0)
    expect(s.result?.success, question.id).toBe(right(i))
    expect(typeof s.result?.response, question.id).toBe('string')
    expect(s.result?.duration, question.id).toMatch(/^P/)
  }
}

/** The AU's requests to the LMS came from its own origin, across origins (with preflights). */
function expectCrossOrigin() {
  const xapi = lms.requests.filter((r) => r.path.startsWith('/xapi/'))
  expect(xapi.length).toBeGreaterThan(0)
  expect(new Set(xapi.map((r) => r.origin))).toEqual(new Set([lms.auOrigin]))
  expect(xapi.some((r) => r.method === 'OPTIONS')).toBe(true)
  expect(lms.auOrigin).not.toBe(lms.lmsOrigin)
}

async function launch(page: Page, mode: LaunchMode) {
  const registration = randomUUID()
  await page.goto(lms.launchUrl({ mode, mastery: 0.8, registration }))
  return registration
}

test('Normal, all right: initialized, an answer per question, passed, completed, terminated; a reload goes on with the same session', async ({
  page,
}) => {
  const violations = await watchPolicy(page)
  const registration = await launch(page, 'Normal')
  await play(page, () => 'right', 0, 3)
  await expect(page.getByRole('form', { name: `Question 4 of ${questions.length}` })).toBeVisible()
  // Once the third answer is with the LRS, the learner reloads the page.
  await expect
    .poll(async () => (await readStatements({ registration })).length)
    .toBe(1 + 3)
  await page.reload()
  await play(page, () => 'right', 3)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results')
  await expect(page.getByText(`${questions.length} of ${questions.length} correct`)).toBeVisible()

  const statements = await sessionStatements(registration)
  expect(statements.map(verbOf)).toEqual([
    'initialized',
    ...questions.map(() => 'answered'),
    'passed',
    'completed',
    'terminated',
  ])
  expectLaunchContext(statements, registration)
  expectAnswers(
    statements.filter((s) => verbOf(s) === 'answered'),
    () => true,
  )
  const passed = statements.find((s) => verbOf(s) === 'passed')!
  expect(passed.object.id).toBe(course.auId)
  expect(passed.result?.score).toEqual({ scaled: 1, raw: 8, min: 0, max: 8 })
  expect(passed.result?.success).toBe(true)
  expect(passed.context?.extensions?.[MASTERY_SCORE]).toBe(0.8)
  expect(categories(passed)).toEqual(expect.arrayContaining([CMI5_CATEGORY, MOVE_ON_CATEGORY]))
  for (const verb of ['initialized', 'completed', 'terminated'])
    expect(categories(statements.find((s) => verbOf(s) === verb)!), verb).toContain(CMI5_CATEGORY)
  // The token is fetched once: the reload went on with the one it had.
  expect(lms.launch(registration).fetchCalls).toBe(1)
  expectCrossOrigin()

  // The results lead back to the LMS, to the return URL of the launch.
  const back = page.getByRole('link', { name: 'Back to your course' })
  await expect(back).toHaveAttribute('href', lms.launch(registration).launchData.returnURL)
  await back.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Back in the LMS')
  expect(violations).toEqual([])
})

test('Normal, too many wrong: failed with the scaled score, then completed and terminated', async ({
  page,
}) => {
  const violations = await watchPolicy(page)
  const registration = await launch(page, 'Normal')
  // 5 of 8: 0.625, under the mastery score of 0.8.
  await play(page, (i) => (i < 5 ? 'right' : 'wrong'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results')

  const statements = await sessionStatements(registration)
  expect(statements.map(verbOf)).toEqual([
    'initialized',
    ...questions.map(() => 'answered'),
    'failed',
    'completed',
    'terminated',
  ])
  expectLaunchContext(statements, registration)
  expectAnswers(
    statements.filter((s) => verbOf(s) === 'answered'),
    (i) => i < 5,
  )
  const failed = statements.find((s) => verbOf(s) === 'failed')!
  expect(failed.result?.score).toEqual({ scaled: 0.625, raw: 5, min: 0, max: 8 })
  expect(failed.result?.success).toBe(false)
  expect(failed.context?.extensions?.[MASTERY_SCORE]).toBe(0.8)
  expect(lms.launch(registration).fetchCalls).toBe(1)
  expect(violations).toEqual([])
})

test('Browse: the answers are sent, but no passed, failed or completed', async ({ page }) => {
  const violations = await watchPolicy(page)
  const registration = await launch(page, 'Browse')
  await expect(page.getByRole('status').first()).toHaveText(
    'Browsing: your answers are not scored.',
  )
  await play(page, () => 'right')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results')

  const statements = await sessionStatements(registration)
  expect(statements.map(verbOf)).toEqual([
    'initialized',
    ...questions.map(() => 'answered'),
    'terminated',
  ])
  expectLaunchContext(statements, registration)
  expectAnswers(
    statements.filter((s) => verbOf(s) === 'answered'),
    () => true,
  )
  expect(violations).toEqual([])
})
