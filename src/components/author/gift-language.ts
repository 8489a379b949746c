import type { StreamParser } from '@codemirror/language'

interface GiftState {
  /** Inside `{ … }`, the answers of a question. */
  inAnswers: boolean
}

/**
 * Highlighting for Moodle's GIFT format: comments, `$CATEGORY:`, `::titles::`, the `{ … }`
 * answer block with its `=` right and `~` wrong answers, `#` feedback and `####` general
 * feedback, and escaped characters.
 */
export const gift: StreamParser<GiftState> = {
  name: 'gift',
  startState: () => ({ inAnswers: false }),
  token(stream, state) {
    if (stream.sol() && stream.match(/^\s*\/\/.*/)) return 'comment'
    if (stream.sol() && stream.match(/^\$CATEGORY:.*/)) return 'meta'
    if (stream.match(/^\\[~=#{}:]/)) return 'escape'
    if (stream.match('::')) {
      stream.skipTo('::')
      stream.match('::')
      return 'heading'
    }
    if (stream.eat('{')) {
      state.inAnswers = true
      return 'bracket'
    }
    if (stream.eat('}')) {
      state.inAnswers = false
      return 'bracket'
    }
    if (state.inAnswers) {
      if (stream.match('####')) return 'comment'
      if (stream.eat('=')) return 'operator'
      if (stream.eat('~')) return 'invalid'
      if (stream.eat('#')) return 'comment'
      if (stream.match(/^(TRUE|FALSE|T|F)\b/)) return 'bool'
    }
    stream.next()
    while (!stream.eol() && !/[\\:{}=~#]/.test(stream.peek() ?? '')) stream.next()
    return state.inAnswers ? 'string' : null
  },
}
