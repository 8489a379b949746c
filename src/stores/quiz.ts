import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { z } from 'zod'
import type { Bank } from '@/domain/bank'
import { AnswerSchema, GradeSchema, type Answer, type Grade } from '@/domain/answers'
import { gradeAnswer, scoreQuiz } from '@/domain/grading'
import { composeQuiz, type QuizParams, type QuizQuestion } from '@/domain/quiz'
import { DRAFT_BANK_ID } from '@/domain/quiz-url'
import { sessionState } from '@/persistence'
import { useProgressStore } from './progress'

/** The last few quizzes of this tab stay, so Back to an earlier quiz finds its answers and results. */
const KEPT_QUIZZES = 5
const INDEX = 'quizzes'
const savedKey = (id: string) => `quiz:${id}`
const IndexSchema = z.array(z.string())
const SavedQuizSchema = z.object({
  v: z.literal(2),
  /** The questions the answers belong to: a changed bank never pairs an answer with another question. */
  keys: z.array(z.string()),
  answers: z.array(AnswerSchema.nullable()),
  grades: z.array(GradeSchema.nullable()),
  index: z.int().min(0),
  startedAt: z.number(),
  finishedAt: z.number().nullable(),
})

/** The quiz a learner is playing now; kept in the tab's session so a reload loses nothing. */
export const useQuizStore = defineStore('quiz', () => {
  const bankIds = ref<string[]>([])
  const params = ref<QuizParams>({ n: 0, seed: '' })
  const questions = ref<QuizQuestion[]>([])
  /** Checked answers, and the one being written on the current question. */
  const answers = ref<(Answer | undefined)[]>([])
  const grades = ref<(Grade | undefined)[]>([])
  /** The question on screen; equal to the number of questions once the results show. */
  const index = ref(0)
  const startedAt = ref(0)
  const finishedAt = ref<number | undefined>(undefined)
  /** When the current question appeared: the time an answer took goes into the learner's record. */
  let shownAt = 0

  const id = computed(() => JSON.stringify([bankIds.value, params.value]))
  const current = computed(() => questions.value[index.value])
  const currentGrade = computed(() => grades.value[index.value])
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
    const kept = (sessionState.read(INDEX, IndexSchema) ?? []).filter((other) => other !== id.value)
    kept.push(id.value)
    for (const old of kept.splice(0, Math.max(0, kept.length - KEPT_QUIZZES)))
      sessionState.remove(savedKey(old))
    sessionState.write(INDEX, kept)
    sessionState.write(savedKey(id.value), {
      v: 2,
      keys: questions.value.map((q) => q.key),
      answers: answers.value.map((a) => a ?? null),
      grades: grades.value.map((g) => g ?? null),
      index: index.value,
      startedAt: startedAt.value,
      finishedAt: finishedAt.value ?? null,
    })
  }

  /** Starts the quiz, or picks up where this tab left it when it is the same quiz. */
  function start(banks: Bank[], quizParams: QuizParams, now = Date.now()) {
    bankIds.value = banks.map((b) => b.id)
    params.value = quizParams
    questions.value = composeQuiz(banks, quizParams)
    const saved = sessionState.read(savedKey(id.value), SavedQuizSchema)
    const keys = questions.value.map((q) => q.key)
    const resume = saved !== undefined && saved.keys.join('\n') === keys.join('\n')
    answers.value = questions.value.map(
      (_, i) => (resume ? saved.answers[i] : undefined) ?? undefined,
    )
    grades.value = questions.value.map(
      (_, i) => (resume ? saved.grades[i] : undefined) ?? undefined,
    )
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
    save()
    // A draft tried in the studio is the teacher's test, not anyone's learning.
    if (question.bankId === DRAFT_BANK_ID) return
    void useProgressStore().record(
      {
        bank: question.bankId,
        question: question.id,
        facts: question.facts,
        type: question.type,
        answer,
        credit: grade.credit,
        context: 'quiz',
        shownAt,
      },
      now,
    )
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
    finished,
    score,
    wrongKeys,
    seconds,
    start,
    draft,
    check,
    next,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useQuizStore, import.meta.hot))
