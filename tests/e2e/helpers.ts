import AxeBuilder from '@axe-core/playwright'
import { expect, type Locator, type Page } from '@playwright/test'
import {
  parseCloze,
  type Bank,
  type ClozeBlank,
  type QuestionType,
} from '../../src/domain/bank/index.ts'
import { formatNumber } from '../../src/domain/grading.ts'
import type { LessonStep } from '../../src/domain/lesson.ts'
import { composeQuiz, type QuizParams, type QuizQuestion } from '../../src/domain/quiz.ts'
import { bankAt, compileLocation } from '../../scripts/bank-files.ts'
import english, { type FirstMessages } from '../../src/i18n/messages/en/first.ts'

/** The words a question's controls are named with, in the interface's language. */
export type QuestionWords = FirstMessages['question']

/** A bank compiled as the build compiles it, from its folder or file. */
export function loadBankForTest(path: string): Bank {
  const { bank, problems } = compileLocation(bankAt(path), process.cwd())
  if (!bank)
    throw new Error(`${path} does not compile: ${problems.map((p) => p.message).join('; ')}`)
  return bank
}

/**
 * The quiz a URL gives, worked out by the same domain code the app runs: the teacher's answer
 * key for the questions the learner will see, in their order.
 */
export function expectedQuiz(bank: Bank, params: QuizParams): QuizQuestion[] {
  return composeQuiz([bank], params)
}

/** A seed whose quiz of `n` questions has every one of `types`. */
export function seedWithTypes(bank: Bank, n: number, types: readonly QuestionType[]): string {
  for (let i = 0; i < 2000; i++) {
    const seed = `every-type-${i}`
    const got = new Set(composeQuiz([bank], { n, seed }).map((q) => q.type))
    if (types.every((t) => got.has(t))) return seed
  }
  throw new Error(`no seed gives all of ${types.join(', ')} in ${n} questions`)
}

