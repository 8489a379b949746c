import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, ref } from 'vue'
import { useDraftCheck } from '@/composables/useDraftCheck'
import { DRAFT_BANK_ID } from '@/domain/draft-bank'
import { richNodes } from '@/rich-text/registry'
import { useBanksStore } from '@/stores/banks'
import { useDraftsStore } from '@/stores/drafts'

const STRONG = { tag: 'strong', children: ['bold'] }

beforeEach(() => setActivePinia(createPinia()))

// The studio's draft is compiled in the browser, its Markdown and HTML with it: by the worker for
// the preview (here, with no Worker, by the same code loaded on the main thread) and, for `Try as
// student`, by code the drafts store loads only then.
describe("a draft's rich texts", () => {
  it('are registered for the preview before it gets the bank', async () => {
    const prompt = '<p>Is this <b>bold</b> in the preview?</p>'
    let check!: ReturnType<typeof useDraftCheck>
    const wrapper = mount(
      defineComponent(() => {
        check = useDraftCheck(ref(`::Q::[html]${prompt}{T}`), ref('gift'), ref('draft.gift'))
        return () => null
      }),
    )
    // Patience, not a timing: a busy machine compiles the draft slowly.
    await vi.waitFor(() => expect(check.bank.value).toBeDefined(), { timeout: 10_000 })
    expect(richNodes(prompt, 'html')).toEqual([
      { tag: 'p', children: ['Is this ', STRONG, ' in the preview?'] },
    ])
    wrapper.unmount()
  })

  it('come with the draft played as a student', async () => {
    const prompt = 'Is this **bold** when played?'
    const drafts = useDraftsStore()
    drafts.open(`::Q::[markdown]${prompt}{T}`, 'draft.gift')
    const bank = await useBanksStore().bank(DRAFT_BANK_ID)
    expect(bank?.questions[0]?.prompt).toBe(prompt)
    expect(richNodes(prompt, 'markdown')).toEqual(['Is this ', STRONG, ' when played?'])
  })
})
