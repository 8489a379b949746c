import { expect } from '@playwright/test'
import { buildLesson } from '../../src/domain/lesson.ts'
import { loadBankForTest, playQuiz, takeLessonStep } from './helpers'
import {
  checkSomething,
  expectInertDom,
  policiesOf,
  REQUIRED_POLICY,
  reviewUntilNothingIsDue,
  test,
} from './security'

// Every route and main state of the app runs under index.html's Content-Security-Policy with no
// violation at all; the last test proves the policy is really enforced, so silence means something.
const bank = loadBankForTest('questions/korea-2018')

test('the served page carries the strict policy, and nothing inline that would need a looser one', async ({
  request,
}) => {
  for (const path of ['/', '/quiz?bank=korea-2018&n=3&seed=x', '/no-such-page']) {
    const html = await (await request.get(path)).text()
    const policies = policiesOf(html)
    expect(policies, path).toHaveLength(1)
    const policy = policies[0]!
    for (const [directive, sources] of Object.entries(REQUIRED_POLICY))
      expect(policy.get(directive), `${path}: ${directive}`).toEqual(sources)
    const all = [...policy.values()].flat()
    expect(
      all.filter((s) => /unsafe|\*|^https?:$|^blob:$/.test(s)),
      path,
    ).toEqual([])
    // The policy must come before anything it governs: first in <head>, after the charset.
    expect(html.indexOf('Content-Security-Policy'), path).toBeLessThan(html.indexOf('<script'))
    expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/gi) ?? [], path).toEqual([])
    expect(html.match(/<style\b|\sstyle=/gi) ?? [], path).toEqual([])
  }
})

