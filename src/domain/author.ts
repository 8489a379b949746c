import { compileBank, readYamlSource, type Bank, type Problem } from './bank/index.ts'
import { readGiftSource } from './bank/gift.ts'
import { DRAFT_BANK_ID } from './quiz-url.ts'

/**
 * The studio's draft: one question file, Factline YAML or Moodle GIFT, checked by the same
 * validator as `npm run questions:check`.
 */
export type DraftFormat = 'yaml' | 'gift'

export { DRAFT_BANK_ID }

/** A file's format from its name; a `.txt` (or no name) from what its text looks like. */
export function formatOf(fileName: string, text: string): DraftFormat {
  if (/\.ya?ml$/i.test(fileName)) return 'yaml'
  if (/\.gift$/i.test(fileName)) return 'gift'
  // YAML banks start with keys such as `title:`; GIFT with `//`, `::`, `$CATEGORY` or a question.
  const firstLine = text.split('\n').find((line) => line.trim() && !line.trim().startsWith('#'))
  return firstLine && /^[A-Za-z_][\w-]*\s*:(\s|$)/.test(firstLine.trim()) ? 'yaml' : 'gift'
}

export interface DraftCheck {
  /** Present only when the draft has no error. */
  bank?: Bank
  /** Errors first, then warnings; each in reading order. */
  problems: Problem[]
}

export function checkDraft(text: string, format: DraftFormat, fileName: string): DraftCheck {
  const source =
    format === 'gift'
      ? readGiftSource(text, fileName, DRAFT_BANK_ID)
      : readYamlSource(text, fileName, 'main')
  const { bank, problems } = compileBank(DRAFT_BANK_ID, [source])
  const rank = (p: Problem) => (p.severity === 'error' ? 0 : 1)
  return {
    ...(bank ? { bank } : {}),
    problems: [...problems].sort(
      (a, b) => rank(a) - rank(b) || a.line - b.line || a.column - b.column,
    ),
  }
}

/** A problem as the `Problems` list reads it. */
export const problemText = (problem: Problem) =>
  `line ${problem.line}, column ${problem.column}: ${problem.message}`
