import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { unzipSync } from 'fflate'
import { readSuspended } from '../../src/domain/lms/suspend.ts'
import {
  expectedQuiz,
  INTERACTION_TYPES,
  loadBankForTest,
  takeLessonStep,
  visibleText,
} from './helpers.ts'
import { SESSION_ID, startCmi5Lms, type Cmi5Lms, type LaunchMode } from './support/cmi5-lms.ts'
import { readStatements, requireLrs, type StoredStatement } from './support/lrs.ts'

// The cmi5 package scripts/package/test-packages.ts builds (the quiz of
// tests/fixtures/lms/all-types.yaml, 8 questions, seed `e2e`, mastery 0.8), launched by a test
// LMS that stands in front of the real LRS (tests/lrs/); the statements are read back from it.
requireLrs(test)

const PACKAGES = resolve(process.env.E2E_PACKAGES ?? 'test-results/packages')
const bank = loadBankForTest('tests/fixtures/lms/all-types.yaml')
const questions = expectedQuiz(bank, { n: 8, seed: 'e2e' })

const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5'
const MOVE_ON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon'
const MASTERY_SCORE = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore'
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

// Every page of a test runs under the package's strict policy: no violation (as the event, from
// before any script of the page, and as Chromium's console report) and no uncaught error.
let problems: string[] = []
test.beforeEach(async ({ context }) => {
  problems = []
  await context.exposeFunction('__cspViolation', (v: string) => problems.push(v))
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation
      void report(`CSP ${e.effectiveDirective} blocked ${e.blockedURI}`)
    })
  })
  context.on('console', (message) => {
    if (/content.security.policy|refused to/i.test(message.text()))
      problems.push(`console: ${message.text()}`)
  })
  context.on('weberror', (error) => problems.push(`uncaught: ${error.error().message}`))
})
test.afterEach(() => expect(problems).toEqual([]))

/**
 * Answers questions `from` to `to` (0-based, `to` excluded) on the AU's page, each checked and
 * left by its Next (or See results) button, as a quiz step of a lesson is.
 */
async function play(page: Page, how: (i: number) => 'right' | 'wrong', from = 0, to = 8) {
  for (let i = from; i < to; i++) {
    const question = questions[i]!
    const form = page.getByRole('form', { name: `Question ${i + 1} of ${questions.length}` })
    await expect(form.getByRole('heading', { level: 2 })).toHaveText(
      visibleText(question.prompt, question.format),
    )
    const step = {
      kind: 'quiz',
      id: question.id,
      question,
      number: i + 1,
      total: questions.length,
    } as const
    await takeLessonStep(page, step, { how: how(i) })
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
    // The publisher's id of the AU (cmi5 spec 9.6.2.3) and the course, as the LMS put them.
    expect(
      s.context?.contextActivities?.grouping?.map((g) => g.id),
      where,
    ).toEqual([course.auId, course.courseId])
  }
  const ids = statements.map((s) => s.id)
  expect(new Set(ids).size, 'no statement id twice').toBe(ids.length)
}