test('home, the learner picker and a whole lesson run under the policy', async ({
  page,
  guard,
}) => {
  await page.goto('/')
  await expect(page.getByRole('article', { name: bank.title })).toBeVisible()
  await page.getByRole('button', { name: /^Learner: .*Change learner$/ }).click()
  const picker = page.getByRole('dialog', { name: 'Who is learning?' })
  await expect(picker).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(picker).toBeHidden()
  await guard.expectClean('home')

  const topic = bank.topics[0]!
  const lesson = buildLesson(bank, topic.id)!
  await page.goto(`/lessons/${bank.id}/${topic.id}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic.title)
  for (const step of lesson.steps) await takeLessonStep(page, step)
  await expect(page.getByRole('heading', { name: 'Lesson complete' })).toBeVisible()
  await guard.expectClean('a lesson')
})

test('a quiz with its feedback and results, the review and the progress page run under the policy', async ({
  page,
  guard,
}) => {
  await page.clock.install({ time: new Date('2026-03-02T09:00:00Z') })
  await playQuiz(page, bank, 3, 'csp', 'wrong')
  await expect(page.getByText('0 of 3 correct')).toBeVisible()
  await guard.expectClean('a quiz and its results')

  // Facts missed come back for review a few minutes later.
  await page.clock.fastForward('05:00')
  await page.getByRole('navigation').getByRole('link', { name: 'Review' }).click()
  await reviewUntilNothingIsDue(page)
  await guard.expectClean('the review')

  await page.getByRole('navigation').getByRole('link', { name: 'Progress' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Progress')
  await expect(page.getByRole('heading', { name: 'Facts to practise' })).toBeVisible()
  await page.getByRole('textbox', { name: 'Name' }).fill('Ada')
  await page.getByRole('button', { name: 'Save name' }).click()
  await expect(page.getByRole('button', { name: /^Learner: Ada/ })).toBeVisible()
  await guard.expectClean('the progress page')
})

test('the studio runs under the policy, with its editor styled, its checker and its preview', async ({
  page,
  guard,
}) => {
  await page.goto('/author')
  const editor = page.getByRole('textbox', { name: 'Question file' })
  // The first check waits for the checker's worker to load, which a busy machine takes its time over.
  await expect(page.getByText('No problems: the file is ready to use.')).toBeVisible({
    timeout: 20_000,
  })
  await page.getByLabel('Format').selectOption('gift')
  await editor.click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Delete')
  await page.keyboard.insertText('::year:: In which year was the armistice signed? {#1953}\n\n')
  await page.keyboard.insertText('::bad:: A question that never closes {=yes ~no')
  const problems = page.getByRole('list', { name: 'Problems' })
  await expect(problems.getByRole('listitem').first()).toContainText('GIFT syntax')
  await page.keyboard.insertText('}')
  await expect(page.getByRole('heading', { name: 'Preview' })).toBeVisible()
  await expect(page.getByRole('form', { name: /^Question \d of 2$/ })).toHaveCount(2)

  // CodeMirror's theme reaches the page as a constructed stylesheet: no <style> element, and
  // the editor is laid out by it (a flex column) rather than left as plain blocks.
  const styling = await page.evaluate(() => ({
    styleElements: document.querySelectorAll('style').length,
    adopted: document.adoptedStyleSheets.length,
    editor: getComputedStyle(document.querySelector('.cm-editor')!).display,
    gutters: getComputedStyle(document.querySelector('.cm-gutters')!).display,
  }))
  expect(styling).toEqual({ styleElements: 0, adopted: 1, editor: 'flex', gutters: 'flex' })
  await guard.expectClean('the studio')
})

test('an unknown address and the kiosk set-up run under the policy', async ({ page, guard }) => {
  await page.goto('/no-such-page')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  await guard.expectClean('not found')

  await page.goto('/kiosk?bank=korea-2018&n=2')
  const setup = page.getByRole('dialog', { name: 'Set up kiosk' })
  await expect(setup).toBeVisible()
  await setup.getByLabel('Teacher PIN').fill('2468')
  await setup.getByLabel('Confirm PIN').fill('2468')
  await setup.getByRole('button', { name: 'Start kiosk' }).click()
  await page.getByRole('button', { name: 'Start' }).click()
  const form = page.getByRole('form', { name: 'Question 1 of 2' })
  await checkSomething(form)
  await guard.expectClean('the kiosk')
})

test('the policy is enforced: an inline handler, an inline style and eval are all refused', async ({
  page,
  guard,
}) => {
  await page.goto('/')
  await expect(page.getByRole('article', { name: bank.title })).toBeVisible()
  await guard.expectClean('before the controls')

  const outcome = await page.evaluate(async () => {
    const marks = window as unknown as { __handlerRan?: number }
    document.body.insertAdjacentHTML(
      'beforeend',
      '<img id="control" src="/control-missing.png" onerror="window.__handlerRan = 1">' +
        '<style id="control-style">body { outline: 7px solid rgb(1, 2, 3) }</style>',
    )
    // The image fails to load: its inline onerror handler would run now, if the policy let it.
    const image = document.getElementById('control') as HTMLImageElement
    if (!image.complete) await new Promise((resolve) => image.addEventListener('error', resolve))
    let evaluated = 'ran'
    try {
      // The control: the policy must refuse it.
      ;(0, eval)('1 + 1')
    } catch (error) {
      evaluated = (error as Error).name
    }
    return {
      handler: marks.__handlerRan ?? 'did not run',
      outline: getComputedStyle(document.body).outlineColor,
      evaluated,
    }
  })
  expect(outcome).toEqual({
    handler: 'did not run',
    outline: expect.not.stringMatching(/1, 2, 3/),
    evaluated: 'EvalError',
  })
  // The DOM check used on hostile content sees the injected handler and style too.
  await expect(expectInertDom(page, 'the controls')).rejects.toThrow(/onerror= on <img>/)
  // Each control was refused and reported; these three are the only violations of the page.
  await expect
    .poll(() => guard.violations.map((v) => v.directive).sort())
    .toEqual(['script-src', 'script-src-attr', 'style-src-elem'])
})

/** Answers whatever the review asks, round after round, until it says Nothing due. */
