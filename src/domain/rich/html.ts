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
  'noscript',
  'noembed',
  'noframes',
  'audio',
  'video',
  'canvas',
])

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

/**
 * A bank's HTML (GIFT's `[html]`, `format: html`) as nodes, through an allow-list: kept elements
 * lose every attribute but a link's http(s)/mailto `href` and an embedded picture's `src`, `alt`
 * and size; no `on…` handler, `style`, `class` or `id` survives. The result is never an HTML
 * string: the page builds it with Vue's `h()`, so no browser ever re-parses it.
 */
export function htmlNodes(html: string): RichNode[] {
  const root: RichNode[] = []
  const open: Open[] = [{ name: '', children: root, within: '' }]
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const parent = open.at(-1)!
        if (!parent.children || DROPPED.has(name)) {
          open.push({ name, children: undefined, within: parent.within })
          return
        }
        const node = element(name, attributes)
        if (node) appendNode(parent.children, node)
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
  return root
}
