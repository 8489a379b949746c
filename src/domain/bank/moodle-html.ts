/**
 * The HTML inside Moodle's texts, as far as importing needs it: which texts have markup at all,
 * the wrappers Moodle's editors put around plain words, entities, and the pictures a text carries
 * as `<file>` elements. Only tags are looked at, never their meaning: the allow-list that decides
 * what reaches a page runs when the bank is built.
 */
import { decodeHTML, decodeHTMLAttribute } from 'entities/decode'
import { Tokenizer } from 'htmlparser2'

export interface HtmlAttribute {
  name: string
  /** As written, entities and all. */
  value: string
}

export interface HtmlTag {
  /** Offsets of its `<` and just past its `>`. */
  start: number
  end: number
  /** Lower case. */
  name: string
  closing: boolean
  attrs: HtmlAttribute[]
}

const ignore = () => {}

/**
 * The tags of an HTML text as written, in order, read by htmlparser2's tokenizer: comments and
 * what `<script>`, `<style>`, `<textarea>`… hold are not tags, a `<` that opens no tag is text, a
 * tag cut off at the end is none. Its tokenizer, not its parser: the parser builds a tree, so it
 * drops an end tag with no start tag before it, and the pieces of a text cut at a cloze's gaps
 * (`</span>` after the last gap) have those.
 */
export function scanTags(html: string): HtmlTag[] {
  const tags: HtmlTag[] = []
  let tag: HtmlTag | undefined
  let attribute: HtmlAttribute | undefined
  const endTag = (gt: number) => {
    if (tag) tags.push({ ...tag, end: gt + 1 })
    tag = undefined
  }
  const tokenizer = new Tokenizer(
    { decodeEntities: false },
    {
      // The name starts just after the `<`.
      onopentagname(start, end) {
        tag = {
          start: start - 1,
          end: -1,
          name: html.slice(start, end).toLowerCase(),
          closing: false,
          attrs: [],
        }
      },
      onattribname(start, end) {
        attribute = { name: html.slice(start, end).toLowerCase(), value: '' }
      },
      onattribdata(start, end) {
        if (attribute) attribute.value += html.slice(start, end)
      },
      onattribend() {
        if (tag && attribute) tag.attrs.push(attribute)
        attribute = undefined
      },
      onopentagend: endTag,
      onselfclosingtag: endTag,
      // The name starts just after the `</`; the tokenizer skips all else up to the next `>`,
      // and reports the name even when no `>` follows (the text then ends inside the tag).
      onclosetag(start, end) {
        const gt = html.indexOf('>', end)
        if (gt !== -1)
          tags.push({
            start: start - 2,
            end: gt + 1,
            name: html.slice(start, end).toLowerCase(),
            closing: true,
            attrs: [],
          })
      },
      ontext: ignore,
      ontextentity: ignore,
      onattribentity: ignore,
      oncdata: ignore,
      oncomment: ignore,
      ondeclaration: ignore,
      onprocessinginstruction: ignore,
      onend: ignore,
    },
  )
  tokenizer.write(html)
  tokenizer.end()
  return tags
}

export const hasMarkup = (html: string) => scanTags(html).length > 0

/**
 * HTML's character references read as a browser reads them in text, with HTML5's whole table
 * (`&eacute;`, `&#8364;`, `&nbsp;`, even `&copy` without its `;`); `&amp;lt;` is `&lt;`.
 */
export const decodeEntities = (text: string): string => decodeHTML(text)

/** A plain text written into HTML, meaning the same. */
export const escapeHtml = (text: string) =>
  text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))

/** Block elements: a plain reading starts a new line after each, and a cloze's prompt may end before one. */
const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'tr',
  'ul',
  'ol',
  'table',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
])

/**
 * What an HTML text says, without its markup: tags out (a paragraph or a line break is a new line),
 * entities read, spaces tidied.
 */
