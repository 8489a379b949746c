import MarkdownIt, { type StateInline, type Token } from 'markdown-it'
import { appendNode } from './append.ts'
import type { RichNode } from './nodes.ts'

/** Links a text may keep: web pages and e-mail addresses, never `javascript:` or `data:`. */
const SAFE_LINK = /^(https?:|mailto:)/i

const isDigit = (text: string, at: number) => /\d/.test(text.charAt(at))

/**
 * A star between two digits is a multiplication (`2*3*4`), as teachers write it, not emphasis:
 * CommonMark would read `*3*` as emphasis.
 */
function starBetweenDigits(state: StateInline, silent: boolean): boolean {
  const { src, pos } = state
  if (src.charAt(pos) !== '*' || !isDigit(src, pos - 1) || !isDigit(src, pos + 1)) return false
  if (!silent) state.pending += '*'
  state.pos++
  return true
}

/**
 * CommonMark inline: emphasis, strong, code spans, links and autolinks, backslash escapes,
 * entities and line breaks. Raw HTML stays text (`html: false`); images, tables and blocks are
 * not read.
 */
const md = new MarkdownIt('zero', { html: false }).enable([
  'emphasis',
  'backticks',
  'link',
  'autolink',
  'escape',
  'entity',
  'newline',
])
md.validateLink = (url) => SAFE_LINK.test(url)
md.inline.ruler.before('emphasis', 'star_between_digits', starBetweenDigits)

/** markdown-it's flat inline tokens as a tree. */
function treeOf(tokens: readonly Token[]): RichNode[] {
  const root: RichNode[] = []
  const open: RichNode[][] = [root]
  const add = (node: RichNode) => appendNode(open.at(-1)!, node)
  for (const token of tokens) {
    switch (token.type) {
      case 'em_open':
      case 'strong_open': {
        const element = { tag: token.tag as 'em' | 'strong', children: [] }
        add(element)
        open.push(element.children)
        break
      }
      case 'link_open': {
        const element = {
          tag: 'a' as const,
          href: String(token.attrGet('href') ?? ''),
          children: [],
        }
        add(element)
        open.push(element.children)
        break
      }
      case 'em_close':
      case 'strong_close':
      case 'link_close':
        if (open.length > 1) open.pop()
        break
      case 'code_inline':
        add({ tag: 'code', children: [token.content] })
        break
      case 'softbreak':
        add('\n')
        break
      case 'hardbreak':
        add({ tag: 'br' })
        break
      default:
        // Text, and whatever else a rule may one day emit: never lost, only ever text.
        if (token.content) add(token.content)
    }
  }
  return root
}

/** A bank's Markdown text as nodes. */
export function markdownNodes(text: string): RichNode[] {
  const [inline] = md.parseInline(text, {})
  return treeOf(inline?.children ?? [])
}
