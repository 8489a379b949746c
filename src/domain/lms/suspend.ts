import { z } from 'zod/mini'
import type { Answer, Grade } from '../answers.ts'
import { verdictFor } from '../grading.ts'
import type { QuizQuestion } from '../quiz.ts'
import { createRandom } from '../random.ts'
import type { KeptRun } from '../run.ts'
import { schemaOnFirstUse } from '../schema-on-first-use.ts'
import { optionsOf, positionsIn, rightTextsOf } from './interactions.ts'

/**
 * What a package keeps in `cmi.suspend_data` to pick a quiz up again on the next launch: compact
 * JSON, `{"v":1,"s":seed,"k":keys,"i":index,"t":ms,"f":0|1,"a":[…],"c":[…]}`. The quiz is composed
 * again from the seed; `k` tells whether it is still the same quiz (a bank re-uploaded with other
 * questions is not). Answers are kept by position in the bank's order (see `packAnswer`) and graded
 * again on resume: the package's bank and grader are frozen, so the grades come out the same.
 */
export interface Suspended {
  seed: string
  /** `quizKeys` of the quiz the answers belong to. */
  keys: string
  /** The question on screen; the number of questions once the quiz is over. */
  index: number
  /** Time spent in the sessions before this one. */
  elapsedMs: number
  finished: boolean
  /** Per question, its checked answer packed, or null; absent when only credits were kept. */
  answers?: (Packed | null)[]
  /** Per question whose answer was not kept, its credit (null: none); absent when none was. */
  credits?: (number | null)[]
}

/**
 * One answer by position in the bank's order: single an option's index (-1: none), multiple a
 * list of them; true/false 1, 0 or -1; numeric and short their text; cloze a text per blank;
 * order the items' indices in the learner's order; match the chosen right text's index per left
 * (-1: none).
 */
type Packed = number | string | number[] | string[]

/** SCORM 1.2's suspend_data holds 4,096 characters (scorm-again would take more: some LMSs not). */
export const SCORM12_SUSPEND_LIMIT = 4096
export const SCORM2004_SUSPEND_LIMIT = 64_000

/** A text kept longer than this is kept as its credit instead: never cut, then graded otherwise. */
const MOST_TEXT = 250

const SuspendSchema = schemaOnFirstUse(() =>
  z.object({
    v: z.literal(1),
    s: z.string(),
    k: z.string(),
    i: z.int().check(z.gte(0)),
    t: z.number().check(z.gte(0)),
    f: z.union([z.literal(0), z.literal(1)]),
    a: z.optional(
      z.array(z.nullable(z.union([z.int(), z.string(), z.array(z.int()), z.array(z.string())]))),
    ),
    c: z.optional(z.array(z.nullable(z.number().check(z.gte(0), z.lte(1))))),
  }),
)

type Stored = z.infer<typeof SuspendSchema>

/**
 * The quiz's questions and their banks' versions, hashed to 8 hex digits with the app's one
 * seeded generator: a bank re-uploaded with edits gives other keys.
 */
export function quizKeys(questions: readonly QuizQuestion[]): string {
  const random = createRandom(JSON.stringify(questions.map((q) => [q.key, q.bankVersion ?? ''])))
  return Math.floor(random.next() * 2 ** 32)
    .toString(16)
    .padStart(8, '0')
}

const long = (text: string) => text.length > MOST_TEXT

/** An answer by position (see `Packed`); undefined when it cannot be (a long text, another type). */
function packAnswer(question: QuizQuestion, answer: Answer): Packed | undefined {
  if (answer.type === 'single' && question.type === 'single')
    return answer.choice === null ? -1 : optionsOf(question).indexOf(answer.choice)
  if (answer.type === 'multiple' && question.type === 'multiple')
    return optionsOf(question).flatMap((o, i) => (answer.choices.includes(o) ? [i] : []))
  if (answer.type === 'truefalse' && question.type === 'truefalse')
    return answer.choice === null ? -1 : Number(answer.choice)
  if ((answer.type === 'numeric' || answer.type === 'short') && question.type === answer.type)
    return long(answer.text) ? undefined : answer.text
  if (answer.type === 'cloze' && question.type === 'cloze')
    return answer.blanks.some(long) ? undefined : answer.blanks
  if (answer.type === 'order' && question.type === 'order')
    return positionsIn(question.items, answer.items)
  if (answer.type === 'match' && question.type === 'match') {
    const rights = rightTextsOf(question)
    return question.pairs.map(({ left }) => rights.indexOf(answer.choices[left] ?? ''))
  }
  return undefined
}

/** Whether a packed answer is a learner's typing: the texts the size tiers drop first. */
const isTyped = (packed: Packed) =>
  typeof packed === 'string' || (Array.isArray(packed) && typeof packed[0] === 'string')

const indexIn = <T>(list: readonly T[], at: unknown): T | undefined =>
  typeof at === 'number' && Number.isInteger(at) ? list[at] : undefined

const numbers = (packed: Packed): number[] | undefined =>
  Array.isArray(packed) && packed.every((x) => typeof x === 'number')
    ? (packed as number[])
    : undefined

