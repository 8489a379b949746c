import { describe, expect, it } from 'vitest'
import { markdownNodes } from '@/domain/rich/markdown'
import { showNodes as show } from './rich-show'

describe('markdownNodes', () => {
  it('reads emphasis, strong, code and links', () => {
    expect(
      show(markdownNodes('An *armistice*, **not** a `treaty`: [source](https://qz.com/a)')),
    ).toBe(
      'An <em>armistice</em>, <strong>not</strong> a <code>treaty</code>: <a href="https://qz.com/a">source</a>',
    )
    expect(show(markdownNodes('_about_ 28,000 *[troops](https://x.org)*'))).toBe(
      '<em>about</em> 28,000 <em><a href="https://x.org">troops</a></em>',
    )
  })

  it('nests emphasis inside strong, as CommonMark does', () => {
    expect(show(markdownNodes('**a *b* c**'))).toBe('<strong>a <em>b</em> c</strong>')
    expect(show(markdownNodes('*a **b** c*'))).toBe('<em>a <strong>b</strong> c</em>')
    expect(show(markdownNodes('__strong__ and _em_'))).toBe(
      '<strong>strong</strong> and <em>em</em>',
    )
  })

  it('takes escaped stars as stars', () => {
    expect(markdownNodes('\\*x\\*')).toEqual(['*x*'])
    expect(markdownNodes('5 \\* 3 = 15')).toEqual(['5 * 3 = 15'])
  })

  it('keeps the parentheses of an address in a link', () => {
    expect(markdownNodes('[t](https://x.org/a_(b))')).toEqual([
      { tag: 'a', href: 'https://x.org/a_(b)', children: ['t'] },
    ])
    expect(
      show(markdownNodes('See [the page](https://en.wikipedia.org/wiki/Armistice_(1953)).')),
    ).toBe('See <a href="https://en.wikipedia.org/wiki/Armistice_(1953)">the page</a>.')
  })

  it('keeps a code span as it is written: stars, underscores and markup are its text', () => {
    expect(markdownNodes('`*not em*`')).toEqual([{ tag: 'code', children: ['*not em*'] }])
    expect(markdownNodes('`a_b_c` and `` `tick` ``')).toEqual([
      { tag: 'code', children: ['a_b_c'] },
      ' and ',
      { tag: 'code', children: ['`tick`'] },
    ])
    expect(markdownNodes('`<script>x</script>`')).toEqual([
      { tag: 'code', children: ['<script>x</script>'] },
    ])
  })

  it('keeps raw HTML as text: it never becomes an element', () => {
    expect(markdownNodes('<img src=x onerror=alert(1)> & "q"')).toEqual([
      '<img src=x onerror=alert(1)> & "q"',
    ])
    expect(markdownNodes('**Yes** <svg onload=alert(1)>')).toEqual([
      { tag: 'strong', children: ['Yes'] },
      ' <svg onload=alert(1)>',
    ])
  })

  it('links only to web pages and e-mail addresses; any other scheme stays text', () => {
    expect(markdownNodes('[x](javascript:alert(1))')).toEqual(['[x](javascript:alert(1))'])
    expect(markdownNodes('[x](JaVaScRiPt:alert(1))')).toEqual(['[x](JaVaScRiPt:alert(1))'])
    expect(markdownNodes('[x](data:text/html,hi)')).toEqual(['[x](data:text/html,hi)'])
    expect(markdownNodes('[x](vbscript:msgbox(1))')).toEqual(['[x](vbscript:msgbox(1))'])
    expect(markdownNodes('<javascript:alert(1)>')).toEqual(['<javascript:alert(1)>'])
    expect(markdownNodes('<https://x.org/a> or <me@x.org>')).toEqual([
      { tag: 'a', href: 'https://x.org/a', children: ['https://x.org/a'] },
      ' or ',
      { tag: 'a', href: 'mailto:me@x.org', children: ['me@x.org'] },
    ])
  })

  it('never lets a quote end an address: such a link stays text, or its quote is encoded', () => {
    const sneaky = '[a](https://example.org/" onclick="x)'
    expect(markdownNodes(sneaky)).toEqual([sneaky])
    expect(markdownNodes('[a](<https://example.org/" onclick="x>)')).toEqual([
      { tag: 'a', href: 'https://example.org/%22%20onclick=%22x', children: ['a'] },
    ])
  })

  it('leaves snake_case names and products of numbers as they are', () => {
    expect(markdownNodes('snake_case_name and 2*3*4')).toEqual(['snake_case_name and 2*3*4'])
    expect(markdownNodes('1*2 and *emphasis*')).toEqual([
      '1*2 and ',
      { tag: 'em', children: ['emphasis'] },
    ])
  })

  it('reads entities and line breaks', () => {
    expect(markdownNodes('a &amp; b &#60;c&#62;')).toEqual(['a & b <c>'])
    expect(markdownNodes('one\ntwo  \nthree')).toEqual(['one\ntwo', { tag: 'br' }, 'three'])
  })

  it('gives back plain text unchanged as one node', () => {
    expect(markdownNodes('The 1953 armistice')).toEqual(['The 1953 armistice'])
    expect(markdownNodes('')).toEqual([])
  })
})
