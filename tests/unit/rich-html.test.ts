import { describe, expect, it } from 'vitest'
import { compileHtml, htmlLosses, htmlNodes } from '@/domain/rich/html'
import type { RichNode } from '@/domain/rich/nodes'
import { showNodes as show } from './rich-show'

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAFUlEQVR42mOQizoBRwwonF9IAIUDALGyIXHgIIi6AAAAAElFTkSuQmCC'

/** Every element of a tree, depth first. */
const elements = (nodes: readonly RichNode[]): Exclude<RichNode, string>[] =>
  nodes.flatMap((n) =>
    typeof n === 'string' ? [] : [n, ...('children' in n ? elements(n.children) : [])],
  )

describe('htmlNodes', () => {
  it('keeps the markup of a question text', () => {
    expect(
      show(
        htmlNodes(
          '<p>Which is <em>right</em>, <strong>a</strong> or <code>b</code>? H<sub>2</sub>O, 10<sup>3</sup>, <u>this</u><br>line</p>',
        ),
      ),
    ).toBe(
      '<p>Which is <em>right</em>, <strong>a</strong> or <code>b</code>? H<sub>2</sub>O, 10<sup>3</sup>, <u>this</u><br>line</p>',
    )
    expect(show(htmlNodes('<pre>a\n  b</pre><blockquote>q</blockquote>'))).toBe(
      '<pre>a\n  b</pre><blockquote>q</blockquote>',
    )
  })

  it('writes b and i as strong and em, and keeps the text of elements it does not keep', () => {
    expect(
      show(htmlNodes('<b>bold</b> <i>it</i> <span class="x">span</span> <div>div</div>')),
    ).toBe('<strong>bold</strong> <em>it</em> span div')
    expect(show(htmlNodes('<details open ontoggle="alert(1)">shown</details>'))).toBe('shown')
  })

  it('keeps lists and tables, without the spaces between their rows and items', () => {
    expect(show(htmlNodes('<ul>\n  <li>a</li>\n  <li>b <ol><li>c</li></ol></li>\n</ul>'))).toBe(
      '<ul><li>a</li><li>b <ol><li>c</li></ol></li></ul>',
    )
    expect(
      show(
        htmlNodes(
          '<table>\n<caption>T</caption><thead><tr><th colspan="2">h</th></tr></thead>\n<tbody><tr>\n<td rowspan=3>a</td> <td colspan="1" style="x">b</td></tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table>',
        ),
      ),
    ).toBe(
      '<table><caption>T</caption><thead><tr><th colspan="2">h</th></tr></thead><tbody><tr><td rowspan="3">a</td><td>b</td></tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table>',
    )
  })

  it('drops every event handler, style, class and id', () => {
    const nodes = htmlNodes(
      '<p onclick="alert(1)" style="color:red" class="c" id="i">a<b onmouseover="alert(2)" style="display:none">b</b></p>',
    )
    expect(nodes).toEqual([{ tag: 'p', children: ['a', { tag: 'strong', children: ['b'] }] }])
  })

  it('keeps links to web pages and e-mail addresses only, each with its href alone', () => {
    expect(
      htmlNodes('<a href="https://x.org/a?b=1&amp;c=2" target="_top" onclick="x">w</a>'),
    ).toEqual([{ tag: 'a', href: 'https://x.org/a?b=1&c=2', children: ['w'] }])
    expect(htmlNodes('<a href=" http://x.org ">h</a><a href="MAILTO:me@x.org">m</a>')).toEqual([
      { tag: 'a', href: 'http://x.org', children: ['h'] },
      { tag: 'a', href: 'MAILTO:me@x.org', children: ['m'] },
    ])
    for (const href of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java&#x09;script:alert(1)',
      '&#106;avascript:alert(1)',
      'JaVaScRiPt&colon;alert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
      '/pwned',
      '//evil.example/',
      '',
    ])
      expect(htmlNodes(`<a href="${href}">text</a>`), href).toEqual(['text'])
    expect(htmlNodes('<a>no href</a>')).toEqual(['no href'])
  })

  it('keeps a picture embedded as a raster data: URL, with its alt text and size', () => {
    expect(
      htmlNodes(`<img src="${PNG}" alt="A sky" width="64" height="32px" onerror="x" style="y">`),
    ).toEqual([{ tag: 'img', src: PNG, alt: 'A sky', width: 64, height: 32 }])
    for (const type of ['jpeg', 'gif', 'webp'])
      expect(htmlNodes(`<img src="data:image/${type};base64,AAAA">`)).toEqual([
        { tag: 'img', src: `data:image/${type};base64,AAAA`, alt: '' },
      ])
    // Moodle folds long base64 over lines.
    expect(htmlNodes('<img src="data:image/png;base64,AA\n  AA" width="50%" height="0">')).toEqual([
      { tag: 'img', src: 'data:image/png;base64,AAAA', alt: '' },
    ])
  })

  it('drops any other picture: from another site, SVG, or not base64', () => {
    for (const src of [
      'https://evil.example/pixel.png',
      'x',
      '/icons/icon-192.png',
      'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
      'data:image/svg+xml,<svg onload="alert(1)"/>',
      'data:image/png,rawbytes',
      'data:image/png;base64,AA"onerror="x',
      'data:text/html;base64,PHNjcmlwdD4=',
      'javascript:alert(1)',
    ])
      expect(htmlNodes(`a<img src='${src}' alt="x">b`), src).toEqual(['ab'])
  })

  it('drops scripts, styles, frames, plug-ins, SVG, MathML, forms and head elements with all they hold', () => {
    const dropped = [
      '<script>alert(1)</script>',
      '<style>body { display: none }</style>',
      '<template><img src=x onerror=alert(1)></template>',
      '<iframe srcdoc="<script>alert(1)</script>">inside</iframe>',
      '<object data="x.swf"><p>fallback</p></object>',
      '<embed src="x.swf">',
      '<svg onload="alert(1)"><script>alert(1)</script><text>t</text></svg>',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
      '<base href="https://evil.example/">',
      '<meta http-equiv="refresh" content="0;url=/pwned">',
      '<link rel="stylesheet" href="https://evil.example/x.css">',
      '<form action="/pwned"><input name="x" onfocus="alert(1)" autofocus><button>Go</button></form>',
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>">each</p></noscript>',
      '<textarea><b>t</b></textarea>',
      '<video><source onerror="alert(1)">no video</video>',
    ]
    for (const html of dropped)
      expect(htmlNodes(`before ${html}after`), html).toEqual(['before after'])
  })

  it('decodes entities into text, which stays text', () => {
    expect(htmlNodes('&lt;img src=x onerror=alert(1)&gt; &amp;lt; &#x3C;b&#x3E;')).toEqual([
      '<img src=x onerror=alert(1)> &lt; <b>',
    ])
  })

  it('closes what is left open and ignores what closes nothing', () => {
    expect(show(htmlNodes('<b>open <i>still'))).toBe('<strong>open <em>still</em></strong>')
    expect(show(htmlNodes('a</b>b</div>c'))).toBe('abc')
    const cutOff = htmlNodes('<b>cut off <img src="data:image/png;base64,AAAA" onerror="x"')
    expect(elements(cutOff).map((e) => ('tag' in e ? e.tag : e.blank))).toEqual(['strong'])
  })

  it('gives back plain text unchanged as one node', () => {
    expect(htmlNodes('Light bends in water.')).toEqual(['Light bends in water.'])
    expect(htmlNodes('')).toEqual([])
  })

  it('lets nothing but its own elements and attributes through, whatever the input', () => {
    const allowed: Record<string, string[]> = {
      a: ['tag', 'href', 'children'],
      img: ['tag', 'src', 'alt', 'width', 'height'],
      th: ['tag', 'children', 'colspan', 'rowspan'],
      td: ['tag', 'children', 'colspan', 'rowspan'],
      br: ['tag'],
    }
    const hostile = [
      '<p><a href="javascript:x" onclick="y">a</a><img src=x onerror=y><svg><a href="https://x.org">s</a></svg></p>',
      '<table><tr><td style="x" onclick="y" colspan="x">c</td></tr></table><br onclick="x">',
      '<img src="data:image/png;base64,AAAA" onload="x" style="y" class="z">',
      '<a href="https://x.org" onmouseover="x" style="y" id="z" name="n">l</a>',
    ]
    for (const html of hostile)
      for (const node of elements(htmlNodes(html))) {
        if ('blank' in node) continue
        expect(allowed[node.tag] ?? ['tag', 'children'], html).toEqual(
          expect.arrayContaining(Object.keys(node)),
        )
      }
  })
})

