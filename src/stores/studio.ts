import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref } from 'vue'
import {
  carriesDraft,
  draftFromHash,
  isQuestionFile,
  MAX_LINK_LENGTH,
  NEW_DRAFT_NAME,
  shareLink,
  type DraftFormat,
} from '@/domain/author'
import { useDraftsStore } from './drafts'

/**
 * The studio page (`/author`): the current draft as the editor and toolbar change it, and the one
 * message that says what opening or sharing a draft did.
 */
export const useStudioStore = defineStore('studio', () => {
  const drafts = useDraftsStore()
  const message = ref('')

  const text = computed({
    get: () => drafts.current?.text ?? '',
    set: (value: string) => drafts.update({ text: value }),
  })
  const format = computed<DraftFormat>({
    get: () => drafts.current?.format ?? 'yaml',
    set: (value) => drafts.update({ format: value }),
  })
  const name = computed(() => drafts.current?.name ?? NEW_DRAFT_NAME)

  /** Each visit starts on a draft, with no message left from the one before. */
  function enter() {
    message.value = ''
    if (!drafts.current) drafts.startNew()
  }

  /** Opens a file from disk, a drop or a paste as a new draft; anything but a question file is refused. */
  async function openFile(file: File | undefined) {
    if (!file) return
    if (!isQuestionFile(file.name)) {
      message.value = `${file.name} is not a question file: open a .yaml, .yml, .gift or .txt file.`
      return
    }
    drafts.open(await file.text(), file.name)
    message.value = `Opened ${file.name}.`
  }

  /** Opens the draft a share link carries in its fragment (`hash`), or says the link is damaged. */
  async function openSharedDraft(hash: string) {
    const shared = await draftFromHash(hash)
    if (shared) {
      drafts.open(shared.text, shared.name)
      message.value = `Opened the shared draft ${shared.name}.`
    } else if (carriesDraft(hash)) {
      message.value = 'This share link is damaged: the draft could not be opened.'
    }
  }

  /** Copies a link to the studio at `base` that carries the draft; a link too long is refused. */
  async function copyShareLink(base: string) {
    const link = await shareLink(base, name.value, text.value)
    if (link.length > MAX_LINK_LENGTH) {
      message.value = `This draft is too long for a link (${link.length.toLocaleString('en')} characters, at most ${MAX_LINK_LENGTH.toLocaleString('en')}): download the file and send it instead.`
      return
    }
    try {
      await navigator.clipboard.writeText(link)
      message.value = 'Share link copied.'
    } catch {
      message.value = `Copying is blocked here; the link is: ${link}`
    }
  }

  return { message, text, format, name, enter, openFile, openSharedDraft, copyShareLink }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useStudioStore, import.meta.hot))
