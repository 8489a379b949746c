import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { z } from 'zod/mini'
import { checkDraft, formatOf, NEW_DRAFT_NAME, type DraftFormat } from '@/domain/author'
import { STARTER_TEMPLATE } from '@/domain/author-template'
import type { Bank } from '@/domain/bank'
import { localState } from '@/persistence'
import { newId } from './ids'

const SAVED = 'drafts'
/** Drafts kept in the list; the oldest beyond this are dropped (a draft is also downloadable). */
const MAX_DRAFTS = 30
const SAVE_AFTER_MS = 400
const DraftSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  format: z.enum(['yaml', 'gift']),
  text: z.string(),
  updatedAt: z.number(),
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

  /** Opens a new draft (from a file, a share link or the starter template) and makes it current. */
  function open(text: string, name: string, now = Date.now()): Draft {
    const draft: Draft = { id: newId(), name, format: formatOf(name, text), text, updatedAt: now }
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

  /** The current draft as a bank, for `Try as student`; undefined while it has errors. */
  function draftBank(): Bank | undefined {
    const draft = current.value
    return draft ? checkDraft(draft.text, draft.format, draft.name).bank : undefined
  }

  return { drafts, current, saveResult, open, startNew, choose, update, remove, draftBank, flush }
})

export type { DraftFormat }

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useDraftsStore, import.meta.hot))
