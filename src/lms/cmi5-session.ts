import Cmi5 from '@xapi/cmi5'
import { z } from 'zod/mini'
import { xapiInteraction } from '@/domain/lms/interactions'
import { quizOutcome } from '@/domain/lms/status'
import { sessionState } from '@/persistence'
import { plainText, type CourseSession, type Launch } from './course'

/**
 * What a tab keeps of its cmi5 session. The LMS's `fetch` URL hands out its token once, so a
 * reload must go on with the same token (and send no second `initialized`); the place in the
 * quiz is kept with it.
 */
const SavedSchema = z.object({
  authToken: z.string(),
  initializedDate: z.string(),
  resumeData: z.string(),
})
type Saved = z.infer<typeof SavedSchema>

/** A failed request worded for the learner: what was refused, and the LRS's status. */
function failure(what: string, error: unknown): Error {
  const status = (error as { response?: { status?: number } } | null)?.response?.status
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
 * mode, where a mastery score exists), `completed`, then `terminated`. Undefined when the page
 * was not launched with cmi5's parameters.
 */
export function cmi5Session(): CourseSession | undefined {
  if (!Cmi5.isCmiAvailable) return undefined
  const cmi = new Cmi5()
  const key = `lms:cmi5:${cmi.getLaunchParameters().fetch}`
  let saved: Saved | undefined
  let mode: Launch['mode'] = 'normal'

  const keep = (resumeData: string) => {
    if (!saved) return
    saved = { ...saved, resumeData }
    sessionState.write(key, saved)
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
      return {
        resumeData: saved.resumeData,
        mode,
        completed: false,
        ...(typeof data.masteryScore === 'number' ? { mastery: data.masteryScore } : {}),
        ...(data.returnURL ? { returnUrl: data.returnURL } : {}),
      }
    },
    async answered({ question, answer, grade, shownAt, at }, resumeData) {
      keep(resumeData)
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
    },
    async finish({ grades, mastery }, resumeData) {
      keep(resumeData)
      try {
        if (mode === 'normal') {
          const outcome = quizOutcome(grades, mastery)
          const score = { scaled: outcome.scaled, raw: outcome.raw, min: 0, max: outcome.max }
          if (outcome.passed === true) await cmi.pass(score)
          else if (outcome.passed === false) await cmi.fail(score)
          await cmi.complete()
        }
        await cmi.terminate()
      } catch (error) {
        throw failure('the end of this quiz', error)
      }
    },
    // A reload and a closed window look the same from here; `terminated` would end a session
    // that a reload goes on with, so none is sent: the LMS marks a closed one abandoned.
    leave: (resumeData) => void (resumeData !== undefined && keep(resumeData)),
  }
}
