import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef, triggerRef } from 'vue'
import type { Attempt } from '@/domain/attempts'
import { dueFacts, nextDueAt, scheduleFacts } from '@/domain/schedule'
import { exportRecord, importRecord, mergeRecords } from '@/domain/record'
import { appendAttempt, loadAttempts, replaceAttempts } from '@/persistence/attempts'
import { useNoticesStore } from './notices'

/** Seconds above this are a learner who walked away, not one who thought that long. */
const MAX_SECONDS = 600

export type NewAttempt = Omit<Attempt, 'id' | 'at' | 'seconds'> & { shownAt: number }

/** The learner's record: every answer, kept in this browser, and what is derived from it. */
export const useProgressStore = defineStore('progress', () => {
  const learner = ref({ id: 'default', name: 'Me' })
  const attempts = shallowRef<Attempt[]>([])
  const loaded = ref(false)
  const notices = useNoticesStore()
  let loading: Promise<void> | undefined

  function load(): Promise<void> {
    loading ??= loadAttempts(learner.value.id)
      .then(({ attempts: found, damaged }) => {
        // Answers recorded while the record was loading come after the stored ones.
        attempts.value = [
          ...found,
          ...attempts.value.filter((a) => !found.some((f) => f.id === a.id)),
        ]
        if (damaged > 0) {
          notices.show(
            `${damaged} saved answer${damaged === 1 ? ' was' : 's were'} damaged and could not be read. A copy was kept aside; the rest of your progress is here.`,
          )
        }
      })
      .catch(() => {
        notices.show(
          'This browser does not let Factline keep your progress (storage is switched off), so it will be lost when you close the tab.',
        )
      })
      .finally(() => (loaded.value = true))
    return loading
  }

  /** Keeps one checked answer: in memory at once, and in the browser's storage right after. */
  async function recordAnswer(input: NewAttempt, now = Date.now()) {
    const { shownAt, ...rest } = input
    // A plain copy: answers arrive as Vue proxies, which IndexedDB cannot store.
    const attempt: Attempt = JSON.parse(
      JSON.stringify({
        ...rest,
        id: crypto.randomUUID(),
        at: now,
        seconds: Math.min(MAX_SECONDS, Math.max(0, (now - shownAt) / 1000)),
      }),
    )
    attempts.value.push(attempt)
    triggerRef(attempts)
    const result = await appendAttempt(learner.value.id, attempt)
    if (result === 'full') {
      notices.show(
        'The browser’s storage is full, so your latest answers are not saved. Your earlier progress is safe; free some space or export your progress.',
      )
    } else if (result === 'unavailable') {
      notices.show(
        'This browser does not let Factline keep your progress (storage is switched off), so it will be lost when you close the tab.',
      )
    }
  }

  const record = () => ({ version: 2 as const, learner: learner.value, attempts: attempts.value })

  /** The learner's whole record as a JSON file's text. */
  function exportText(now = Date.now()): string {
    return exportRecord(record(), now)
  }

  /** Merges a progress file; a bad file changes nothing and says why in one plain sentence. */
  async function importText(
    text: string,
  ): Promise<{ added: number; dropped: number } | { problem: string }> {
    await load()
    const incoming = importRecord(text, learner.value)
    if (!incoming.record) return { problem: incoming.problem ?? 'The file could not be read.' }
    const merged = mergeRecords(record(), incoming.record)
    const saved = await replaceAttempts(learner.value.id, merged.record.attempts)
    if (saved !== 'saved')
      return { problem: 'The browser would not store the imported progress; nothing was changed.' }
    attempts.value = merged.record.attempts
    return { added: merged.added, dropped: incoming.dropped }
  }

  /** Forgets every answer of this learner (the page asks first). */
  async function reset(): Promise<boolean> {
    const saved = await replaceAttempts(learner.value.id, [])
    if (saved === 'saved') attempts.value = []
    return saved === 'saved'
  }

  const schedule = computed(() => scheduleFacts(attempts.value))
  const dueAt = (now: number) => dueFacts(schedule.value, now)
  const nextDue = (now: number) => nextDueAt(schedule.value, now)

  return {
    learner,
    attempts,
    loaded,
    load,
    record: recordAnswer,
    exportText,
    importText,
    reset,
    schedule,
    dueAt,
    nextDue,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useProgressStore, import.meta.hot))
