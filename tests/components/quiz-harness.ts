import { defineComponent, h } from 'vue'
import QuestionCard from '@/components/question/QuestionCard.vue'
import { useQuizStore } from '@/stores/quiz'

/** The question card wired to the real quiz store, as the quiz page wires it. */
export const QuizHarness = defineComponent(() => {
  const quiz = useQuizStore()
  return () =>
    quiz.current
      ? h(QuestionCard, {
          key: quiz.index,
          question: quiz.current,
          number: quiz.index + 1,
          total: quiz.questions.length,
          grade: quiz.currentGrade,
          answer: quiz.answers[quiz.index],
          appeal: quiz.currentAppeal,
          onCheck: quiz.check,
          onDraft: quiz.draft,
          onAppeal: () => quiz.appeal(),
          onNext: () => quiz.next(),
        })
      : h('p', 'done')
})
