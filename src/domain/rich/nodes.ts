import type { Bank } from '../bank/index.ts'

/** Elements a bank's text may become that hold other nodes, and nothing else. */
export type RichContainer =
  | 'em'
  | 'strong'
  | 'code'
  | 'u'
  | 'sub'
  | 'sup'
  | 'p'
  | 'ul'
  | 'ol'
  | 'li'
  | 'pre'
  | 'blockquote'
  | 'table'
  | 'caption'
  | 'thead'
  | 'tbody'
  | 'tfoot'
  | 'tr'

/**
 * A bank's Markdown or HTML as the page shows it: elements and text, made when the bank is
 * compiled (src/domain/rich/compile.ts) and rendered with Vue's `h()` (RichText.vue). No HTML
 * string is ever parsed in the learner's browser, so only what this type can say reaches the page:
 * a link is http(s) or mailto, a picture a data: URL of a raster image. `{ blank }` is a cloze
 * text's blank `blank` (0-based), where its input goes.
 */
export type RichNode =
  | string
  | { tag: RichContainer; children: RichNode[] }
  | { tag: 'th' | 'td'; children: RichNode[]; colspan?: number; rowspan?: number }
  | { tag: 'br' }
  | { tag: 'a'; href: string; children: RichNode[] }
  | { tag: 'img'; src: string; alt: string; width?: number; height?: number }
  | { blank: number }

/** The formats whose texts are compiled; `plain` text is always shown as it is. */
export type RichFormat = 'markdown' | 'html'

/** Per text, its nodes: read from JSON, so looked up with `Object.hasOwn`, never `in`. */
export type TreesByText = Record<string, RichNode[]>

/**
 * What a bank's texts become, per format: only texts that are not plain are in it (a text missing
 * is shown as text). `cloze` holds cloze texts with their blanks as `{ blank }` nodes.
 */
export interface RichTable {
  markdown?: TreesByText
  html?: TreesByText
  cloze?: { markdown?: TreesByText; html?: TreesByText }
}

/** A compiled bank with its texts' nodes, as the build writes it and the banks store loads it. */
export type RichBank = Bank & { rich?: RichTable }
