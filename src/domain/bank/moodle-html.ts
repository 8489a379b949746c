/**
 * The HTML inside Moodle's texts, as far as importing needs it: which texts have markup at all,
 * the wrappers Moodle's editors put around plain words, entities, and the pictures a text carries
 * as `<file>` elements. Only tags are looked at, never their meaning: the allow-list that decides
 * what reaches a page runs when the bank is built.
 */

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

const isLetter = (c: string | undefined) =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
const isSpace = (c: string | undefined) =>
  c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f'

/** The tags of an HTML text, in order; comments are skipped, a `<` that opens no tag is text. */
export function scanTags(html: string): HtmlTag[] {
  const tags: HtmlTag[] = []
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4)
      if (close === -1) break
      i = close + 2
      continue
    }
    const closing = html[i + 1] === '/'
    let k = closing ? i + 2 : i + 1
    if (!isLetter(html[k])) continue
    const nameStart = k
    while (k < html.length && !isSpace(html[k]) && html[k] !== '>' && html[k] !== '/') k++
    const tag: HtmlTag = {
      start: i,
      end: -1,
      name: html.slice(nameStart, k).toLowerCase(),
      closing,
      attrs: [],
    }
    while (k < html.length && html[k] !== '>') {
      if (isSpace(html[k]) || html[k] === '/') {
        k++
        continue
      }
      const attrStart = k
      while (k < html.length && !isSpace(html[k]) && !'>/='.includes(html[k] as string)) k++
      const attrName = html.slice(attrStart, k).toLowerCase()
      if (attrName === '') {
        k++
        continue
      }
      while (isSpace(html[k])) k++
      let value = ''
      if (html[k] === '=') {
        k++
        while (isSpace(html[k])) k++
        const quote = html[k]
        if (quote === '"' || quote === "'") {
          const close = html.indexOf(quote, k + 1)
          value = html.slice(k + 1, close === -1 ? html.length : close)
          k = close === -1 ? html.length : close + 1
        } else {
          const valueStart = k
          while (k < html.length && !isSpace(html[k]) && html[k] !== '>') k++
          value = html.slice(valueStart, k)
        }
      }
      tag.attrs.push({ name: attrName, value })
    }
    if (k >= html.length) break
    tag.end = k + 1
    tags.push(tag)
    i = k
  }
  return tags
}

export const hasMarkup = (html: string) => scanTags(html).length > 0

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  times: '×',
  divide: '÷',
  deg: '°',
  plusmn: '±',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  euro: '€',
  pound: '£',
  minus: '−',
  le: '≤',
  ge: '≥',
  ne: '≠',
}

/** HTML's entities read: the common named ones and any number; an unknown name stays as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return NAMED[name] ?? NAMED[name.toLowerCase()] ?? whole
  })
}

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

/** Without spaces, `&nbsp;`, `<br>` and empty paragraphs at its start and end. */
function trimBreaks(html: string): string {
  const edge =
    /^(?:\s|&nbsp;|&#160;|<br\s*\/?>|<p>\s*(?:<br\s*\/?>)?\s*<\/p>)+|(?:\s|&nbsp;|&#160;|<br\s*\/?>|<p>\s*(?:<br\s*\/?>)?\s*<\/p>)+$/gi
  return html.replace(edge, '')
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

/** A file's name from its `@@PLUGINFILE@@/` reference, URL-decoded as Moodle writes it. */
function referencedName(src: string): string {
  const name = src.slice(PLUGINFILE.length).split(/[?#]/)[0] ?? ''
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
