import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { expect, test, type FrameLocator, type Page } from '@playwright/test'
import { unzipSync } from 'fflate'
import { answer, expectedQuiz, INTERACTION_TYPES, loadBankForTest, visibleText } from './helpers.ts'
import {
  closeCourse,
  cmiList,
  cmiValue,
  courseFrame,
  firstLaunchData,
  readCalls,
  readCmi,
  setLaunch,
  startScormHost,
  type ScormCall,
  type ScormHost,
  type ScormVersion,
} from './support/scorm-host.ts'

// The packages scripts/package/test-packages.ts builds (scripts/test.mjs runs it first): the
// quiz of tests/fixtures/lms/all-types.yaml, 8 questions, seed `e2e`, mastery 80 %.
const PACKAGES = resolve(process.env.E2E_PACKAGES ?? 'test-results/packages')
const bank = loadBankForTest('tests/fixtures/lms/all-types.yaml')
const questions = expectedQuiz(bank, { n: 8, seed: 'e2e' })

/** Each package unzipped and served by a test LMS of its own, running scorm-again. */
const hosts = new Map<string, ScormHost>()
const folders: string[] = []
test.beforeAll(async () => {
  for (const name of ['scorm12', 'scorm12-no-mastery', 'scorm2004']) {
    const dir = mkdtempSync(join(tmpdir(), `factline-${name}-`))
    folders.push(dir)
    const zip = unzipSync(readFileSync(join(PACKAGES, `${name}.zip`)))
    for (const [path, bytes] of Object.entries(zip)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeFileSync(join(dir, path), bytes)
    }
    hosts.set(name, await startScormHost({ packageDir: dir }))
  }
})
test.afterAll(async () => {
  for (const host of hosts.values()) await host.close()
  for (const dir of folders) rmSync(dir, { recursive: true, force: true })
})

const host = (name: string) => hosts.get(name)!