export function htmlToPlain(html: string): string {
  let out = ''
  let from = 0
  for (const tag of scanTags(html)) {
    out += html.slice(from, tag.start)
    if ((BLOCKS.has(tag.name) && tag.closing) || tag.name === 'br') out += '\n'
    from = tag.end
  }
  out += html.slice(from)
  return decodeEntities(out)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line, i, lines) => line !== '' || (i > 0 && lines[i - 1] !== ''))
    .join('\n')
    .trim()
}

/** Attributes Moodle's editors put on a wrapper that mean nothing to a learner. */
const DECORATION = new Set(['dir', 'style', 'class', 'lang'])
const WRAPPERS = new Set(['p', 'div', 'span'])

/**
 * An HTML text without what Moodle's editors wrap around plain words: one `<p>`, `<div>` or
 * `<span>` around all of it (with at most `dir`, `style`, `class`, `lang`), empty paragraphs and
 * line breaks at either end. `<p dir="ltr">Paris</p>` → `Paris`.
 */
export function unwrapHtml(html: string): string {
  let text = trimBreaks(html)
  for (;;) {
    const tags = scanTags(text)
    const first = tags[0]
    const last = tags[tags.length - 1]
    if (
      !first ||
      !last ||
      first.start !== 0 ||
      first.closing ||
      !WRAPPERS.has(first.name) ||
      !first.attrs.every((a) => DECORATION.has(a.name)) ||
      !last.closing ||
      last.name !== first.name ||
      last.end !== text.length ||
      matchingClose(tags, 0) !== tags.length - 1
    )
      return text
    text = trimBreaks(text.slice(first.end, last.start))
  }
}

/** The index of the tag that closes `tags[open]`, counting tags of its name in between. */
function matchingClose(tags: HtmlTag[], open: number): number {
  const name = tags[open]?.name
  let depth = 0
  for (let i = open; i < tags.length; i++) {
    const tag = tags[i] as HtmlTag
    if (tag.name !== name) continue
    depth += tag.closing ? -1 : 1
    if (depth === 0) return i
  }
  return -1
}

/** No-break spaces as Moodle's editors write them between tags. */
const SPACE_ENTITIES = ['&nbsp;', '&#160;']

/** The length of the space or `&nbsp;` that ends just before `at` (back) or starts at it, or 0. */
function spaceAt(html: string, at: number, back: boolean): number {
  if (/\s/.test(html[back ? at - 1 : at] ?? '')) return 1
  const entity = SPACE_ENTITIES.find(
    (e) => html.slice(back ? at - e.length : at, back ? at : at + e.length).toLowerCase() === e,
  )
  return entity?.length ?? 0
}

/**
 * The parts of an HTML text that show as nothing but an empty line: each `<br>` and each empty
 * paragraph (`<p></p>`, `<p><br></p>`, spaces allowed), without attributes; by start, and by end.
 */
function blankParts(html: string): { byStart: Map<number, number>; byEnd: Map<number, number> } {
  const tags = scanTags(html)
  const byStart = new Map<number, number>()
  const plain = (tag: HtmlTag | undefined, name: string, closing: boolean) =>
    tag?.name === name && tag.closing === closing && tag.attrs.length === 0
  const blankBetween = (a: HtmlTag, b: HtmlTag) => html.slice(a.end, b.start).trim() === ''
  tags.forEach((tag, i) => {
    if (plain(tag, 'br', false)) byStart.set(tag.start, tag.end)
    if (!plain(tag, 'p', false)) return
    const br = plain(tags[i + 1], 'br', false) ? 1 : 0
    const close = tags[i + 1 + br]
    const inside = tags.slice(i, i + 2 + br) as HtmlTag[]
    if (
      plain(close, 'p', true) &&
      inside.every((t, k) => k === 0 || blankBetween(inside[k - 1]!, t))
    )
      byStart.set(tag.start, (close as HtmlTag).end)
  })
  return { byStart, byEnd: new Map([...byStart].map(([start, end]) => [end, start])) }
}