/** Plays a whole quiz through the UI contract, every answer right or wrong, to the results. */
export async function playQuiz(
  page: Page,
  bank: Bank,
  n: number,
  seed: string,
  how: 'right' | 'wrong',
  scan = false,
) {
  const questions = expectedQuiz(bank, { n, seed })
  await page.goto(`/quiz?bank=${bank.id}&n=${n}&seed=${seed}`)
  for (const [i, question] of questions.entries()) {
    const form = page.getByRole('form', { name: `Question ${i + 1} of ${questions.length}` })
    await expect(form.getByRole('heading', { level: 2 })).toHaveText(
      visibleText(question.prompt, question.format),
    )
    if (scan && i === 0) await expectNoAxeViolations(page)
    await answer(form, question, how)
    await form.getByRole('button', { name: 'Check answer' }).click()
    await expect(form.getByRole('status')).toHaveText(how === 'right' ? /^Correct/ : /^Incorrect/)
    if (scan && ['order', 'match', 'cloze'].includes(question.type))
      await expectNoAxeViolations(page)
    const next = form.getByRole('button', {
      name: i === questions.length - 1 ? 'See results' : 'Next question',
    })
    await expect(next).toBeFocused()
    await next.click()
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results')
  return questions
}

/** What a student types into a typed or number blank: a right answer, or a wrong one. */
function blankAnswer(blank: ClozeBlank, right: boolean): string {
  if (blank.kind !== 'numeric') return right ? blank.answers[0]! : 'zzzz'
  const { value, range } = blank.target
  return formatNumber(right ? (value ?? range![0]) : (value ?? range![1]) + 1000)
}

/** What a reader sees of a prompt: Markdown marks, HTML tags and scripts are not shown. */
export function visibleText(text: string, format: QuizQuestion['format']): string {
  if (format === 'plain') return text
  if (format === 'html')
    return text.replace(/<script[\s\S]*?<\/script>/gi, '').replace(/<[^>]*>/g, '')
  return text.replace(/\*\*?|`/g, '').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
}

type AnswerWith = (form: Locator, question: QuizQuestion, how: 'right' | 'wrong') => Promise<void>

/**
 * One step of a lesson as a learner takes it: Next past an introduction or a set of facts; a
 * question answered `how` (by `answerWith`, `answer` unless told), checked, its verdict awaited,
 * `onFeedback` run, and on to the next step.
 */
export async function takeLessonStep(
  page: Page,
  step: LessonStep,
  options: {
    how?: 'right' | 'wrong'
    answerWith?: AnswerWith
    onFeedback?: () => Promise<void>
  } = {},
) {
  const { how = 'right', answerWith = answer, onFeedback } = options
  if (step.kind === 'intro' || step.kind === 'facts') {
    await page.getByRole('button', { name: 'Next', exact: true }).click()
    return
  }
  if (step.kind !== 'check' && step.kind !== 'quiz') return
  const form = page.getByRole('form', { name: /^Question \d+ of \d+$/ })
  await answerWith(form, step.question, how)
  await form.getByRole('button', { name: 'Check answer' }).click()
  await expect(form.getByRole('status')).toHaveText(how === 'right' ? /^Correct/ : /^Incorrect/)
  await onFeedback?.()
  const last = step.kind === 'quiz' && step.number === step.total
  await form.getByRole('button', { name: last ? 'See results' : 'Next question' }).click()
}

/** Answers the question on screen through its roles and names, rightly or (credit 0) wrongly. */
export async function answer(
  form: Locator,
  question: QuizQuestion,
  how: 'right' | 'wrong',
  words: QuestionWords = english.question,
) {
  const right = how === 'right'
  switch (question.type) {
    case 'single': {
      const choice = right ? question.answer : question.options.find((o) => o !== question.answer)!
      await form
        .getByRole('radio', { name: visibleText(choice, question.format), exact: true })
        .check()
      break
    }
    case 'multiple':
      for (const option of question.options) {
        if (question.answers.includes(option) === right) {
          await form
            .getByRole('checkbox', { name: visibleText(option, question.format), exact: true })
            .check()
        }
      }
      break
    case 'truefalse':
      await form
        .getByRole('radio', {
          name: question.answer === right ? words.true : words.false,
          exact: true,
        })
        .check()
      break
    case 'numeric': {
      const value = question.value ?? question.range![0]
      const text = right
        ? `${formatNumber(value)}${question.unit ? ` ${question.unit}` : ''}`
        : String(value * 10 + 12345)
      await form.getByRole('textbox', { name: words.yourAnswer }).fill(text)
      break
    }
    case 'short':
      await form
        .getByRole('textbox', { name: words.yourAnswer })
        .fill(right ? question.answers[0]! : 'zzzz')
      break
    case 'cloze': {
      for (const blank of parseCloze(question.text).kinds) {
        const name = words.blank(blank.blank + 1)
        if (blank.kind === 'choice')
          await form
            .getByRole('combobox', { name, exact: true })
            .selectOption(right ? blank.answers[0]! : blank.wrong[0]!)
        else await form.getByRole('textbox', { name, exact: true }).fill(blankAnswer(blank, right))
      }
      break
    }
    case 'order': {
      // Right: the teacher's order; wrong: its reverse, which shares no neighbouring pair with it.
      const target = right ? question.items : question.items.slice().reverse()
      for (const [position, item] of target.entries()) {
        const items = form.getByRole('list').getByRole('listitem')
        for (let guard = 0; guard < target.length; guard++) {
          const texts = await items.evaluateAll((lis) =>
            lis.map((li) => li.querySelector('.order__text')?.textContent),
          )
          if (texts.indexOf(item) <= position) break
          await form.getByRole('button', { name: words.moveUp(item), exact: true }).click()
        }
      }
      break
    }
    case 'match': {
      const rights = question.pairs.map((p) => p.right)
      for (const [i, pair] of question.pairs.entries()) {
        const choice = right ? pair.right : rights[(i + 1) % rights.length]!
        await form
          .getByRole('combobox', { name: pair.left, exact: true })
          .selectOption({ label: choice })
      }
      break
    }
  }
}

/** The rules every scan runs: WCAG 2.0, 2.1 and 2.2 at A and AA, and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

/**
 * Waits until the header's learner picker is there, where the page has a header: it mounts after
 * the first screen (src/boot/later.ts), and a scan made before would miss it.
 */
export async function learnerPickerMounted(page: Page) {
  const header = page.getByRole('banner')
  if (!(await header.count())) return
  // The learner's button is the header tools' first button (its dialog has more), whatever the
  // interface's language.
  await expect(header.locator('.header-tools').getByRole('button').first()).toBeAttached({
    timeout: 20_000,
  })
}

/**
 * Fails with the rule ids and the offending elements when axe finds any violation; `state` names
 * the screen in the failure message.
 *
 * Incomplete results (for a person to review) are not failures. Those that appear, and why they
 * are acceptable:
 * - `color-contrast` on SVG chart text (the class report's histogram), whose background axe
 *   cannot find in an SVG: the fills are the themes' --ink and --muted, which axe passes as HTML
 *   text on the same backgrounds in both themes;
 * - `color-contrast` on the studio's CodeMirror lines, "partly obscured" by the editor's own
 *   layers (cursor, selection): its colours are the theme's custom properties, chosen for AA
 *   (editor-theme.ts, author.css);
 * - `color-contrast` on arrow glyphs (order's ↑ and ↓, the class table's sort ▲ and ▼): not text,
 *   but aria-hidden marks inside named buttons;
 * - `label-content-name-mismatch` on order's Move up and Move down buttons: their visible text is
 *   an arrow, not a word axe could find in the name.
 */
export async function expectNoAxeViolations(page: Page, state?: string) {
  await learnerPickerMounted(page)
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  const summary = violations.map(
    (v) =>
      `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary})`).join(', ')}`,
  )
  expect(summary, state && `axe on ${state}`).toEqual([])
}

