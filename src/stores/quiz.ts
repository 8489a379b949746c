import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Answer, Grade } from '@/domain/answers'
import type { Bank } from '@/domain/bank'
import { gradeAnswer, scoreQuiz } from '@/domain/grading'
import { composeQuiz, type QuizParams, type QuizQuestion } from '@/domain/quiz'
import { DRAFT_BANK_ID } from '@/domain/quiz-url'
import { afterFirstScreen } from '@/first-screen'
import { sessionState } from '@/persistence'
import { newId } from './ids'
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

/** The quiz a learner is playing now; kept in the tab's session so a reload loses nothing. */
export const useQuizStore = defineStore('quiz', () => {
  const bankIds = ref<string[]>([])
  const params = ref<QuizParams>({ n: 0, seed: '' })
  const questions = ref<QuizQuestion[]>([])
  /** Checked answers, and the one being written on the current question. */
  const answers = ref<(Answer | undefined)[]>([])
  const grades = ref<(Grade | undefined)[]>([])
  /** Each checked answer's id in the learner's record (none for a studio draft), to appeal it. */
  const attemptIds = ref<(string | undefined)[]>([])
  const appealed = ref<boolean[]>([])
  /** The question on screen; equal to the number of questions once the results show. */
  const index = ref(0)
  const startedAt = ref(0)
  const finishedAt = ref<number | undefined>(undefined)
  /** When the current question appeared: the time an answer took goes into the learner's record. */
  let shownAt = 0
  /** The ids of this tab's saved quizzes, oldest first; read from the session on the first start. */
  let kept: string[] | undefined
  /** Only the latest start may set the quiz: an older one still reading its save is dropped. */
  let starts = 0

  const id = computed(() => quizIdOf(bankIds.value, params.value))
  const current = computed(() => questions.value[index.value])
  const currentGrade = computed(() => grades.value[index.value])
  /** Whether the learner may appeal the current answer, or has. */
  const currentAppeal = computed(() =>
    attemptIds.value[index.value] ? (appealed.value[index.value] ? 'kept' : 'open') : undefined,
  )
  const finished = computed(
    () => questions.value.length > 0 && index.value >= questions.value.length,
  )
  const score = computed(() => scoreQuiz(grades.value))
  const wrongKeys = computed(() =>
    questions.value.filter((_, i) => grades.value[i]?.verdict !== 'correct').map((q) => q.key),
  )
  const seconds = computed(() =>
    finishedAt.value === undefined ? 0 : Math.round((finishedAt.value - startedAt.value) / 1000),
  )

  function save() {
    kept = (kept ?? []).filter((other) => other !== id.value)
    kept.push(id.value)
    for (const old of kept.splice(0, Math.max(0, kept.length - KEPT_QUIZZES)))
      sessionState.remove(savedKey(old))
    sessionState.write(INDEX, kept)
    sessionState.write(savedKey(id.value), {
      v: 2,
      keys: questions.value.map((q) => q.key),
      answers: answers.value.map((a) => a ?? null),
      grades: grades.value.map((g) => g ?? null),
      attempts: attemptIds.value.map((a) => a ?? null),
      appealed: appealed.value,
      index: index.value,
      startedAt: startedAt.value,
      finishedAt: finishedAt.value ?? null,
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
    const composed = composeQuiz(banks, quizParams)
    const saved = await readSaved(
      quizIdOf(
        banks.map((b) => b.id),
        quizParams,
      ),
    )
    if (token !== starts) return
    bankIds.value = banks.map((b) => b.id)
    params.value = quizParams
    questions.value = composed
    const keys = questions.value.map((q) => q.key)
    const resume = saved !== undefined && saved.keys.join('\n') === keys.join('\n')
    answers.value = questions.value.map(
      (_, i) => (resume ? saved.answers[i] : undefined) ?? undefined,
    )
    grades.value = questions.value.map(
      (_, i) => (resume ? saved.grades[i] : undefined) ?? undefined,
    )
    attemptIds.value = questions.value.map(
      (_, i) => (resume ? saved.attempts?.[i] : undefined) ?? undefined,
    )
    appealed.value = questions.value.map((_, i) => (resume && saved.appealed?.[i]) || false)
    index.value = resume ? Math.min(saved.index, questions.value.length) : 0
    startedAt.value = resume ? saved.startedAt : now
    finishedAt.value = resume ? (saved.finishedAt ?? undefined) : undefined
    shownAt = now
    save()
  }

  /** Keeps what the learner has entered so far on the current question. */
  function draft(answer: Answer) {
    if (!current.value || currentGrade.value) return
    answers.value[index.value] = answer
    save()
  }

  function check(answer: Answer, now = Date.now()) {
    const question = current.value
    if (!question || currentGrade.value) return
    const grade = gradeAnswer(question, answer)
    answers.value[index.value] = answer
    grades.value[index.value] = grade
    // A draft tried in the studio is the teacher's test, not anyone's learning.
    const id = question.bankId === DRAFT_BANK_ID ? undefined : newId()
    attemptIds.value[index.value] = id
    save()
    if (!id) return
    const attempt = {
      id,
      bank: question.bankId,
      question: question.id,
      facts: question.facts,
      type: question.type,
      answer,
      credit: grade.credit,
      context: 'quiz',
      shownAt,
    } as const
    const record = ({ useProgressStore }: ProgressModule) => useProgressStore().record(attempt, now)
    if (progressModule) void record(progressModule)
    else void loadProgress().then(record)
  }

  /** The learner's "my answer should count" on the current answer: kept, the verdict unchanged. */
  function appeal(now = Date.now()) {
    const question = current.value
    const attemptId = attemptIds.value[index.value]
    const answer = answers.value[index.value]
    if (!question || !attemptId || !answer || currentGrade.value?.verdict === 'correct') return
    if (appealed.value[index.value]) return
    appealed.value[index.value] = true
    save()
    const keep = ({ useProgressStore }: ProgressModule) =>
      useProgressStore().appeal({ attemptId, question, answer }, now)
    if (progressModule) keep(progressModule)
    else void loadProgress().then(keep)
  }

  function next(now = Date.now()) {
    if (!currentGrade.value) return
    index.value++
    shownAt = now
    if (index.value >= questions.value.length) finishedAt.value = now
    save()
  }

  return {
    bankIds,
    params,
    questions,
    answers,
    grades,
    index,
    startedAt,
    finishedAt,
    id,
    current,
    currentGrade,
    currentAppeal,
    finished,
    score,
    wrongKeys,
    seconds,
    start,
    draft,
    check,
    appeal,
    next,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useQuizStore, import.meta.hot))
