import { SaxesParser } from 'saxes'
import type { Position } from './source.ts'

/**
 * A small XML tree with the place of everything in it, for readers of XML question files (Moodle
 * XML). saxes parses, strictly, as Moodle's own importer does; it stays behind this module so that
 * another parser could replace it. Offsets are UTF-16 indexes into the file's text.
 */
export interface XmlElement {
  kind: 'element'
  name: string
  attrs: Record<string, string>
  /** Where each attribute's value starts (after its opening quote). */
  attrStarts: Record<string, number>
  /** The offset of its `<`. */
  start: number
  children: XmlNode[]
}

/** A run of text or a CDATA section, as the XML means it: entities read, line ends as `\n`. */
export interface XmlText {
  kind: 'text'
  value: string
  /** The raw span it was read from (a CDATA section's inside). */
  start: number
  end: number
  cdata: boolean
}

export type XmlNode = XmlElement | XmlText

export interface XmlSyntaxError {
  offset: number
  message: string
  /** The file has a second top-level element: readers may say what should hold both. */
  secondRoot?: boolean
}

export type XmlDocument =
  | { root: XmlElement; encoding?: string; error?: undefined }
  | { error: XmlSyntaxError; root?: undefined }

/** Thrown out of saxes' handlers to stop at the first problem. */
class Stop extends Error {}

