import { flushPromises, mount } from '@vue/test-utils'
import DOMPurify from 'dompurify'
import { describe, expect, it, vi } from 'vitest'
import RichText from '@/components/common/RichText.vue'

const render = (text: string, format?: 'markdown' | 'plain' | 'html') =>
  mount(RichText, { props: { text, ...(format ? { format } : {}) } })

// Sanitizing GIFT HTML is proven in real Chromium (tests/e2e/gift.spec.ts, hostile.spec.ts):
// DOMPurify needs a real browser DOM, which happy-dom only imitates.
describe('RichText', () => {
  it('renders the small Markdown of question texts as elements', () => {
    const w = render('An *armistice*, not a `treaty`: [source](https://qz.com/a)')
    expect(w.html()).toContain('<em>armistice</em>')
    expect(w.html()).toContain('<code>treaty</code>')
    const link = w.get('a')
    expect(link.attributes()).toMatchObject({
      href: 'https://qz.com/a',
      target: '_blank',
      rel: 'noopener noreferrer',
    })
  })

  it('shows raw HTML in Markdown, and plain text, as text', () => {
    const w = render('<img src=x onerror=alert(1)><b>bold</b>')
    expect(w.text()).toBe('<img src=x onerror=alert(1)><b>bold</b>')
    expect(w.find('img').exists()).toBe(false)
    expect(render('*not emphasis*', 'plain').html()).toBe('<span>*not emphasis*</span>')
  })

  it('loads the sanitizer for HTML only, and adds nothing to it per text shown', async () => {
    const first = render('<b>bold</b> text', 'html')
    await flushPromises()
    await vi.waitFor(() => expect(first.text()).toBe('bold text'))
    const addHook = vi.spyOn(DOMPurify, 'addHook')
    for (let i = 0; i < 20; i++) {
      const w = render(`<a href="https://example.org/${i}">${i}</a>`, 'html')
      expect(w.text()).toBe(String(i))
      w.unmount()
    }
    expect(addHook).not.toHaveBeenCalled()
    addHook.mockRestore()
  })
})
