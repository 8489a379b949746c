import Papa from 'papaparse'
import type { Answer } from '../answers.ts'
import { CSV_HEADER } from '../kiosk/csv.ts'
import { readRecord } from '../record.ts'

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

/** A file or a line of it that was left out, and why: `file:line: message`. */
export interface ResultsProblem {
  file: string
  /** 1-based; 0 for the whole file. */
  line: number
  message: string
}

export interface ReadResults {
  kind?: 'kiosk' | 'progress'
  rows: ResultRow[]
  problems: ResultsProblem[]
}

const REQUIRED = ['session', 'question', 'answer', 'credit'] as const

/** A kiosk results CSV. Rows without an answer (a sitting that answered nothing) are no answer. */
function readKioskCsv(file: string, text: string): ReadResults {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
  })
  const columns = parsed.meta.fields ?? []
  const missing = REQUIRED.filter((c) => !columns.includes(c))
  if (missing.length > 0)
    return {
      rows: [],
      problems: [
        { file, line: 1, message: `not a kiosk results file: no ${missing.join(', ')} column` },
      ],
    }
  const problems: ResultsProblem[] = parsed.errors.map((e) => ({
    file,
    line: (e.row ?? 0) + 2,
    message: e.message,
  }))
  const badLines = new Set(problems.map((p) => p.line))
  const seen = new Map<string, number>()
  const rows: ResultRow[] = []
  parsed.data.forEach((cells, i) => {
    const line = i + 2
    if (badLines.has(line)) return
    const session = cells.session?.trim() ?? ''
    const question = cells.question?.trim() ?? ''
    if (question === '' && (cells.credit ?? '') === '') return
    const credit = Number(cells.credit)
    if (!session || !question || !Number.isFinite(credit) || credit < 0 || credit > 1) {
      problems.push({ file, line, message: 'a damaged row: no session, question or credit 0–1' })
      return
    }
    // A question asked again in one sitting (a retry) is another answer: counted in order.
    const id = `${session}\n${question}`
    const nth = (seen.get(id) ?? 0) + 1
    seen.set(id, nth)
    const seconds = Number(cells.seconds)
    const at = Date.parse(cells.started ?? '')
    rows.push({
      key: `kiosk:${session}:${question}:${nth}`,
      student: `kiosk:${session}`,
      question,
      answer: unformula(cells.answer ?? ''),
      ...(cells.prompt ? { prompt: unformula(cells.prompt) } : {}),
      credit,
      ...(cells.seconds && Number.isFinite(seconds) ? { seconds } : {}),
      appealed: (cells.appeal ?? '').trim().toLowerCase() === 'yes',
      ...(Number.isFinite(at) ? { at } : {}),
    })
  })
  return { kind: 'kiosk', rows, problems }
}

/** The kiosk writes a leading `'` before text a spreadsheet would run as a formula. */
const unformula = (value: string) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value)

/** A learner's progress export: every answer they gave, under their learner id. */
function readProgressExport(file: string, data: unknown): ReadResults {
  const read = readRecord(data, { id: 'unknown', name: 'Unknown' })
  if (!read.record)
    return { rows: [], problems: [{ file, line: 0, message: read.problem ?? 'not readable' }] }
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
  const problems = read.dropped
    ? [{ file, line: 0, message: `${read.dropped} damaged answers left out` }]
    : []
  return { kind: 'progress', rows, problems }
}

/** Reads one file a teacher imported; never throws: what it cannot read is in `problems`. */
export function readResultsFile(file: string, text: string): ReadResults {
  const body = text.replace(/^\uFEFF/, '')
  if (body.trim() === '')
    return { rows: [], problems: [{ file, line: 0, message: 'the file is empty' }] }
  if (body.trimStart().startsWith('{')) {
    try {
      return readProgressExport(file, JSON.parse(body))
    } catch {
      return {
        rows: [],
        problems: [{ file, line: 0, message: 'not a progress export (bad JSON)' }],
      }
    }
  }
  if (body.split(/\r?\n/, 1)[0]!.startsWith(CSV_HEADER[0])) return readKioskCsv(file, body)
  return {
    rows: [],
    problems: [
      {
        file,
        line: 1,
        message: 'not a Factline kiosk results file (CSV) or progress export (JSON)',
      },
    ],
  }
}

/** Adds `incoming` to `rows`, leaving out every answer already there: the result and how many were new. */
export function mergeResults(rows: readonly ResultRow[], incoming: readonly ResultRow[]) {
  const keys = new Set(rows.map((r) => r.key))
  const added = incoming.filter((row) => !keys.has(row.key) && keys.add(row.key))
  return { rows: [...rows, ...added], added: added.length }
}