/**
 * What the focused element shows: where its outline is drawn (the element, or the option row
 * around a radio or checkbox) and that outline's contrast with the colour behind it.
 */
export async function focusRing(page: Page) {
  return page.evaluate(() => {
    const focused = document.activeElement
    if (!focused || focused === document.body) return { element: 'nothing', ring: 0, contrast: 0 }
    const channels = (colour: string) => colour.match(/[\d.]+/g)!.map(Number)
    const luminance = (colour: string) => {
      const [r, g, b] = channels(colour).map((c) => {
        const x = c / 255
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4
      })
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
    }
    /** The first opaque background at or above an element: what an outline beside it sits on. */
    const backdrop = (from: Element | null): string => {
      for (let at = from; at; at = at.parentElement) {
        const colour = getComputedStyle(at).backgroundColor
        const alpha = channels(colour)[3]
        if (alpha === undefined || alpha > 0.9) return colour
      }
      return getComputedStyle(document.documentElement).backgroundColor
    }
    const name =
      focused.getAttribute('aria-label') ??
      (focused as HTMLInputElement).labels?.[0]?.textContent ??
      focused.textContent ??
      ''
    const element = `${focused.tagName.toLowerCase()} "${name.trim().slice(0, 60)}"`
    for (const drawn of [focused, focused.closest('.option')]) {
      if (!drawn) continue
      const style = getComputedStyle(drawn)
      const ring = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth)
      if (ring === 0) continue
      const [a, b] = [luminance(style.outlineColor), luminance(backdrop(drawn.parentElement))]
      const contrast = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
      return { element, ring, contrast: Math.round(contrast * 100) / 100 }
    }
    return { element, ring: 0, contrast: 0 }
  })
}

/** The focused element has an outline of 2 px or more at 3:1 or more against what is behind it. */
export async function expectVisibleFocus(page: Page) {
  const { element, ring, contrast } = await focusRing(page)
  expect(ring, `focus outline on ${element}`).toBeGreaterThanOrEqual(2)
  expect(contrast, `focus outline contrast on ${element}`).toBeGreaterThanOrEqual(3)
}

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement)

/**
 * Moves the focus to `target` with Tab (or Shift+Tab when it comes earlier in the page), checking
 * that every element the focus stops at shows it. Returns how many stops it took.
 */
export async function tabTo(page: Page, target: Locator, most = 40): Promise<number> {
  await expect(target).toBeVisible()
  const key = await target.evaluate((el) => {
    const from = document.activeElement
    if (!from || from === document.body) return 'Tab'
    return from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING ? 'Shift+Tab' : 'Tab'
  })
  for (let stops = 0; stops <= most; stops++) {
    if (await isFocused(target)) return stops
    await page.keyboard.press(key)
    await expectVisibleFocus(page)
  }
  throw new Error(`${most} presses of ${key} did not reach ${target}`)
}

/** Tabs to a control and presses it with Enter, or with Space when it's a checkbox or radio. */
export async function press(page: Page, target: Locator, key: 'Enter' | 'Space' = 'Enter') {
  await tabTo(page, target)
  await page.keyboard.press(key)
}

/**
 * Answers the question on screen with the keyboard alone (no clicks, no fill): Tab, Shift+Tab,
 * arrows, Space, digits and typing, then checks it with Enter and expects the verdict.
 */
