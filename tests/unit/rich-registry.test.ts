import { describe, expect, it } from 'vitest'
import type { Bank } from '@/domain/bank'
import type { RichBank, RichTable } from '@/domain/rich/nodes'
import { registerRichTexts, richClozeNodes, richNodes } from '@/rich-text/registry'
import { sampleBank } from '../fixtures/sample-bank'

const EM = (text: string) => ({ tag: 'em' as const, children: [text] })
const bankWith = (id: string, rich?: RichTable): RichBank => ({
  ...(sampleBank as Bank),
  id,
  ...(rich ? { rich } : {}),
})

registerRichTexts(
  bankWith('registry-test', {
    markdown: {
      '*a*': [EM('a')],
      '*b; c*': [EM('b; c')],
      '*left*': [EM('left')],
    },
    html: { '<i>a</i>': [EM('a')] },
    cloze: { markdown: { '*{{x}}*': [{ tag: 'em', children: [{ blank: 0 }] }] } },
  }),
)

describe('the registry of compiled texts', () => {
  it('gives a registered text its nodes, in its own format only', () => {
    expect(richNodes('*a*', 'markdown')).toEqual([EM('a')])
    expect(richNodes('<i>a</i>', 'html')).toEqual([EM('a')])
    expect(richNodes('*a*', 'html')).toEqual(['*a*'])
  })

  it('shows a text no bank has as text, whatever it holds', () => {
    expect(richNodes('<img src=x onerror=alert(1)>', 'html')).toEqual([
      '<img src=x onerror=alert(1)>',
    ])
    expect(richNodes('constructor', 'markdown')).toEqual(['constructor'])
    expect(richNodes('__proto__', 'markdown')).toEqual(['__proto__'])
    expect(richNodes('', 'markdown')).toEqual([])
  })

  it('shows a text composed of bank texts part by part, the longest known run first', () => {
    expect(richNodes('*a*; plain; *a*', 'markdown')).toEqual([EM('a'), '; plain; ', EM('a')])
    expect(richNodes('*left* → *a*; right → *a*', 'markdown')).toEqual([
      EM('left'),
      ' → ',
      EM('a'),
      '; right → ',
      EM('a'),
    ])
    // An option that holds a join itself is found whole.
    expect(richNodes('*a*; *b; c*', 'markdown')).toEqual([EM('a'), '; ', EM('b; c')])
    expect(richNodes('*b; d*', 'markdown')).toEqual(['*b; d*'])
  })

  it("gives a cloze text's nodes with its blanks, and nothing for one without markup", () => {
    expect(richClozeNodes('*{{x}}*', 'markdown')).toEqual([{ tag: 'em', children: [{ blank: 0 }] }])
    expect(richClozeNodes('*{{x}}*', 'html')).toBeUndefined()
    expect(richClozeNodes('{{y}}', 'markdown')).toBeUndefined()
  })

  it("replaces a bank's table when it is registered again, and drops it when it has none", () => {
    const draft = bankWith('registry-draft', { markdown: { '**v1**': [EM('v1')] } })
    expect(registerRichTexts(draft)).toBe(draft)
    expect(richNodes('**v1**', 'markdown')).toEqual([EM('v1')])
    registerRichTexts(bankWith('registry-draft', { markdown: { '**v2**': [EM('v2')] } }))
    expect(richNodes('**v1**', 'markdown')).toEqual(['**v1**'])
    expect(richNodes('**v2**', 'markdown')).toEqual([EM('v2')])
    registerRichTexts(bankWith('registry-draft'))
    expect(richNodes('**v2**', 'markdown')).toEqual(['**v2**'])
    expect(registerRichTexts(undefined)).toBeUndefined()
  })
})
