import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { acceptAnswer, acceptMessage, generatedRefusal } from '@/domain/accept-answer'
import {
  baseName,
  carriesDraft,
  draftContext,
  draftFromHash,
  findInDraft,
  isQuestionFile,
  linkTarget,
  MAX_LINK_LENGTH,
  NEW_DRAFT_NAME,
  openedFileMessage,
  openedMessage,
  pastedFormat,
  QUESTION_FILE_TYPES,
  shareLink,
  type DraftContext,
  type DraftFormat,
} from '@/domain/author'
import type { BankFiles } from '@/domain/bank/files'
import { decodeUtf8, type Position } from '@/domain/bank/source'
import type { StudioRequest } from '@/domain/studio-link'
import { formatNumber } from '@/i18n/format'
import { useDraftsStore } from './drafts'

/**
 * The studio page (`/author`): the current draft as the editor and toolbar change it, the bank it
 * is a file of (checked with its other files), and the one message that says what opening,
 * accepting or sharing did.
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

  /** The published files of the current draft's bank, once fetched; `failed` when they could not be. */
  const bankFiles = shallowRef<BankFiles | 'failed'>()
  const origin = computed(() => drafts.current?.bank)
  watch(
    () => origin.value?.id,
    async (id) => {
      bankFiles.value = undefined
      if (id === undefined) return
      const files = await drafts.publishedFiles(id).catch(() => undefined)
      if (origin.value?.id !== id) return
      bankFiles.value = files ?? 'failed'
      if (!files)
        message.value = `The other files of ${id} could not be loaded: this file is checked on its own.`
    },
    { immediate: true },
  )
  /**
   * What the draft is checked with: its bank's other files for a draft of a bank's file
   * (`loading` until they are in), nothing for a file of its own.
   */
  const context = computed<DraftContext | 'loading' | undefined>(() => {
    if (!origin.value || bankFiles.value === 'failed') return undefined
    return draftContext(origin.value, bankFiles.value) ?? 'loading'
  })

  /**
   * Each visit starts on a draft, with no message left from the one before; a visit that opens a
   * bank's file (`opening`) starts on that one instead of a new draft.
   */
  function enter(opening = false) {
    message.value = ''
    if (!drafts.current && !opening) drafts.startNew()
  }

  /**
   * Opens the file of a published bank that holds a question (the teacher's draft of it, if they
   * have one) and, asked to, adds an answer to its accepted ones. Resolves to the place of the
   * question in the draft, for the editor's cursor; undefined when there is nothing to open.
   */
  async function openQuestion(
    request: StudioRequest,
    now = Date.now(),
  ): Promise<Position | undefined> {
    const published = await drafts.publishedFiles(request.bank).catch(() => undefined)
    const target = published && linkTarget(published, request.question)
    const file = target && published.files[target.place.file]
    if (!published || !target || !file) {
      message.value = published
        ? `The bank ${request.bank} has no question “${request.question}”: nothing was opened.`
        : `There is no bank “${request.bank}” the studio can open: nothing was opened.`
      if (!drafts.current) drafts.startNew(now)
      return undefined
    }
    const kept = drafts.draftOf({ id: published.id, file: file.name })
    if (kept) drafts.choose(kept.id)
    else drafts.open(file.text, baseName(file.name), now, { id: published.id, file: file.name })
    const draft = drafts.current!
    const at = findInDraft(draft.text, draft.format, target.place.file, target.key, target.id) ?? {
      line: target.place.line,
      column: 1,
    }
    const said = [
      openedMessage({
        file: file.name,
        line: at.line,
        question: request.question,
        kept: kept !== undefined,
        ...(target.generated ? { fact: target.id } : {}),
      }),
    ]
    if (request.accept !== undefined) {
      const result = target.generated
        ? generatedRefusal(target.id)
        : acceptAnswer(
            draft.text,
            draft.format,
            request.question,
            request.accept,
            published.language,
          )
      if (result.status === 'added') drafts.update({ text: result.text }, now)
      said.push(acceptMessage(result, request.accept, request.question, at.line))
    }
    message.value = said.join(' ')
    return at
  }

  /**
   * Opens a file from disk, a drop or a paste as a new draft, in the format its name (or, for a
   * `.txt`, its text) says. Anything but a question file is refused, and so is a file that is not
   * UTF-8 (or UTF-16) text, at the place it stops being text.
   */
  async function openFile(file: File | undefined) {
    if (!file) return
    if (!isQuestionFile(file.name)) {
      const types = QUESTION_FILE_TYPES.join(', ').replace(/, (?=[^,]*$)/, ' or ')
      message.value = `${file.name} is not a question file: open a ${types} file.`
      return
    }
    const decoded = decodeUtf8(new Uint8Array(await file.arrayBuffer()))
    if (!('text' in decoded)) {
      const { line, column } = decoded.at
      message.value = `${file.name} was not opened: line ${line}, column ${column}: ${decoded.message}.`
      return
    }
    const draft = drafts.open(decoded.text, file.name)
    message.value = openedFileMessage(file.name, draft.format)
  }

  /**
   * After text was pasted (`length` characters) into the draft: text pasted over most of it in
   * another format switches the draft to that format, and says so.
   */
  function pasted(length: number) {
    const draft = drafts.current
    const switched = draft && pastedFormat(draft.text, length, draft)
    if (!switched) return
    drafts.update({ format: switched.format, name: switched.name })
    message.value = switched.message
  }

  /** Opens the draft a share link carries in its fragment (`hash`), or says the link is damaged. */
  async function openSharedDraft(hash: string) {
    const shared = await draftFromHash(hash)
    if (shared) {
      drafts.open(shared.text, shared.name, Date.now(), shared.bank)
      message.value = `Opened the shared draft ${shared.name}.`
    } else if (carriesDraft(hash)) {
      message.value = 'This share link is damaged: the draft could not be opened.'
    }
  }

  /** Copies a link to the studio at `base` that carries the draft; a link too long is refused. */
  async function copyShareLink(base: string) {
    const link = await shareLink(base, name.value, text.value, drafts.current?.bank)
    if (link.length > MAX_LINK_LENGTH) {
      message.value = `This draft is too long for a link (${formatNumber(link.length)} characters, at most ${formatNumber(MAX_LINK_LENGTH)}): download the file and send it instead.`
      return
    }
    try {
      await navigator.clipboard.writeText(link)
      message.value = 'Share link copied.'
    } catch {
      message.value = `Copying is blocked here; the link is: ${link}`
    }
  }

  return {
    message,
    text,
    format,
    name,
    context,
    enter,
    openQuestion,
    openFile,
    pasted,
    openSharedDraft,
    copyShareLink,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useStudioStore, import.meta.hot))