/** The `answered` statements: one per question in the quiz's order, each with its interaction. */
function expectAnswers(
  answered: StoredStatement[],
  activityId: string,
  right: (i: number) => boolean,
) {
  expect(answered).toHaveLength(questions.length)
  for (const [i, question] of questions.entries()) {
    const s = answered[i]!
    expect(s.object.id).toBe(`${activityId}/test/${bank.id}/question/${question.id}`)
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

/**
 * The registration's statements once its session is over, checked: `initialized`, an `answered`
 * per question (when `right` says how each was answered), then `ending`; all with the launch's
 * context and an id of their own.
 */
async function expectSession(
  registration: string,
  ending: string[],
  right?: (i: number) => boolean,
): Promise<StoredStatement[]> {
  const statements = await sessionStatements(registration)
  expect(statements.map(verbOf)).toEqual([
    'initialized',
    ...(right ? questions.map(() => 'answered') : []),
    ...ending,
  ])
  expectLaunchContext(statements, registration)
  if (right)
    expectAnswers(
      statements.filter((s) => verbOf(s) === 'answered'),
      lms.launch(registration).activityId,
      right,
    )
  return statements
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
  const registration = await launch(page, 'Normal')
  await play(page, () => 'right', 0, 3)
  await expect(page.getByRole('form', { name: `Question 4 of ${questions.length}` })).toBeVisible()
  // Once the third answer is with the LRS, the learner reloads the page.
  await expect.poll(async () => (await readStatements({ registration })).length).toBe(1 + 3)
  await page.reload()
  await play(page, () => 'right', 3)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results')
  await expect(page.getByText(`${questions.length} of ${questions.length} correct`)).toBeVisible()

  const statements = await expectSession(
    registration,
    ['passed', 'completed', 'terminated'],
    () => true,
  )
  const passed = statements.find((s) => verbOf(s) === 'passed')!
  expect(passed.object.id).toBe(lms.launch(registration).activityId)
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
})

test('Normal, too many wrong: failed with the scaled score, then completed and terminated', async ({
  page,
}) => {
  const registration = await launch(page, 'Normal')
  // 5 of 8: 0.625, under the mastery score of 0.8.
  await play(page, (i) => (i < 5 ? 'right' : 'wrong'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results')

  const statements = await expectSession(
    registration,
    ['failed', 'completed', 'terminated'],
    (i) => i < 5,
  )
  const failed = statements.find((s) => verbOf(s) === 'failed')!
  expect(failed.result?.score).toEqual({ scaled: 0.625, raw: 5, min: 0, max: 8 })
  expect(failed.result?.success).toBe(false)
  expect(failed.context?.extensions?.[MASTERY_SCORE]).toBe(0.8)
  expect(lms.launch(registration).fetchCalls).toBe(1)
})

test('Browse: the answers are sent, but no passed, failed or completed', async ({ page }) => {
  const registration = await launch(page, 'Browse')
  await expect(page.getByRole('status').first()).toHaveText(
    'Browsing: your answers are not scored.',
  )
  await play(page, () => 'right')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results')

  await expectSession(registration, ['terminated'], () => true)
})

test('Review: only initialized and terminated; nothing of the answers is recorded', async ({
  page,
}) => {
  const registration = await launch(page, 'Review')
  await expect(page.getByRole('status').first()).toHaveText(
    'Review: nothing you do here is recorded.',
  )
  await play(page, (i) => (i < 4 ? 'right' : 'wrong'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results')

  await expectSession(registration, ['terminated'])
  // Review keeps no place either: a later Normal launch starts the quiz afresh.
  expect(lms.stateOf(registration, 'factline-run')).toBeUndefined()
})

test('a later session of the registration goes on where the last stopped; after the end, one shows the results and sends no result again', async ({
  page,
  context,
}) => {
  const registration = await launch(page, 'Normal')
  const sessions = [lms.launch(registration).sessionId]
  await play(page, () => 'right', 0, 3)
  // The place is in the LRS (the AU's own state document) once the third answer is sent.
  await expect
    .poll(() => {
      const run = lms.stateOf(registration, 'factline-run') as { resumeData?: string } | undefined
      return (
        run?.resumeData && readSuspended(run.resumeData)?.answers?.filter((a) => a !== null).length
      )
    })
    .toBe(3)
  // The learner closes the window; later the LMS launches the AU again, in the same registration.
  await page.close()
  let next = await context.newPage()
  await next.goto(lms.launchUrl({ mode: 'Normal', mastery: 0.8, registration }))
  sessions.push(lms.launch(registration).sessionId)
  // Back at the last answer sent, with its verdict, and on from there.
  const third = next.getByRole('form', { name: `Question 3 of ${questions.length}` })
  await expect(third.getByRole('status')).toHaveText(/^Correct/)
  await third.getByRole('button', { name: 'Next question' }).click()
  await play(next, () => 'right', 3)
  await expect(next.getByRole('heading', { level: 1 })).toHaveText('Results')
  await sessionStatements(registration)

  // Once more after the end: the results, and a session with nothing in it.
  await next.close()
  next = await context.newPage()
  await next.goto(lms.launchUrl({ mode: 'Normal', mastery: 0.8, registration }))
  sessions.push(lms.launch(registration).sessionId)
  await expect(next.getByRole('heading', { level: 1 })).toHaveText('Results')
  await expect(next.getByText(`${questions.length} of ${questions.length} correct`)).toBeVisible()

  let statements: StoredStatement[] = []
  await expect
    .poll(async () => {
      statements = await readStatements({ registration, ascending: 'true' })
      return statements.length
    })
    .toBe(4 + 9 + 2)
  const verbsOf = (session: string) =>
    statements.filter((s) => s.context?.extensions?.[SESSION_ID] === session).map(verbOf)
  // The first session was left without `terminated`: the LMS would record it abandoned.
  expect(verbsOf(sessions[0]!)).toEqual(['initialized', 'answered', 'answered', 'answered'])
  expect(verbsOf(sessions[1]!)).toEqual([
    'initialized',
    ...questions.slice(3).map(() => 'answered'),
    'passed',
    'completed',
    'terminated',
  ])
  expect(verbsOf(sessions[2]!)).toEqual(['initialized', 'terminated'])
  const answered = statements.filter((s) => verbOf(s) === 'answered').map((s) => s.object.id)
  expect(new Set(answered).size).toBe(questions.length)
  expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length)
})

test('the fetch URL answers once: the same launch in a second tab says so, and its quiz still plays', async ({
  page,
  context,
}) => {
  const url = lms.launchUrl({ mode: 'Normal', mastery: 0.8 })
  const registration = new URL(url).searchParams.get('registration')!
  await page.goto(url)
  await expect(page.getByRole('form', { name: `Question 1 of ${questions.length}` })).toBeVisible()
  await expect.poll(async () => (await readStatements({ registration })).length).toBe(1)

  const second = await context.newPage()
  await second.goto(url)
  await expect(second.getByRole('alert')).toContainText(
    'Your course could not be reached (the launch link, which works once',
  )
  await play(second, () => 'right', 0, 1)
  expect(lms.launch(registration).fetchCalls).toBe(2)
  // The first tab's session goes on; the second sent nothing.
  await play(page, () => 'right', 0, 1)
  await expect
    .poll(async () => (await readStatements({ registration, ascending: 'true' })).map(verbOf))
    .toEqual(['initialized', 'answered'])
})
