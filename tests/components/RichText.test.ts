import { mount } from '@vue/test-utils'
import DOMPurify from 'dompurify'
import { describe, expect, it, vi } from 'vitest'
import RichText from '@/components/common/RichText.vue'

const render = (text: string, format?: 'markdown' | 'plain' | 'html') =>
  mount(RichText, { props: { text, ...(format ? { format } : {}) } })

// Sanitizing GIFT HTML is proven in real Chromium (tests/e2e/gift.spec.ts): DOMPurify needs a
// real browser DOM, which happy-dom only imitates.
describe('RichText', () => {
  it('renders the small Markdown of question texts', () => {
    const w = render('An *armistice*, not a `treaty`')
    expect(w.html()).toContain('<em>armistice</em>')
    expect(w.html()).toContain('<code>treaty</code>')
  })

  it('shows Markdown-looking raw HTML and plain text as text', () => {
    expect(render('<b>bold</b>').text()).toBe('<b>bold</b>')
    expect(render('*not emphasis*', 'plain').html()).toBe('<span>*not emphasis*</span>')
  })

  it('adds nothing to DOMPurify per text shown, so a long day of students never piles up', () => {
    const addHook = vi.spyOn(DOMPurify, 'addHook')
    for (let i = 0; i < 20; i++) render(`[source ${i}](https://example.org/${i})`).unmount()
    expect(addHook).not.toHaveBeenCalled()
    addHook.mockRestore()
  })
})
