import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Bank } from '@/domain/bank'
import { composeQuiz, type QuizParams } from '@/domain/quiz'
import { DRAFT_BANK_ID, parseQuizQuery, quizQuery, type QuizRequest } from '@/domain/quiz-url'
import type { RunState } from '@/domain/run'
import { sessionState } from '@/persistence'
import { useBanksStore } from './banks'
import { newId } from './ids'
import { attemptOf, useRun, withLearningRecord } from './run'
import type { SavedQuiz } from './saved-quiz'
import { t } from '@/i18n'

/** The last few quizzes of this tab stay, so Back to an earlier quiz finds its answers and results. */
const KEPT_QUIZZES = 5
const INDEX = 'quizzes'
const savedKey = (id: string) => `quiz:${id}`
const quizIdOf = (bankIds: readonly string[], params: QuizParams) =>
  JSON.stringify([bankIds, params])

/**
 * The quiz a learner is playing now, from the URL that asks for it; kept in the tab's session so
 * a reload loses nothing.
 */
export const useQuizStore = defineStore('quiz', () => {
  const banks = useBanksStore()
  const bankIds = ref<string[]>([])
  const params = ref<QuizParams>({ n: 0, seed: '' })
  /** The page: banks on their way, a quiz, a bank that does not exist, or no question to ask. */
  const state = ref<'loading' | 'ready' | 'missing' | 'empty'>('loading')
  /** The ids the URL names that are no bank. */
  const missing = ref<string[]>([])
  const titles = ref<string[]>([])
  /** Only the latest opening may show its quiz: a slower, older bank load is dropped. */
  let openings = 0
  /** The ids of this tab's saved quizzes, oldest first; read from the session on the first start. */
  let kept: string[] | undefined
  /** Only the latest start may set the quiz: an older one still reading its save is dropped. */
  let starts = 0

  const run = useRun({
    onCheck(checked) {
      // A draft tried in the studio is the teacher's test, not anyone's learning.
      if (checked.question.bankId === DRAFT_BANK_ID) return undefined
      const id = newId()
      withLearningRecord(
        (progress) => void progress.record(attemptOf(checked, id, 'quiz'), checked.now),
      )
      return id
    },
    onAppeal: (appeal, now) => withLearningRecord((progress) => progress.appeal(appeal, now)),
    onChange: save,
  })

  const id = computed(() => quizIdOf(bankIds.value, params.value))
  const wrongKeys = computed(() => run.wrongQuestions.value.map((q) => q.key))

  function save(state: RunState) {
    kept = (kept ?? []).filter((other) => other !== id.value)
    kept.push(id.value)
    for (const old of kept.splice(0, Math.max(0, kept.length - KEPT_QUIZZES)))
      sessionState.remove(savedKey(old))
    sessionState.write(INDEX, kept)
    sessionState.write(savedKey(id.value), {
      v: 2,
      keys: state.questions.map((q) => q.key),
      answers: state.answers.map((a) => a ?? null),
      grades: state.grades.map((g) => g ?? null),
      attempts: state.attemptIds.map((a) => a ?? null),
      appealed: state.appealed,
      index: state.index,
      startedAt: state.startedAt,
      finishedAt: state.finishedAt ?? null,
    } satisfies SavedQuiz)
  }

  /** A fresh tab has nothing saved: then the schemas that check a save are never loaded. */
  async function readSaved(quizId: string): Promise<SavedQuiz | undefined> {
    const hasQuiz = sessionState.has(savedKey(quizId))
    if (kept !== undefined && !hasQuiz) return undefined
    if (!hasQuiz && !sessionState.has(INDEX)) {
      kept = []
      return undefined
    }
    const saved = await import('./saved-quiz')
    kept ??= saved.readQuizIndex(INDEX)
    return hasQuiz ? saved.readSavedQuiz(savedKey(quizId)) : undefined
  }

  /** Starts the quiz, or picks up where this tab left it when it is the same quiz. */
  async function start(banks: Bank[], quizParams: QuizParams, now = Date.now()) {
    const token = ++starts
    const questions = composeQuiz(banks, quizParams)
    const saved = await readSaved(
      quizIdOf(
        banks.map((b) => b.id),
        quizParams,
      ),
    )
    if (token !== starts) return
    bankIds.value = banks.map((b) => b.id)
    params.value = quizParams
    // A save of other questions (the bank has changed) is no answer to these.
    const same = saved?.keys.join('\n') === questions.map((q) => q.key).join('\n')
    run.start(questions, now, same ? { ...saved, attemptIds: saved.attempts } : {})
  }

  const request = computed((): QuizRequest => ({ bankIds: bankIds.value, params: params.value }))

  /** Opens the quiz a URL's query asks for, with its seed: loads the banks, then starts it. */
  async function open(query: Record<string, string | undefined>, seed: string) {
    const request = parseQuizQuery(query, seed)
    if (request.bankIds.length === 0 && banks.defaultBankId) request.bankIds = [banks.defaultBankId]
    state.value = 'loading'
    const token = ++openings
    const loaded = await banks.banks(request.bankIds)
    if (token !== openings) return
    missing.value = request.bankIds.filter((_, i) => !loaded[i])
    const found = loaded.filter((bank): bank is Bank => bank !== undefined)
    if (missing.value.length > 0 || found.length === 0) {
      state.value = 'missing'
      return
    }
    titles.value = found.map((b) => b.title)
    await start(found, request.params)
    if (token === openings) state.value = run.questions.value.length > 0 ? 'ready' : 'empty'
  }

  return {
    bankIds,
    params,
    id,
    wrongKeys,
    state,
    missing,
    request,
    /** The address that gives anyone this quiz, the same questions in the same order. */
    shareUrl: computed(() => {
      const query = new URLSearchParams(quizQuery(request.value))
      return `${window.location.origin}${import.meta.env.BASE_URL}quiz?${query}`
    }),
    /** The paper worksheet of this quiz (router path): the same questions, laid out to print. */
    worksheetUrl: computed(() => `/print?${new URLSearchParams(quizQuery(request.value))}`),
    title: computed(() =>
      titles.value.length === 1 ? t.quiz.named(titles.value[0]!) : t.quiz.title,
    ),
    fromStudio: computed(() => bankIds.value.includes(DRAFT_BANK_ID)),
    ...run,
    start,
    open,
    /** Drops a quiz still loading: the learner has left the page. */
    close: () => void openings++,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useQuizStore, import.meta.hot))
