import { flushPromises, mount, type DOMWrapper, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import DraftPreview from '@/components/author/DraftPreview.vue'
import { compileBank, readYamlSource, type Bank } from '@/domain/bank'

declare global {
  interface Window {
    hacked?: number
  }
}

function compile(text: string): Bank {
  const { bank, problems } = compileBank('draft', [readYamlSource(text, 'draft.yaml', 'main')])
  if (!bank) throw new Error(problems.map((p) => `${p.line}: ${p.message}`).join('\n'))
  return bank
}

const HEAD = `
title: A draft
language: en
source: { headline: A headline, publisher: A publisher, date: 2018-09-20 }
`

/** Two topics, one written question of every type, a fact no question tests; no generation. */
const everyType = compile(`${HEAD}
generate: false
topics:
  - { id: war, title: The war }
  - { id: troops, title: The troops }
facts:
  - { id: armistice, topic: war, text: An armistice stopped the fighting in 1953., paragraph: 2 }
  - { id: troop-count, topic: troops, text: About 28000 US troops are in South Korea., paragraph: 3 }
  - { id: forgotten, topic: war, text: Nobody asks about this fact., paragraph: 4 }
questions:
  - { id: year, type: single, prompt: When did it stop?, options: [1950, 1953, 1960], answer: 1953,
      facts: [armistice], explanation: It was signed in 1953. }
  - { id: count, type: numeric, prompt: How many troops?, value: 28000, tolerance: 2000,
      unit: troops, facts: [troop-count] }
  - { id: which, type: multiple, prompt: Which are true?, options: [Armistice, Treaty, Truce],
      answers: [Armistice, Truce], facts: [armistice] }
  - { id: treaty, type: truefalse, prompt: A treaty ended the war., answer: false, facts: [armistice] }
  - { id: word, type: short, prompt: What stopped it?, answers: [armistice], facts: [armistice] }
  - { id: blanks, type: cloze, prompt: Fill in., text: 'An {{armistice}} in {{1953}}.', facts: [armistice] }
  - { id: line, type: order, prompt: Earliest first., items: [War, Armistice, Summit], facts: [armistice] }
  - { id: pairs, type: match, prompt: Match them., facts: [troop-count],
      pairs: [{ left: Troops, right: '28,000' }, { left: Armistice, right: '1953' }] }
`)

/** Generation on: the number fact gets generated siblings, the term fact only generated ones. */
const generating = compile(`${HEAD}
generate: true
topics:
  - { id: basics, title: Basics }
facts:
  - id: troops
    topic: basics
    text: About 28,000 US troops are in South Korea.
    paragraph: 3
    number: { value: 28000, unit: troops, tolerance: 2000 }
  - id: armistice
    topic: basics
    text: An armistice stopped the fighting.
    paragraph: 2
    term: { term: armistice, meaning: an agreement that stops the fighting }
  - { id: bare, topic: basics, text: A fact with nothing to generate from., paragraph: 4 }
questions:
  - { id: troop-count, type: single, prompt: How many US troops?, options: ['2,800', '28,000'],
      answer: '28,000', facts: [troops] }
`)

const HOSTILE = `<img src=x onerror="window.hacked=1"> and <script>window.hacked=1</script>`
/**
 * Hostile text everywhere the preview shows text: Markdown and plain questions, options,
 * explanations, a topic title, facts and a generated question. (HTML-format texts are compiled
 * through the allow-list in the studio's worker: tests/unit/rich-html.test.ts and
 * tests/e2e/hostile.spec.ts prove them.)
 */
const hostile = compile(`${HEAD}
generate: true
topics:
  - { id: basics, title: '${HOSTILE}' }
facts:
  - { id: fact, topic: basics, text: '${HOSTILE}', paragraph: 1 }
  - { id: other, topic: basics, text: '${HOSTILE}', paragraph: 2,
      term: { term: and, meaning: '${HOSTILE}' } }
  - { id: untested, topic: basics, text: '${HOSTILE}', paragraph: 3 }
questions:
  - { id: markdown, type: single, prompt: '${HOSTILE}', options: ['${HOSTILE}', Safe],
      answer: '${HOSTILE}', facts: [fact], explanation: '${HOSTILE}' }
  - { id: plain, type: truefalse, format: plain, prompt: '${HOSTILE}', answer: true,
      facts: [fact], explanation: '${HOSTILE}' }
`)

let pinia: Pinia
let wrapper: VueWrapper | undefined

beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
  delete window.hacked
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
})

