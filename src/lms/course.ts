import type { Answer, Grade } from '@/domain/answers'
import { nodesText, type PlainText } from '@/domain/lms/interactions'
import type { QuizQuestion } from '@/domain/quiz'
import { richNodes } from '@/rich-text/registry'

/** What the course system said about this launch. */
export interface Launch {
  /** Resume data kept from an earlier session of this attempt ('' for none). */
  resumeData: string
  /** The pass mark the LMS set (0 to 1), which wins over the package's own. */
  mastery?: number
  /** `browse` and `review` record no result; `review` only shows what was done. */
  mode: 'normal' | 'browse' | 'review'
  /** The attempt was already completed: show its results, start nothing new. */
  completed: boolean
  /** Where the LMS wants the learner sent at the end (cmi5). */
  returnUrl?: string
}

/** One checked answer as the course system is told of it. */
export interface Answered {
  question: QuizQuestion
  answer: Answer
  grade: Grade
  /** When the question appeared and when it was checked (epoch ms). */
  shownAt: number
  at: number
  /** Questions answered so far, of `total`. */
  answered: number
  total: number
}

/** The whole quiz, as the course system is told of it at the end. */
export interface Finished {
  grades: (Grade | undefined)[]
  mastery: number | undefined
}

/**
 * A launch by a course system (SCORM 1.2, SCORM 2004, cmi5), as the package's store drives it.
 * `resumeData` is the package's own (domain/lms/suspend.ts), written with every answer so that a
 * closed window loses nothing; `sessionMs` is the time of this session only. A refusal of the
 * course system is thrown (ScormError, or the cmi5 client's error) for the store to show.
 */
export interface CourseSession {
  kind: 'scorm12' | 'scorm2004' | 'cmi5'
  /** The most resume data the system keeps, in characters. */
  resumeLimit: number
  start(): Promise<Launch>
  answered(answered: Answered, resumeData: string, sessionMs: number): Promise<void>
  finish(finished: Finished, resumeData: string, sessionMs: number): Promise<void>
  /**
   * The learner leaves before the end (keep the place, close the session), or leaves a finished
   * attempt seen again (`resumeData` undefined: only the time is new).
   */
  leave(resumeData: string | undefined, sessionMs: number): void
}

/**
 * A bank text as the plain words a course system records (a 2004 description, an xAPI
 * definition), read from the nodes the build compiled: no Markdown or HTML parser in the page.
 */
export const plainText: PlainText = (text, format) =>
  format === 'plain' ? text : nodesText(richNodes(text, format))
