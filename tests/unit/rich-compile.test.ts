import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compileBank, readYamlSource, type Bank } from '@/domain/bank'
import { clozeNodes, richNodesOf, richTable, withRichTexts } from '@/domain/rich/compile'
import { checkDraftWithRichTexts } from '@/domain/rich/draft'
import type { RichFormat } from '@/domain/rich/nodes'
import { questionPool } from '@/domain/quiz'
import { rightAnswerText } from '@/domain/grading'
import { bankAt, compileLocation } from '../../scripts/bank-files'
import { bankJson, loadBanks } from '../../scripts/vite-plugin-banks'

function compile(questions: string, generate = false): Bank {
  const text = `title: T\nlanguage: en\ngenerate: ${generate}\ntopics: [{ id: t, title: T }]\nquestions:\n${questions}`
  const { bank, problems } = compileBank('t', [readYamlSource(text, 't.yaml', 'main')])
  if (!bank) throw new Error(problems.map((p) => `${p.line}: ${p.message}`).join('\n'))
  return bank
}

const fixture = (path: string) => compileLocation(bankAt(path), process.cwd()).bank!

/** Every text a question shows in its format, as the walk in compile.ts should find it. */
function shownTexts(question: Bank['questions'][number]): string[] {
  const texts = [question.prompt, question.explanation ?? '']
  if (question.type === 'single' || question.type === 'multiple')
    texts.push(...question.options, ...Object.values(question.feedback ?? {}))
  if (question.type === 'truefalse') texts.push(...Object.values(question.feedback ?? {}))
  if (question.type === 'short') texts.push(...question.answers)
  if (question.type === 'order') texts.push(...question.items)
  if (question.type === 'match')
    texts.push(...question.pairs.flatMap((p) => [p.left, p.right]), ...(question.distractors ?? []))
  if (question.type === 'cloze') texts.push(rightAnswerText(question))
  return texts
}

