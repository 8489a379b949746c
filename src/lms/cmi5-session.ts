import Cmi5 from '@xapi/cmi5'
import { z } from 'zod/mini'
import { xapiInteraction } from '@/domain/lms/interactions'
import { quizOutcome } from '@/domain/lms/status'
import { sessionState } from '@/persistence'
import { plainText, type CourseSession, type Launch } from './course'

/**
 * What a tab keeps of its cmi5 session. The LMS's `fetch` URL hands out its token once, so a
 * reload must go on with the same token (and send no second `initialized`); the place in the
 * quiz is kept with it, and whether `terminated` went, after which the session sends nothing.
 */
const SavedSchema = z.object({
  authToken: z.string(),
  initializedDate: z.string(),
  resumeData: z.string(),
  terminated: z.optional(z.boolean()),
})
type Saved = z.infer<typeof SavedSchema>

/**
 * The AU's own state document (xAPI State API, per learner, activity and registration), which
 * outlives the session: a later launch of the same registration goes on from it. `ended`: the
 * result (passed or failed, completed) was sent, which cmi5 allows once per registration.
 */
const STATE_ID = 'factline-run'
const RunSchema = z.object({ resumeData: z.string(), ended: z.boolean() })
type Run = z.infer<typeof RunSchema>

/** The HTTP status of a failed request of the cmi5 client (axios), if an answer came. */
const statusOf = (error: unknown) =>
  (error as { response?: { status?: number } } | null)?.response?.status

/** A failed request worded for the learner: what was refused, and the LRS's status. */
function failure(what: string, error: unknown): Error {
  const status = statusOf(error)
  return new Error(status ? `${what} (HTTP ${status})` : `${what} (the network did not answer)`)
}

const MODES: Record<string, Launch['mode']> = {
  Normal: 'normal',
  Browse: 'browse',
  Review: 'review',
}

/**
 * The quiz as a cmi5 AU (assignable unit), through `@xapi/cmi5`, which follows the cmi5 spec's
 * launch: the token from `fetch`, `LMS.LaunchData` (launch mode, mastery score, return URL), the
 * `initialized` statement. Each checked answer is an `answered` statement with its interaction's
 * definition; the end sends `passed` or `failed` against the mastery score (only in Normal
 * mode, where a mastery score exists), `completed`, then `terminated`. In Normal mode the place
 * is also kept in the LRS (`STATE_ID`), so that a later session of the registration resumes, or
 * shows the results of a finished attempt without sending them again (cmi5 spec 9.3.3, 9.3.4:
 * one `completed` and one `passed` per registration). Undefined when the page was not launched
 * with cmi5's parameters.
 */
export function cmi5Session(): CourseSession | undefined {
  if (!Cmi5.isCmiAvailable) return undefined
  const cmi = new Cmi5()
  const params = cmi.getLaunchParameters()
  const key = `lms:cmi5:${params.fetch}`
  const where = {
    agent: params.actor,
    activityId: params.activityId,
    registration: params.registration,
    stateId: STATE_ID,
  }
  let saved: Saved | undefined
  let mode: Launch['mode'] = 'normal'
  /** Off once the LRS refused the AU's state document: the statements go on without it. */
  let keepsPlace = true

  const keep = (change: Partial<Saved>) => {
    if (!saved) return
    saved = { ...saved, ...change }
    sessionState.write(key, saved)
  }

  /**
   * The AU's state document of this registration, if an earlier session left one. An LRS that
   * will not give it (other than a 404: none yet) costs the place only: the quiz starts afresh.
   */
  async function readRun(): Promise<Run | undefined> {
    try {
      const parsed = RunSchema.safeParse((await cmi.xapi!.getState(where)).data)
      return parsed.success ? parsed.data : undefined
    } catch (error) {
      if (statusOf(error) !== 404) keepsPlace = false
      return undefined
    }
  }

  /**
   * Keeps the place in the LRS for a later session (Normal mode only: the others record
   * nothing). A refusal is told once; the statements go on without it.
   */
  async function writeRun(run: Run) {
    if (mode !== 'normal' || !keepsPlace) return
    try {
      await cmi.xapi!.setState({ ...where, state: run, contentType: 'application/json' })
    } catch (error) {
      keepsPlace = false
      throw failure('your place in the quiz', error)
    }
  }

  async function terminate() {
    try {
      await cmi.terminate()
    } catch (error) {
      throw failure('the end of this session', error)
    }
    keep({ terminated: true })
  }

  return {
    kind: 'cmi5',
    resumeLimit: 64000,
    async start() {
      saved = sessionState.read(key, SavedSchema)
      try {
        await cmi.initialize(
          saved
            ? { authToken: saved.authToken, initializedDate: new Date(saved.initializedDate) }
            : undefined,
        )
      } catch (error) {
        // The fetch URL answered, but with cmi5's error instead of a token: it answers once, so
        // this is a second tab of the launch, or an old link.
        if (cmi.xapi && !cmi.getAuthToken())
          throw new Error('the launch link, which works once: open the quiz again from your course')
        throw failure('the start of this session', error)
      }
      saved ??= {
        authToken: cmi.getAuthToken(),
        initializedDate: cmi.getInitializedDate().toISOString(),
        resumeData: '',
      }
      sessionState.write(key, saved)
      const data = cmi.getLaunchData()
      mode = MODES[data.launchMode] ?? 'normal'
      // Browse looks around without judgement: it neither goes on from nor changes the attempt.
      const run = mode === 'browse' ? undefined : await readRun()
      const completed = run?.ended === true
      // A finished attempt seen again sends nothing more: this session ends as it begins.
      if (completed && !saved.terminated) await terminate()
      return {
        resumeData: saved.resumeData || (run?.resumeData ?? ''),
        mode,
        completed,
        ...(typeof data.masteryScore === 'number' ? { mastery: data.masteryScore } : {}),
        ...(data.returnURL ? { returnUrl: data.returnURL } : {}),
      }
    },
    async answered({ question, answer, grade, shownAt, at }, resumeData) {
      keep({ resumeData })
      if (mode === 'review') return
      const { definition, response } = xapiInteraction(
        question,
        answer,
        question.language ?? 'en',
        plainText,
      )
      try {
        await cmi.interaction(
          question.bankId,
          question.id,
          response,
          definition,
          grade.credit === 1,
          { start: new Date(shownAt), end: new Date(at) },
        )
      } catch (error) {
        throw failure(`your answer to question ${question.id}`, error)
      }
      await writeRun({ resumeData, ended: false })
    },
    async finish({ grades, mastery }, resumeData) {
      keep({ resumeData })
      let problem: Error | undefined
      if (mode === 'normal') {
        const outcome = quizOutcome(grades, mastery)
        const score = { scaled: outcome.scaled, raw: outcome.raw, min: 0, max: outcome.max }
        try {
          if (outcome.passed === true) await cmi.pass(score)
          else if (outcome.passed === false) await cmi.fail(score)
          await cmi.complete()
        } catch (error) {
          problem = failure('your result', error)
        }
        // Only a result that was sent ends the attempt for later sessions.
        if (!problem)
          await writeRun({ resumeData, ended: true }).catch((error: Error) => (problem = error))
      }
      // `terminated` ends the session whatever was refused before it (cmi5 spec 7.1.2).
      await terminate()
      if (problem) throw problem
    },
    // A reload and a closed window look the same from here; `terminated` would end a session
    // that a reload goes on with, so none is sent: the LMS marks a closed one abandoned.
    leave: (resumeData) => void (resumeData !== undefined && keep({ resumeData })),
  }
}
