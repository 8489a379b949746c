import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef, triggerRef, watch } from 'vue'
import type { Answer } from '@/domain/answers'
import { mergeAppeals, newAppeal, type Appeal } from '@/domain/appeals'
import { byTime, type Attempt } from '@/domain/attempts'
import {
  dueFacts,
  extendSchedule,
  fromSnapshot,
  nextDueAt,
  toSnapshot,
  type Schedule,
} from '@/domain/schedule'
import type { QuizQuestion } from '@/domain/quiz'
import {
  exportRecord,
  importRecord,
  mergeRecords,
  RECORD_VERSION,
  type LearningRecord,
  type RecordProblem,
} from '@/domain/record'
import { forgetAppeals, loadAppeals, saveAppeal } from '@/persistence/appeals'
import {
  appendAttempt,
  forgetLearner,
  loadAttempts,
  loadSchedule,
  rewriteAttempts,
  saveSchedule,
} from '@/persistence/attempts'
import { onOtherTabs, tellOtherTabs } from '@/persistence/channel'
import { newId } from './ids'
import { useLearnersStore } from './learners'
import { useNoticesStore } from './notices'

/** Seconds above this are a learner who walked away, not one who thought that long. */
const MAX_SECONDS = 600

/**
 * Why a progress file was not imported: the record's own reasons, a file that could not be read
 * at all (`unreadable`), or storage that would not take it (`notStored`). The page words it
 * (the `people` part's `peopleImport`).
 */
export type ImportProblem = RecordProblem | 'unreadable' | 'notStored'

/** `id` is given by a page that may appeal the answer later; otherwise a new one is made. */
export type NewAttempt = Omit<Attempt, 'id' | 'at' | 'seconds'> & { id?: string; shownAt: number }

/** Storage is switched off: the learner is told their progress goes with the tab. */
const NOT_KEPT = { kind: 'notKept' } as const
/** How long the schedule waits after a change before it is saved for the next visit. */
const SAVE_SCHEDULE_AFTER_MS = 2000

/** Adds an attempt where it belongs in a record sorted by time (almost always at the end). */
function insertByTime(list: Attempt[], attempt: Attempt) {
  let i = list.length
  while (i > 0 && byTime(list[i - 1]!, attempt) > 0) i--
  list.splice(i, 0, attempt)
}

/** Storage is full: the latest answers wait in the journal. */
const FULL = { kind: 'full' } as const

