import type { StreamParser } from '@codemirror/language'

/**
 * Highlighting for Aiken: each option's letter (`A)`, `B.`), the `ANSWER:` line with its letter,
 * and the `NUMBERING:` lines of "Aiken advanced", which Factline ignores.
 */
export const aiken: StreamParser<Record<string, never>> = {
  name: 'aiken',
  startState: () => ({}),
  token(stream) {
    if (stream.sol()) {
      stream.eatSpace()
      if (stream.match(/^[A-Z][).]/)) return 'operator'
      if (stream.match(/^ANSWER[ \t]*:/i)) return 'keyword'
      if (stream.match(/^NUMBERING[ \t]*:.*/i)) return 'comment'
    }
    stream.skipToEnd()
    return null
  },
}
