import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, shallowRef, watch } from 'vue'
import {
  acceptAnswer,
  generatedRefusal,
  type AcceptRefusal,
  type Accepting,
} from '@/domain/accept-answer'
import {
  baseName,
  carriesDraft,
  draftContext,
  draftFromHash,
  findInDraft,
  formatToTell,
  isQuestionFile,
  linkTarget,
  MAX_LINK_LENGTH,
  NEW_DRAFT_NAME,
  pastedFormat,
  QUESTION_FILE_TYPES,
  shareLink,
  type DraftContext,
  type DraftFormat,
} from '@/domain/author'
import type { BankFiles } from '@/domain/bank/files'
import { FORMAT_NAMES } from '@/domain/bank/formats'
import { decodeUtf8, type Position } from '@/domain/bank/source'
import type { StudioRequest } from '@/domain/studio-link'
import { t } from '@/i18n'
import { useDraftsStore } from './drafts'

/** Why an answer was not added, in the interface language. */
function refusalText(why: AcceptRefusal): string {
  const words = t.author.refused
  switch (why.kind) {
    case 'format':
      return why.format === 'aiken' ? words.aiken : words.xml
    case 'noQuestion':
      return words.noQuestion(why.question)
    case 'generated':
      return words.generated(why.fact)
    case 'type': {
      if (why.type === 'cloze' || why.type === 'numeric') return words[why.type]
      const known = Object.hasOwn(words.types, why.type)
      const type = known ? words.types[why.type as keyof typeof words.types] : undefined
      return words.chosen(type ?? words.otherType(why.type))
    }
    default:
      return words[why.kind]
  }
}

/** What the studio says accepting `answer` for `question`, at `line` of its file, did. */
function acceptedText(result: Accepting, answer: string, question: string, line: number) {
  const words = t.author.said
  const typed = answer.trim()
  switch (result.status) {
    case 'added':
      return words.accepted(typed, question, line)
    case 'already':
      return words.alreadyAccepted(typed, question, line, result.as)
    case 'refused':
      return words.notAccepted(typed, question, line, refusalText(result.why))
  }
}

/**
 * The studio page (`/author`): the current draft as the editor and toolbar change it, the bank it
 * is a file of (checked with its other files), and the one message that says what opening,
 * accepting or sharing did.
 */
export const useStudioStore = defineStore('studio', () => {
  const drafts = useDraftsStore()
  /** The status line's message, in words read when shown: a change of language rewords it. */
  const shown = shallowRef<() => string>()
  const say = (words?: () => string) => (shown.value = words)
  const message = computed({
    get: () => shown.value?.() ?? '',
    set: (text: string) => say(text ? () => text : undefined),
  })

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
      if (!files) say(() => t.author.said.otherFilesFailed(id))
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
    say(undefined)
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
      const { bank, question } = request
      say(() => (published ? t.author.said.noQuestion(bank, question) : t.author.said.noBank(bank)))
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
    const { question, accept } = request
    const [where, line, fact] = [file.name, at.line, target.id]
    const opened = () => {
      const words = t.author.said
      return target.generated
        ? (kept ? words.openedDraftAtFact : words.openedAtFact)(where, fact, line, question)
        : (kept ? words.openedDraftAt : words.openedAt)(where, question, line)
    }
    let accepted: (() => string) | undefined
    if (accept !== undefined) {
      const result = target.generated
        ? generatedRefusal(fact)
        : acceptAnswer(draft.text, draft.format, question, accept, published.language)
      if (result.status === 'added') drafts.update({ text: result.text }, now)
      accepted = () => acceptedText(result, accept, question, line)
    }
    say(() => (accepted ? `${opened()} ${accepted()}` : opened()))
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
      const types = QUESTION_FILE_TYPES.slice(0, -1).join(', ')
      const last = QUESTION_FILE_TYPES.at(-1)!
      say(() => t.author.said.notQuestionFile(file.name, types, last))
      return
    }
    const decoded = decodeUtf8(new Uint8Array(await file.arrayBuffer()))
    if (!('text' in decoded)) {
      const { at, message: reason } = decoded
      say(() => t.author.said.notText(file.name, at.line, at.column, reason))
      return
    }
    const told = formatToTell(file.name, drafts.open(decoded.text, file.name).format)
    say(() =>
      told
        ? t.author.said.openedFileAs(file.name, FORMAT_NAMES[told])
        : t.author.said.openedFile(file.name),
    )
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
    const [format, was] = [FORMAT_NAMES[switched.format], FORMAT_NAMES[switched.was]]
    say(() =>
      switched.renamed
        ? t.author.said.pastedRenamed(format, switched.name, was)
        : t.author.said.pasted(format, was),
    )
  }

  /** Opens the draft a share link carries in its fragment (`hash`), or says the link is damaged. */
  async function openSharedDraft(hash: string) {
    const shared = await draftFromHash(hash)
    if (shared) {
      drafts.open(shared.text, shared.name, Date.now(), shared.bank)
      say(() => t.author.said.sharedOpened(shared.name))
    } else if (carriesDraft(hash)) {
      say(() => t.author.said.sharedDamaged)
    }
  }

  /** Copies a link to the studio at `base` that carries the draft; a link too long is refused. */
  async function copyShareLink(base: string) {
    const link = await shareLink(base, name.value, text.value, drafts.current?.bank)
    if (link.length > MAX_LINK_LENGTH) {
      say(() => t.author.said.tooLong(link.length, MAX_LINK_LENGTH))
      return
    }
    try {
      await navigator.clipboard.writeText(link)
      say(() => t.author.said.linkCopied)
    } catch {
      say(() => t.author.said.copyBlocked(link))
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
