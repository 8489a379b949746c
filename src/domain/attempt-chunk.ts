import { z } from 'zod/mini'
import { AnswerSchema, type Answer } from './answers.ts'
import { ATTEMPT_CONTEXTS, type Attempt } from './attempts.ts'
import { QUESTION_TYPES } from './bank/question-types.ts'
import { schemaOnFirstUse } from './schema-on-first-use.ts'

/**
 * How a block of attempts is stored: by column, with what repeats written once in a table and
 * referred to by its index. A learner's answers are mostly the same few hundred questions and
 * answers, so each row is just an id, a time, two table indexes, the credit and the seconds:
 * about a third of the size of a plain list of objects, and it loads three times faster, which
 * keeps 100,000 answers under the 200 ms budget (npm run bench).
 *
 * - `kinds`: the distinct [bank, question, facts, type, context] of the chunk's attempts, each as
 *   indexes into `strings` (facts as a list of indexes).
 * - `answers`: the distinct answers.
 * - `at`: the first time in full, then each as the difference from the one before.
 *
 * Reading checks every value; a row that fails is returned as damaged, never thrown, and every
 * attempt returned satisfies AttemptSchema.
 */
export const CHUNK_FORMAT = 2

/** The chunk's frame; the tables and columns are checked value by value below (see kindOf). */
const FrameSchema = schemaOnFirstUse(() =>
  z.object({
    v: z.literal(CHUNK_FORMAT),
    strings: z.array(z.unknown()),
    kinds: z.array(z.unknown()),
    answers: z.array(z.unknown()),
  }),
)

/** The columns are long; they are checked value by value below, far faster than a schema. */
const COLUMNS = ['id', 'at', 'kind', 'answer', 'credit', 'seconds'] as const
type Column = (typeof COLUMNS)[number]

export interface DecodedChunk {
  attempts: Attempt[]
  /** The rows (or the whole text) that could not be read, for a backup. */
  damaged: unknown[]
}

class Table<T> {
  readonly values: T[] = []
  private readonly index = new Map<string, number>()
  constructor(private readonly keyOf: (value: T) => string) {}
  of(value: T): number {
    const key = this.keyOf(value)
    let n = this.index.get(key)
    if (n === undefined) {
      n = this.values.length
      this.values.push(value)
      this.index.set(key, n)
    }
    return n
  }
}

/** Attempts as the stored text of one chunk. */
export function encodeChunk(attempts: readonly Attempt[]): string {
  const strings = new Table<string>((s) => s)
  const kinds = new Table<[number, number, number[], number, number]>((k) => JSON.stringify(k))
  const answers = new Table<Answer>((a) => JSON.stringify(a))
  const columns: Record<Column, unknown[]> = {
    id: [],
    at: [],
    kind: [],
    answer: [],
    credit: [],
    seconds: [],
  }
  let previous = 0
  for (const a of attempts) {
    columns.id.push(a.id)
    columns.at.push(a.at - previous)
    previous = a.at
    const facts = a.facts.map((f) => strings.of(f))
    columns.kind.push(
      kinds.of([
        strings.of(a.bank),
        strings.of(a.question),
        facts,
        strings.of(a.type),
        strings.of(a.context),
      ]),
    )
    columns.answer.push(answers.of(a.answer))
    columns.credit.push(a.credit)
    columns.seconds.push(a.seconds)
  }
  return JSON.stringify({
    v: CHUNK_FORMAT,
    strings: strings.values,
    kinds: kinds.values,
    answers: answers.values,
    ...columns,
  })
}

type Kind = Pick<Attempt, 'bank' | 'question' | 'facts' | 'type' | 'context'>
const TYPES = new Set<string>(QUESTION_TYPES)
const CONTEXTS = new Set<string>(ATTEMPT_CONTEXTS)

/**
 * A kind of the table as attempt fields, or undefined when it is not a valid one. Checked by hand:
 * a schema per kind costs more than the rest of reading a chunk (npm run bench).
 */
