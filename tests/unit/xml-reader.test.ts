import { describe, expect, it } from 'vitest'
import { child, elements, parseXml, positionsIn, textOf, type XmlElement } from '@/domain/bank/xml'

/** Where a well-formed text's syntax error is, as `line:column message`. */
function errorOf(text: string): string {
  const document = parseXml(text)
  if (!document.error) throw new Error('expected a syntax error')
  const { line, column } = positionsIn(text)(document.error.offset)
  return `${line}:${column} ${document.error.message}`
}

function rootOf(text: string): XmlElement {
  const document = parseXml(text)
  if (document.error) throw new Error(document.error.message)
  return document.root
}

describe('parseXml: the tree and where everything is', () => {
  const text = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!-- a comment -->',
    '<quiz>',
    '  <question type="truefalse" x=\'a>b\'>',
    '    <name><text>Rain &amp; snow</text></name>',
    '    <empty/>',
    '  </question>',
    '</quiz>',
  ].join('\n')
  const at = positionsIn(text)
  const root = rootOf(text)

  it('reads elements, attributes and texts, and the offset of each element and attribute value', () => {
    expect(root.name).toBe('quiz')
    expect(at(root.start)).toEqual({ line: 3, column: 1 })
    const question = child(root, 'question')!
    expect(question.attrs).toEqual({ type: 'truefalse', x: 'a>b' })
    expect(at(question.start)).toEqual({ line: 4, column: 3 })
    expect(at(question.attrStarts.type!)).toEqual({ line: 4, column: 19 })
    expect(at(question.attrStarts.x!)).toEqual({ line: 4, column: 33 })
    expect(elements(question).map((e) => e.name)).toEqual(['name', 'empty'])
    expect(child(question, 'empty')?.children).toEqual([])
    expect(parseXml(text)).toMatchObject({ encoding: 'UTF-8' })
  })

  it('maps each character of a text back to its column, an entity counting as one', () => {
    const name = child(child(child(root, 'question'), 'name'), 'text')!
    const located = textOf(name, text)
    expect(located.value).toBe('Rain & snow')
    expect(at(located.offsetOf(0))).toEqual({ line: 5, column: 17 })
    expect(at(located.offsetOf(5))).toEqual({ line: 5, column: 22 })
    expect(at(located.offsetOf(7))).toEqual({ line: 5, column: 28 })
    expect(at(located.offsetOf(located.value.length))).toEqual({ line: 5, column: 32 })
  })

  it('keeps columns exact across CRLF line ends, CDATA, character references and characters beyond U+FFFF', () => {
    const crlf = '<quiz>\r\n<a>x &#x1F600;y\r\nz</a><b><![CDATA[p <b>\r\nq]]></b>\r\n</quiz>'
    const quiz = rootOf(crlf)
    const where = positionsIn(crlf)
    const a = textOf(child(quiz, 'a')!, crlf)
    expect(a.value).toBe('x 😀y\nz')
    expect(where(a.offsetOf(2))).toEqual({ line: 2, column: 6 })
    expect(where(a.offsetOf(3))).toEqual({ line: 2, column: 6 })
    expect(where(a.offsetOf(4))).toEqual({ line: 2, column: 15 })
    expect(where(a.offsetOf(6))).toEqual({ line: 3, column: 1 })
    const b = textOf(child(quiz, 'b')!, crlf)
    expect(b.value).toBe('p <b>\nq')
    expect(where(b.offsetOf(2))).toEqual({ line: 3, column: 20 })
    expect(where(b.offsetOf(6))).toEqual({ line: 4, column: 1 })
  })

  it('joins the text and CDATA inside one element, and gives an empty one the element itself', () => {
    const mixed = '<quiz><t>a <![CDATA[<b>]]> c</t><e></e></quiz>'
    const quiz = rootOf(mixed)
    const t = textOf(child(quiz, 't')!, mixed)
    expect(t.value).toBe('a <b> c')
    expect(t.offsetOf(2)).toBe(mixed.indexOf('<b>'))
    expect(t.offsetOf(5)).toBe(mixed.indexOf(' c'))
    const e = child(quiz, 'e')!
    expect(textOf(e, mixed)).toMatchObject({ value: '' })
    expect(textOf(e, mixed).offsetOf(0)).toBe(e.start)
  })
})

