import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Bank } from '@/domain/bank'
import { reviewRound } from '@/domain/review'
import { useBanksStore } from './banks'
import { newId } from './ids'
import { useProgressStore } from './progress'
import { attemptOf, useRun } from './run'

/**
 * The review of what is due: each round asks one question on every fact due when it starts; when
 * a round is over, the next one takes what has come due since.
 */
export const useReviewStore = defineStore('review', () => {
  const progress = useProgressStore()
  const state = ref<'loading' | 'question' | 'nothing'>('loading')
  const reviewed = ref({ done: 0, right: 0 })
  /** Counts this visit's rounds: each has its own seed, and its own questions on screen. */
  const round = ref(0)
  const banks = useBanksStore()
  /** Only the latest visit may set the review: an older one still loading its banks is dropped. */
  let visits = 0

  const run = useRun({
    onCheck(checked) {
      const right = checked.grade.verdict === 'correct' ? 1 : 0
      reviewed.value = { done: reviewed.value.done + 1, right: reviewed.value.right + right }
      const id = newId()
      void progress.record(attemptOf(checked, id, 'review'), checked.now)
      return id
    },
    onAppeal: (appeal, now) => progress.appeal(appeal, now),
    onFinish: (now) => void startRound(visits, now),
  })

  /** Starts the review afresh, with every fact due now. */
  async function start(now = Date.now()) {
    const visit = ++visits
    state.value = 'loading'
    reviewed.value = { done: 0, right: 0 }
    round.value = 0
    await progress.load()
    if (visit === visits) await startRound(visit, now)
  }

  async function startRound(visit: number, now: number) {
    const due = progress.dueAt(now)
    const loaded = await Promise.all([...new Set(due.map((card) => card.bank))].map(banks.bank))
    if (visit !== visits) return
    const questions = reviewRound(
      due,
      loaded.filter((b): b is Bank => b !== undefined),
      progress.attempts,
      `review/${++round.value}`,
    )
    run.start(questions, now)
    state.value = questions.length > 0 ? 'question' : 'nothing'
  }

  /** When the next fact comes due, once nothing is. */
  const nextDue = computed(() =>
    state.value === 'nothing' ? progress.nextDue(Date.now()) : undefined,
  )

  return { state, reviewed, round, ...run, start, nextDue }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useReviewStore, import.meta.hot))