function kindOf(entry: unknown, strings: readonly unknown[]): Kind | undefined {
  if (!Array.isArray(entry) || entry.length !== 5 || !Array.isArray(entry[2])) return undefined
  const [bank, question, facts, type, context] = entry as [
    unknown,
    unknown,
    unknown[],
    unknown,
    unknown,
  ]
  const text = (i: unknown) =>
    typeof i === 'number' && typeof strings[i] === 'string' ? (strings[i] as string) : undefined
  const kind = {
    bank: text(bank),
    question: text(question),
    facts: facts.map(text),
    type: text(type),
    context: text(context),
  }
  const valid =
    !!kind.bank &&
    !!kind.question &&
    kind.facts.every((f) => f !== undefined) &&
    TYPES.has(kind.type!) &&
    CONTEXTS.has(kind.context!)
  return valid ? (kind as Kind) : undefined
}

const isIndexInto = (value: unknown, list: readonly unknown[]): value is number =>
  typeof value === 'number' &&
  Number.isInteger(value) &&
  value >= 0 &&
  value < list.length &&
  list[value] !== undefined
const isNumberIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && value >= min && value <= max

/**
 * An answer checked by the schema, or undefined. The same answers come back in chunk after chunk,
 * so each distinct one is checked once (a record of 100,000 answers has a few thousand).
 */
const checked = new Map<string, Answer | undefined>()
function checkedAnswer(value: unknown): Answer | undefined {
  const key = JSON.stringify(value)
  if (checked.has(key)) return checked.get(key)
  const answer = AnswerSchema.safeParse(value).data
  if (checked.size < 50_000) checked.set(key, answer)
  return answer
}

/** The attempts of one chunk's text; whatever can't be read comes back as `damaged`. */
export function decodeChunk(text: string): DecodedChunk {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { attempts: [], damaged: [text] }
  }
  const frame = FrameSchema.safeParse(raw)
  const data = raw as Record<Column, unknown>
  if (!frame.success || COLUMNS.some((c) => !Array.isArray(data[c])))
    return { attempts: [], damaged: [raw] }
  const { strings } = frame.data
  const kinds = frame.data.kinds.map((kind) => kindOf(kind, strings))
  const answers = frame.data.answers.map(checkedAnswer)
  const col = data as Record<Column, unknown[]>
  const rows = col.id.length
  const attempts: Attempt[] = []
  const damaged: unknown[] = []
  let at = 0
  for (let i = 0; i < rows; i++) {
    const id = col.id[i]
    const delta = col.at[i]
    const kind = col.kind[i]
    const answer = col.answer[i]
    const credit = col.credit[i]
    const seconds = col.seconds[i]
    // A bad time would shift every later one: from there on, the times can't be trusted.
    const timeOk = Number.isSafeInteger(delta) && Number.isSafeInteger(at + (delta as number))
    if (timeOk) at += delta as number
    const ok =
      timeOk &&
      at >= 0 &&
      typeof id === 'string' &&
      id.length > 0 &&
      isIndexInto(kind, kinds) &&
      isIndexInto(answer, answers) &&
      isNumberIn(credit, 0, 1) &&
      isNumberIn(seconds, 0, Number.MAX_VALUE)
    if (ok) {
      const k = kinds[kind]!
      // Written out, not spread: spreading makes 100,000 slow objects (npm run bench).
      attempts.push({
        id,
        at,
        bank: k.bank,
        question: k.question,
        facts: k.facts,
        type: k.type,
        answer: answers[answer]!,
        credit,
        seconds,
        context: k.context,
      })
    } else {
      damaged.push(Object.fromEntries(COLUMNS.map((c) => [c, col[c][i]])))
      if (!timeOk) {
        for (let j = i + 1; j < rows; j++)
          damaged.push(Object.fromEntries(COLUMNS.map((c) => [c, col[c][j]])))
        break
      }
    }
  }
  // Values past the end of the id column belong to no attempt: keep them for the backup.
  if (COLUMNS.some((c) => col[c].length > rows)) damaged.push({ extraValuesIn: raw })
  return { attempts, damaged }
}
