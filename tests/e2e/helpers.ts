import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'
import type { Question } from '../../src/domain/bank/index.ts'
import { bankAt, compileLocation } from '../../scripts/bank-files.ts'

/** Every question of a bank by prompt, compiled as the build compiles it: the answer key. */
export function answerKey(bankId: string): Map<string, Question> {
  const { bank, problems } = compileLocation(bankAt(`questions/${bankId}`), process.cwd())
  if (!bank)
    throw new Error(`bank ${bankId} does not compile: ${problems.map((p) => p.message).join('; ')}`)
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