const render = (bank: Bank) =>
  (wrapper = mount(DraftPreview, {
    props: { bank },
    global: { plugins: [pinia] },
    attachTo: document.body,
  }))
/** The preview stays inert while it renders, until the next task. */
/** The preview stays inert through its cards' first frame and one task after it. */
const settled = () =>
  new Promise(requestAnimationFrame).then(() => new Promise((resolve) => setTimeout(resolve, 0)))
const forms = (w: VueWrapper) => w.findAll('form')
const topicOf = (w: VueWrapper, title: string) => {
  const section = w.findAll('section.preview-topic').find((s) => s.get('h3').text() === title)
  if (!section) throw new Error(`no topic "${title}"`)
  return section
}
const listAfter = (within: Pick<DOMWrapper<Element>, 'findAll'>, label: string) => {
  const heading = within.findAll('h3, h4, p').find((h) => h.text() === label)
  const list = heading?.element.nextElementSibling
  if (!list || list.tagName !== 'UL') throw new Error(`no list after "${label}"`)
  return [...list.querySelectorAll('li')].map((li) => li.textContent?.trim() ?? '')
}

describe('DraftPreview', () => {
  it('heads the preview and sums the draft up', () => {
    const w = render(everyType)
    expect(w.get('h2').text()).toBe('Preview')
    expect(w.get('.preview-summary').text()).toBe(
      '8 questions (8 written, 0 generated), 2 topics, 3 facts',
    )
    expect(render(generating).get('.preview-summary').text()).toMatch(
      /^\d+ questions \(1 written, [1-9]\d* generated\), 1 topic, 3 facts$/,
    )
  })

  it('renders every written question as a form, topic by topic, numbered as in the draft', () => {
    const w = render(everyType)
    expect(w.findAll('.preview-topic > h3').map((h) => h.text())).toEqual(['The war', 'The troops'])
    const labels = forms(w).map((f) => f.attributes('aria-label'))
    expect(labels).toHaveLength(8)
    expect([...labels].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((k) => `Question ${k} of 8`))
    const troops = topicOf(w, 'The troops').findAll('form')
    expect(troops.map((f) => f.attributes('aria-label'))).toEqual([
      'Question 2 of 8',
      'Question 8 of 8',
    ])
    expect(troops[0]!.get('h2').text()).toBe('How many troops?')
  })

  it('answers each question rightly: the right option checked and marked, feedback Correct', async () => {
    const w = render(everyType)
    // The feedback is a component of its own, loaded after the first screen.
    await flushPromises()
    for (const form of forms(w)) expect(form.get('[role=status]').text()).toMatch(/^Correct/)
    const single = forms(w).find((f) => f.get('h2').text() === 'When did it stop?')!
    const checked = single.findAll('input[type=radio]').filter((i) => {
      return (i.element as HTMLInputElement).checked
    })
    expect(checked.map((i) => i.attributes('value'))).toEqual(['1953'])
    expect(single.get('.option--right').text()).toContain('1953')
    expect(single.get('.option--right').text()).toContain('Right answer')
    expect(single.get('[role=status]').text()).toContain('It was signed in 1953.')
    expect(single.get('[role=status]').text()).toContain('Source: Paragraph 2 of A headline')
    expect(single.get('fieldset').attributes('disabled')).toBeDefined()
    const numeric = forms(w).find((f) => f.get('h2').text() === 'How many troops?')!
    expect((numeric.get('input[type=text]').element as HTMLInputElement).value).toBe('28,000')
  })

  it('lists the facts no question tests, and only those', () => {
    const w = render(everyType)
    expect(listAfter(topicOf(w, 'The war'), 'Facts no question tests')).toEqual([
      'Nobody asks about this fact. (forgotten)',
    ])
    expect(w.findAll('.preview-untested').map((li) => li.text())).toHaveLength(1)
    expect(topicOf(w, 'The troops').text()).not.toContain('Facts no question tests')
  })

  it('lists the generated questions under the written question that shares their facts', () => {
    const w = render(generating)
    const question = w.get('article.preview-question')
    expect(question.get('form').attributes('aria-label')).toBe('Question 1 of 1')
    const siblings = listAfter(question, 'Generated from the same facts:')
    expect(siblings.length).toBeGreaterThanOrEqual(1)
    expect(siblings).toContainEqual(
      expect.stringMatching(/^Complete with a number: About ___ US troops are in South Korea\./),
    )
    for (const sibling of siblings) expect(sibling).toContain('Answer: ')
  })

  it('lists generated questions no written question covers at the end of their topic', () => {
    const w = render(generating)
    const orphans = listAfter(
      topicOf(w, 'Basics'),
      'Generated from facts no written question tests',
    )
    expect(orphans).toHaveLength(1)
    expect(orphans[0]).toMatch(
      /^Fill in the missing word\.\s*An ___ stopped the fighting\.\s*— Answer: An armistice stopped the fighting\.$/,
    )
    // Tested by a generated question: not untested. The bare fact is.
    expect(w.findAll('.preview-untested').map((li) => li.text())).toEqual([
      'A fact with nothing to generate from. (bare)',
    ])
  })

  it('shows nothing generated when no generated question shares the facts', () => {
    const w = render(everyType)
    expect(w.text()).not.toContain('Generated from')
  })

  it('never runs hostile content: no img[onerror], no script, window.hacked stays unset', async () => {
    const w = render(hostile)
    await settled()
    expect(forms(w)).toHaveLength(2)
    expect(w.text()).toContain('window.hacked=1')
    expect(w.findAll('.preview-untested').length).toBeGreaterThan(0)
    expect(w.get('h3').text()).toBe(HOSTILE)
    for (const form of forms(w)) expect(form.get('h2').text()).toBe(HOSTILE)
    expect(document.querySelectorAll('img[onerror], script')).toHaveLength(0)
    expect(document.querySelectorAll('[onerror]')).toHaveLength(0)
    expect(window.hacked).toBeUndefined()
  })

  it('leaves the focus where it was when it renders and when the draft changes', async () => {
    const editor = document.createElement('textarea')
    document.body.append(editor)
    editor.focus()
    const w = render(everyType)
    await settled()
    expect(document.activeElement).toBe(editor)
    expect(w.get('section').attributes('inert')).toBeUndefined()

    await w.setProps({ bank: generating })
    await flushPromises()
    await settled()
    expect(document.activeElement).toBe(editor)
    expect(forms(w).map((f) => f.attributes('aria-label'))).toEqual(['Question 1 of 1'])
  })

  it('keeps the cards still: Next does nothing', async () => {
    const w = render(everyType)
    await settled()
    const before = w.html()
    await forms(w)[0]!.get('button[type=button]').trigger('click')
    await forms(w)[0]!.trigger('submit')
    expect(w.html()).toBe(before)
    expect(forms(w)).toHaveLength(8)
  })

  it('shows a long draft a page at a time, so typing into it stays fast', async () => {
    const first = everyType.questions[0]!
    const long = {
      ...everyType,
      questions: Array.from({ length: 30 }, (_, i) => ({ ...first, id: `q-${i}` })),
    }
    const w = render(long)
    expect(forms(w)).toHaveLength(25)
    const more = w.findAll('button').find((b) => b.text().startsWith('Show more questions'))!
    expect(more.text()).toBe('Show more questions (5 not shown)')
    await more.trigger('click')
    expect(forms(w)).toHaveLength(30)
    expect(w.findAll('button').some((b) => b.text().startsWith('Show more'))).toBe(false)
  })
})