// The package runs under its own strict policy inside the LMS's page: nothing it does may break
// it, and no script error may go unseen.
let problems: string[] = []
test.beforeEach(({ page }) => {
  problems = []
  page.on('console', (message) => {
    if (/content.security.policy|refused to/i.test(message.text()))
      problems.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
})
test.afterEach(() => expect(problems).toEqual([]))

/** Answers questions `from` to `to` (0-based, `to` excluded) in the course's frame. */
async function play(
  frame: FrameLocator,
  how: (i: number) => 'right' | 'wrong',
  from = 0,
  to = questions.length,
) {
  for (let i = from; i < to; i++) {
    const question = questions[i]!
    const form = frame.getByRole('form', { name: `Question ${i + 1} of ${questions.length}` })
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

const setValues = (calls: ScormCall[]) =>
  calls.filter((c) => c.fn === 'LMSSetValue' || c.fn === 'SetValue')
/** The last value the course set for `element`. */
const lastSet = (calls: ScormCall[], element: string) =>
  setValues(calls).findLast((c) => c.element === element)?.value

// The standards' own formats (SCORM 1.2 RTE 3.4.2, SCORM 2004 4th ed. RTE 4.2), not scorm-again's.
const TIMESPAN_12 = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/
const TIME_12 = /^\d{2}:\d{2}:\d{2}(\.\d{1,2})?$/
const INTERVAL_2004 =
  /^P(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,2})?S)?)?$/
/** The course page, launched by the test LMS of `name` with `data`. */
async function launch(page: Page, name: string, version: ScormVersion, mastery?: number) {
  await setLaunch(page, { version, data: firstLaunchData(version, { mastery }) })
  await page.goto(host(name).url(version, 'index.html'))
  return courseFrame(page)
}

test('SCORM 1.2: every answer is an interaction; the score and "failed" go to the LMS at the end', async ({
  page,
}) => {
  const frame = await launch(page, 'scorm12', '1.2')
  // 6 of 8 right: 75 %, under the package's mastery score of 80 %.
  await play(frame, (i) => (i < 6 ? 'right' : 'wrong'))
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Results')
  await expect(frame.getByRole('button', { name: 'New quiz' })).toHaveCount(0)

  const calls = await readCalls(page)
  expect(calls[0]!.fn).toBe('LMSInitialize')
  expect(calls.at(-1)!.fn).toBe('LMSFinish')
  expect(calls.filter((c) => c.fn === 'LMSFinish')).toHaveLength(1)
  expect(calls.filter((c) => c.result !== 'true')).toEqual([])
  expect(lastSet(calls, 'cmi.core.score.raw')).toBe('75')
  expect(lastSet(calls, 'cmi.core.score.min')).toBe('0')
  expect(lastSet(calls, 'cmi.core.score.max')).toBe('100')
  expect(lastSet(calls, 'cmi.core.lesson_status')).toBe('failed')
  expect(lastSet(calls, 'cmi.core.exit')).toBe('')
  expect(lastSet(calls, 'cmi.core.session_time')).toMatch(TIMESPAN_12)
  expect(lastSet(calls, 'cmi.suspend_data')!.length).toBeLessThanOrEqual(4096)
  // Every answer was committed as it was checked, not only at the end.
  expect(calls.filter((c) => c.fn === 'LMSCommit').length).toBeGreaterThanOrEqual(questions.length)

  const cmi = await readCmi(page)
  const interactions = cmiList(cmi, 'cmi.interactions')
  expect(interactions).toHaveLength(questions.length)
  for (const [i, question] of questions.entries()) {
    const interaction = interactions[i]!
    expect(cmiValue(interaction, 'id')).toMatch(/^[\w-]{1,255}$/)
    expect(cmiValue(interaction, 'id')).toContain(question.id)
    expect(cmiValue(interaction, 'type')).toBe(INTERACTION_TYPES[question.type])
    expect(cmiValue(interaction, 'result')).toBe(i < 6 ? 'correct' : 'wrong')
    expect(cmiValue(interaction, 'latency')).toMatch(TIMESPAN_12)
    expect(cmiValue(interaction, 'time')).toMatch(TIME_12)
    expect(cmiList(interaction, 'correct_responses').length).toBeGreaterThan(0)
  }
  await expect(frame.getByRole('alert')).toHaveCount(0)
})

test('SCORM 1.2 without a mastery score reports "completed"; the LMS\'s own mastery wins', async ({
  page,
}) => {
  let frame = await launch(page, 'scorm12-no-mastery', '1.2')
  await play(frame, () => 'right')
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Results')
  let calls = await readCalls(page)
  expect(lastSet(calls, 'cmi.core.score.raw')).toBe('100')
  expect(lastSet(calls, 'cmi.core.lesson_status')).toBe('completed')

  // The LMS sets 90 %: 7 of 8 (87.5 %) fails it, though the package has no pass mark.
  await page.goto('about:blank')
  frame = await launch(page, 'scorm12-no-mastery', '1.2', 0.9)
  await play(frame, (i) => (i === 0 ? 'wrong' : 'right'))
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Results')
  calls = await readCalls(page)
  expect(lastSet(calls, 'cmi.core.score.raw')).toBe('87.5')
  expect(lastSet(calls, 'cmi.core.lesson_status')).toBe('failed')
})

test("SCORM 2004: interactions, scaled score, completion and success, in the standard's formats", async ({
  page,
}) => {
  const frame = await launch(page, 'scorm2004', '2004')
  await play(frame, () => 'right')
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Results')

  const calls = await readCalls(page)
  expect(calls[0]!.fn).toBe('Initialize')
  expect(calls.at(-1)!.fn).toBe('Terminate')
  expect(calls.filter((c) => c.result !== 'true')).toEqual([])
  expect(lastSet(calls, 'cmi.score.scaled')).toBe('1')
  expect(lastSet(calls, 'cmi.score.raw')).toBe('8')
  expect(lastSet(calls, 'cmi.score.max')).toBe('8')
  expect(lastSet(calls, 'cmi.completion_status')).toBe('completed')
  expect(lastSet(calls, 'cmi.success_status')).toBe('passed')
  expect(lastSet(calls, 'cmi.session_time')).toMatch(INTERVAL_2004)
  // Suspended, so that a relaunch shows these results rather than a new, empty attempt.
  expect(lastSet(calls, 'cmi.exit')).toBe('suspend')

  const interactions = cmiList(await readCmi(page), 'cmi.interactions')
  expect(interactions).toHaveLength(questions.length)
  for (const [i, question] of questions.entries()) {
    const interaction = interactions[i]!
    expect(cmiValue(interaction, 'id')).toBe(`urn:factline:${bank.id}:${question.id}`)
    expect(cmiValue(interaction, 'type')).toBe(INTERACTION_TYPES[question.type])
    expect(cmiValue(interaction, 'result')).toBe('correct')
    expect(cmiValue(interaction, 'latency')).toMatch(INTERVAL_2004)
    expect(cmiValue(interaction, 'learner_response')).not.toBe('')
    expect(cmiValue(interaction, 'description')).toBe(visibleText(question.prompt, question.format))
  }
})

for (const [name, version] of [
  ['scorm12', '1.2'],
  ['scorm2004', '2004'],
] as const) {
  test(`SCORM ${version}: a learner who leaves halfway resumes at the next question; a finished attempt shows its results`, async ({
    page,
  }) => {
    let frame = await launch(page, name, version)
    await play(frame, () => 'right', 0, 3)
    await expect(
      frame.getByRole('form', { name: `Question 4 of ${questions.length}` }),
    ).toBeVisible()
    // The learner closes the course; the LMS launches it again later.
    await closeCourse(page)
    await setLaunch(page, { version, relaunch: true })
    await page.reload()
    frame = courseFrame(page)
    await play(frame, () => 'right', 3)
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Results')
    await expect(
      frame.getByText(`${questions.length} of ${questions.length} correct`),
    ).toBeVisible()
    const ids = cmiList(await readCmi(page), 'cmi.interactions').map((i) => cmiValue(i, 'id'))
    expect(ids).toHaveLength(questions.length)
    expect(new Set(ids).size).toBe(questions.length)

    // Launched once more after the end: the results again, and nothing new but the time.
    await closeCourse(page)
    await page.reload()
    frame = courseFrame(page)
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Results')
    await closeCourse(page)
    const written = setValues(await readCalls(page)).map((c) => c.element)
    expect(written.filter((e) => !/session_time|exit$/.test(e ?? ''))).toEqual([])
  })
}

test('an LMS that refuses a value is told on screen, and the quiz goes on', async ({ page }) => {
  await setLaunch(page, {
    version: '1.2',
    data: firstLaunchData('1.2'),
    failOn: 'cmi.core.score.raw',
  })
  await page.goto(host('scorm12').url('1.2', 'index.html'))
  const frame = courseFrame(page)
  await play(frame, () => 'right')
  await expect(frame.getByRole('alert')).toContainText(
    'Your course did not accept cmi.core.score.raw (405',
  )
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Results')
  // The other values still went: the status is there.
  expect(lastSet(await readCalls(page), 'cmi.core.lesson_status')).toBe('passed')
})

test('without an LMS the package still plays, and says its results are not sent', async ({
  page,
}) => {
  await page.goto(
    `${host('scorm12')
      .url('1.2')
      .replace(/\/lms\/.*$/, '')}/pkg/index.html`,
  )
  await expect(page.getByRole('status').first()).toHaveText(
    'Not connected to a course: your results are not sent.',
  )
  const frame = page.locator(':root')
  const form = frame.getByRole('form', { name: `Question 1 of ${questions.length}` })
  await answer(form, questions[0]!, 'right')
  await form.getByRole('button', { name: 'Check answer' }).click()
  await expect(form.getByRole('status')).toHaveText(/^Correct/)
})
