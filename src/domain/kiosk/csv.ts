import type { KioskAnswer, KioskSession } from './tally.ts'

export const CSV_HEADER = [
  'student',
  'session',
  'started',
  'finished',
  'question',
  'prompt',
  'type',
  'answer',
  'right answer',
  'credit',
  'seconds',
  'appeal',
] as const

/** A spreadsheet runs a cell that starts with one of these as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/

/** Learner-typed text: never run as a formula. */
export const csvText = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value)

/** RFC 4180: quoted when it holds a comma, a quote or a line break, quotes doubled. */
export const csvField = (value: string) =>
  /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value

/** ISO 8601 in UTC; empty when there is no time, or none a Date can hold. */
const time = (ms: number | null) =>
  ms !== null && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : ''

const decimals = (value: number, places: number) => {
  const scale = 10 ** places
  return String(Math.round(value * scale) / scale)
}

function row(session: KioskSession, answer: KioskAnswer | undefined): string {
  return [
    String(session.student),
    csvText(session.id),
    time(session.startedAt),
    time(session.finishedAt),
    csvText(answer?.key ?? ''),
    csvText(answer?.prompt ?? ''),
    csvText(answer?.type ?? ''),
    csvText(answer?.answer ?? ''),
    csvText(answer?.right ?? ''),
    answer ? decimals(answer.credit, 2) : '',
    answer ? decimals(answer.seconds, 1) : '',
    answer?.appealed ? 'yes' : '',
  ]
    .map(csvField)
    .join(',')
}

/**
 * The kiosk's results for a spreadsheet: one row per answer, and one with the answer cells empty
 * for a session without answers. `appeal` is `yes` where the student pressed `My answer should
 * count`, else empty: a column to filter on, beside the answer it is about. UTF-8 with a BOM so
 * Excel reads accents and Hangul right; CRLF after every line. Anonymous by construction: a
 * student is a number, there are no names.
 */
export function resultsCsv(sessions: readonly KioskSession[]): string {
  const lines = [CSV_HEADER.join(',')]
  for (const session of sessions) {
    if (session.answers.length === 0) lines.push(row(session, undefined))
    for (const answer of session.answers) lines.push(row(session, answer))
  }
  return csvFile(lines)
}

/** Lines as a spreadsheet reads them: UTF-8 with a BOM (Excel), CRLF after every line. */
export const csvFile = (lines: readonly string[]) =>
  `\uFEFF${lines.map((line) => `${line}\r\n`).join('')}`

/** The results file's name, with the day it was taken on the teacher's clock (local, not UTC). */
export function resultsFileName(at: Date): string {
  const day = [at.getFullYear(), at.getMonth() + 1, at.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-')
  return `factline-kiosk-results-${day}.csv`
}
