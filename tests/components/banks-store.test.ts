import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Bank } from '@/domain/bank'
import { DRAFT_BANK_ID } from '@/domain/quiz-url'
import { richNodes } from '@/rich-text/registry'
import { useBanksStore } from '@/stores/banks'
import { sampleBank } from '../fixtures/sample-bank'

// The loader the build makes, with a call count and a switch to make the network fail.
const loader = vi.hoisted(() => ({ calls: [] as string[], offline: false }))
vi.mock('virtual:factline/bank-loader', async () => {
  const { sampleBank } = await import('../fixtures/sample-bank')
  const htmlBank = {
    ...sampleBank,
    id: 'html',
    questions: sampleBank.questions.map((q) => ({ ...q, format: 'html' as const })),
    rich: { html: { '<b>Bold</b>': [{ tag: 'strong', children: ['Bold'] }] } },
  }
  const banks: Bank[] = [sampleBank, htmlBank]
  return {
    defaultBankId: 'sample',
    prefetchBank: async (id: string) => void loader.calls.push(`prefetch:${id}`),
    loadBank: async (id: string) => {
      loader.calls.push(id)
      if (loader.offline) throw new Error(`bank ${id}: offline`)
      return banks.find((b) => b.id === id)
    },
  }
})

beforeEach(() => {
  setActivePinia(createPinia())
  loader.calls = []
  loader.offline = false
})

describe('the banks store', () => {
  it('fetches a bank once for every page that asks for it', async () => {
    const banks = useBanksStore()
    const [first, again] = await Promise.all([banks.bank('sample'), banks.bank('sample')])
    expect(first?.title).toBe(sampleBank.title)
    expect(await banks.bank('sample')).toBe(again)
    expect(loader.calls).toEqual(['sample'])
  })

  it('gives the banks in the order asked, undefined for an unknown id', async () => {
    const found = await useBanksStore().banks(['nope', 'sample'])
    expect(found.map((b) => b?.id)).toEqual([undefined, 'sample'])
  })

  it('asks again for a bank that failed to arrive', async () => {
    const banks = useBanksStore()
    loader.offline = true
    await expect(banks.bank('sample')).rejects.toThrow('offline')
    loader.offline = false
    expect((await banks.bank('sample'))?.id).toBe('sample')
    expect(loader.calls).toEqual(['sample', 'sample'])
  })

  it('hands over a bank once its compiled texts are there for RichText to show', async () => {
    expect(richNodes('<b>Bold</b>', 'html')).toEqual(['<b>Bold</b>'])
    await useBanksStore().bank('html')
    expect(richNodes('<b>Bold</b>', 'html')).toEqual([{ tag: 'strong', children: ['Bold'] }])
  })

  it("reads the studio's draft afresh each time, and never fetches it", async () => {
    const { useDraftsStore } = await import('@/stores/drafts')
    const drafts = useDraftsStore()
    expect(await useBanksStore().bank(DRAFT_BANK_ID)).toBeUndefined()
    drafts.startNew()
    const draft = await useBanksStore().bank(DRAFT_BANK_ID)
    expect(draft?.questions.length).toBeGreaterThan(0)
    await useBanksStore().prefetch([DRAFT_BANK_ID, 'sample'])
    expect(loader.calls).toEqual(['prefetch:sample'])
  })
})
