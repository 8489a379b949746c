import { Parser } from 'htmlparser2'
import { appendNode } from './append.ts'
import type { RichContainer, RichNode } from './nodes.ts'

/** What an element of the bank's HTML may become. */
type RichElement = Exclude<RichNode, string | { blank: number }>

/** Elements kept as they are (their attributes are not: see `element`). */
const KEPT = new Set<string>([
  'em',
  'strong',
  'code',
  'u',
  'sub',
  'sup',
  'p',
  'ul',
  'ol',
  'li',
  'pre',
  'blockquote',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
] satisfies RichContainer[])

/** Old spellings of kept elements, as Moodle's editors still write them. */
const RENAMED = new Map<string, RichContainer>([
  ['b', 'strong'],
  ['i', 'em'],
])

/**
 * Elements dropped with everything inside them: scripts, styles, frames, plug-ins, SVG and MathML
 * (which carry their own scripts), forms, and what belongs in a page's head. Any other element
 * not kept (`span`, `div`, `font`, `details`…) is dropped but its content kept.
 */
const DROPPED = new Set([
  'script',
  'style',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'base',
  'meta',
  'link',
  'head',
  'title',
  'form',
  'textarea',
  'select',
  'button',
  'input',
  'noscript',
  'noembed',
  'noframes',
  'audio',
  'video',
  'canvas',
])

/**
 * Why an element dropped with its content is not shown, told to the teacher who wrote it. An
 * element not named (`head`, `meta`, `title`, `noscript`…) holds nothing a learner was meant to see.
 */
const WHY_NOT_SHOWN: [string[], string][] = [
  [['script', 'canvas'], 'Factline runs no scripts from a bank; write what it showed as text'],
  [['style'], "texts take the style of Factline's pages; use <em>, <strong>, lists or tables"],
  [
    ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'audio', 'video'],
    'Factline shows no embedded pages, videos or scripts; link to it instead',
  ],
  [
    ['svg', 'math'],
    'Factline shows no SVG or MathML; embed it as a PNG picture, or write the formula as text',
  ],
  [
    ['form', 'textarea', 'select', 'button', 'input'],
    "learners answer in the question's own fields, not in a form",
  ],
]
const NOT_SHOWN_BECAUSE = new Map(WHY_NOT_SHOWN.flatMap(([tags, why]) => tags.map((t) => [t, why])))

/** Elements whose text between their children is only layout: `<tr>\n  <td>`. */
const LAYOUT_ONLY = new Set(['ul', 'ol', 'table', 'thead', 'tbody', 'tfoot', 'tr'])

/** Links a text may keep: web pages and e-mail addresses, never `javascript:` or `data:`. */
const SAFE_LINK = /^(https?:|mailto:)/i

/** The only pictures kept: raster images inside the bank itself, as the page's CSP allows them. */
const EMBEDDED_IMAGE = /^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/]+=*$/i

/** A size in pixels as `width`/`height` give it: `64` or `64px`. */
const PIXELS = /^(\d{1,5})(px)?$/i

function pixels(value: string | undefined): number | undefined {
  const match = PIXELS.exec(value?.trim() ?? '')
  const n = match ? Number(match[1]) : 0
  return n > 0 ? n : undefined
}

/** The picture `attributes` describe, or undefined when its source is not one the page may show. */
function picture(attributes: Record<string, string>): RichElement | undefined {
  const src = (attributes.src ?? '').replace(/\s+/g, '')
  if (!EMBEDDED_IMAGE.test(src)) return undefined
  const width = pixels(attributes.width)
  const height = pixels(attributes.height)
  return {
    tag: 'img',
    src,
    alt: attributes.alt ?? '',
    ...(width ? { width } : {}),
    ...(height ? { height } : {}),
  }
}

/** A cell's span, 2 to 1000 (browsers cap colspan at 1000): 1 is the default, so left out. */
function span(value: string | undefined): number | undefined {
  const n = pixels(value)
  return n && n > 1 ? Math.min(n, 1000) : undefined
}

/**
 * The node an element of the bank's HTML becomes, with only the attributes it may keep; undefined
 * when the element is not kept (its content then is, unless it is `DROPPED`).
 */