export async function answerByKeyboard(
  page: Page,
  form: Locator,
  question: QuizQuestion,
  how: 'right' | 'wrong' = 'right',
) {
  const right = how === 'right'
  const labels = (role: 'radio' | 'checkbox') =>
    form
      .getByRole(role)
      .evaluateAll((inputs) =>
        inputs.map((i) => (i as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''),
      )
  switch (question.type) {
    case 'single': {
      // Tab enters the group on its first radio; Space picks it, each arrow moves on and picks.
      const choice = right ? question.answer : question.options.find((o) => o !== question.answer)!
      const at = (await labels('radio')).indexOf(visibleText(choice, question.format))
      expect(at, `option "${choice}" on screen`).toBeGreaterThanOrEqual(0)
      await tabTo(page, form.getByRole('radio').first())
      if (at === 0) await page.keyboard.press('Space')
      for (let i = 0; i < at; i++) await page.keyboard.press('ArrowDown')
      await expect(form.getByRole('radio').nth(at)).toBeChecked()
      break
    }
    case 'truefalse': {
      // The contract's digits: 1 is True, 2 is False.
      await page.keyboard.press(question.answer === right ? '1' : '2')
      const name = question.answer === right ? 'True' : 'False'
      await expect(form.getByRole('radio', { name, exact: true })).toBeChecked()
      break
    }
    case 'multiple': {
      const shown = await labels('checkbox')
      const wanted = question.options.filter((o) => question.answers.includes(o) === right)
      for (const option of wanted) {
        const box = form
          .getByRole('checkbox')
          .nth(shown.indexOf(visibleText(option, question.format)))
        await press(page, box, 'Space')
        await expect(box).toBeChecked()
      }
      break
    }
    case 'numeric':
    case 'short': {
      await tabTo(page, form.getByRole('textbox', { name: 'Your answer' }))
      const value = question.type === 'numeric' ? (question.value ?? question.range![0]) : 0
      const text =
        question.type === 'short'
          ? right
            ? question.answers[0]!
            : 'zzzz'
          : right
            ? `${formatNumber(value)}${question.unit ? ` ${question.unit}` : ''}`
            : String(value * 10 + 12345)
      await page.keyboard.type(text)
      break
    }
    case 'cloze': {
      for (const blank of parseCloze(question.text).kinds) {
        const name = `Blank ${blank.blank + 1}`
        if (blank.kind === 'choice') {
          const select = form.getByRole('combobox', { name, exact: true })
          await tabTo(page, select)
          await select.selectOption(right ? blank.answers[0]! : blank.wrong[0]!)
        } else {
          await tabTo(page, form.getByRole('textbox', { name, exact: true }))
          await page.keyboard.type(blankAnswer(blank, right))
        }
      }
      break
    }
    case 'order': {
      // Right: the teacher's order; wrong: its reverse. Each item climbs by its Move up button,
      // which keeps the focus while it moves.
      const target = right ? question.items : question.items.slice().reverse()
      const texts = () =>
        form.locator('.order__text').evaluateAll((spans) => spans.map((s) => s.textContent))
      for (const [position, item] of target.entries()) {
        for (let guard = 0; guard < target.length; guard++) {
          if ((await texts()).indexOf(item) <= position) break
          await press(page, form.getByRole('button', { name: `Move ${item} up`, exact: true }))
        }
      }
      expect(await texts()).toEqual(target)
      break
    }
    case 'match': {
      // A closed select steps through its options with the arrow keys.
      const rights = question.pairs.map((p) => p.right)
      for (const [i, pair] of question.pairs.entries()) {
        const select = form.getByRole('combobox', { name: pair.left, exact: true })
        const choice = right ? pair.right : rights[(i + 1) % rights.length]!
        await tabTo(page, select)
        const [from, to] = await select.evaluate(
          (el: HTMLSelectElement, label) => [
            el.selectedIndex,
            [...el.options].findIndex((o) => o.text.trim() === label),
          ],
          choice,
        )
        expect(to, `option "${choice}" in the select`).toBeGreaterThanOrEqual(0)
        for (let k = from!; k !== to; k += Math.sign(to! - k))
          await page.keyboard.press(to! > k ? 'ArrowDown' : 'ArrowUp')
        await expect(select.locator('option:checked')).toHaveText(choice)
      }
      break
    }
  }
  await press(page, form.getByRole('button', { name: 'Check answer' }))
  await expect(form.getByRole('status')).toHaveText(right ? /^Correct/ : /^Incorrect/)
}

/** A GIFT file a teacher might paste: its last question lacks the closing `}` (line 8, column 1). */
export const BROKEN_GIFT = [
  '$CATEGORY: armistice',
  '',
  '::year:: In which year was the Korean armistice signed? {#1953}',
  '',
  '::troops:: About 28,000 US troops are in South Korea. {T}',
  '',
  '::treaty:: Which document would formally end the Korean War? {=a peace treaty ~a ceasefire',
  '',
].join('\n')

/** Writes a damaged block of saved answers into the learner's IndexedDB record, as a crash might. */
export async function damageSavedAnswers(page: Page, n: number, text: string) {
  await page.evaluate(
    ({ n, text }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('factline')
        open.onsuccess = () => {
          const tx = open.result.transaction('chunks', 'readwrite')
          tx.objectStore('chunks').put({ learner: 'default', n, text, count: 1 })
          tx.oncomplete = () => (open.result.close(), resolve())
          tx.onerror = () => reject(tx.error)
        }
      }),
    { n, text },
  )
}

/**
 * The interaction type a course system records for each question type: SCORM's and xAPI's
 * `cmi.interaction` types, the same names in both (scorm.spec, cmi5.spec, kiosk-lrs.spec).
 */
export const INTERACTION_TYPES: Record<QuizQuestion['type'], string> = {
  single: 'choice',
  multiple: 'choice',
  truefalse: 'true-false',
  numeric: 'numeric',
  short: 'fill-in',
  cloze: 'fill-in',
  order: 'sequencing',
  match: 'matching',
}
