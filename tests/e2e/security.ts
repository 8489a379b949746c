import { test as base, expect, type Locator, type Page } from '@playwright/test'
import type { QuizQuestion } from '../../src/domain/quiz.ts'
import { lrsOriginsOf } from '../../scripts/vite-plugin-csp.ts'
import { answer } from './helpers'
import { LRS_ORIGIN } from './support/lrs'

/**
 * The LRS origins the build under test was given (FACTLINE_LRS_ORIGINS): the variable when the
 * test run sets it, else the test LRS's origin, which scripts/test.mjs builds with.
 */
const BUILT_LRS_ORIGINS = lrsOriginsOf(process.env.FACTLINE_LRS_ORIGINS ?? LRS_ORIGIN)

/** The directives index.html must carry, and exactly the sources each may allow. */
export const REQUIRED_POLICY: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  // Nothing is sent anywhere but the site itself and the LRSs the build names.
  'connect-src': ["'self'", ...BUILT_LRS_ORIGINS],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-src': ["'none'"],
}

/** The Content-Security-Policy meta tags of a served page, each as directive → sources. */
export function policiesOf(html: string): Map<string, string[]>[] {
  const metas = html.match(/<meta\b[^>]*>/gi) ?? []
  return metas
    .filter((tag) => /http-equiv\s*=\s*["']?content-security-policy/i.test(tag))
    .map((tag) => {
      const content = /\bcontent\s*=\s*"([^"]*)"/i.exec(tag)?.[1] ?? ''
      const entries = content
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .filter(([name]) => name)
        .map(([name, ...sources]): [string, string[]] => [name!.toLowerCase(), sources])
      return new Map(entries)
    })
}

export interface Violation {
  directive: string
  blocked: string
  source: string
}

/**
 * Watches a page for anything a hostile text could make happen, from before its first script
 * runs: CSP violations (as events and as Chromium's console reports), dialogs, uncaught errors,
 * popups and requests to another origin or to /pwned (where the payloads point).
 */
