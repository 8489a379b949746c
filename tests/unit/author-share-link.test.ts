import { describe, expect, it } from 'vitest'
import { carriesDraft, draftFromHash, shareLink } from '@/domain/author'
import { STARTER_TEMPLATE } from '@/domain/author-template'

describe('share links of drafts', () => {
  it('carry the draft, name and text, in the fragment and bring it back', async () => {
    const link = await shareLink(
      'https://factline.example/author',
      'war – 전쟁.yaml',
      STARTER_TEMPLATE,
    )
    expect(link.startsWith('https://factline.example/author#draft=')).toBe(true)
    expect(link.length).toBeLessThan(STARTER_TEMPLATE.length)
    const hash = link.slice(link.indexOf('#'))
    expect(await draftFromHash(hash)).toEqual({ name: 'war – 전쟁.yaml', text: STARTER_TEMPLATE })
  })

  it('carry the bank a draft of a bank’s file belongs to', async () => {
    const bank = { id: 'korea-2018', file: 'korea-2018/02-troops-and-china.yaml' }
    const link = await shareLink('https://x.example/author', '02.yaml', 'facts: []\n', bank)
    expect(await draftFromHash(link.slice(link.indexOf('#')))).toEqual({
      name: '02.yaml',
      text: 'facts: []\n',
      bank,
    })
  })

  it('give nothing back for a damaged or missing fragment, without throwing', async () => {
    expect(await draftFromHash('')).toBeUndefined()
    expect(await draftFromHash('#other')).toBeUndefined()
    expect(await draftFromHash('#draft=not-deflated-at-all')).toBeUndefined()
    // A damaged link is still one meant to carry a draft: the studio says so.
    expect(carriesDraft('#draft=not-deflated-at-all')).toBe(true)
    expect(carriesDraft('#other')).toBe(false)
  })
})
