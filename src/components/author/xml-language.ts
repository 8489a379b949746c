import type { StreamParser } from '@codemirror/language'

interface XmlState {
  /** Inside a comment, a CDATA section, or a tag, which may each run over several lines. */
  inside: 'comment' | 'cdata' | 'tag' | null
}

/** The end of a comment or CDATA section, and the style of what it holds. */
const SECTIONS = { comment: ['-->', 'comment'], cdata: [']]>', 'string'] } as const

/**
 * Highlighting for Moodle XML: tags and their attributes, comments, CDATA sections and entities.
 * Only a guide for the eye: the reader (with a real XML parser) says what is wrong, and where.
 */
export const xml: StreamParser<XmlState> = {
  name: 'xml',
  startState: () => ({ inside: null }),
  token(stream, state) {
    if (state.inside === 'comment' || state.inside === 'cdata') {
      const [end, style] = SECTIONS[state.inside]
      if (stream.skipTo(end)) {
        stream.match(end)
        state.inside = null
      } else stream.skipToEnd()
      return style
    }
    if (state.inside === 'tag') {
      if (stream.eatSpace()) return null
      if (stream.match(/^\/?>|^\?>/)) {
        state.inside = null
        return 'bracket'
      }
      if (stream.match(/^"[^"]*"?|^'[^']*'?/)) return 'string'
      if (stream.match(/^[\w:.-]+/)) return 'attributeName'
      stream.next()
      return null
    }
    if (stream.match('<!--')) {
      state.inside = 'comment'
      return 'comment'
    }
    if (stream.match('<![CDATA[')) {
      state.inside = 'cdata'
      return 'meta'
    }
    if (stream.match(/^<[/?]?[\w:.-]*/)) {
      state.inside = 'tag'
      return 'tagName'
    }
    if (stream.match(/^&(?:#\d+|#x[\da-f]+|\w+);/i)) return 'escape'
    stream.next()
    while (!stream.eol() && !/[<&]/.test(stream.peek() ?? '')) stream.next()
    return null
  },
}
