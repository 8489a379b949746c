/**
 * Imports every .gift file of a folder the way Factline does (readGiftSource, then compileBank)
 * and prints, per file, the questions imported, those skipped (and why), and the errors. Exits 1
 * when a file throws, when gift-pegjs and the importer disagree on where the items are, or when
 * an imported question fails validation.
 *
 *   npx tsx scripts/gift-corpus-check.ts ../shared/corpora/gift-pegjs
 */
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { parse } from 'gift-pegjs'
import { compileBank, formatProblem, type Problem } from '../src/domain/bank/index.ts'
import { findItemStarts, readGiftSource } from '../src/domain/bank/gift.ts'

// What compileBank says of a file with nothing to import; not a fault of any question.
const NOTHING_TO_IMPORT = [
  'a bank needs at least one topic (topics: with id and title)',
  'the bank has no questions: add some under questions:',
]

interface Row {
  file: string
  imported: number
  skipped: string[]
  errors: string[]
  notes: string[]
  failed: boolean
}

function checkFile(dir: string, name: string): Row {
  const row: Row = { file: name, imported: 0, skipped: [], errors: [], notes: [], failed: false }
  const text = readFileSync(join(dir, name), 'utf8')
  try {
    const source = readGiftSource(text, name, basename(name, '.gift'))
    const { problems } = compileBank(basename(name, '.gift'), [source])
    const data = source.data as { questions?: unknown[] } | undefined
    row.imported = data?.questions?.length ?? 0
    const describe = (p: Problem) => `${p.line}:${p.column} ${p.message}`
    for (const problem of problems) {
      if (problem.severity === 'warning') {
        if (problem.message.endsWith('; skipped')) row.skipped.push(describe(problem))
        else if (!/^question ".*" has no explanation$/.test(problem.message))
          row.notes.push(describe(problem))
      } else if (row.imported === 0 && NOTHING_TO_IMPORT.includes(problem.message)) {
        if (!row.notes.includes('nothing to import')) row.notes.push('nothing to import')
      } else {
        row.errors.push(formatProblem(problem))
        row.failed = true
      }
    }
    // The importer finds the items itself (gift-pegjs keeps no positions): both must agree.
    if (source.data !== undefined) {
      const items = parse(text).length
      const starts = findItemStarts(text).length
      if (items !== starts) {
        row.errors.push(`${name}: gift-pegjs reads ${items} items, the importer finds ${starts}`)
        row.failed = true
      }
    }
  } catch (error) {
    row.errors.push(
      `${name}: threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    )
    row.failed = true
  }
  return row
}

function main(): number {
  const dir = process.argv[2]
  if (!dir) {
    console.error('usage: npx tsx scripts/gift-corpus-check.ts <folder with .gift files>')
    return 2
  }
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.gift'))
    .sort()
  const rows = names.map((name) => checkFile(dir, name))
  const width = Math.max(4, ...names.map((n) => n.length))
  console.log(`${'file'.padEnd(width)}  imported  skipped  errors  notes`)
  for (const row of rows) {
    const reasons = [...row.skipped.map((s) => `skipped ${s}`), ...row.notes]
    console.log(
      `${row.file.padEnd(width)}  ${String(row.imported).padStart(8)}  ${String(row.skipped.length).padStart(7)}  ${String(row.errors.length).padStart(6)}  ${reasons.join(' | ')}`,
    )
    for (const error of row.errors) console.log(`    ${error}`)
  }
  const total = (pick: (r: Row) => number) => rows.reduce((sum, r) => sum + pick(r), 0)
  const failed = rows.filter((r) => r.failed)
  console.log(
    `\n${rows.length} files: ${total((r) => r.imported)} questions imported, ${total((r) => r.skipped.length)} skipped, ${total((r) => r.errors.length)} errors; ${failed.length} files failed`,
  )
  return failed.length > 0 ? 1 : 0
}

process.exitCode = main()
