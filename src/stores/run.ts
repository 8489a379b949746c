import { computed, shallowReactive, toRefs } from 'vue'
import type { Answer, Grade } from '@/domain/answers'
import { scoreQuiz } from '@/domain/answer-state'
import { grader, loadGrader } from './grader'
import type { QuizQuestion } from '@/domain/quiz'
import {
  appealAnswer,
  checkAnswer,
  currentAppeal,
  currentGrade,
  currentQuestion,
  draftAnswer,
  isFinished,
  keepAttempt,
  nextQuestion,
  startRun,
  wrongQuestions,
  type KeptRun,
  type RunState,
} from '@/domain/run'
import type { NewAttempt, useProgressStore } from './progress'

export interface CheckedAnswer {
  question: QuizQuestion
  answer: Answer
  grade: Grade
  now: number
  /** When the question appeared. */
  shownAt: number
}

/** What a page does besides the run itself: keep answers, appeals and results where they belong. */
export interface RunHooks {
  /** Keeps a checked answer; the id it is kept under lets the learner appeal it. */
  onCheck?: (checked: CheckedAnswer) => string | undefined
  onAppeal?: (
    appeal: { question: QuizQuestion; answer: Answer; attemptId: string },
    now: number,
  ) => void
  /** The last question's Next: the run is over. */
  onFinish?: (now: number) => void
  /** After every change, for a page that saves its run. */
  onChange?: (run: RunState) => void
}

/**
 * Hands the learner's record to `use`. Its code (IndexedDB, ts-fsrs, the schemas) is on no page's
 * first screen: it loads right after it (src/boot/later.ts), so it is in by the first check, and
 * `use` runs in the same task; before that, it comes with the first answer.
 */
export const withLearningRecord = (use: (record: ReturnType<typeof useProgressStore>) => void) =>
  void import('./progress').then(({ useProgressStore }) => use(useProgressStore()))

/** A checked answer as the learner's record takes it, under `id`. */
export const attemptOf = (
  { question, answer, grade, shownAt }: CheckedAnswer,
  id: string,
  context: NewAttempt['context'],
): NewAttempt => ({
  id,
  bank: question.bankId,
  question: question.id,
  facts: question.facts,
  type: question.type,
  answer,
  credit: grade.credit,
  context,
  shownAt,
})

/**
 * The question loop of the quiz, the lessons, the review and the kiosk, used inside their setup
 * stores: the rules are src/domain/run.ts's, the page's own work comes in as hooks.
 */
export function useRun(hooks: RunHooks = {}) {
  // Each field of the run is a ref of the store; a change sets only the fields it changes.
  const run = shallowReactive(startRun([], 0))

  /** Takes the state the rules gave, and says whether it is a new one. */
  function set(next: RunState) {
    if (next === run) return false
    Object.assign(run, next)
    hooks.onChange?.(run)
    return true
  }

  /** Checks the answer; with the grader not in yet (a check in the first moments), once it is. */
  function check(answer: Answer, now = Date.now()) {
    const grading = grader()
    if (!grading) return void loadGrader().then(() => check(answer, now))
    const checked = checkAnswer(run, answer, grading.gradeAnswer)
    if (checked === run) return
    const [question, grade] = [currentQuestion(checked)!, currentGrade(checked)!]
    const attemptId = hooks.onCheck?.({ question, answer, grade, now, shownAt: run.shownAt })
    set(attemptId ? keepAttempt(checked, attemptId) : checked)
  }

  function appeal(now = Date.now()) {
    if (!set(appealAnswer(run))) return
    const i = run.index
    hooks.onAppeal?.(
      { question: run.questions[i]!, answer: run.answers[i]!, attemptId: run.attemptIds[i]! },
      now,
    )
  }

  function next(now = Date.now()) {
    if (set(nextQuestion(run, now)) && isFinished(run)) hooks.onFinish?.(now)
  }

  return {
    ...toRefs(run),
    current: computed(() => currentQuestion(run)),
    currentGrade: computed(() => currentGrade(run)),
    currentAppeal: computed(() => currentAppeal(run)),
    finished: computed(() => isFinished(run)),
    score: computed(() => scoreQuiz(run.grades)),
    wrongQuestions: computed(() => wrongQuestions(run)),
    seconds: computed(() =>
      run.finishedAt === undefined ? 0 : Math.round((run.finishedAt - run.startedAt) / 1000),
    ),
    /** A run of `questions`, from the first or from where `kept` left it. */
    start: (questions: QuizQuestion[], now = Date.now(), kept?: KeptRun) =>
      void set(startRun(questions, now, kept)),
    draft: (answer: Answer) => void set(draftAnswer(run, answer)),
    check,
    appeal,
    next,
  }
}