/** Reads an XML text into a tree, or says where and why it is not well-formed XML. */
export function parseXml(text: string): XmlDocument {
  const parser = new SaxesParser({ position: true, xmlns: false })
  const whole: XmlElement = element('#document', 0)
  const stack: XmlElement[] = [whole]
  const at = positionsIn(text)
  const where = (offset: number) => {
    const p = at(offset)
    return `line ${p.line}, column ${p.column}`
  }
  let encoding: string | undefined
  /** Where the previous event ended: a text starts there. */
  let last = 0
  let error: XmlSyntaxError | undefined
  const fail = (offset: number, message: string, secondRoot = false): never => {
    error = { offset, message, ...(secondRoot ? { secondRoot } : {}) }
    throw new Stop()
  }
  const top = () => stack[stack.length - 1] as XmlElement
  const root = () => whole.children.find((c): c is XmlElement => c.kind === 'element')

  parser.on('xmldecl', (decl) => {
    encoding = decl.encoding
    last = parser.position
  })
  for (const event of ['comment', 'processinginstruction', 'doctype'] as const)
    parser.on(event, () => {
      last = parser.position
    })
  parser.on('opentagstart', (tag) => {
    const start = text.lastIndexOf('<', parser.position - 1)
    const first = root()
    if (stack.length === 1 && first) {
      fail(
        start,
        `a second top-level element <${tag.name}> (the first, <${first.name}>, is at ${where(first.start)}): an XML file has one root element`,
        true,
      )
    }
  })
  let pending: Record<string, number> = {}
  parser.on('attribute', (attribute) => {
    // The event comes after the closing quote; a value cannot hold its own quote.
    const quote = text[parser.position - 1] ?? '"'
    pending[attribute.name] = text.lastIndexOf(quote, parser.position - 2) + 1
  })
  parser.on('opentag', (tag) => {
    const el = element(tag.name, text.lastIndexOf('<', parser.position - 1))
    el.attrs = { ...tag.attributes }
    el.attrStarts = pending
    pending = {}
    top().children.push(el)
    if (!tag.isSelfClosing) stack.push(el)
    last = parser.position
  })
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) {
      const open = top()
      const lt = text.lastIndexOf('</', parser.position - 1)
      const written = text.slice(lt + 2, parser.position - 1).trim()
      if (written !== open.name) {
        const outer = stack.slice(1, -1).some((e) => e.name === written)
        fail(
          lt,
          `</${written}> does not close <${open.name}> (opened at ${where(open.start)}): ` +
            (outer
              ? `add </${open.name}> before it`
              : `write </${open.name}> here, or add the missing <${written}>`),
        )
      }
      stack.pop()
    }
    last = parser.position
  })
  // saxes leaves out the spaces before a text outside the root: the text is found in the file.
  const firstNonSpace = (from: number) => {
    let offset = from
    while (offset < text.length && /\s/.test(text[offset] as string)) offset++
    return offset
  }
  const outsideRoot = (offset: number): never => {
    const first = root()
    return fail(
      offset,
      first
        ? `text after the end of the root element </${first.name}>: everything goes inside <${first.name}> … </${first.name}>`
        : 'text before the first element: the file should start with <?xml version="1.0" encoding="UTF-8"?> and its root element',
    )
  }
  const addText = (value: string, start: number, end: number, cdata: boolean) => {
    if (stack.length === 1) {
      if (value.trim() !== '') outsideRoot(firstNonSpace(start))
      return
    }
    top().children.push({ kind: 'text', value, start, end, cdata })
  }
  parser.on('text', (value) => {
    // A text is read up to the `<` after it, or to the end of the file.
    const end = text[parser.position - 1] === '<' ? parser.position - 1 : parser.position
    addText(value, last, end, false)
    last = end
  })
  parser.on('cdata', (value) => {
    addText(value, last + '<![CDATA['.length, parser.position - ']]>'.length, true)
    last = parser.position
  })
  parser.on('error', (e) => {
    const message = e.message.replace(/^\d+:\d+: /, '')
    // saxes reads an entity up to its `;`, or to the end of the file when none comes.
    if (message.includes('entit') || message.startsWith('unclosed tag')) {
      const entity = badEntity(text, last, parser.position)
      if (entity) fail(entity.offset, entity.message)
    }
    if (message.startsWith('unclosed tag') && stack.length > 1) {
      unfinished(text, last, fail)
      const open = top()
      fail(open.start, `<${open.name}> is never closed: the file ends before its </${open.name}>`)
    }
    if (message.startsWith('disallowed character in tag name')) {
      fail(
        text.lastIndexOf('<', parser.position - 1),
        'a < in text starts a tag: write &lt; for the character, or put the text in <![CDATA[ … ]]>',
      )
    }
    if (message.startsWith('unquoted attribute value')) {
      fail(parser.position - 1, 'an attribute value goes in quotes: name="value"')
    }
    if (message.startsWith('text data outside of root node')) outsideRoot(firstNonSpace(last))
    if (message.startsWith('unmatched closing tag')) {
      const lt = text.lastIndexOf('</', parser.position - 1)
      fail(lt, `${text.slice(lt, parser.position)} closes no open element: remove it`)
    }
    if (message.startsWith('document must contain a root element')) fail(0, NO_ELEMENT)
    fail(Math.max(0, parser.position - 1), `XML syntax: ${message}`)
  })

  try {
    parser.write(text).close()
  } catch (thrown) {
    if (!(thrown instanceof Stop)) throw thrown
  }
  if (error) return { error }
  const first = root()
  if (!first) return { error: { offset: 0, message: NO_ELEMENT } }
  return { root: first, ...(encoding ? { encoding } : {}) }
}

function element(name: string, start: number): XmlElement {
  return { kind: 'element', name, attrs: {}, attrStarts: {}, start, children: [] }
}

const NO_ELEMENT = 'the file has no XML element'

const XML_ENTITIES = ['amp', 'lt', 'gt', 'quot', 'apos']

/**
 * The first `&` from `from` on that starts no entity XML knows. saxes notices such an `&` only
 * later (at the `;` it reads up to, or at the end of the file): this finds the `&` itself.
 */
function badEntity(
  text: string,
  from: number,
  to: number,
): { offset: number; message: string } | undefined {
  const limit = Math.min(text.length, Math.max(to, from) + 1)
  for (let i = text.indexOf('&', from); i !== -1 && i < limit; i = text.indexOf('&', i + 1)) {
    const semicolon = text.indexOf(';', i)
    const name = semicolon === -1 ? '' : text.slice(i + 1, semicolon)
    if (XML_ENTITIES.includes(name) || isCharacterReference(name)) continue
    if (name !== '' && isName(name)) {
      return {
        offset: i,
        message: `&${name}; is not an XML entity (XML knows &amp; &lt; &gt; &quot; &apos; and numbers such as &#160;): write it as a number, or put the text in <![CDATA[ … ]]>`,
      }
    }
    return {
      offset: i,
      message:
        'a & starts an entity in XML: write &amp; for the character, or put the text in <![CDATA[ … ]]>',
    }
  }
  return undefined
}

