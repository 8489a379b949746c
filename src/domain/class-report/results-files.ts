import Papa from 'papaparse'
import { z } from 'zod/mini'
import { AnswerSchema, type Answer } from '../answers.ts'
import { CSV_HEADER } from '../kiosk/csv.ts'
import { PROBLEMS, readRecord } from '../record.ts'
import { schemaOnFirstUse } from '../schema-on-first-use.ts'

/**
 * The results a teacher brings to the class report, read from the files Factline writes: a
 * kiosk's results CSV (one row per answer, a student being one sitting at one kiosk) and a
 * learner's progress export (JSON, every answer they gave). Each answer becomes a `ResultRow`
 * with a key that is the same however often the file is imported, so that files from several
 * devices and days merge without counting an answer twice.
 */
export interface ResultRow {
  /** The same answer in another file has the same key. */
  key: string
  /** Who answered: a kiosk sitting (`kiosk:<session>`) or a learner (`learner:<id>`). */
  student: string
  /** `bank/question`, as the quiz links and the kiosk write it. */
  question: string
  /**
   * The answer as the student gave it: the text a kiosk wrote, or the answer itself from a
   * progress export, which the report words with its question (grading.ts's `answerText`).
   */
  answer: string | Answer
  /** The question as the kiosk showed it (a kiosk file says it; a progress export does not). */
  prompt?: string
  /** 0 to 1. */
  credit: number
  /** Seconds from seeing the question to checking it, when known. */
  seconds?: number
  /** The student pressed `My answer should count`. */
  appealed: boolean
  /** When the sitting started or the answer was checked (ms since 1970), when known. */
  at?: number
}

/** A result row as the class report stores it in this browser (src/persistence/class-report.ts). */
export const ResultRowSchema = schemaOnFirstUse(() =>
  z.object({
    key: z.string().check(z.minLength(1)),
    student: z.string().check(z.minLength(1)),
    question: z.string().check(z.minLength(1)),
    answer: z.union([z.string(), AnswerSchema]),
    prompt: z.optional(z.string()),
    credit: z.number().check(z.gte(0), z.lte(1)),
    seconds: z.optional(z.number().check(z.nonnegative())),
    appealed: z.boolean(),
    at: z.optional(z.number()),
  }),
)

/** Why a progress export could not be read: record.ts's problems, by name. */
export type ProgressProblem = keyof typeof PROBLEMS

/**
 * Why a file or a line of it was left out, for the page to put in words (the kiosk's column names
 * and the CSV reader's own message are given as they are).
 */
export type ResultsReason =
  /** The first line lacks columns a kiosk results file has. */
  | { kind: 'noColumns'; columns: string[] }
  /** A row with fewer cells than the header has columns. */
  | { kind: 'shortRow'; cells: number; columns: number }
  /** A row without a session, a question or a credit from 0 to 1. */
  | { kind: 'badRow' }
  /** The CSV reader stopped on the row: `code` is Papa Parse's, `detail` its English message. */
  | { kind: 'csv'; code: string; detail: string }
  /** A progress export that could not be read. */
  | { kind: 'progress'; problem: ProgressProblem }
  /** A progress export read without `count` of its answers, which were damaged. */
  | { kind: 'droppedAnswers'; count: number }
  | { kind: 'empty' }
  /** It starts like JSON but is none. */
  | { kind: 'badJson' }
  /** Neither a kiosk results file nor a progress export. */
  | { kind: 'unknownFile' }

/** A file or a line of it that was left out, and why: shown as `file:line: reason`. */
export interface ResultsProblem {
  file: string
  /** 1-based; 0 for the whole file. */
  line: number
  reason: ResultsReason
}

export interface ReadResults {
  kind?: 'kiosk' | 'progress'
  rows: ResultRow[]
  problems: ResultsProblem[]
}

const REQUIRED = ['session', 'question', 'answer', 'credit'] as const

/**
 * A kiosk results CSV. Rows without an answer (a sitting that answered nothing) are no answer.
 * Rows are read as arrays, not objects keyed by header: a week of a class is 30,000 rows.
 */
