import { describe, expect, it } from 'vitest'
import { parseInlineMarkdown, type MarkdownNode } from '@/domain/markdown'

/** The nodes written out as markup, text escaped, to compare at a glance. */
const show = (nodes: MarkdownNode[]): string =>
  nodes
    .map((node) => {
      if (typeof node === 'string') return node.replace(/&/g, '&amp;').replace(/</g, '&lt;')
      const href = node.tag === 'a' ? ` href="${node.href}"` : ''
      return `<${node.tag}${href}>${show(node.children)}</${node.tag}>`
    })
    .join('')

describe('parseInlineMarkdown', () => {
  it('reads emphasis, strong, code and links', () => {
    expect(
      show(parseInlineMarkdown('An *armistice*, **not** a `treaty`: [source](https://qz.com/a)')),
    ).toBe(
      'An <em>armistice</em>, <strong>not</strong> a <code>treaty</code>: <a href="https://qz.com/a">source</a>',
    )
    expect(show(parseInlineMarkdown('_about_ 28,000 *[troops](https://x.org)*'))).toBe(
      '<em>about</em> 28,000 <em><a href="https://x.org">troops</a></em>',
    )
  })

  it('keeps raw HTML as text: it never becomes an element', () => {
    const nodes = parseInlineMarkdown('<img src=x onerror=alert(1)> & "q"')
    expect(nodes).toEqual(['<img src=x onerror=alert(1)> & "q"'])
  })

  it('leaves links to other schemes as text and code content alone', () => {
    expect(parseInlineMarkdown('[x](javascript:alert(1))')).toEqual(['[x](javascript:alert(1))'])
    expect(parseInlineMarkdown('[x](data:text/html,hi)')).toEqual(['[x](data:text/html,hi)'])
    expect(show(parseInlineMarkdown('`*not em*`'))).toBe('<code>*not em*</code>')
    expect(parseInlineMarkdown('snake_case_name and 2*3*4')).toEqual(['snake_case_name and 2*3*4'])
  })

  it('gives back plain text unchanged as one node', () => {
    expect(parseInlineMarkdown('The 1953 armistice')).toEqual(['The 1953 armistice'])
    expect(parseInlineMarkdown('')).toEqual([])
  })
})
