import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Bank } from '@/domain/bank'
import { gradeAnswer, scoreQuiz, type Answer, type Grade } from '@/domain/grading'
import { composeQuiz, type QuizParams, type QuizQuestion } from '@/domain/quiz'

/** The quiz a learner is playing right now. */
export const useQuizStore = defineStore('quiz', () => {
  const bankId = ref('')
  const params = ref<QuizParams>({ n: 0, seed: '' })
  const questions = ref<QuizQuestion[]>([])
  const answers = ref<(Answer | undefined)[]>([])
  const grades = ref<(Grade | undefined)[]>([])
  /** The question on screen; equal to the number of questions once the results show. */
  const index = ref(0)

  const current = computed(() => questions.value[index.value])
  const currentGrade = computed(() => grades.value[index.value])
  const finished = computed(
    () => questions.value.length > 0 && index.value >= questions.value.length,
  )
  const score = computed(() => scoreQuiz(grades.value))
  const wrongIds = computed(() =>
    questions.value.filter((_, i) => grades.value[i]?.verdict !== 'correct').map((q) => q.id),
  )

  function start(bank: Bank, quizParams: QuizParams) {
    bankId.value = bank.id
    params.value = quizParams
    questions.value = composeQuiz(bank, quizParams)
    answers.value = questions.value.map(() => undefined)
    grades.value = questions.value.map(() => undefined)
    index.value = 0
  }

  function check(answer: Answer) {
    const question = current.value
    if (!question || currentGrade.value) return
    answers.value[index.value] = answer
    grades.value[index.value] = gradeAnswer(question, answer)
  }

  function next() {
    if (currentGrade.value) index.value++
  }

  return {
    bankId,
    params,
    questions,
    answers,
    grades,
    index,
    current,
    currentGrade,
    finished,
    score,
    wrongIds,
    start,
    check,
    next,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useQuizStore, import.meta.hot))

/** A fresh, URL-friendly seed for a quiz started without one. */
export function newSeed(): string {
  const [value = 0] = crypto.getRandomValues(new Uint32Array(1))
  return value.toString(36)
}
