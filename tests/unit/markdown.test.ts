import { describe, expect, it } from 'vitest'
import { renderInlineMarkdown } from '@/domain/markdown'

describe('renderInlineMarkdown', () => {
  it('renders emphasis, strong, code and links', () => {
    expect(
      renderInlineMarkdown('An *armistice*, **not** a `treaty`: [source](https://qz.com/a)'),
    ).toBe(
      'An <em>armistice</em>, <strong>not</strong> a <code>treaty</code>: <a href="https://qz.com/a">source</a>',
    )
  })

  it('escapes raw HTML instead of passing it through', () => {
    expect(renderInlineMarkdown('<img src=x onerror=alert(1)> & "q"')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;',
    )
  })

  it('leaves links to other schemes as text and code content alone', () => {
    expect(renderInlineMarkdown('[x](javascript:alert(1))')).toBe('[x](javascript:alert(1))')
    expect(renderInlineMarkdown('`*not em*`')).toBe('<code>*not em*</code>')
    expect(renderInlineMarkdown('snake_case_name and 2*3*4')).toBe('snake_case_name and 2*3*4')
  })
})
