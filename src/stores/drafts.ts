import { acceptHMRUpdate, defineStore } from 'pinia'
import { loadBankFiles } from 'virtual:factline/bank-files'
import { computed, ref } from 'vue'
import { z } from 'zod/mini'
import {
  draftContext,
  formatOf,
  NEW_DRAFT_NAME,
  type DraftFormat,
  type DraftOrigin,
} from '@/domain/author'
import { STARTER_TEMPLATE } from '@/domain/author-template'
import type { BankFiles } from '@/domain/bank/files'
import { BANK_FORMATS } from '@/domain/bank/formats'
import type { RichBank } from '@/domain/rich/nodes'
import { localState } from '@/persistence'
import { newId } from './ids'

const SAVED = 'drafts'
/** Drafts kept in the list; the oldest beyond this are dropped (a draft is also downloadable). */
const MAX_DRAFTS = 30
const SAVE_AFTER_MS = 400
const DraftSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  // Every format the studio opens; drafts saved when only yaml and gift existed still read.
  format: z.enum(BANK_FORMATS),
  text: z.string(),
  updatedAt: z.number(),
  // Added to v1 as optional: drafts saved before it read as they were, files of no bank.
  bank: z.optional(z.object({ id: z.string(), file: z.string() })),
})
const SavedSchema = z.object({
  v: z.literal(1),
  drafts: z.array(DraftSchema),
  current: z.optional(z.string()),
})
export type Draft = z.infer<typeof DraftSchema>

/** The teacher's drafts in the studio, saved in this browser as they type. */
export const useDraftsStore = defineStore('drafts', () => {
  const saved = localState.read(SAVED, SavedSchema)
  const drafts = ref<Draft[]>(saved?.drafts ?? [])
  const currentId = ref(saved?.current)
  const current = computed(() => drafts.value.find((d) => d.id === currentId.value))
  const saveResult = ref<'saved' | 'full' | 'unavailable'>('saved')

  let pending: ReturnType<typeof setTimeout> | undefined
  /** Typing saves a moment after the last key, not on every key: a long file is slow to write. */
  function saveSoon() {
    clearTimeout(pending)
    pending = setTimeout(save, SAVE_AFTER_MS)
  }
  // Closing the tab (or leaving the page) writes what is still waiting.
  if (typeof window !== 'undefined') window.addEventListener('pagehide', () => flush())
  function flush() {
    if (pending === undefined) return
    clearTimeout(pending)
    save()
  }

  function save() {
    pending = undefined
    drafts.value = [...drafts.value].sort((a, b) => b.updatedAt - a.updatedAt).slice(0, MAX_DRAFTS)
    saveResult.value = localState.write(SAVED, {
      v: 1,
      drafts: drafts.value,
      current: currentId.value,
    })
  }

  /**
   * Opens a new draft (from a file, a share link, the starter template, or a file of a published
   * bank, its `bank`) and makes it current.
   */
  function open(text: string, name: string, now = Date.now(), bank?: DraftOrigin): Draft {
    const draft: Draft = {
      id: newId(),
      name,
      format: formatOf(name, text),
      text,
      updatedAt: now,
      ...(bank ? { bank } : {}),
    }
    drafts.value = [draft, ...drafts.value]
    currentId.value = draft.id
    save()
    return draft
  }

  function startNew(now = Date.now()) {
    return open(STARTER_TEMPLATE, NEW_DRAFT_NAME, now)
  }

  function choose(id: string) {
    flush()
    if (!drafts.value.some((d) => d.id === id)) return
    currentId.value = id
    save()
  }

  function update(change: Partial<Pick<Draft, 'text' | 'name' | 'format'>>, now = Date.now()) {
    const draft = current.value
    if (!draft) return
    Object.assign(draft, change, { updatedAt: now })
    saveSoon()
  }

  function remove(id: string) {
    drafts.value = drafts.value.filter((d) => d.id !== id)
    if (currentId.value === id) currentId.value = drafts.value[0]?.id
    save()
  }

  /** The teacher's latest draft of a bank's file, if they have one. */
  const draftOf = (origin: DraftOrigin) =>
    drafts.value
      .filter((d) => d.bank?.id === origin.id && d.bank.file === origin.file)
      .sort((a, b) => b.updatedAt - a.updatedAt)[0]

  const published = new Map<string, Promise<BankFiles | undefined>>()
  /** A bank's question files as published, fetched once in the page's life (again after a failure). */
  function publishedFiles(id: string): Promise<BankFiles | undefined> {
    let pending = published.get(id)
    if (!pending) {
      pending = loadBankFiles(id)
      published.set(id, pending)
      pending.catch(() => published.delete(id))
    }
    return pending
  }

  /**
   * The current draft as a bank, for `Try as student`: a draft of a bank's file is played as its
   * whole bank, the other files as published. Undefined while it has errors. Its texts' Markdown
   * and HTML are compiled here, by code loaded only then: a learner's page never carries it.
   */
  async function draftBank(): Promise<RichBank | undefined> {
    const draft = current.value
    if (!draft) return undefined
    const files = draft.bank
      ? await publishedFiles(draft.bank.id).catch(() => undefined)
      : undefined
    const { checkDraftWithRichTexts } = await import('@/domain/rich/draft')
    const context = draftContext(draft.bank, files)
    return checkDraftWithRichTexts(draft.text, draft.format, draft.name, context).bank
  }

  return {
    drafts,
    current,
    saveResult,
    open,
    startNew,
    choose,
    update,
    remove,
    draftOf,
    publishedFiles,
    draftBank,
    flush,
  }
})

export type { DraftFormat }

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useDraftsStore, import.meta.hot))
