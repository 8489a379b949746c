import { scormInteraction, type ScormVersion } from '@/domain/lms/interactions'
import { quizOutcome } from '@/domain/lms/status'
import { isoDuration, scorm12Duration, scorm12Time, scorm2004Time } from '@/domain/lms/times'
import { plainText, type Answered, type CourseSession, type Launch } from './course'
import { ScormError, type ScormPort } from './scorm-api'

/** Several values the LMS refused in one step; each is still tried, so one refusal loses no other. */
export class ScormRefusals extends Error {
  constructor(readonly refused: ScormError[]) {
    super(refused.map((r) => r.message).join('; '))
  }
}

/** The elements that differ between the versions; everything else is written the same way. */
const ELEMENTS = {
  '1.2': {
    mode: 'cmi.core.lesson_mode',
    suspend: 'cmi.suspend_data',
    location: 'cmi.core.lesson_location',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    response: 'student_response',
    mastery: 'cmi.student_data.mastery_score',
  },
  '2004': {
    mode: 'cmi.mode',
    suspend: 'cmi.suspend_data',
    location: 'cmi.location',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    response: 'learner_response',
    mastery: 'cmi.scaled_passing_score',
  },
} as const

/**
 * What SCORM 1.2 keeps of suspend data: 4,096 characters. Some LMSs keep more, but a package that
 * counts on it loses learners' places on the others. SCORM 2004 4th edition keeps 64,000.
 */
const RESUME_LIMITS: Record<ScormVersion, number> = { '1.2': 4096, '2004': 64000 }

/** A real number as SCORM's decimals take it: at most 7 decimals, no exponent. */
const decimal = (value: number) => String(Math.round(value * 1e7) / 1e7)

const FINAL_12 = ['passed', 'failed', 'completed']

/**
 * The quiz as a SCO of SCORM 1.2 or 2004 (plan: docs/decisions.md "SCORM"): each checked answer
 * is an interaction, committed at once with the place to resume from; the end writes the score
 * and the status against the mastery score, then finishes. Values are set in the order the
 * standard needs them (an interaction's id and type before its responses).
 */
export function scormSession(port: ScormPort): CourseSession {
  const version = port.version
  const names = ELEMENTS[version]
  let mode: Launch['mode'] = 'normal'
  let refused: ScormError[] = []
  /** The place kept last: the number of questions answered. */
  let location = 0

  /** Sets a value; a refusal is kept, for `settle` to report once every value was tried. */
  function put(element: string, value: string) {
    try {
      port.set(element, value)
    } catch (error) {
      if (!(error instanceof ScormError)) throw error
      refused.push(error)
    }
  }
  function settle() {
    const problems = refused
    refused = []
    if (problems.length > 0) throw new ScormRefusals(problems)
  }
  const duration = (ms: number) => (version === '1.2' ? scorm12Duration(ms) : isoDuration(ms))

  function keepPlace(resumeData: string, sessionMs: number) {
    put(names.suspend, resumeData)
    put(names.location, String(location))
    put(names.sessionTime, duration(sessionMs))
    // A window closed without warning still resumes: the session is "suspended" until the end.
    put(names.exit, 'suspend')
  }

  function writeInteraction({ question, answer, grade, shownAt, at }: Answered) {
    const n = Number(port.get('cmi.interactions._count'))
    const interaction = scormInteraction(version, question, answer, grade, plainText)
    const at_ = (field: string) => `cmi.interactions.${n}.${field}`
    put(at_('id'), interaction.id)
    put(at_('type'), interaction.type)
    if (version === '1.2') put(at_('time'), scorm12Time(new Date(shownAt)))
    else put(at_('timestamp'), scorm2004Time(new Date(shownAt)))
    put(at_('weighting'), '1')
    interaction.patterns.forEach((pattern, k) =>
      put(at_(`correct_responses.${k}.pattern`), pattern),
    )
    if (interaction.response !== undefined) put(at_(names.response), interaction.response)
    put(at_('result'), interaction.result)
    put(at_('latency'), duration(at - shownAt))
    if (version === '2004' && interaction.description)
      put(at_('description'), interaction.description)
  }

  return {
    kind: version === '1.2' ? 'scorm12' : 'scorm2004',
    resumeLimit: RESUME_LIMITS[version],
    async start() {
      port.initialize()
      const modeValue = port.read(names.mode)
      mode = modeValue === 'browse' || modeValue === 'review' ? modeValue : 'normal'
      const resumeData = port.read(names.suspend)
      const completed =
        version === '1.2'
          ? FINAL_12.includes(port.read('cmi.core.lesson_status'))
          : port.read('cmi.completion_status') === 'completed'
      const masteryValue = port.read(names.mastery).trim()
      // 1.2 writes a percentage (0–100), 2004 a scaled score (−1 to 1).
      const scale = version === '1.2' ? 100 : 1
      const mastery =
        masteryValue !== '' && Number.isFinite(Number(masteryValue))
          ? Math.min(1, Math.max(0, Number(masteryValue) / scale))
          : undefined
      return { resumeData, mode, completed, ...(mastery !== undefined ? { mastery } : {}) }
    },
    async answered(answered, resumeData, sessionMs) {
      if (mode === 'review') return
      writeInteraction(answered)
      location = answered.answered
      keepPlace(resumeData, sessionMs)
      if (version === '1.2') put('cmi.core.lesson_status', 'incomplete')
      else {
        put('cmi.completion_status', 'incomplete')
        put('cmi.progress_measure', decimal(answered.answered / answered.total))
      }
      port.commit()
      settle()
    },
    async finish({ grades, mastery }, resumeData, sessionMs) {
      if (mode === 'review') {
        port.finish()
        return
      }
      const outcome = quizOutcome(grades, mastery)
      put(names.suspend, resumeData)
      put(names.sessionTime, duration(sessionMs))
      if (version === '1.2') {
        if (mode === 'normal') {
          put('cmi.core.score.raw', decimal(outcome.percent))
          put('cmi.core.score.min', '0')
          put('cmi.core.score.max', '100')
        }
        const status =
          mode === 'browse'
            ? 'browsed'
            : outcome.passed === undefined
              ? 'completed'
              : outcome.passed
                ? 'passed'
                : 'failed'
        put('cmi.core.lesson_status', status)
        put(names.exit, '')
      } else {
        if (mode === 'normal') {
          put('cmi.score.scaled', decimal(outcome.scaled))
          put('cmi.score.raw', decimal(outcome.raw))
          put('cmi.score.min', '0')
          put('cmi.score.max', String(outcome.max))
          put(
            'cmi.success_status',
            outcome.passed === undefined ? 'unknown' : outcome.passed ? 'passed' : 'failed',
          )
        }
        put('cmi.completion_status', 'completed')
        put('cmi.progress_measure', '1')
        // An LMS starts a new, empty attempt after a normal exit: suspended, a relaunch shows
        // these results instead (docs/decisions.md).
        put(names.exit, 'suspend')
      }
      port.commit()
      port.finish()
      settle()
    },
    leave(resumeData, sessionMs) {
      // The page is going away: whatever the LMS says now, nobody is left to tell.
      try {
        if (mode === 'review') {
          // Nothing of a review is recorded.
        } else if (resumeData === undefined) {
          // A finished attempt seen again: only the time is new (2004 keeps it suspended, so
          // that the next launch shows the results again).
          put(names.sessionTime, duration(sessionMs))
          if (version === '2004') put(names.exit, 'suspend')
        } else keepPlace(resumeData, sessionMs)
        port.commit()
        port.finish()
      } catch {
        // Best effort only; every answer was committed when it was checked.
      }
      refused = []
    },
  }
}