async function guardPage(page: Page, baseURL: string) {
  const violations: Violation[] = []
  const problems: string[] = []
  const ownOrigin = new URL(baseURL).origin
  await page.exposeBinding('__factlineViolation', (_source, v: Violation) => violations.push(v))
  await page.addInitScript(() => {
    const report = (window as unknown as { __factlineViolation: (v: Violation) => void })
      .__factlineViolation
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        void report({
          directive: e.effectiveDirective,
          blocked: e.blockedURI,
          source: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
        }),
      true,
    )
  })
  page.on('console', (message) => {
    if (/content.security.policy|refused to/i.test(message.text()))
      problems.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.type()} ${dialog.message()}`)
    void dialog.dismiss()
  })
  page.on('popup', (popup) => problems.push(`popup: ${popup.url()}`))
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (/^https?:$/.test(url.protocol) && url.origin !== ownOrigin)
      problems.push(`request to another origin: ${request.url()}`)
    if (/pwned/i.test(url.pathname)) problems.push(`request: ${request.url()}`)
  })

  return {
    violations,
    /** Fails, listing them, on any violation, dialog, error or stray request, or a payload's mark. */
    async expectClean(where: string) {
      const mark = await page.evaluate(() => (window as unknown as { __hacked?: unknown }).__hacked)
      const found = [
        ...violations.map((v) => `CSP ${v.directive} blocked ${v.blocked} (${v.source})`),
        ...problems,
        ...(mark === undefined ? [] : [`a payload ran: window.__hacked = ${String(mark)}`]),
      ]
      expect(found, `at ${where}`).toEqual([])
    },
  }
}

/**
 * Fails when the page holds anything a bank's text could have smuggled in as markup: scripts,
 * frames, plug-ins, forms that submit somewhere, styles, base or refresh tags, event-handler
 * attributes, javascript:/data: addresses or links that give the opened page a handle on this
 * one; or when a payload has left its mark.
 */
export async function expectInertDom(page: Page, where: string) {
  const found = await page.evaluate(() => {
    const bad: string[] = []
    const describe = (el: Element) =>
      `<${el.tagName.toLowerCase()}> in ${el.parentElement?.className}`
    const forbidden = [
      'body script',
      'iframe',
      'frame',
      'object',
      'embed',
      'applet',
      'style',
      'base',
      'meta[http-equiv]:not([http-equiv="Content-Security-Policy"])',
      'body link',
      'body meta',
      'form[action]',
      '[formaction]',
      'svg script',
      'foreignObject',
      'noscript',
      'a[target]:not([rel~="noopener"])',
    ]
    for (const el of document.querySelectorAll(forbidden.join(','))) bad.push(describe(el))
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) bad.push(`${attr.name}= on ${describe(el)}`)
        if (
          /^(href|src|action|formaction|data|srcdoc|poster|xlink:href)$/i.test(attr.name) &&
          /^[\s\u0000-\u001f]*(javascript|data|vbscript):/i.test(attr.value)
        )
          bad.push(`${attr.name}="${attr.value.slice(0, 40)}" on ${describe(el)}`)
      }
    }
    if (getComputedStyle(document.body).display === 'none') bad.push('the page is hidden')
    const mark = (window as unknown as { __hacked?: unknown }).__hacked
    if (mark !== undefined) bad.push(`a payload ran: window.__hacked = ${String(mark)}`)
    return bad
  })
  expect(found, `at ${where}`).toEqual([])
}

/** Answers a question, right or wrong, choosing options by their value: labels may hold markup. */
export async function answerByValue(form: Locator, question: QuizQuestion, how: 'right' | 'wrong') {
  const right = how === 'right'
  if (question.type !== 'single' && question.type !== 'multiple') return answer(form, question, how)
  const wanted =
    question.type === 'single'
      ? [right ? question.answer : question.options.find((o) => o !== question.answer)!]
      : question.options.filter((o) => question.answers.includes(o) === right)
  const inputs = form.locator(
    question.type === 'single' ? 'input[type=radio]' : 'input[type=checkbox]',
  )
  const values = await inputs.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value))
  for (const value of wanted) await inputs.nth(values.indexOf(value)).check()
}

/**
 * Gives some answer to whatever question is on screen, without knowing which one it is, checks
 * it and waits for the verdict.
 */
export async function checkSomething(form: Locator) {
  // Its controls are counted once it is there (a draft's quiz comes after the draft is compiled).
  await expect(form.getByRole('button', { name: 'Check answer' })).toBeVisible()
  const radio = form.getByRole('radio')
  if ((await radio.count()) > 0) await radio.first().check()
  const checkbox = form.getByRole('checkbox')
  if ((await checkbox.count()) > 0) await checkbox.first().check()
  for (const box of await form.getByRole('textbox').all()) await box.fill('zzzz')
  for (const select of await form.getByRole('combobox').all())
    await select.selectOption({ index: 1 })
  await form.getByRole('button', { name: 'Check answer' }).click()
  await expect(form.getByRole('status')).toHaveText(/^(Correct|Incorrect|Partly correct)/)
}

/**
 * The test of the security specs: each gets `guard`, a `guardPage` watching its page from before
 * its first navigation.
 */
export const test = base.extend<{ guard: Awaited<ReturnType<typeof guardPage>> }>({
  guard: async ({ page, baseURL }, use) => use(await guardPage(page, baseURL!)),
})

/**
 * On the review page, answers whatever is due until nothing is, running `inspect` at each
 * question and each verdict; returns how many it answered. Fails if the facts never run out.
 */
export async function reviewUntilNothingIsDue(
  page: Page,
  inspect: (where: string) => Promise<void> = async () => undefined,
): Promise<number> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review')
  const nothing = page.getByText('Nothing due')
  const check = page.getByRole('button', { name: 'Check answer' })
  for (let reviewed = 0; reviewed < 50; reviewed++) {
    await expect(nothing.or(check)).toBeVisible()
    if (await nothing.isVisible()) return reviewed
    await inspect(`review question ${reviewed + 1}`)
    const form = page.getByRole('form', { name: /^Question \d+ of \d+$/ })
    await checkSomething(form)
    await inspect(`review question ${reviewed + 1}, feedback`)
    await form.getByRole('button', { name: /^(Next question|See results)$/ }).click()
  }
  throw new Error('the review never ran out of due facts')
}
