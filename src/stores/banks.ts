import { acceptHMRUpdate, defineStore } from 'pinia'
import { defaultBankId, loadBank, prefetchBank } from 'virtual:factline/bank-loader'
import type { Bank } from '@/domain/bank'
import { DRAFT_BANK_ID } from '@/domain/draft-bank'
import { registerRichTexts } from '@/rich-text/registry'

/**
 * The question banks as pages use them. Each bank is a JSON file of its own
 * (scripts/vite-plugin-banks.ts), fetched once in the page's life; its texts' compiled Markdown
 * and HTML are registered before it is handed over, so RichText.vue shows them from its first
 * question (src/rich-text/registry.ts). A bank that failed to arrive is asked for again next
 * time. The studio's draft (`draft`) is no file: it is the drafts store's, read afresh each time,
 * and its code loads only then.
 */
export const useBanksStore = defineStore('banks', () => {
  const opened = new Map<string, Promise<Bank | undefined>>()

  function bank(id: string): Promise<Bank | undefined> {
    if (id === DRAFT_BANK_ID)
      return import('./drafts').then(({ useDraftsStore }) =>
        useDraftsStore().draftBank().then(registerRichTexts),
      )
    let pending = opened.get(id)
    if (!pending) {
      pending = loadBank(id).then(registerRichTexts)
      opened.set(id, pending)
      pending.catch(() => opened.delete(id))
    }
    return pending
  }

  /** The banks `ids` name, in that order; undefined where no bank has that id. */
  const banks = (ids: readonly string[]) => Promise.all(ids.map(bank))

  /** Starts fetching banks a page is about to ask for; never fails. */
  const prefetch = (ids: readonly string[]) =>
    Promise.all(ids.filter((id) => id !== DRAFT_BANK_ID).map(prefetchBank))

  return { defaultBankId: defaultBankId as string | undefined, bank, banks, prefetch }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useBanksStore, import.meta.hot))
