import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { appealsToShow } from '@/domain/appeals'
import { dailyActivity } from '@/domain/progress'
import { factsToPractise, masteryByTopic, progressTotals } from '@/domain/progress-report'
import { useLoadedBanks } from './loaded-banks'
import { useProgressStore } from './progress'

/** How many of the weakest facts the page offers to practise. */
const FACTS_TO_PRACTISE = 5

/** The progress page: the banks its figures need, its clock, and export, import and reset. */
export const useProgressPageStore = defineStore('progress-page', () => {
  const progress = useProgressStore()
  /** The page's clock, set when it opens and when banks arrive: figures hold still while read. */
  const now = ref(Date.now())
  /** What the last export, import or reset did. */
  const message = ref('')

  /** A new visit: the clock set, the last visit's message gone, the record loaded. */
  function open(at = Date.now()): Promise<void> {
    now.value = at
    message.value = ''
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
    message.value = `Exported ${count} answer${count === 1 ? '' : 's'}.`
    return { text, name: `factline-progress-${new Date(at).toISOString().slice(0, 10)}.json` }
  }

  async function importProgress(text: string) {
    const result = await progress.importText(text)
    message.value =
      'problem' in result
        ? `Nothing was imported: ${result.problem}`
        : `Imported ${result.added} new answer${result.added === 1 ? '' : 's'}${result.dropped ? ` (${result.dropped} damaged ones left out)` : ''}.`
  }

  /** Forgets the learner's answers; the page has asked first. */
  async function resetProgress() {
    message.value = (await progress.reset())
      ? 'Your progress was reset.'
      : 'The browser would not reset your progress.'
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
