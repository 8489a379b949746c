import type { Answer, Grade } from './answers.ts'
import type { QuizQuestion } from './quiz.ts'

/**
 * A learner's way through a list of questions: answer, check, perhaps appeal, go on. The quiz, a
 * lesson's questions, the review and the kiosk each hold one. Every change below is a new state,
 * the old one untouched; a change the rules don't allow gives back the same state.
 */
export interface RunState {
  questions: QuizQuestion[]
  /** Checked answers, and the one being written on the current question. */
  answers: (Answer | undefined)[]
  grades: (Grade | undefined)[]
  /** Where the host kept each checked answer (the learner's record, the kiosk tally), to appeal it. */
  attemptIds: (string | undefined)[]
  appealed: boolean[]
  /** The question on screen; equal to the number of questions once the run is over. */
  index: number
  startedAt: number
  finishedAt?: number
  /** When the current question appeared: the time an answer took goes with it. */
  shownAt: number
}

/** What was kept of a run to pick it up again; saved copies use null for "nothing". */
export interface KeptRun {
  answers?: readonly (Answer | null | undefined)[]
  grades?: readonly (Grade | null | undefined)[]
  attemptIds?: readonly (string | null | undefined)[]
  appealed?: readonly (boolean | undefined)[]
  index?: number
  startedAt?: number
  finishedAt?: number | null
}

const replace = <T>(list: T[], index: number, value: T) =>
  list.map((old, i) => (i === index ? value : old))

/** A run of `questions` from the first one, or from where `kept` left it; the clock starts `now`. */
export function startRun(questions: QuizQuestion[], now: number, kept: KeptRun = {}): RunState {
  const each = <T>(list: readonly (T | null | undefined)[] = []) =>
    questions.map((_, i) => list[i] ?? undefined)
  return {
    questions,
    answers: each(kept.answers),
    grades: each(kept.grades),
    attemptIds: each(kept.attemptIds),
    appealed: questions.map((_, i) => kept.appealed?.[i] ?? false),
    index: Math.min(kept.index ?? 0, questions.length),
    startedAt: kept.startedAt ?? now,
    finishedAt: kept.finishedAt ?? undefined,
    shownAt: now,
  }
}

export const currentQuestion = (run: RunState) => run.questions[run.index]
export const currentGrade = (run: RunState) => run.grades[run.index]
export const isFinished = (run: RunState) =>
  run.questions.length > 0 && run.index >= run.questions.length
/** Every question not answered with full credit. */
export const wrongQuestions = (run: RunState) =>
  run.questions.filter((_, i) => run.grades[i]?.verdict !== 'correct')

/** Whether the current answer may be appealed ('open'), was ('kept'), or neither. */
export function currentAppeal(run: RunState): 'open' | 'kept' | undefined {
  const i = run.index
  if (run.appealed[i]) return 'kept'
  const grade = run.grades[i]
  return grade && grade.verdict !== 'correct' && run.attemptIds[i] ? 'open' : undefined
}

/** Keeps what the learner has entered so far on the current question, until it is checked. */
export function draftAnswer(run: RunState, answer: Answer): RunState {
  if (!currentQuestion(run) || currentGrade(run)) return run
  return { ...run, answers: replace(run.answers, run.index, answer) }
}

/**
 * Grades the current question's answer, once, with `grade` (grading.ts's `gradeAnswer`, passed in
 * so that the run's code does not bring the grader to the first screen: see stores/grader.ts).
 */
export function checkAnswer(
  run: RunState,
  answer: Answer,
  grade: (question: QuizQuestion, answer: Answer) => Grade,
): RunState {
  const question = currentQuestion(run)
  if (!question || currentGrade(run)) return run
  return {
    ...run,
    answers: replace(run.answers, run.index, answer),
    grades: replace(run.grades, run.index, grade(question, answer)),
  }
}

/** The host kept the checked answer under `attemptId`: from now on it can be appealed. */
export function keepAttempt(run: RunState, attemptId: string): RunState {
  if (!currentGrade(run)) return run
  return { ...run, attemptIds: replace(run.attemptIds, run.index, attemptId) }
}

/** The learner's "my answer should count": once, on a kept answer that was not fully right. */
export function appealAnswer(run: RunState): RunState {
  if (currentAppeal(run) !== 'open') return run
  return { ...run, appealed: replace(run.appealed, run.index, true) }
}

/** On to the next question once the current one has its verdict; past the last, the run is over. */
export function nextQuestion(run: RunState, now: number): RunState {
  if (!currentGrade(run)) return run
  const index = run.index + 1
  return {
    ...run,
    index,
    shownAt: now,
    ...(index >= run.questions.length ? { finishedAt: now } : {}),
  }
}