/** A packed answer back to an answer to `question`; undefined when it does not fit the question. */
function unpackAnswer(question: QuizQuestion, packed: Packed): Answer | undefined {
  switch (question.type) {
    case 'single': {
      if (packed === -1) return { type: 'single', choice: null }
      const choice = indexIn(optionsOf(question), packed)
      return choice === undefined ? undefined : { type: 'single', choice }
    }
    case 'multiple': {
      const options = optionsOf(question)
      const choices = numbers(packed)?.map((i) => indexIn(options, i))
      if (!choices || choices.includes(undefined)) return undefined
      return { type: 'multiple', choices: choices as string[] }
    }
    case 'truefalse':
      if (packed === -1) return { type: 'truefalse', choice: null }
      return packed === 0 || packed === 1 ? { type: 'truefalse', choice: packed === 1 } : undefined
    case 'numeric':
    case 'short':
      return typeof packed === 'string' ? { type: question.type, text: packed } : undefined
    case 'cloze':
      return Array.isArray(packed) && packed.every((x) => typeof x === 'string')
        ? { type: 'cloze', blanks: packed as string[] }
        : undefined
    case 'order': {
      const items = numbers(packed)?.map((i) => indexIn(question.items, i))
      if (!items || items.includes(undefined)) return undefined
      return { type: 'order', items: items as string[] }
    }
    case 'match': {
      const rights = rightTextsOf(question)
      const chosen = numbers(packed)
      if (!chosen || chosen.length !== question.pairs.length) return undefined
      if (chosen.some((i) => i !== -1 && indexIn(rights, i) === undefined)) return undefined
      const choices = question.pairs.map(({ left }, i) => [left, rights[chosen[i] as number] ?? ''])
      return { type: 'match', choices: Object.fromEntries(choices) }
    }
  }
}

export interface RunToSuspend {
  seed: string
  questions: readonly QuizQuestion[]
  answers: readonly (Answer | undefined)[]
  grades: readonly (Grade | undefined)[]
  index: number
  /** All the time spent so far, earlier sessions included. */
  elapsedMs: number
}

/**
 * A run as suspend_data of at most `limit` characters (`SCORM12_SUSPEND_LIMIT`,
 * `SCORM2004_SUSPEND_LIMIT`), in tiers: every checked answer; then the typed ones (numeric, short,
 * cloze) kept as their credits only; then credits only, which 100 questions always fit in 4,096.
 * Only checked answers are kept: a draft is the learner's to finish again. Past that (some 500
 * questions in SCORM 1.2), the place and the time alone.
 */
export function packRun(input: RunToSuspend, limit: number): string {
  const { questions, answers, grades } = input
  const credit = (i: number) => grades[i]?.credit ?? null
  const head = {
    v: 1,
    s: input.seed,
    k: quizKeys(questions),
    i: Math.min(Math.max(0, Math.floor(input.index)), questions.length),
    t: Math.max(0, Math.round(input.elapsedMs)),
    f: input.index >= questions.length && questions.length > 0 ? 1 : 0,
  }
  const packed = questions.map((question, i) => {
    const answer = answers[i]
    return grades[i] && answer ? packAnswer(question, answer) : undefined
  })
  const tier = (keep: (p: Packed) => boolean) => {
    const a = packed.map((p) => (p !== undefined && keep(p) ? p : null))
    const c = a.map((kept, i) => (kept === null ? credit(i) : null))
    return JSON.stringify({ ...head, a, ...(c.some((x) => x !== null) ? { c } : {}) })
  }
  const tiers = [
    () => tier(() => true),
    () => tier((p) => !isTyped(p)),
    () => JSON.stringify({ ...head, c: questions.map((_, i) => credit(i)) }),
  ]
  for (const make of tiers) {
    const text = make()
    if (text.length <= limit) return text
  }
  return JSON.stringify(head)
}

/** suspend_data read back; undefined when it is empty, not ours or damaged. Never throws. */
export function readSuspended(text: string): Suspended | undefined {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return undefined
  }
  const parsed = SuspendSchema.safeParse(json)
  if (!parsed.success) return undefined
  const stored: Stored = parsed.data
  return {
    seed: stored.s,
    keys: stored.k,
    index: stored.i,
    elapsedMs: stored.t,
    finished: stored.f === 1,
    ...(stored.a ? { answers: stored.a } : {}),
    ...(stored.c ? { credits: stored.c } : {}),
  }
}

/** A grade from a credit alone, for an answer kept as its credit. */
const gradeOfCredit = (credit: number): Grade => ({ credit, verdict: verdictFor(credit) })

/**
 * The run kept in `suspended`, for `startRun(questions, now, kept)`: its answers, graded again by
 * `grade`, or their credits where only those were kept, and its place. Undefined when `questions`
 * are not the quiz it was kept for (their keys differ), or when an answer does not fit its
 * question: the quiz then starts over. The caller adds `elapsedMs` to its clock.
 */
export function restoreRun(
  suspended: Suspended,
  questions: readonly QuizQuestion[],
  grade: (question: QuizQuestion, answer: Answer) => Grade,
): KeptRun | undefined {
  if (suspended.keys !== quizKeys(questions)) return undefined
  const answers: (Answer | undefined)[] = []
  const grades: (Grade | undefined)[] = []
  for (const [i, question] of questions.entries()) {
    const packed = suspended.answers?.[i]
    const credit = suspended.credits?.[i]
    if (packed !== undefined && packed !== null) {
      const answer = unpackAnswer(question, packed)
      if (!answer) return undefined
      answers.push(answer)
      grades.push(grade(question, answer))
    } else {
      answers.push(undefined)
      grades.push(typeof credit === 'number' ? gradeOfCredit(credit) : undefined)
    }
  }
  const index = suspended.finished ? questions.length : Math.min(suspended.index, questions.length)
  return { answers, grades, index }
}
