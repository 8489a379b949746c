import { describe, expect, it } from 'vitest'
import {
  decodeEntities,
  embedImages,
  escapeHtml,
  hasMarkup,
  htmlToPlain,
  rasterType,
  scanTags,
  topLevelBreaks,
  unwrapHtml,
} from '@/domain/bank/moodle-html'

/** Each tag as written, from its offsets. */
const written = (html: string) => scanTags(html).map((t) => html.slice(t.start, t.end))

/** Base64 of the given bytes followed by some zeros, as a picture file would start. */
const base64Of = (...bytes: number[]) =>
  Buffer.from([...bytes, ...new Array<number>(16).fill(0)]).toString('base64')

const PNG = base64Of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)
const JPEG = base64Of(0xff, 0xd8, 0xff, 0xe0)
const GIF = Buffer.from('GIF89a\u0001\u0000\u0001\u0000').toString('base64')
const WEBP = Buffer.from('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ').toString('base64')
const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ').toString('base64')

describe('scanTags', () => {
  it('gives each tag its exact offsets, lower-case name, and attributes as written', () => {
    const html = '<P Class="x" data-a=\'1>2\' title="a > b">Hi<BR/></P>'
    const tags = scanTags(html)
    expect(written(html)).toEqual(['<P Class="x" data-a=\'1>2\' title="a > b">', '<BR/>', '</P>'])
    expect(tags.map((t) => [t.start, t.end, t.name, t.closing])).toEqual([
      [0, 40, 'p', false],
      [42, 47, 'br', false],
      [47, 51, 'p', true],
    ])
    expect(tags[0]!.attrs).toEqual([
      { name: 'class', value: 'x' },
      { name: 'data-a', value: '1>2' },
      { name: 'title', value: 'a > b' },
    ])
  })

  it('keeps entities in attribute values as written, and reads unquoted and empty ones', () => {
    const [tag] = scanTags('<img alt="Tom &amp; Jerry" width=20 hidden>')
    expect(tag!.attrs).toEqual([
      { name: 'alt', value: 'Tom &amp; Jerry' },
      { name: 'width', value: '20' },
      { name: 'hidden', value: '' },
    ])
  })

  it('skips comments, a stray `<`, and a tag cut off at the end', () => {
    const html = 'a < b <!-- <p>not a tag</p> --><em>x</em> 3<4 <span class="cut'
    expect(written(html)).toEqual(['<em>', '</em>'])
    expect(scanTags('<!-- never closed <p>')).toEqual([])
  })

  it('does not look for tags inside a script or style', () => {
    expect(written('<script>if (a<b) x = "<p>"</script><p>y</p>')).toEqual([
      '<script>',
      '</script>',
      '<p>',
      '</p>',
    ])
  })

  it('reports an end tag with no start tag before it, as a piece of a cut text has', () => {
    const tags = scanTags(' here</span> and </ em >x</div>')
    expect(tags.map((t) => [t.name, t.closing, t.start, t.end])).toEqual([
      ['span', true, 5, 12],
      ['div', true, 25, 31],
    ])
  })

  it('tells a text with markup from one without', () => {
    expect(hasMarkup('<b>bold</b>')).toBe(true)
    expect(hasMarkup('2 < 3 & 4 > 1')).toBe(false)
    expect(hasMarkup('a <!-- note --> b')).toBe(false)
  })
})

describe('decodeEntities', () => {
  it("reads HTML5's named and numeric references once", () => {
    expect(decodeEntities('a&nbsp;b')).toBe('a\u00a0b')
    expect(decodeEntities('caf&eacute; &#8364;5 &#x20AC;6')).toBe('café €5 €6')
    expect(decodeEntities('&amp;lt;')).toBe('&lt;')
    expect(decodeEntities('&frac34; &rarr; &Omega;')).toBe('¾ → Ω')
  })

  it('leaves what is no reference as written', () => {
    expect(decodeEntities('AT&T & R&D; &unknownname;')).toBe('AT&T & R&D; &unknownname;')
  })

  it('is undone by escapeHtml', () => {
    const text = 'if a<b && c>d'
    expect(escapeHtml(text)).toBe('if a&lt;b &amp;&amp; c&gt;d')
    expect(decodeEntities(escapeHtml(text))).toBe(text)
  })
})

describe('htmlToPlain', () => {
  it('drops tags, starts a line at each block and break, reads entities, tidies spaces', () => {
    expect(
      htmlToPlain('<p>The   <b>capital</b>&nbsp;of France</p><p>is<br>Paris &amp; more</p>'),
    ).toBe('The capital of France\nis\nParis & more')
  })

  it('keeps one empty line between paragraphs at most', () => {
    expect(htmlToPlain('<p>a</p><p></p><p></p><p>b</p>')).toBe('a\n\nb')
  })

  it('keeps a `>` inside an attribute out of the text', () => {
    expect(htmlToPlain('<span title="x > y">Rome</span>')).toBe('Rome')
  })
})

