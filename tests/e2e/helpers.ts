import AxeBuilder from '@axe-core/playwright'
import { expect, type Locator, type Page } from '@playwright/test'
import { parseCloze, type Bank, type QuestionType } from '../../src/domain/bank/index.ts'
import { formatNumber } from '../../src/domain/grading.ts'
import { composeQuiz, type QuizParams, type QuizQuestion } from '../../src/domain/quiz.ts'
import { bankAt, compileLocation } from '../../scripts/bank-files.ts'

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

/** What a reader sees of a prompt: Markdown marks, HTML tags and scripts are not shown. */
function visibleText(text: string, format: QuizQuestion['format']): string {
  if (format === 'plain') return text
  if (format === 'html')
    return text.replace(/<script[\s\S]*?<\/script>/gi, '').replace(/<[^>]*>/g, '')
  return text.replace(/\*\*?|`/g, '').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
}

/** Answers the question on screen through its roles and names, rightly or (credit 0) wrongly. */
export async function answer(form: Locator, question: QuizQuestion, how: 'right' | 'wrong') {
  const right = how === 'right'
  switch (question.type) {
    case 'single': {
      const choice = right ? question.answer : question.options.find((o) => o !== question.answer)!
      await form.getByRole('radio', { name: choice, exact: true }).check()
      break
    }
    case 'multiple':
      for (const option of question.options) {
        if (question.answers.includes(option) === right) {
          await form.getByRole('checkbox', { name: option, exact: true }).check()
        }
      }
      break
    case 'truefalse':
      await form
        .getByRole('radio', { name: question.answer === right ? 'True' : 'False', exact: true })
        .check()
      break
    case 'numeric': {
      const value = question.value ?? question.range![0]
      const text = right
        ? `${formatNumber(value)}${question.unit ? ` ${question.unit}` : ''}`
        : String(value * 10 + 12345)
      await form.getByRole('textbox', { name: 'Your answer' }).fill(text)
      break
    }
    case 'short':
      await form
        .getByRole('textbox', { name: 'Your answer' })
        .fill(right ? question.answers[0]! : 'zzzz')
      break
    case 'cloze': {
      const { blanks } = parseCloze(question.text)
      for (const [i, accepted] of blanks.entries()) {
        await form
          .getByRole('textbox', { name: `Blank ${i + 1}`, exact: true })
          .fill(right ? accepted[0]! : 'zzzz')
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
          await form.getByRole('button', { name: `Move ${item} up`, exact: true }).click()
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

/** Fails with the rule ids and the offending elements when axe finds any violation. */
export async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  const summary = violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(summary).toEqual([])
}
