import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import RichText from '@/components/common/RichText.vue'
import type { Bank } from '@/domain/bank'
import { withRichTexts } from '@/domain/rich/compile'
import { registerRichTexts } from '@/rich-text/registry'
import { sampleBank } from '../fixtures/sample-bank'

const PNG = 'data:image/png;base64,iVBORw0KGgo='

// The texts below, compiled as the build compiles a bank's and registered as the banks store does.
const texts = {
  markdown: 'An *armistice*, not a `treaty`: [source](https://qz.com/a)',
  html: `<p>Light <b onclick="x">bends</b>.</p><img src="${PNG}" alt="A prism" width="40" onerror="y"><table><tr><td colspan="2">cell</td></tr></table>`,
  option: '**Yes**',
  cloze: 'The *{{armistice}}* came in {{1953}}.',
}
registerRichTexts(
  withRichTexts({
    ...(sampleBank as Bank),
    id: 'rich-text-test',
    questions: [
      {
        id: 'a',
        type: 'single',
        prompt: texts.markdown,
        options: [texts.option, 'No'],
        answer: texts.option,
        topic: 'x',
        facts: [],
        difficulty: 2,
      },
      {
        id: 'b',
        type: 'truefalse',
        format: 'html',
        prompt: texts.html,
        answer: true,
        topic: 'x',
        facts: [],
        difficulty: 2,
      },
      {
        id: 'c',
        type: 'cloze',
        prompt: 'Fill in.',
        text: texts.cloze,
        topic: 'x',
        facts: [],
        difficulty: 2,
      },
    ],
    generated: [],
  }),
)

const render = (text: string, format?: 'markdown' | 'plain' | 'html') =>
  mount(RichText, { props: { text, ...(format ? { format } : {}) } })

describe('RichText', () => {
  it("renders a bank's Markdown as the build compiled it, as elements", () => {
    const w = render(texts.markdown)
    expect(w.html()).toContain('<em>armistice</em>')
    expect(w.html()).toContain('<code>treaty</code>')
    expect(w.get('a').attributes()).toEqual({
      href: 'https://qz.com/a',
      target: '_blank',
      rel: 'noopener noreferrer',
    })
  })

  it("renders a bank's HTML as the allow-list kept it: pictures, tables, no handlers", () => {
    const w = render(texts.html, 'html')
    expect(w.get('p').html()).toBe('<p>Light <strong>bends</strong>.</p>')
    expect(w.get('img').attributes()).toEqual({ src: PNG, alt: 'A prism', width: '40' })
    expect(w.get('td').attributes()).toEqual({ colspan: '2' })
    expect(w.find('[onclick], [onerror]').exists()).toBe(false)
  })

  it('shows plain text, and any text no loaded bank has, as text', () => {
    const w = render('<img src=x onerror=alert(1)><b>bold</b>', 'html')
    expect(w.text()).toBe('<img src=x onerror=alert(1)><b>bold</b>')
    expect(w.find('img').exists()).toBe(false)
    expect(render(texts.option, 'plain').html()).toBe('<span>**Yes**</span>')
    expect(render('*unknown*').html()).toBe('<span>*unknown*</span>')
  })

  it('shows a text composed of bank texts, such as a right answer of several options, part by part', () => {
    const w = render(`${texts.option}; No`)
    expect(w.html()).toBe('<span><strong>Yes</strong>; No</span>')
  })

  it("puts what the blank slot gives in a cloze's blanks, formatted or not", () => {
    const blank = ({ blank }: { blank: number }) =>
      h('input', { 'aria-label': `Blank ${blank + 1}` })
    const formatted = mount(RichText, {
      props: { text: texts.cloze, cloze: true },
      slots: { blank },
    })
    expect(formatted.html()).toBe(
      '<span>The <em><input aria-label="Blank 1"></em> came in <input aria-label="Blank 2">.</span>',
    )
    const plain = mount(RichText, {
      props: { text: 'A {{plain}} cloze', format: 'plain', cloze: true },
      slots: { blank },
    })
    expect(plain.html()).toBe('<span>A <input aria-label="Blank 1"> cloze</span>')
    const noSlot = mount(RichText, { props: { text: 'Gap: {{x}}', cloze: true } })
    expect(noSlot.text()).toBe('Gap: ___')
  })
})
