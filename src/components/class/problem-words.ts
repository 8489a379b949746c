import type { ResultsReason } from '@/domain/class-report/results-files'
import { t } from '@/i18n'

/** Why a file or a line of it was left out of the class report, in the interface's words. */
export function problemWords(reason: ResultsReason): string {
  const words = t.class.problems
  switch (reason.kind) {
    case 'noColumns':
      return words.noColumns(reason.columns.join(', '), reason.columns.length)
    case 'shortRow':
      return words.shortRow(reason.cells, reason.columns)
    case 'badRow':
      return words.badRow
    case 'csv':
      // Papa Parse's own problems; one it may add later is shown as it words it.
      if (reason.code === 'MissingQuotes') return words.quoteUnterminated
      if (reason.code === 'InvalidQuotes') return words.quoteMalformed
      if (reason.code === 'UndetectableDelimiter') return words.noDelimiter
      return reason.detail
    case 'progress':
      return words.progress[reason.problem]
    case 'droppedAnswers':
      return words.droppedAnswers(reason.count)
    case 'empty':
      return words.empty
    case 'badJson':
      return words.badJson
    case 'unknownFile':
      return words.unknownFile
  }
}
