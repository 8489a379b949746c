import { z } from 'zod'
import { AnswerSchema, type Answer } from './answers.ts'
import { AttemptSchema, type Attempt } from './attempts.ts'

/**
 * How a block of attempts is stored: by column, with each repeated text (bank, question, fact,
 * type, place) and each distinct answer written once in a table and referred to by its index.
 * A learner's 100,000 answers are mostly the same few hundred questions and answers, so this is
 * about a third of the size of a plain list of objects and parses three times faster, which is
 * what keeps loading them under the 200 ms budget (npm run bench).
 *
 * Reading checks every column; a row that fails is returned as damaged, never thrown, and every
 * attempt returned satisfies AttemptSchema.
 */
export const CHUNK_FORMAT = 2

const Index = z.int().nonnegative()
/** The tables are small (distinct values only), so zod checks them in full. */
const TablesSchema = z.object({
  v: z.literal(CHUNK_FORMAT),
  strings: z.array(z.string()),
  answers: z.array(z.unknown()),
  factSets: z.array(z.array(Index)),
})

/** The columns are long; they are checked row by row below, far faster than a schema per value. */
const COLUMNS = [
  'id',
  'at',
  'bank',
  'question',
  'facts',
  'type',
  'answer',
  'credit',
  'seconds',
  'context',
] as const
type Column = (typeof COLUMNS)[number]

export interface DecodedChunk {
  attempts: Attempt[]
  /** The rows (or the whole text) that could not be read, for a backup. */
  damaged: unknown[]
}

class Interner<T> {
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
  const strings = new Interner<string>((s) => s)
  const answers = new Interner<Answer>((a) => JSON.stringify(a))
  const factSets = new Interner<number[]>((f) => f.join(','))
  const columns = Object.fromEntries(COLUMNS.map((c) => [c, [] as unknown[]])) as Record<
    Column,
    unknown[]
  >
  for (const a of attempts) {
    columns.id.push(a.id)
    columns.at.push(a.at)
    columns.bank.push(strings.of(a.bank))
    columns.question.push(strings.of(a.question))
    columns.facts.push(factSets.of(a.facts.map((f) => strings.of(f))))
    columns.type.push(strings.of(a.type))
    columns.answer.push(answers.of(a.answer))
    columns.credit.push(a.credit)
    columns.seconds.push(a.seconds)
    columns.context.push(strings.of(a.context))
  }
  return JSON.stringify({
    v: CHUNK_FORMAT,
    strings: strings.values,
    answers: answers.values,
    factSets: factSets.values,
    ...columns,
  })
}

const TYPES = new Set<string>(AttemptSchema.shape.type.options)
const CONTEXTS = new Set<string>(AttemptSchema.shape.context.options)
const isIndexInto = (value: unknown, length: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < length
const isNumberIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && value >= min && value <= max

/** The attempts of one chunk's text; whatever can't be read comes back as `damaged`. */
export function decodeChunk(text: string): DecodedChunk {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { attempts: [], damaged: [text] }
  }
  const tables = TablesSchema.safeParse(raw)
  const data = raw as Record<Column, unknown>
  if (!tables.success || COLUMNS.some((c) => !Array.isArray(data[c])))
    return { attempts: [], damaged: [raw] }
  const { strings, factSets } = tables.data
  const answers = tables.data.answers.map((a) => AnswerSchema.safeParse(a).data)
  const facts = factSets.map((set) =>
    set.every((i) => i < strings.length) ? set.map((i) => strings[i]!) : undefined,
  )
  const col = data as Record<Column, unknown[]>
  const rows = col.id.length
  const attempts: Attempt[] = []
  const damaged: unknown[] = []
  for (let i = 0; i < rows; i++) {
    const id = col.id[i]
    const at = col.at[i]
    const bank = col.bank[i]
    const question = col.question[i]
    const factSet = col.facts[i]
    const type = col.type[i]
    const answer = col.answer[i]
    const credit = col.credit[i]
    const seconds = col.seconds[i]
    const context = col.context[i]
    const ok =
      typeof id === 'string' &&
      id.length > 0 &&
      isNumberIn(at, 0, Number.MAX_SAFE_INTEGER) &&
      Number.isInteger(at) &&
      isIndexInto(bank, strings.length) &&
      strings[bank] !== '' &&
      isIndexInto(question, strings.length) &&
      strings[question] !== '' &&
      isIndexInto(factSet, facts.length) &&
      facts[factSet] !== undefined &&
      isIndexInto(type, strings.length) &&
      TYPES.has(strings[type]!) &&
      isIndexInto(answer, answers.length) &&
      answers[answer] !== undefined &&
      isNumberIn(credit, 0, 1) &&
      isNumberIn(seconds, 0, Number.MAX_VALUE) &&
      isIndexInto(context, strings.length) &&
      CONTEXTS.has(strings[context]!)
    if (ok) {
      attempts.push({
        id,
        at,
        bank: strings[bank]!,
        question: strings[question]!,
        facts: facts[factSet]!,
        type: strings[type] as Attempt['type'],
        answer: answers[answer]!,
        credit,
        seconds,
        context: strings[context] as Attempt['context'],
      })
    } else {
      damaged.push(Object.fromEntries(COLUMNS.map((c) => [c, col[c][i]])))
    }
  }
  // Values past the end of the id column belong to no attempt: keep them for the backup.
  if (COLUMNS.some((c) => col[c].length > rows)) damaged.push({ extraValuesIn: raw })
  return { attempts, damaged }
}