function element(name: string, attributes: Record<string, string>): RichElement | undefined {
  const tag = RENAMED.get(name) ?? name
  if (KEPT.has(tag)) return { tag: tag as RichContainer, children: [] }
  if (tag === 'br') return { tag: 'br' }
  if (tag === 'img') return picture(attributes)
  if (tag === 'a') {
    const href = (attributes.href ?? '').trim()
    return SAFE_LINK.test(href) ? { tag: 'a', href, children: [] } : undefined
  }
  if (tag === 'th' || tag === 'td') {
    const colspan = span(attributes.colspan)
    const rowspan = span(attributes.rowspan)
    return {
      tag,
      children: [],
      ...(colspan ? { colspan } : {}),
      ...(rowspan ? { rowspan } : {}),
    }
  }
  return undefined
}

/** An element open while parsing: where its content goes, or nowhere (`children` undefined). */
interface Open {
  name: string
  children: RichNode[] | undefined
  /** The nearest kept element's tag, which decides whether layout whitespace is kept. */
  within: string
}

/** An address as a message quotes it: short enough to read, a long `data:` URL cut. */
const quoteAddress = (value: string) =>
  value === ''
    ? 'with no address'
    : JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)

/** What a teacher is told a text lost: `kind` is `picture`, `link` or an element's `<name>`. */
function lossMessage(kind: string, [first = '', ...more]: string[]): string {
  const others = more.length > 0 ? ` (and ${more.length} more)` : ''
  if (kind === 'picture')
    return `the picture ${quoteAddress(first)}${others} is not shown: only pictures embedded in the file (PNG, JPEG, GIF, WebP) are; write it into the text as src="data:image/png;base64,…"`
  if (kind === 'link')
    return `the link to ${quoteAddress(first)}${others} is not kept, only its text: links go to web pages (http://, https://) and e-mail addresses (mailto:) only; write the full address`
  return `the ${kind} in this text is not shown to learners: ${NOT_SHOWN_BECAUSE.get(first)}`
}

/** A text's HTML compiled: its nodes, and what of it a teacher would miss on the page. */
export interface CompiledHtml {
  nodes: RichNode[]
  /**
   * One message per kind of loss, in the order met: an element dropped with its content (a
   * frame, a script, a form…), pictures not embedded, links to other than web pages and e-mail.
   * Attributes and wrappers whose text stays (`style`, `class`, `<span>`, `<font>`) are not
   * losses: every editor writes them.
   */
  lost: string[]
}

/**
 * A bank's HTML (GIFT's `[html]`, `format: html`) as nodes, through an allow-list: kept elements
 * lose every attribute but a link's http(s)/mailto `href` and an embedded picture's `src`, `alt`
 * and size; no `on…` handler, `style`, `class` or `id` survives. The result is never an HTML
 * string: the page builds it with Vue's `h()`, so no browser ever re-parses it.
 */
export function compileHtml(html: string): CompiledHtml {
  const root: RichNode[] = []
  const open: Open[] = [{ name: '', children: root, within: '' }]
  const losses = new Map<string, string[]>()
  const lose = (kind: string, what: string) => {
    const found = losses.get(kind)
    if (!found) losses.set(kind, [what])
    else if (!found.includes(what)) found.push(what)
  }
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const parent = open.at(-1)!
        if (!parent.children || DROPPED.has(name)) {
          if (parent.children && NOT_SHOWN_BECAUSE.has(name)) lose(`<${name}>`, name)
          open.push({ name, children: undefined, within: parent.within })
          return
        }
        const node = element(name, attributes)
        if (node) appendNode(parent.children, node)
        else if (name === 'img') lose('picture', (attributes.src ?? '').trim())
        else if (name === 'a' && attributes.href?.trim()) lose('link', attributes.href.trim())
        const children = node && 'children' in node ? node.children : parent.children
        open.push({ name, children, within: node && 'tag' in node ? node.tag : parent.within })
      },
      onclosetag(name) {
        // The parser closes every element it opened; a close it makes for a tag never reported
        // open (cut off at the end of the text) does not match and is ignored.
        if (open.length > 1 && open.at(-1)!.name === name) open.pop()
      },
      ontext(text) {
        const { children, within } = open.at(-1)!
        if (!children || (LAYOUT_ONLY.has(within) && text.trim() === '')) return
        appendNode(children, text)
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  )
  parser.end(html)
  return { nodes: root, lost: [...losses].map(([kind, found]) => lossMessage(kind, found)) }
}

/** A bank's HTML as nodes (see `compileHtml`). */
export const htmlNodes = (html: string): RichNode[] => compileHtml(html).nodes

/** What a text in HTML loses on the page, told to its teacher (see `compileHtml`). */
export const htmlLosses = (html: string): string[] => compileHtml(html).lost