const isDigits = (s: string, hex: boolean) =>
  s.length > 0 && [...s].every((c) => (hex ? /[0-9a-f]/i : /[0-9]/).test(c))

/** `#160` or `#xA0`. */
function isCharacterReference(name: string): boolean {
  if (name.startsWith('#x')) return isDigits(name.slice(2), true)
  return name.startsWith('#') && isDigits(name.slice(1), false)
}

/** Letters, digits, `_`, `-`, `.`, `:` and no space: what an entity's name could be. */
const isName = (name: string) => /^[\p{L}_:][\p{L}\p{N}_.:-]*$/u.test(name)

/** A comment, CDATA section or tag from `from` on that the end of the file cut short. */
function unfinished(text: string, from: number, fail: (offset: number, message: string) => never) {
  const lt = text.indexOf('<', from)
  if (lt === -1) return
  if (text.startsWith('<!--', lt) && !text.includes('-->', lt))
    fail(lt, 'this comment is never closed: end it with -->')
  if (text.startsWith('<![CDATA[', lt) && !text.includes(']]>', lt))
    fail(lt, 'this CDATA section is never closed: end it with ]]>')
  if (!text.includes('>', lt)) fail(lt, 'this tag is never finished: end it with >')
}

/** The child elements of `el`, or those of one name. */
export function elements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter(
    (c): c is XmlElement => c.kind === 'element' && (name === undefined || c.name === name),
  )
}

/** The first child element of that name. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c): c is XmlElement => c.kind === 'element' && c.name === name)
}

/**
 * A text as read (entities and line ends resolved), and a way back from any index in it to the
 * offset in the file it was read from: columns of what a teacher wrote inside a text stay exact.
 */
export interface LocatedText {
  value: string
  /** The file offset of the character at `index` of `value` (the end, past the last). */
  offsetOf(index: number): number
}

/** The text directly inside `el` (its text and CDATA children, joined); `source` is the file's text. */
export function textOf(el: XmlElement, source: string): LocatedText {
  const parts = el.children.filter((c): c is XmlText => c.kind === 'text')
  const value = parts.map((p) => p.value).join('')
  return {
    value,
    offsetOf(index: number) {
      let from = 0
      for (const part of parts) {
        if (index < from + part.value.length) return rawOffset(source, part, index - from)
        from += part.value.length
      }
      return parts[parts.length - 1]?.end ?? el.start
    },
  }
}

/** The raw offset of the `index`-th character of what `part` reads as: an entity or a `\r\n` is one. */
function rawOffset(source: string, part: XmlText, index: number): number {
  let raw = part.start
  let read = 0
  while (raw < part.end) {
    let next = raw + 1
    let width = 1
    const c = source[raw]
    if (c === '\r' && source[raw + 1] === '\n') next = raw + 2
    else if (c === '&' && !part.cdata) {
      const semicolon = source.indexOf(';', raw)
      const name = source.slice(raw + 1, semicolon)
      const code = name.startsWith('#x')
        ? parseInt(name.slice(2), 16)
        : name.startsWith('#')
          ? parseInt(name.slice(1), 10)
          : 0
      next = semicolon + 1
      // A character above U+FFFF is two UTF-16 units of the value.
      if (code > 0xffff) width = 2
    }
    if (index < read + width) return raw
    read += width
    raw = next
  }
  return raw
}

/**
 * Line and column of offsets in one text, found by halving a table of line starts made once:
 * a large file is not read again for every place reported.
 */
export function positionsIn(text: string): (offset: number) => Position {
  let starts: number[] | undefined
  return (offset) => {
    if (!starts) {
      starts = [0]
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
    }
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if ((starts[mid] as number) <= offset) low = mid
      else high = mid - 1
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1 }
  }
}