describe('richTable', () => {
  it('holds the texts that need markup, per format, and no plain text', () => {
    const bank = compile(`
  - { id: a, type: single, topic: t, prompt: 'Is *this* right?', options: ['**Yes**', No], answer: '**Yes**',
      feedback: { No: 'See [the page](https://x.org/a_(b)).' }, explanation: Plain words. }
  - { id: b, type: truefalse, topic: t, format: html, prompt: '<p>True?</p>', answer: true,
      feedback: { 'true': 'Fish &amp; chips' }, explanation: Plain too. }
  - { id: c, type: short, topic: t, format: plain, prompt: 'Not *parsed*', answers: ['*x*'] }
`)
    expect(richTable(bank)).toEqual({
      markdown: {
        'Is *this* right?': ['Is ', { tag: 'em', children: ['this'] }, ' right?'],
        '**Yes**': [{ tag: 'strong', children: ['Yes'] }],
        'See [the page](https://x.org/a_(b)).': [
          'See ',
          { tag: 'a', href: 'https://x.org/a_(b)', children: ['the page'] },
          '.',
        ],
      },
      html: {
        '<p>True?</p>': [{ tag: 'p', children: ['True?'] }],
        'Fish &amp; chips': ['Fish & chips'],
      },
    })
  })

  it('leaves a bank of plain texts as it is', () => {
    const bank = compile(`
  - { id: a, type: short, topic: t, prompt: What year?, answers: ['1953'] }
`)
    expect(richTable(bank)).toBeUndefined()
    expect(withRichTexts(bank)).toBe(bank)
  })

  it('keeps a cloze text with its blanks in place, and its right answer as one more text', () => {
    const bank = compile(`
  - { id: a, type: cloze, topic: t, prompt: Fill in., text: 'The *{{armistice|truce}}* came in {{1953}}.' }
  - { id: b, type: cloze, topic: t, prompt: Fill in., text: 'No markup in {{this}} one.' }
  - { id: c, type: cloze, topic: t, format: html, prompt: Fill in., text: '<ul><li>{{one}}</li><li><b>{{two}}</b></li></ul>' }
`)
    const table = richTable(bank)!
    expect(table.cloze).toEqual({
      markdown: {
        'The *{{armistice|truce}}* came in {{1953}}.': [
          'The ',
          { tag: 'em', children: [{ blank: 0 }] },
          ' came in ',
          { blank: 1 },
          '.',
        ],
      },
      html: {
        '<ul><li>{{one}}</li><li><b>{{two}}</b></li></ul>': [
          {
            tag: 'ul',
            children: [
              { tag: 'li', children: [{ blank: 0 }] },
              { tag: 'li', children: [{ tag: 'strong', children: [{ blank: 1 }] }] },
            ],
          },
        ],
      },
    })
    expect(table.markdown?.['The *armistice* came in 1953.']).toEqual([
      'The ',
      { tag: 'em', children: ['armistice'] },
      ' came in 1953.',
    ])
    expect(table.markdown).not.toHaveProperty(['The *{{armistice|truce}}* came in {{1953}}.'])
  })

  it('never gives a cloze whose blank did not come through: the page shows it unformatted', () => {
    const inLink = 'Read [the page](https://x.org/{{a}}) about {{b}}.'
    expect(clozeNodes(inLink, 'markdown')).toBeUndefined()
    expect(
      clozeNodes('<img src="data:image/png;base64,AAAA" alt="{{a}}"> {{b}}', 'html'),
    ).toBeUndefined()
    expect(clozeNodes('Already \uFDD0 here: **{{a}}**', 'markdown')).toBeUndefined()
    expect(clozeNodes('**{{a}}** and `{{b}}`', 'markdown')).toEqual([
      { tag: 'strong', children: [{ blank: 0 }] },
      ' and ',
      { tag: 'code', children: [{ blank: 1 }] },
    ])
  })

  it('keeps texts such as __proto__ and constructor as keys of their own, through JSON', () => {
    const bank = compile(`
  - { id: a, type: single, topic: t, format: html, prompt: '<b>Which?</b>', options: [__proto__, constructor, '<i>x</i>'], answer: '<i>x</i>' }
`)
    const table = JSON.parse(JSON.stringify(richTable(bank)))
    expect(Object.keys(table.html).sort()).toEqual(['<b>Which?</b>', '<i>x</i>'])
    expect(Object.hasOwn(table.html, '__proto__')).toBe(false)
  })

  it('holds every shown text that needs markup, of every bank the tests build, generated questions too', () => {
    const banks = [
      fixture('tests/fixtures/hostile/hostile.yaml'),
      fixture('tests/fixtures/hostile/hostile-html.gift'),
      fixture('tests/fixtures/hostile/hostile-markdown.gift'),
      fixture('tests/fixtures/e2e/html-bank.gift'),
      fixture('tests/fixtures/e2e/water-cycle.gift'),
      fixture('questions/korea-2018'),
    ]
    let checked = 0
    for (const bank of banks) {
      const table = richTable(bank)
      for (const question of questionPool(bank)) {
        const format = question.format ?? 'markdown'
        if (format === 'plain') continue
        for (const text of shownTexts(question)) {
          const nodes = richNodesOf(text, format as RichFormat)
          const plain = nodes.length === 0 ? text === '' : nodes.length === 1 && nodes[0] === text
          expect(
            table?.[format as RichFormat]?.[text],
            `${bank.id}/${question.id}: ${text}`,
          ).toEqual(plain ? undefined : nodes)
          checked++
        }
      }
    }
    expect(checked).toBeGreaterThan(300)
    expect(banks.flatMap((b) => b.generated ?? []).length).toBeGreaterThan(0)
  })
})

describe('the banks as the build ships them', () => {
  const { banks } = loadBanks([resolve('tests/fixtures/e2e')], process.cwd())
  const htmlBank = banks.find((b) => b.id === 'html-bank')!

  it("carries each bank's compiled texts in its JSON", () => {
    const shipped = JSON.parse(bankJson(htmlBank))
    const prompt = htmlBank.questions.find((q) => q.id === 'sky-picture')!.prompt
    expect(shipped.rich.html[prompt]).toEqual([
      { tag: 'p', children: ['The picture shows the sky above a white cloud.'] },
      {
        tag: 'p',
        children: [
          {
            tag: 'img',
            src: expect.stringMatching(/^data:image\/png;base64,iVBOR/),
            alt: 'A blue sky over a white cloud',
            width: 64,
            height: 64,
          },
        ],
      },
      { tag: 'p', children: ['Why does a clear sky look blue?'] },
    ])
  })
})

describe('checkDraftWithRichTexts', () => {
  it("gives a draft's bank with its texts' nodes, and no bank while it has an error", () => {
    const draft = `::Q::[html]<p>Is it <b>bold</b>?</p>{T}`
    const { bank } = checkDraftWithRichTexts(draft, 'gift', 'draft.gift')
    expect(bank?.rich?.html?.['<p>Is it <b>bold</b>?</p>']).toEqual([
      { tag: 'p', children: ['Is it ', { tag: 'strong', children: ['bold'] }, '?'] },
    ])
    const broken = checkDraftWithRichTexts('::Q::[html]<b>x{T', 'gift', 'draft.gift')
    expect(broken.bank).toBeUndefined()
    expect(broken.problems.length).toBeGreaterThan(0)
  })
})