/** The current learner's record: every answer, kept in this browser, and what is derived from it. */
export const useProgressStore = defineStore('progress', () => {
  const learners = useLearnersStore()
  const learner = computed(() => learners.current)
  const attempts = shallowRef<Attempt[]>([])
  const appeals = shallowRef<Appeal[]>([])
  const loaded = ref(false)
  const notices = useNoticesStore()
  let loading: Promise<void> | undefined

  /** The schedule as of the last derivation, continued answer by answer (see extendSchedule). */
  let scheduled: Schedule | undefined

  function load(): Promise<void> {
    const id = learner.value.id
    loading ??= Promise.all([loadAttempts(id), loadSchedule(id)])
      .then(([{ attempts: found, damaged }, snapshot]) => {
        if (learner.value.id !== id) return
        if (snapshot) scheduled = fromSnapshot(snapshot)
        // Answers recorded while the record was loading join the stored ones, in time order.
        const stored = new Set(found.map((a) => a.id))
        const all = [...found]
        for (const a of attempts.value) if (!stored.has(a.id)) insertByTime(all, a)
        attempts.value = all
        appeals.value = mergeAppeals(loadAppeals(id), appeals.value)
        if (damaged > 0) {
          notices.show({ kind: 'damaged', answers: damaged })
        }
      })
      .catch(() => {
        notices.show(NOT_KEPT)
      })
      .finally(() => (loaded.value = true))
    return loading
  }

  /** Reads the record again from storage (another tab rewrote it, or the learner changed). */
  function reload(): Promise<void> {
    loading = undefined
    scheduled = undefined
    attempts.value = []
    appeals.value = []
    loaded.value = false
    return load()
  }

  watch(
    () => learner.value.id,
    () => void reload(),
  )

  onOtherTabs((message) => {
    if (message.kind === 'attempt' && message.learner === learner.value.id) {
      if (attempts.value.some((a) => a.id === message.attempt.id)) return
      insertByTime(attempts.value, message.attempt)
      triggerRef(attempts)
    } else if (message.kind === 'appeal' && message.learner === learner.value.id) {
      appeals.value = mergeAppeals(appeals.value, [message.appeal])
    } else if (message.kind === 'rewritten' && message.learner === learner.value.id) {
      void reload()
    }
  })

  /** Keeps one checked answer: in memory at once, and in the browser's storage right after. */
  async function recordAnswer(input: NewAttempt, now = Date.now()) {
    const { shownAt, id: given, ...rest } = input
    // A plain copy: answers arrive as Vue proxies, which IndexedDB cannot store.
    const attempt: Attempt = JSON.parse(
      JSON.stringify({
        ...rest,
        id: given ?? newId(),
        at: now,
        seconds: Math.min(MAX_SECONDS, Math.max(0, (now - shownAt) / 1000)),
      }),
    )
    const id = learner.value.id
    insertByTime(attempts.value, attempt)
    triggerRef(attempts)
    tellOtherTabs({ kind: 'attempt', learner: id, attempt })
    const result = await appendAttempt(id, attempt)
    if (result === 'full') notices.show(FULL)
    else if (result === 'unavailable') notices.show(NOT_KEPT)
  }

  /**
   * Keeps the learner's appeal against the verdict on one of their answers (the page gave the
   * answer's attempt id when recording it); an answer already appealed is left as it is.
   */
  function appeal(
    input: { attemptId: string; question: QuizQuestion; answer: Answer },
    now = Date.now(),
  ) {
    if (appeals.value.some((a) => a.attemptId === input.attemptId)) return
    const kept = newAppeal(input, now)
    const id = learner.value.id
    appeals.value = mergeAppeals(appeals.value, [kept])
    tellOtherTabs({ kind: 'appeal', learner: id, appeal: kept })
    const result = saveAppeal(id, kept)
    if (result === 'full') notices.show(FULL)
    else if (result === 'unavailable') notices.show(NOT_KEPT)
  }

  const record = (): LearningRecord => ({
    version: RECORD_VERSION,
    learner: learner.value,
    attempts: attempts.value,
    appeals: appeals.value,
  })

  /** The learner's whole record as a JSON file's text, with what other tabs have stored. */
  async function exportText(now = Date.now()): Promise<{ text: string; count: number }> {
    await load()
    const stored = await loadAttempts(learner.value.id).catch(() => undefined)
    const others = {
      ...record(),
      attempts: stored?.attempts ?? [],
      appeals: loadAppeals(learner.value.id),
    }
    const everything = mergeRecords(record(), others).record
    return { text: exportRecord(everything, now), count: everything.attempts.length }
  }

  /** Merges a progress file; a bad file changes nothing and says why (an ImportProblem). */
  async function importText(
    text: string,
  ): Promise<{ added: number; dropped: number } | { problem: ImportProblem }> {
    await load()
    const incoming = importRecord(text, learner.value)
    if (!incoming.record) return { problem: incoming.problem ?? 'unreadable' }
    let added = 0
    // Merged with what is stored now, so an answer another tab just saved is kept too.
    const saved = await rewriteAttempts(learner.value.id, (stored) => {
      const merged = mergeRecords({ ...record(), attempts: stored }, incoming.record!)
      added = merged.added
      return merged.record.attempts
    })
    if (saved.result !== 'saved') return { problem: 'notStored' }
    attempts.value = saved.attempts
    const id = learner.value.id
    const stored = loadAppeals(id)
    const kept = new Set(stored.map((a) => a.attemptId))
    for (const added of incoming.record.appeals.filter((a) => !kept.has(a.attemptId))) {
      if (saveAppeal(id, added) !== 'saved') notices.show(FULL)
    }
    appeals.value = mergeAppeals(stored, incoming.record.appeals)
    tellOtherTabs({ kind: 'rewritten', learner: learner.value.id })
    return { added, dropped: incoming.dropped }
  }

  /** Forgets every answer of this learner (the page asks first). */
  async function reset(): Promise<boolean> {
    const saved = await rewriteAttempts(learner.value.id, () => [])
    if (saved.result !== 'saved') return false
    attempts.value = []
    forgetAppeals(learner.value.id)
    appeals.value = []
    tellOtherTabs({ kind: 'rewritten', learner: learner.value.id })
    return true
  }

  /** Removes a learner from this device with their whole record (the page asks first). */
  async function removeLearner(id: string): Promise<boolean> {
    if (learners.learners.length === 1) return false
    if ((await forgetLearner(id)) !== 'saved') return false
    forgetAppeals(id)
    learners.remove(id)
    tellOtherTabs({ kind: 'rewritten', learner: id })
    return true
  }

  const schedule = computed(() => {
    scheduled = extendSchedule(scheduled, attempts.value)
    return scheduled.cards
  })
  let saveTimer: ReturnType<typeof setTimeout> | undefined
  let savedUpTo: string | undefined
  // Kept for the next visit, a little after the last change, so a page needs no full replay.
  watch(schedule, () => {
    clearTimeout(saveTimer)
    saveTimer = setTimeout(() => {
      const now = scheduled
      const mark = `${learner.value.id}|${now?.replayed}|${now?.lastId}`
      if (!now || !loaded.value || mark === savedUpTo) return
      savedUpTo = mark
      void saveSchedule(learner.value.id, toSnapshot(now))
    }, SAVE_SCHEDULE_AFTER_MS)
  })
  const dueAt = (now: number) => dueFacts(schedule.value, now)
  const nextDue = (now: number) => nextDueAt(schedule.value, now)

  return {
    learner,
    attempts,
    appeals,
    loaded,
    load,
    record: recordAnswer,
    appeal,
    exportText,
    importText,
    reset,
    removeLearner,
    schedule,
    dueAt,
    nextDue,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useProgressStore, import.meta.hot))