describe('unwrapHtml', () => {
  it("takes off the editors' wrappers with only decoration on them", () => {
    expect(unwrapHtml('<p dir="ltr" style="text-align: left;">Paris</p>')).toBe('Paris')
    expect(unwrapHtml('<div><p><span lang="fr" class="x">Paris</span></p></div>')).toBe('Paris')
  })

  it('takes off spaces, `&nbsp;`, line breaks and empty paragraphs at either end', () => {
    expect(unwrapHtml(' &nbsp;<p></p><br /><p>Paris</p><p> <br> </p>&#160;<br>\n')).toBe('Paris')
    expect(unwrapHtml('<p><br></p>')).toBe('')
  })

  it('keeps a wrapper that means something, or that is not around all of the text', () => {
    expect(unwrapHtml('<p id="a">Paris</p>')).toBe('<p id="a">Paris</p>')
    expect(unwrapHtml('<p>Paris</p><p>Rome</p>')).toBe('<p>Paris</p><p>Rome</p>')
    expect(unwrapHtml('<span>a</span> and <span>b</span>')).toBe(
      '<span>a</span> and <span>b</span>',
    )
    expect(unwrapHtml('<b>Paris</b>')).toBe('<b>Paris</b>')
  })

  it('keeps an empty paragraph with attributes and text between breaks', () => {
    expect(unwrapHtml('<p class="x"></p>Paris')).toBe('<p class="x"></p>Paris')
    expect(unwrapHtml('<br>Paris<br>Rome')).toBe('Paris<br>Rome')
  })

  it('does not take a wrapper off a tag whose attribute holds a `>`', () => {
    expect(unwrapHtml('<span title="a>b">Paris</span>')).toBe('<span title="a>b">Paris</span>')
    expect(unwrapHtml('<span style="x:\'>\'">Paris</span>')).toBe('Paris')
  })
})

describe('topLevelBreaks', () => {
  it('breaks before and after each top-level block and after each top-level `<br>`', () => {
    const html = 'Intro<p>One <b>x</b></p>Two<br>Three<div><p>in</p></div>'
    const breaks = topLevelBreaks(html)
    expect(breaks).toEqual([5, 24, 31, 36, 56])
    expect(breaks.map((b) => html.slice(b, b + 4))).toEqual(['<p>O', 'Two<', 'Thre', '<div', ''])
  })

  it('breaks after each line end in a text without tags', () => {
    expect(topLevelBreaks('one\ntwo\nthree')).toEqual([4, 8])
  })
})

describe('rasterType', () => {
  it('tells a picture by its first bytes', () => {
    expect(rasterType(PNG)).toBe('png')
    expect(rasterType(JPEG)).toBe('jpeg')
    expect(rasterType(GIF)).toBe('gif')
    expect(rasterType(WEBP)).toBe('webp')
    expect(rasterType(PDF)).toBeUndefined()
    expect(rasterType('')).toBeUndefined()
  })
})

describe('embedImages', () => {
  it('puts a carried picture into its tag by its bytes, not its name, keeping alt and size', () => {
    const { html, problems } = embedImages(
      '<p>Map: <img class="big" src="@@PLUGINFILE@@/my%20map.gif" alt="A &quot;map&quot;" width="40" height="auto"></p>',
      [{ name: 'my map.gif', base64: `${PNG.slice(0, 8)}\n${PNG.slice(8)}` }],
    )
    expect(problems).toEqual([])
    expect(html).toBe(
      `<p>Map: <img src="data:image/png;base64,${PNG}" alt="A &quot;map&quot;" width="40"></p>`,
    )
  })

  it('finds a carried file whose name is written with an entity', () => {
    const { html, problems } = embedImages('<img src="@@PLUGINFILE@@/a&amp;b.jpg?time=1">', [
      { name: 'a&b.jpg', base64: JPEG },
    ])
    expect(problems).toEqual([])
    expect(html).toBe(`<img src="data:image/jpeg;base64,${JPEG}" alt="">`)
  })

  it('keeps a picture written into the text when it is one, and names its true type', () => {
    const { html } = embedImages(`<img src="data:image/jpeg;base64,${WEBP}" alt=x>`, [])
    expect(html).toBe(`<img src="data:image/webp;base64,${WEBP}" alt="x">`)
  })

  it('drops what cannot be shown, each with a problem at its tag', () => {
    const text =
      'a<img src="https://example.org/x.png">b<img src="@@PLUGINFILE@@/gone.png">' +
      'c<img src="@@PLUGINFILE@@/doc.png">d<a href="@@PLUGINFILE@@/notes.pdf">notes</a>e' +
      `<img src="data:image/png;base64,${PDF}">f`
    const { html, problems } = embedImages(text, [
      { name: 'doc.png', base64: PDF },
      { name: 'notes.pdf', base64: PDF },
    ])
    expect(html).toBe('abcdnotesef')
    expect(problems.map((p) => [p.index, text.slice(p.index, p.index + 4)])).toEqual([
      [1, '<img'],
      [39, '<img'],
      [75, '<img'],
      [110, '<a h'],
      [155, '<img'],
    ])
    expect(problems.map((p) => p.message)).toEqual([
      "the picture https://example.org/x.png is not carried in the file, and Factline's pages show no pictures from other sites; dropped (add it to the question in Moodle and export again)",
      'the picture "gone.png" is not in the file (no <file name="gone.png"> beside this text); dropped',
      'the picture "doc.png" is not a png, jpeg, gif or webp picture, the only kinds Factline shows; dropped',
      'the file "notes.pdf" can\'t be shown in Factline (only png, jpeg, gif and webp pictures can); its <a> is dropped',
      'a picture written into the text is not png, jpeg, gif or webp; dropped',
    ])
  })

  it('tells a picture too big for every learner to download, and still shows it', () => {
    const big = PNG + 'A'.repeat(700_000)
    const { html, problems } = embedImages('<img src="@@PLUGINFILE@@/big.png" alt="">', [
      { name: 'big.png', base64: big },
    ])
    expect(html).toBe(`<img src="data:image/png;base64,${big}" alt="">`)
    expect(problems).toEqual([
      {
        index: 0,
        message:
          'the picture "big.png" is 513 KB: every learner downloads it with the bank; make it smaller (under 500 KB)',
      },
    ])
  })

  it('does not take an `<img>` in a comment or an attribute for a picture', () => {
    const text = '<!-- <img src="x.png"> --><span title="<img src=x.png>">y</span>'
    expect(embedImages(text, [])).toEqual({ html: text, problems: [] })
  })
})
