import { defineStore } from 'pinia'
import { ref } from 'vue'
import { composeQuiz, type QuizQuestion } from '@/domain/quiz'
import { packRun, readSuspended, restoreRun } from '@/domain/lms/suspend'
import type { PackageSettings } from '@/domain/lms/package-settings'
import type { RunState } from '@/domain/run'
import type { CourseSession, Launch } from '@/lms/course'
import { loadBank } from 'virtual:factline/bank-loader'
import { registerRichTexts } from '@/rich-text/registry'
import { loadGrader } from './grader'
import { newSeed } from './ids'
import { useRun, type CheckedAnswer } from './run'

/** What the learner is told of the link to their course. */
export type Connection = 'none' | CourseSession['kind']

/**
 * What went wrong with the course system, for the page to word: it refused a value (`refused`)
 * or did not answer the launch (`unreachable`); `detail` is the system's own report.
 */
export type CourseProblem = { kind: 'refused' | 'unreachable'; detail: string }
/** Said once on opening: `changed`, the kept answers belong to another quiz, which starts again. */
export type CourseNote = 'changed'

const detailOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * The quiz of a course package (SCORM or cmi5), launched by a school's LMS: no router, no
 * learner record and no saved quizzes, since the LMS keeps the record. Each checked answer is
 * reported as it is made, with the place to resume from; the end reports the score. Calls to the
 * course system go one after another, in the order of the answers.
 */
export const useCourseStore = defineStore('course', () => {
  /** `done`: a finished attempt whose answers the course did not keep; nothing more to play. */
  const state = ref<'loading' | 'ready' | 'missing' | 'empty' | 'done'>('loading')
  const title = ref('')
  const connection = ref<Connection>('none')
  const mode = ref<Launch['mode']>('normal')
  /** The latest problem with the course system; shown until the next one replaces it. */
  const problem = ref<CourseProblem>()
  /** Said once on opening. */
  const note = ref<CourseNote>()
  /** Where the LMS wants the learner to go at the end, if it said. */
  const returnUrl = ref('')

  let session: CourseSession | undefined
  let settings: PackageSettings | undefined
  let mastery: number | undefined
  let seed = ''
  /** Time spent in earlier sessions of this attempt, and when this one began. */
  let earlierMs = 0
  let sessionStart = 0
  /** A finished attempt seen again: nothing in it changes. */
  let seenAgain = false
  let calls: Promise<void> = Promise.resolve()
  const checked: CheckedAnswer[] = []

  const run = useRun({
    onCheck(answer) {
      checked.push(answer)
      return undefined
    },
    onChange: report,
    onFinish: (now) =>
      send((course) =>
        course.finish(
          { grades: [...run.grades.value], mastery },
          resumeData(run.questions.value, now),
          now - sessionStart,
        ),
      ),
  })

  /** Runs `call` after the ones before it; a refusal is shown, and the next call still goes. */
  function send(call: (course: CourseSession) => Promise<void>) {
    const course = session
    if (!course) return
    calls = calls
      .then(() => call(course))
      .catch(
        (error: unknown) => void (problem.value = { kind: 'refused', detail: detailOf(error) }),
      )
  }

  function resumeData(questions: QuizQuestion[], now: number, state: Partial<RunState> = {}) {
    return packRun(
      {
        seed,
        questions,
        answers: state.answers ?? [...run.answers.value],
        grades: state.grades ?? [...run.grades.value],
        index: state.index ?? run.index.value,
        elapsedMs: earlierMs + now - sessionStart,
      },
      session?.resumeLimit ?? 4096,
    )
  }

  /** Once the run holds a checked answer, the course system hears of it. */
  function report(state: RunState) {
    for (const answer of checked.splice(0)) {
      const answered = state.grades.filter(Boolean).length
      const data = resumeData(state.questions, answer.now, state)
      send((course) =>
        course.answered(
          { ...answer, at: answer.now, answered, total: state.questions.length },
          data,
          answer.now - sessionStart,
        ),
      )
    }
  }

  /**
   * Opens the package's quiz: the course system first (its launch says where to resume and the
   * pass mark), then the bank. Without a course system the quiz plays all the same.
   */
  async function open(
    packageSettings: PackageSettings,
    course: CourseSession | undefined,
    now = Date.now(),
  ) {
    settings = packageSettings
    sessionStart = now
    let launch: Launch = { resumeData: '', mode: 'normal', completed: false }
    if (course) {
      try {
        launch = await course.start()
        session = course
        connection.value = course.kind
      } catch (error) {
        problem.value = { kind: 'unreachable', detail: detailOf(error) }
      }
    }
    mode.value = launch.mode
    returnUrl.value = launch.returnUrl ?? ''
    mastery = launch.mastery ?? settings.mastery
    // The bank's file, not the banks store: that one also opens the studio's drafts.
    const [bank, grading] = await Promise.all([
      loadBank(settings.bank).then(registerRichTexts),
      loadGrader(),
    ])
    if (!bank) {
      state.value = 'missing'
      return
    }
    title.value = bank.title
    const suspended = readSuspended(launch.resumeData)
    seed = suspended?.seed ?? settings.seed ?? newSeed()
    const questions = composeQuiz([bank], { n: settings.n, seed })
    const kept = suspended && restoreRun(suspended, questions, grading.gradeAnswer)
    if (suspended && !kept) note.value = 'changed'
    const over = kept !== undefined && suspended?.finished === true
    if (launch.completed && !over) {
      // Playing again would report a second, unfinished attempt over the finished one.
      state.value = 'done'
      return
    }
    seenAgain = launch.completed
    earlierMs = kept ? (suspended?.elapsedMs ?? 0) : 0
    run.start(
      questions,
      now,
      kept ? { ...kept, startedAt: now - earlierMs, ...(over ? { finishedAt: now } : {}) } : {},
    )
    state.value = questions.length > 0 ? 'ready' : 'empty'
  }

  /** The page is going away (closed, or the LMS moves on): keep the place and close the session. */
  function leave(now = Date.now()) {
    const course = session
    if (!course || state.value !== 'ready') return
    session = undefined
    const finished = run.finished.value
    // After the end the session is closed already, unless this was a finished attempt seen again.
    if (finished && !seenAgain) return
    course.leave(seenAgain ? undefined : resumeData(run.questions.value, now), now - sessionStart)
  }

  return {
    state,
    title,
    connection,
    mode,
    problem,
    note,
    returnUrl,
    ...run,
    open,
    leave,
    /** Settles once every report sent so far is done (for tests and the page's end). */
    settled: () => calls,
  }
})
