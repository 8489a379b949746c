/**
 * Imports every .xml file of a folder the way Factline does (readMoodleXmlSource, then
 * compileBank) and prints, per file, the questions imported by type, those skipped (and why), and
 * the errors. Exits 1 when a file throws, or when a question the reader imported fails the
 * bank's checks (the reader's own errors, such as malformed XML, are the file's, not the reader's).
 *
 *   npm run questions:moodle-corpus -- ../shared/corpora/moodle-xml
 */
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { compileBank, formatProblem, type Problem } from '../src/domain/bank/index.ts'
import { readMoodleXmlSource } from '../src/domain/bank/moodle-xml.ts'

// What compileBank says of a file with nothing to import; not a fault of any question.
const NOTHING_TO_IMPORT = [
  'a bank needs at least one topic (topics: with id and title)',
  'the bank has no questions: add some under questions:',
]

export interface MoodleFileReport {
  file: string
  /** Factline question type → how many were imported. */
  imported: Record<string, number>
  /** `line:column reason` of each question skipped. */
  skipped: string[]
  /** Errors, as editors print them. */
  errors: string[]
  /** Other warnings, and `nothing to import`. */
  notes: string[]
  /** The reader threw, or a question it imported failed the bank's checks. */
  failed: boolean
}

/** Reads one Moodle XML file as a bank and sorts what became of each of its questions. */
export function checkMoodleFile(text: string, name: string): MoodleFileReport {
  const report: MoodleFileReport = {
    file: name,
    imported: {},
    skipped: [],
    errors: [],
    notes: [],
    failed: false,
  }
  try {
    const id = basename(name, '.xml')
    const source = readMoodleXmlSource(text, name, id)
    const { problems } = compileBank(id, [source])
    const questions = (source.data as { questions?: { type: string }[] } | undefined)?.questions
    for (const question of questions ?? [])
      report.imported[question.type] = (report.imported[question.type] ?? 0) + 1
    const describe = (p: Problem) => `${p.line}:${p.column} ${p.message}`
    for (const problem of problems) {
      if (problem.severity === 'warning') {
        if (problem.message.endsWith('; skipped')) report.skipped.push(describe(problem))
        else if (!/^question ".*" has no explanation$/.test(problem.message))
          report.notes.push(describe(problem))
      } else if (!questions?.length && NOTHING_TO_IMPORT.includes(problem.message)) {
        if (!report.notes.includes('nothing to import')) report.notes.push('nothing to import')
      } else {
        report.errors.push(formatProblem(problem))
        if (!source.problems.includes(problem)) report.failed = true
      }
    }
  } catch (error) {
    report.errors.push(
      `${name}: threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    )
    report.failed = true
  }
  return report
}

const total = (imported: Record<string, number>) =>
  Object.values(imported).reduce((a, b) => a + b, 0)

function main(): number {
  const dir = process.argv[2]
  if (!dir) {
    console.error('usage: npm run questions:moodle-corpus -- <folder with .xml files>')
    return 2
  }
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.xml'))
    .sort()
  const rows = names.map((name) => checkMoodleFile(readFileSync(join(dir, name), 'utf8'), name))
  const width = Math.max(4, ...names.map((n) => n.length))
  console.log(`${'file'.padEnd(width)}  imported  skipped  errors  by type | reasons`)
  for (const row of rows) {
    const types = Object.entries(row.imported)
      .map(([type, n]) => `${type} ${n}`)
      .join(', ')
    const reasons = [...row.skipped.map((s) => `skipped ${s}`), ...row.notes]
    console.log(
      `${row.file.padEnd(width)}  ${String(total(row.imported)).padStart(8)}  ${String(row.skipped.length).padStart(7)}  ${String(row.errors.length).padStart(6)}  ${[types, ...reasons].filter(Boolean).join(' | ')}`,
    )
    for (const error of row.errors) console.log(`    ${error}`)
  }
  const sum = (pick: (r: MoodleFileReport) => number) => rows.reduce((n, r) => n + pick(r), 0)
  const failed = rows.filter((r) => r.failed)
  console.log(
    `\n${rows.length} files: ${sum((r) => total(r.imported))} questions imported, ${sum((r) => r.skipped.length)} skipped, ${sum((r) => r.errors.length)} errors; ${failed.length} files failed`,
  )
  return failed.length > 0 ? 1 : 0
}

// Run as a command; imported (by the corpus test), it only lends checkMoodleFile.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main()
}
