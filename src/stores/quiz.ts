import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Bank } from '@/domain/bank'
import { composeQuiz, type QuizParams } from '@/domain/quiz'
import { DRAFT_BANK_ID } from '@/domain/quiz-url'
import type { RunState } from '@/domain/run'
import { afterFirstScreen } from '@/first-screen'
import { sessionState } from '@/persistence'
import { newId } from './ids'
import { attemptOf, useRun } from './run'
import type { SavedQuiz } from './saved-quiz'

/** The last few quizzes of this tab stay, so Back to an earlier quiz finds its answers and results. */
const KEPT_QUIZZES = 5
const INDEX = 'quizzes'
const savedKey = (id: string) => `quiz:${id}`
const quizIdOf = (bankIds: readonly string[], params: QuizParams) =>
  JSON.stringify([bankIds, params])

/**
 * The learner's record (IndexedDB, ts-fsrs) loads once the first question is up (main.ts), so it
 * is there by the first `Check answer` and records synchronously, journal first.
 */
type ProgressModule = typeof import('./progress')
let progressModule: ProgressModule | undefined
const loadProgress = () => import('./progress').then((m) => (progressModule = m))
void afterFirstScreen(loadProgress)
const withProgress = (use: (progress: ReturnType<ProgressModule['useProgressStore']>) => void) => {
  const act = ({ useProgressStore }: ProgressModule) => use(useProgressStore())
  if (progressModule) act(progressModule)
  else void loadProgress().then(act)
}

/** The quiz a learner is playing now; kept in the tab's session so a reload loses nothing. */
export const useQuizStore = defineStore('quiz', () => {
  const bankIds = ref<string[]>([])
  const params = ref<QuizParams>({ n: 0, seed: '' })
  /** The ids of this tab's saved quizzes, oldest first; read from the session on the first start. */
  let kept: string[] | undefined
  /** Only the latest start may set the quiz: an older one still reading its save is dropped. */
  let starts = 0

  const run = useRun({
    onCheck(checked) {
      // A draft tried in the studio is the teacher's test, not anyone's learning.
      if (checked.question.bankId === DRAFT_BANK_ID) return undefined
      const id = newId()
      withProgress((progress) => void progress.record(attemptOf(checked, id, 'quiz'), checked.now))
      return id
    },
    onAppeal: (appeal, now) => withProgress((progress) => progress.appeal(appeal, now)),
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

  return {
    bankIds,
    params,
    id,
    wrongKeys,
    ...run,
    start,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useQuizStore, import.meta.hot))
