import { onBeforeUnmount, ref, shallowRef, watch, type Ref } from 'vue'
import type { DraftCheck, DraftContext, DraftFormat } from '@/domain/author'
import type { Bank } from '@/domain/bank'
import { registerRichTexts } from '@/rich-text/registry'
import type { CheckRequest } from '@/workers/check-draft.worker'

/** How long typing must pause before the draft is checked. */
const PAUSE_MS = 300

/**
 * Checks the draft on every pause in typing, in a Web Worker (or, where there is none, such as in
 * component tests, on the main thread), which also compiles its texts' Markdown and HTML: the
 * bank's are registered for RichText.vue before the preview gets it. Only the latest check's
 * result is kept. A draft of a bank's file is checked with the bank's other files (`context`),
 * once they are in.
 */
export function useDraftCheck(
  text: Ref<string>,
  format: Ref<DraftFormat>,
  fileName: Ref<string>,
  context: Ref<DraftContext | 'loading' | undefined> = ref(undefined),
) {
  const result = shallowRef<DraftCheck>({ problems: [] })
  const checking = shallowRef(false)
  /** The bank while the draft has no error: a new one only when the questions changed (not a comment or a space), so the preview is redrawn only then. */
  const bank = shallowRef<Bank>()
  /** For a draft of a bank's file, what it writes of the bank: the preview shows only that. */
  const part = shallowRef<DraftCheck['part']>()
  let bankKey = ''
  let latest = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  const worker =
    typeof Worker === 'undefined'
      ? undefined
      : new Worker(new URL('../workers/check-draft.worker.ts', import.meta.url), {
          type: 'module',
        })
  // One check at a time in the worker: a file of thousands of questions takes a moment, and
  // checks queued behind it would only be thrown away. The newest text goes next.
  let busy = false
  let again = false
  worker?.addEventListener('message', (event: MessageEvent<DraftCheck & { id: number }>) => {
    busy = false
    if (again) {
      again = false
      void check()
      return
    }
    if (event.data.id !== latest) return
    const { id: _, ...found } = event.data
    show(found)
  })

  function show(found: DraftCheck) {
    result.value = found
    checking.value = false
    const key = found.bank ? JSON.stringify([found.bank, found.part]) : ''
    if (key === bankKey) return
    bankKey = key
    bank.value = registerRichTexts(found.bank)
    part.value = found.part
  }

  async function check() {
    if (context.value === 'loading') return
    if (worker && busy) {
      again = true
      return
    }
    const request: CheckRequest = {
      id: ++latest,
      text: text.value,
      format: format.value,
      fileName: fileName.value,
      ...(context.value ? { context: context.value } : {}),
    }
    checking.value = true
    if (worker) {
      busy = true
      return worker.postMessage(request)
    }
    const { checkDraftWithRichTexts } = await import('@/domain/rich/draft')
    const check = checkDraftWithRichTexts(
      request.text,
      request.format,
      request.fileName,
      request.context,
    )
    if (request.id === latest) show(check)
  }

  watch(
    [text, format, fileName, context],
    () => {
      // Until the check answers, the list says so rather than showing the last result.
      checking.value = true
      clearTimeout(timer)
      timer = setTimeout(check, PAUSE_MS)
    },
    { immediate: true },
  )
  onBeforeUnmount(() => {
    clearTimeout(timer)
    worker?.terminate()
  })

  return { result, bank, part, checking, checkNow: check }
}