describe('parseXml: syntax errors, where they are and in words a teacher can act on', () => {
  it('names the open element a wrong close tag meets, and where it opened', () => {
    expect(errorOf('<quiz>\n  <q>\n    <t>x</g>\n  </q>\n</quiz>')).toBe(
      '3:9 </g> does not close <t> (opened at line 3, column 5): write </t> here, or add the missing <g>',
    )
    expect(errorOf('<quiz>\n  <q>\n    <t>x</q>\n</quiz>')).toBe(
      '3:9 </q> does not close <t> (opened at line 3, column 5): add </t> before it',
    )
    expect(errorOf('<quiz></quiz></quiz>')).toBe('1:14 </quiz> closes no open element: remove it')
  })

  it('finds a second root element', () => {
    const document = parseXml('<question/>\n\n<question/>')
    expect(document.error).toMatchObject({ secondRoot: true })
    expect(errorOf('<question/>\n\n<question/>')).toBe(
      '3:1 a second top-level element <question> (the first, <question>, is at line 1, column 1): an XML file has one root element',
    )
  })

  it('points at the & that starts no entity, not where the parser noticed', () => {
    expect(errorOf('<quiz>\n  <t>salt & pepper</t>\n</quiz>')).toBe(
      '2:11 a & starts an entity in XML: write &amp; for the character, or put the text in <![CDATA[ … ]]>',
    )
    expect(errorOf('<quiz>\n  <t>a&nbsp;b &amp; c</t>\n</quiz>')).toBe(
      '2:7 &nbsp; is not an XML entity (XML knows &amp; &lt; &gt; &quot; &apos; and numbers such as &#160;): write it as a number, or put the text in <![CDATA[ … ]]>',
    )
    expect(errorOf('<quiz><t a="x & y">t</t></quiz>')).toBe(
      '1:15 a & starts an entity in XML: write &amp; for the character, or put the text in <![CDATA[ … ]]>',
    )
  })

  it('tells a < in text, an unquoted attribute and text outside the root', () => {
    expect(errorOf('<quiz>\n<t>1 < 2</t>\n</quiz>')).toBe(
      '2:6 a < in text starts a tag: write &lt; for the character, or put the text in <![CDATA[ … ]]>',
    )
    expect(errorOf('<quiz><answer fraction=100/></quiz>')).toBe(
      '1:24 an attribute value goes in quotes: name="value"',
    )
    expect(errorOf('<quiz></quiz>\n  more')).toBe(
      '2:3 text after the end of the root element </quiz>: everything goes inside <quiz> … </quiz>',
    )
    expect(errorOf('  Questions\n<quiz></quiz>')).toBe(
      '1:3 text before the first element: the file should start with <?xml version="1.0" encoding="UTF-8"?> and its root element',
    )
  })

  it('says what the end of the file cut short', () => {
    expect(errorOf('<quiz>\n  <question>\n    <name>x</name>\n')).toBe(
      '2:3 <question> is never closed: the file ends before its </question>',
    )
    expect(errorOf('<quiz>\n<!-- note')).toBe('2:1 this comment is never closed: end it with -->')
    expect(errorOf('<quiz><t><![CDATA[x')).toBe(
      '1:10 this CDATA section is never closed: end it with ]]>',
    )
    expect(errorOf('<quiz>\n  <t')).toBe('2:3 this tag is never finished: end it with >')
    expect(errorOf('')).toBe('1:1 the file has no XML element')
    expect(errorOf('<!-- only a comment -->')).toBe('1:1 the file has no XML element')
  })

  it("quotes the parser's words for what it alone can tell", () => {
    expect(errorOf('<quiz a="1" a="2"/>')).toMatch(/^1:\d+ XML syntax: duplicate attribute: a\.$/)
  })
})

describe('positionsIn', () => {
  it('gives line and column of any offset, past the last line end too', () => {
    const at = positionsIn('ab\ncd\n\nef')
    expect([0, 2, 3, 6, 7, 9].map(at)).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 3 },
    ])
  })
})
