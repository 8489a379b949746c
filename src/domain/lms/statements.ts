import type { Answer, Grade } from '../answers.ts'
import type { QuizQuestion } from '../quiz.ts'
import { xapiInteraction, type PlainText, type XapiInteraction } from './interactions.ts'
import type { QuizOutcome } from './status.ts'
import { isoDuration } from './times.ts'

/**
 * The xAPI statements a kiosk sends its LRS: `answered` per question and `completed` at the end
 * of a student's turn. Pure: ids, times and the site's address come in, so the caller can set a
 * statement's id and timestamp once, when it is queued, and a retry re-posts it unchanged.
 */

const ANSWERED = 'http://adlnet.gov/expapi/verbs/answered'
const COMPLETED = 'http://adlnet.gov/expapi/verbs/completed'
const ASSESSMENT = 'http://adlnet.gov/expapi/activities/assessment'

/** One student's turn at the kiosk, as every statement of it says. */
export interface KioskTurn {
  /** Where the app is served, origin and base path, ending '/': `https://school.org/factline/`. */
  site: string
  /** The kiosk session's id: the anonymous account's name, one per turn. */
  session: string
  /** A UUID for the turn, so the LRS groups its statements. */
  registration: string
  className: string
  /** The bank's language: the key of names and descriptions. */
  language: string
}

/** The addresses (IRIs) the kiosk's statements use, all under the app's own address. */
export function kioskIris(site: string) {
  const bank = (id: string) => `${site}banks/${encodeURIComponent(id)}`
  return {
    /** The anonymous account's home: the kiosk page. */
    homePage: `${site}kiosk`,
    /** The context extension that carries the class name. */
    classExtension: `${site}xapi/class`,
    /** The result extension that carries a number typed that does not read as one. */
    typedExtension: `${site}xapi/typed`,
    /** A bank played as a quiz: the object of `completed`, the parent of each `answered`. */
    quiz: bank,
    question: (bankId: string, questionId: string) =>
      `${bank(bankId)}/questions/${encodeURIComponent(questionId)}`,
  }
}

type LanguageMap = Record<string, string>

export interface XapiStatement {
  id: string
  timestamp: string
  actor: { objectType: 'Agent'; account: { homePage: string; name: string } }
  verb: { id: string; display: LanguageMap }
  object: {
    objectType: 'Activity'
    id: string
    definition: XapiInteraction['definition'] | { type: string; name: LanguageMap }
  }
  result: {
    response?: string
    success?: boolean
    completion?: boolean
    score: { scaled: number; raw?: number; min?: number; max?: number }
    duration: string
    extensions?: Record<string, string>
  }
  context: {
    registration: string
    platform: 'Factline'
    language: string
    contextActivities?: { parent: { objectType: 'Activity'; id: string }[] }
    extensions: Record<string, string>
  }
}

/** What every statement of a turn shares: who, when, and the turn's context. */
function base(turn: KioskTurn, id: string, at: number) {
  const iris = kioskIris(turn.site)
  return {
    iris,
    id,
    timestamp: new Date(at).toISOString(),
    actor: {
      objectType: 'Agent' as const,
      account: { homePage: iris.homePage, name: turn.session },
    },
    context: {
      registration: turn.registration,
      platform: 'Factline' as const,
      language: turn.language,
      extensions: { [iris.classExtension]: turn.className },
    },
  }
}

export interface Answered {
  /** The statement's UUID. */
  id: string
  /** When it was answered (ms since 1970). */
  at: number
  question: QuizQuestion
  answer: Answer
  grade: Grade
  /** Time spent on the question. */
  ms: number
  /** Reads the bank's Markdown or HTML as plain words (interactions.ts); as written without. */
  plain?: PlainText
}

/** A student answered a question: its interaction, the response, and whether it was right. */
export function answeredStatement(turn: KioskTurn, answered: Answered): XapiStatement {
  const { iris, context, ...common } = base(turn, answered.id, answered.at)
  const { question, grade } = answered
  const interaction = xapiInteraction(question, answered.answer, turn.language, answered.plain)
  return {
    ...common,
    verb: { id: ANSWERED, display: { 'en-US': 'answered' } },
    object: {
      objectType: 'Activity',
      id: iris.question(question.bankId, question.id),
      definition: interaction.definition,
    },
    result: {
      response: interaction.response,
      // Partial credit is not success: the score says how much was right.
      success: grade.credit === 1,
      score: { scaled: grade.credit },
      duration: isoDuration(answered.ms),
      ...(interaction.typed === undefined
        ? {}
        : { extensions: { [iris.typedExtension]: interaction.typed } }),
    },
    context: {
      ...context,
      contextActivities: { parent: [{ objectType: 'Activity', id: iris.quiz(question.bankId) }] },
    },
  }
}

export interface Completed {
  id: string
  at: number
  bank: { id: string; title: string }
  /** From quizOutcome: the credits, the number of questions, and the one as a share of the other. */
  outcome: Pick<QuizOutcome, 'raw' | 'max' | 'scaled'>
  /** The whole turn's time. */
  ms: number
}

/** A student finished the quiz: the score, out of the number of questions. */
export function completedStatement(turn: KioskTurn, completed: Completed): XapiStatement {
  const { iris, ...common } = base(turn, completed.id, completed.at)
  const { raw, max, scaled } = completed.outcome
  return {
    ...common,
    verb: { id: COMPLETED, display: { 'en-US': 'completed' } },
    object: {
      objectType: 'Activity',
      id: iris.quiz(completed.bank.id),
      definition: { type: ASSESSMENT, name: { [turn.language]: completed.bank.title } },
    },
    result: {
      completion: true,
      score: { scaled, raw, min: 0, max },
      duration: isoDuration(completed.ms),
    },
  }
}
