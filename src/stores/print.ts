import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { Bank } from '@/domain/bank'
import { parseQuizQuery, type QuizRequest } from '@/domain/quiz-url'
import { worksheets } from '@/domain/worksheet'
import { useBanksStore } from './banks'

/**
 * The paper worksheet a `/print` URL asks for: the questions the quiz link with the same query
 * gives, in several seeded versions when `versions` says so, each with its answer key.
 */
export const usePrintStore = defineStore('print', () => {
  const banksStore = useBanksStore()
  const request = ref<QuizRequest>({ bankIds: [], params: { n: 0, seed: '' } })
  /** As the link asks; the domain keeps it within 1…MAX_VERSIONS. */
  const versions = ref(1)
  const banks = shallowRef<Bank[]>([])
  /** Banks on their way, the worksheet, or a bank that does not exist. */
  const loading = ref<'loading' | 'loaded' | 'missing'>('loading')
  /** The ids the URL names that are no bank. */
  const missing = ref<string[]>([])
  /** Only the latest opening may show its sheets: a slower, older bank load is dropped. */
  let openings = 0

  const sheets = computed(() =>
    loading.value === 'loaded' ? worksheets(banks.value, request.value.params, versions.value) : [],
  )

  /** Opens the worksheet a URL's query asks for, with its seed; loads the banks it needs. */
  async function open(query: Record<string, string | undefined>, seed: string) {
    const next = parseQuizQuery(query, seed)
    if (next.bankIds.length === 0 && banksStore.defaultBankId)
      next.bankIds = [banksStore.defaultBankId]
    const token = ++openings
    versions.value = Number.parseInt(query.versions ?? '', 10) || 1
    // Another version count or seed of the same banks is redrawn at once, without a loading flash.
    const sameBanks = next.bankIds.join(',') === request.value.bankIds.join(',')
    request.value = next
    if (sameBanks && loading.value === 'loaded') return
    loading.value = 'loading'
    const loaded = await banksStore.banks(next.bankIds)
    if (token !== openings) return
    missing.value = next.bankIds.filter((_, i) => !loaded[i])
    banks.value = loaded.filter((bank): bank is Bank => bank !== undefined)
    loading.value = missing.value.length > 0 || banks.value.length === 0 ? 'missing' : 'loaded'
  }

  return {
    request,
    missing,
    sheets,
    /** The page: loading, missing (no such bank), empty (no question matches) or ready. */
    state: computed(() => {
      if (loading.value !== 'loaded') return loading.value
      return sheets.value[0]?.questions.length ? 'ready' : 'empty'
    }),
    /** The banks' titles, joined when the worksheet mixes several. */
    title: computed(() => banks.value.map((b) => b.title).join(' · ')),
    /** The language the titles are written in: the banks', when they share one. */
    language: computed(() => {
      const languages = new Set(banks.value.map((b) => b.language))
      return languages.size === 1 ? [...languages][0] : undefined
    }),
    /** The texts the key's paragraph numbers point into. */
    sources: computed(() => banks.value.flatMap((b) => (b.source ? [b.source] : []))),
    open,
    /** Drops a worksheet still loading: the teacher has left the page. */
    close: () => void openings++,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(usePrintStore, import.meta.hot))
