import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { appealsToShow } from '@/domain/appeals'
import { dailyActivity } from '@/domain/progress'
import { factsToPractise, masteryByTopic, progressTotals } from '@/domain/progress-report'
import { t } from '@/i18n'
import { useLoadedBanks } from './loaded-banks'
import { useProgressStore, type ImportProblem } from './progress'

/** How many of the weakest facts the page offers to practise. */
const FACTS_TO_PRACTISE = 5

/** What the last export, import or reset did, worded when shown (in the page's language). */
type Outcome =
  | { kind: 'exported'; answers: number }
  | { kind: 'imported'; added: number; dropped: number }
  | { kind: 'notImported'; problem: ImportProblem }
  | { kind: 'reset'; done: boolean }

function words(outcome: Outcome): string {
  const said = t.progressData
  switch (outcome.kind) {
    case 'exported':
      return said.exported(outcome.answers)
    case 'imported':
      return outcome.dropped
        ? said.importedLeftOut(outcome.added, outcome.dropped)
        : said.imported(outcome.added)
    case 'notImported':
      return said.notImported(t.peopleImport[outcome.problem])
    case 'reset':
      return outcome.done ? said.wasReset : said.notReset
  }
}

/** The progress page: the banks its figures need, its clock, and export, import and reset. */
export const useProgressPageStore = defineStore('progress-page', () => {
  const progress = useProgressStore()
  /** The page's clock, set when it opens and when banks arrive: figures hold still while read. */
  const now = ref(Date.now())
  /** What the last export, import or reset did; words in the interface's language. */
  const outcome = ref<Outcome>()
  const message = computed(() => (outcome.value ? words(outcome.value) : ''))

  /** A new visit: the clock set, the last visit's message gone, the record loaded. */
  function open(at = Date.now()): Promise<void> {
    now.value = at
    outcome.value = undefined
    return progress.load()
  }

  // Only the banks the learner has answered in, or appealed in, are loaded; the clock is set
  // again when they arrive.
  const { banks } = useLoadedBanks(
    () => new Set([...progress.attempts, ...progress.appeals].map((a) => a.bank)),
    () => (now.value = Date.now()),
  )

  const timeZoneOffset = computed(() => new Date(now.value).getTimezoneOffset())
  const totals = computed(() => progressTotals(progress.attempts, now.value, timeZoneOffset.value))
  const days = computed(() => dailyActivity(progress.attempts, now.value, timeZoneOffset.value))
  const perBank = computed(() =>
    banks.value.map((bank) => ({
      bank,
      topics: masteryByTopic(bank, progress.attempts, progress.schedule, now.value),
    })),
  )
  const weakest = computed(() => factsToPractise(progress.attempts, banks.value, FACTS_TO_PRACTISE))
  const appeals = computed(() => appealsToShow(progress.appeals, banks.value))

  /** The whole record as a file to download; the page saves it (a download is the browser's). */
  async function exportProgress(at = Date.now()): Promise<{ text: string; name: string }> {
    const { text, count } = await progress.exportText(at)
    outcome.value = { kind: 'exported', answers: count }
    return { text, name: `factline-progress-${new Date(at).toISOString().slice(0, 10)}.json` }
  }

  async function importProgress(text: string) {
    const result = await progress.importText(text)
    outcome.value =
      'problem' in result
        ? { kind: 'notImported', problem: result.problem }
        : { kind: 'imported', ...result }
  }

  /** Forgets the learner's answers; the page has asked first. */
  async function resetProgress() {
    outcome.value = { kind: 'reset', done: await progress.reset() }
  }

  return {
    learner: computed(() => progress.learner),
    loaded: computed(() => progress.loaded),
    banks,
    now,
    message,
    totals,
    days,
    perBank,
    weakest,
    appeals,
    open,
    exportProgress,
    importProgress,
    resetProgress,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useProgressPageStore, import.meta.hot))
