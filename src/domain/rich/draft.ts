import { checkDraft, type DraftCheck, type DraftContext, type DraftFormat } from '../author.ts'
import { withRichTexts } from './compile.ts'
import { htmlLosses } from './html.ts'
import type { RichBank } from './nodes.ts'

/**
 * `checkDraft`, its bank with its texts' nodes: the draft as the studio's preview and `Try as
 * student` show it, and what its HTML texts lose on the page among its problems. Run in the studio's worker, or loaded when a draft is played: the parsers it
 * brings never reach the studio's page code, nor a learner's.
 */
export function checkDraftWithRichTexts(
  text: string,
  format: DraftFormat,
  fileName: string,
  context?: DraftContext,
): DraftCheck & { bank?: RichBank } {
  const check = checkDraft(text, format, fileName, context, { checkHtml: htmlLosses })
  return check.bank ? { ...check, bank: withRichTexts(check.bank) } : check
}