describe('htmlLosses', () => {
  it('tells nothing of attributes and wrappers whose text stays, nor of what it keeps', () => {
    const html = `<div id="q" class="c" style="color:red" onclick="alert(1)"><span lang="en"><font face="Arial">Text</font></span>
      <details open>more</details> <a name="top">anchor</a> <a href="">empty</a> <a href="https://example.org/">web</a>
      <a href="MAILTO:teacher@example.org">mail</a> <img src="${PNG}" alt="dot"> <b>bold</b></div>`
    expect(htmlLosses(html)).toEqual([])
    expect(htmlLosses('Plain text, 3 < 4.')).toEqual([])
  })

  it('tells of every element dropped with its content, each once, in the order met', () => {
    const reason = {
      frame: 'Factline shows no embedded pages, videos or scripts; link to it instead',
      script: 'Factline runs no scripts from a bank; write what it showed as text',
      drawing:
        'Factline shows no SVG or MathML; embed it as a PNG picture, or write the formula as text',
      form: "learners answer in the question's own fields, not in a form",
      style: "texts take the style of Factline's pages; use <em>, <strong>, lists or tables",
    }
    const lost = (tag: string, why: string) =>
      `the <${tag}> in this text is not shown to learners: ${why}`
    expect(
      htmlLosses(
        '<iframe src="https://v.example/1"></iframe><p>a</p><iframe src="https://v.example/2"></iframe><script>x()</script><style>p{}</style>',
      ),
    ).toEqual([
      lost('iframe', reason.frame),
      lost('script', reason.script),
      lost('style', reason.style),
    ])
    for (const tag of ['object', 'embed', 'applet', 'audio', 'video', 'frameset'])
      expect(htmlLosses(`a<${tag}>b</${tag}>`), tag).toEqual([lost(tag, reason.frame)])
    for (const tag of ['svg', 'math'])
      expect(htmlLosses(`a<${tag}>b</${tag}>`), tag).toEqual([lost(tag, reason.drawing)])
    for (const tag of ['form', 'textarea', 'select', 'button', 'input'])
      expect(htmlLosses(`a<${tag}>b</${tag}>`), tag).toEqual([lost(tag, reason.form)])
    expect(htmlLosses('<canvas></canvas>')).toEqual([lost('canvas', reason.script)])
    // Only the outer element: what it holds goes with it.
    expect(
      htmlLosses('<form><select><option>a</option></select><button>Go</button></form>'),
    ).toEqual([lost('form', reason.form)])
    expect(htmlLosses('<svg><script>alert(1)</script></svg>')).toEqual([
      lost('svg', reason.drawing),
    ])
  })

  it('tells nothing of what holds nothing a learner was meant to see', () => {
    expect(
      htmlLosses(
        '<head><title>T</title><meta charset="utf-8"><link rel="stylesheet" href="x.css"></head><base href="/"><noscript>no</noscript><template>t</template>Text',
      ),
    ).toEqual([])
  })

  it('tells of pictures not embedded as PNG, JPEG, GIF or WebP, naming the first', () => {
    const message = (src: string, more = '') =>
      `the picture ${src}${more} is not shown: only pictures embedded in the file (PNG, JPEG, GIF, WebP) are; write it into the text as src="data:image/png;base64,…"`
    expect(htmlLosses('<img src="https://x.org/a.png">')).toEqual([
      message('"https://x.org/a.png"'),
    ])
    expect(
      htmlLosses('<img src=" a.png "><img src="a.png"><img src="b.gif"><img src="c.jpg"><img>'),
    ).toEqual([message('"a.png"', ' (and 3 more)')])
    expect(htmlLosses('<img alt="map">')).toEqual([message('with no address')])
    const svg = `data:image/svg+xml;base64,${'PHN2Zz48L3N2Zz4'.repeat(10)}`
    expect(htmlLosses(`<img src="${svg}">`)).toEqual([message(`"${svg.slice(0, 60)}…"`)])
  })

  it('tells of links to other than web pages and e-mail addresses, whose text stays', () => {
    const message = (href: string, more = '') =>
      `the link to "${href}"${more} is not kept, only its text: links go to web pages (http://, https://) and e-mail addresses (mailto:) only; write the full address`
    expect(htmlLosses('<a href=" javascript:alert(1)">Go</a>')).toEqual([
      message('javascript:alert(1)'),
    ])
    expect(
      htmlLosses(
        '<a href="notes.html">notes</a> <a href="#top">top</a> <a href="data:text/html,x">x</a>',
      ),
    ).toEqual([message('notes.html', ' (and 2 more)')])
  })

  it('compiles the nodes and the losses in one pass, the nodes as htmlNodes gives them', () => {
    const html = '<p>Look <iframe src="https://v.example/"></iframe>here</p>'
    expect(compileHtml(html)).toEqual({ nodes: htmlNodes(html), lost: htmlLosses(html) })
    expect(show(compileHtml(html).nodes)).toBe('<p>Look here</p>')
  })
})