/** Without spaces, `&nbsp;`, `<br>` and empty paragraphs at its start and end. */
function trimBreaks(html: string): string {
  const { byStart, byEnd } = blankParts(html)
  let from = 0
  let step: number
  do {
    step = spaceAt(html, from, false) || (byStart.get(from) ?? from) - from
    from += step
  } while (step > 0)
  let to = html.length
  do {
    step = to > from ? spaceAt(html, to, true) || to - Math.max(from, byEnd.get(to) ?? to) : 0
    to -= step
  } while (step > 0)
  return html.slice(from, to)
}

/**
 * The offsets in an HTML text where a new block starts, outside any element: before a `<p>`,
 * `<div>`… and after its end tag, after a `<br>`; in text without tags, after each line end.
 */
export function topLevelBreaks(html: string): number[] {
  const tags = scanTags(html)
  const breaks: number[] = []
  if (tags.length === 0) {
    for (let i = html.indexOf('\n'); i !== -1; i = html.indexOf('\n', i + 1)) breaks.push(i + 1)
    return breaks
  }
  let depth = 0
  for (const tag of tags) {
    if (VOID.has(tag.name)) {
      if (tag.name === 'br' && depth === 0) breaks.push(tag.end)
      continue
    }
    if (!tag.closing && depth === 0 && BLOCKS.has(tag.name)) breaks.push(tag.start)
    depth = Math.max(0, depth + (tag.closing ? -1 : 1))
    if (tag.closing && depth === 0 && BLOCKS.has(tag.name)) breaks.push(tag.end)
  }
  return breaks
}

/** Elements that have no closing tag. */
const VOID = new Set(['br', 'img', 'hr', 'input', 'meta', 'link', 'wbr', 'source', 'col', 'area'])

/** A file a Moodle text carries, `<file name="map.png" encoding="base64">…</file>`. */
export interface EmbeddedFile {
  name: string
  base64: string
}

export type RasterType = 'png' | 'jpeg' | 'gif' | 'webp'

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** The first bytes of base64 data, enough to tell a picture's type. */
function firstBytes(base64: string, count: number): number[] {
  const bytes: number[] = []
  let bits = 0
  let value = 0
  for (const c of base64) {
    const digit = BASE64.indexOf(c)
    if (digit < 0) continue
    value = (value << 6) | digit
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes.push((value >> bits) & 0xff)
      if (bytes.length === count) break
    }
  }
  return bytes
}

/** A picture's type from its first bytes, not its name: png, jpeg, gif or webp; nothing else. */
export function rasterType(base64: string): RasterType | undefined {
  const b = firstBytes(base64, 12)
  const ascii = (from: number, to: number) => String.fromCharCode(...b.slice(from, to))
  if (b[0] === 0x89 && ascii(1, 4) === 'PNG') return 'png'
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg'
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'gif'
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp'
  return undefined
}

/** Pictures bigger than this slow every learner down: the teacher is told. */
const LARGE_IMAGE_BYTES = 500 * 1024

const PLUGINFILE = '@@PLUGINFILE@@/'

