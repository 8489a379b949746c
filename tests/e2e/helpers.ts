import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'
import { parse } from 'yaml'

interface BankQuestion {
  prompt: string
  answer: string
  options: string[]
}

/** The right answer of each question of a bank, by prompt: what a teacher's answer key holds. */
export function answerKey(bankId: string): Map<string, BankQuestion> {
  const bank = parse(readFileSync(`questions/${bankId}.yaml`, 'utf8')) as {
    questions: BankQuestion[]
  }
  return new Map(bank.questions.map((q) => [q.prompt, q]))
}

/** Fails with the rule ids and the offending elements when axe finds any violation. */
export async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  const summary = violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(summary).toEqual([])
}