function readKioskCsv(file: string, text: string): ReadResults {
  // The kiosk writes CRLF; a file saved again by a spreadsheet may have LF. Said, not guessed:
  // Papa's guess reads the whole file once more.
  const newline = text.includes('\r\n') ? '\r\n' : '\n'
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true, newline })
  const header = parsed.data[0] ?? []
  const column = (name: string) => header.indexOf(name)
  const missing = REQUIRED.filter((c) => column(c) < 0)
  if (missing.length > 0)
    return {
      rows: [],
      problems: [{ file, line: 1, reason: { kind: 'noColumns', columns: [...missing] } }],
    }
  const [cSession, cQuestion, cAnswer, cCredit, cPrompt, cSeconds, cAppeal, cStarted] = [
    ...REQUIRED,
    'prompt',
    'seconds',
    'appeal',
    'started',
  ].map(column) as [number, number, number, number, number, number, number, number]
  const cell = (cells: string[], c: number) => (c < 0 ? '' : (cells[c] ?? ''))
  const problems: ResultsProblem[] = parsed.errors.map((e) => ({
    file,
    line: (e.row ?? 0) + 1,
    reason: { kind: 'csv', code: e.code, detail: e.message },
  }))
  const badLines = new Set(problems.map((p) => p.line))
  const seen = new Map<string, number>()
  const startedAt = new Map<string, number>()
  const rows: ResultRow[] = []
  // Papa's `row` counts data rows from 0 with the header as row 0 here; a line is one CSV record.
  for (let i = 1; i < parsed.data.length; i++) {
    const cells = parsed.data[i]!
    const line = i + 1
    if (badLines.has(line)) continue
    if (cells.length < header.length) {
      problems.push({
        file,
        line,
        reason: { kind: 'shortRow', cells: cells.length, columns: header.length },
      })
      continue
    }
    const session = cell(cells, cSession).trim()
    const question = cell(cells, cQuestion).trim()
    const creditText = cell(cells, cCredit)
    if (question === '' && creditText === '') continue
    const credit = Number(creditText)
    if (!session || !question || creditText.trim() === '' || !(credit >= 0 && credit <= 1)) {
      problems.push({ file, line, reason: { kind: 'badRow' } })
      continue
    }
    // A question asked again in one sitting (a retry) is another answer: counted in order.
    const id = `${session}\n${question}`
    const nth = (seen.get(id) ?? 0) + 1
    seen.set(id, nth)
    const secondsText = cell(cells, cSeconds)
    const seconds = Number(secondsText)
    const started = cell(cells, cStarted)
    let at = startedAt.get(started)
    if (at === undefined) startedAt.set(started, (at = Date.parse(started)))
    const prompt = cell(cells, cPrompt)
    rows.push({
      key: `kiosk:${session}:${question}:${nth}`,
      student: `kiosk:${session}`,
      question,
      answer: unformula(cell(cells, cAnswer)),
      ...(prompt ? { prompt: unformula(prompt) } : {}),
      credit,
      ...(secondsText && Number.isFinite(seconds) ? { seconds } : {}),
      appealed: cell(cells, cAppeal).trim().toLowerCase() === 'yes',
      ...(Number.isFinite(at) ? { at } : {}),
    })
  }
  return { kind: 'kiosk', rows, problems }
}

/** The kiosk writes a leading `'` before text a spreadsheet would run as a formula. */
const unformula = (value: string) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value)

/** A learner's progress export: every answer they gave, under their learner id. */
function readProgressExport(file: string, data: unknown): ReadResults {
  const read = readRecord(data, { id: 'unknown', name: 'Unknown' })
  if (!read.record)
    return { rows: [], problems: [{ file, line: 0, reason: progressReason(read.problem) }] }
  const { learner, attempts, appeals } = read.record
  const appealed = new Set(appeals.map((a) => a.attemptId))
  const rows = attempts.map((attempt): ResultRow => ({
    key: `attempt:${attempt.id}`,
    student: `learner:${learner.id}`,
    question: `${attempt.bank}/${attempt.question}`,
    answer: attempt.answer,
    credit: attempt.credit,
    seconds: attempt.seconds,
    appealed: appealed.has(attempt.id),
    at: attempt.at,
  }))
  const problems: ResultsProblem[] = read.dropped
    ? [{ file, line: 0, reason: { kind: 'droppedAnswers', count: read.dropped } }]
    : []
  return { kind: 'progress', rows, problems }
}

/** record.ts's problem with a progress file (a damaged file when it names none). */
function progressReason(problem: ProgressProblem | undefined): ResultsReason {
  return { kind: 'progress', problem: problem ?? 'damaged' }
}

/** Reads one file a teacher imported; never throws: what it cannot read is in `problems`. */
export function readResultsFile(file: string, text: string): ReadResults {
  const body = text.replace(/^\uFEFF/, '')
  if (body.trim() === '')
    return { rows: [], problems: [{ file, line: 0, reason: { kind: 'empty' } }] }
  if (body.trimStart().startsWith('{')) {
    try {
      return readProgressExport(file, JSON.parse(body))
    } catch {
      return {
        rows: [],
        problems: [{ file, line: 0, reason: { kind: 'badJson' } }],
      }
    }
  }
  if (body.split(/\r?\n/, 1)[0]!.startsWith(CSV_HEADER[0])) return readKioskCsv(file, body)
  return {
    rows: [],
    problems: [{ file, line: 1, reason: { kind: 'unknownFile' } }],
  }
}

/** Adds `incoming` to `rows`, leaving out every answer already there: the result and how many were new. */
export function mergeResults(rows: readonly ResultRow[], incoming: readonly ResultRow[]) {
  const keys = new Set(rows.map((r) => r.key))
  const added = incoming.filter((row) => !keys.has(row.key) && keys.add(row.key))
  return { rows: [...rows, ...added], added: added.length }
}