const kilobytes = (base64Length: number) => {
  const bytes = Math.floor((base64Length * 3) / 4)
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.round(bytes / 1024)} KB`
}

/**
 * A file's name from its `@@PLUGINFILE@@/` reference as written in an attribute: its entities
 * read as a browser reads them (`a&amp;b.png` is `a&b.png`), then URL-decoded as Moodle writes it.
 * Only looked up and told, never written back into the HTML.
 */
function referencedName(src: string): string {
  const name = decodeHTMLAttribute(src).slice(PLUGINFILE.length).split(/[?#]/)[0] ?? ''
  try {
    return decodeURIComponent(name)
  } catch {
    return name
  }
}

const attr = (tag: HtmlTag, name: string) => tag.attrs.find((a) => a.name === name)?.value

/**
 * Puts the pictures a text carries into it: `<img src="@@PLUGINFILE@@/map.png" alt="Map">` becomes
 * `<img src="data:image/png;base64,…" alt="Map">`. Pictures that are not png, jpeg, gif or webp,
 * files that are missing, pictures from other sites and links to carried files are dropped, each
 * with a problem at its tag (`index` into the text).
 */
export function embedImages(
  html: string,
  files: readonly EmbeddedFile[],
): { html: string; problems: { index: number; message: string }[] } {
  const problems: { index: number; message: string }[] = []
  const byName = new Map(files.map((f) => [f.name, f]))
  let out = ''
  let from = 0
  /** A closing tag to leave out too: that of a link whose opening tag was dropped. */
  let dropClose = -1
  const tags = scanTags(html)
  tags.forEach((tag, i) => {
    if (i === dropClose) {
      out += html.slice(from, tag.start)
      from = tag.end
      return
    }
    if (tag.closing) return
    const replace = (replacement: string) => {
      out += html.slice(from, tag.start) + replacement
      from = tag.end
    }
    const src = tag.name === 'img' ? (attr(tag, 'src') ?? '') : ''
    if (tag.name === 'img') {
      const image = imageOf(src, byName)
      if ('problem' in image) {
        problems.push({ index: tag.start, message: image.problem })
        replace('')
        return
      }
      if (image.size) problems.push({ index: tag.start, message: image.size })
      const extra = ['alt', 'width', 'height']
        .filter((name) => name === 'alt' || /^\d+$/.test(attr(tag, name) ?? ''))
        .map((name) => ` ${name}="${(attr(tag, name) ?? '').replace(/"/g, '&quot;')}"`)
        .join('')
      replace(`<img src="${image.src}"${extra}>`)
      return
    }
    const linked = tag.attrs.find((a) => a.value.startsWith(PLUGINFILE))
    if (linked) {
      const name = referencedName(linked.value)
      problems.push({
        index: tag.start,
        message: `the file "${name}" can't be shown in Factline (only png, jpeg, gif and webp pictures can); its <${tag.name}> is dropped`,
      })
      replace('')
      if (tag.name === 'a')
        dropClose = tags.findIndex((t, k) => k > i && t.closing && t.name === 'a')
    }
  })
  return { html: out + html.slice(from), problems }
}

function imageOf(
  src: string,
  files: Map<string, EmbeddedFile>,
): { src: string; size?: string } | { problem: string } {
  if (src.startsWith('data:')) {
    const comma = src.indexOf(',')
    const type = /;base64$/i.test(src.slice(0, comma))
      ? rasterType(src.slice(comma + 1))
      : undefined
    if (!type)
      return { problem: 'a picture written into the text is not png, jpeg, gif or webp; dropped' }
    return { src: `data:image/${type};base64,${src.slice(comma + 1)}` }
  }
  if (!src.startsWith(PLUGINFILE)) {
    return {
      problem: `the picture ${src || '(no src)'} is not carried in the file, and Factline's pages show no pictures from other sites; dropped (add it to the question in Moodle and export again)`,
    }
  }
  const name = referencedName(src)
  const file = files.get(name)
  if (!file)
    return {
      problem: `the picture "${name}" is not in the file (no <file name="${name}"> beside this text); dropped`,
    }
  const base64 = file.base64.replace(/\s+/g, '')
  const type = rasterType(base64)
  if (!type) {
    return {
      problem: `the picture "${name}" is not a png, jpeg, gif or webp picture, the only kinds Factline shows; dropped`,
    }
  }
  const size =
    base64.length * 0.75 > LARGE_IMAGE_BYTES
      ? `the picture "${name}" is ${kilobytes(base64.length)}: every learner downloads it with the bank; make it smaller (under 500 KB)`
      : undefined
  return { src: `data:image/${type};base64,${base64}`, ...(size ? { size } : {}) }
}
