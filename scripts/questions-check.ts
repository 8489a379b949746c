// npm run questions:check [paths…] [--json] [--verbose]
// Checks every bank in questions/ (or the banks the paths name: YAML, GIFT, Moodle XML and Aiken
// files, bank folders) and prints each problem as `path:line:column: error|warning: message`, sorted.
// --verbose also lists the generated questions the quality gates dropped, at the fact each was
// made from: `path:line:column: dropped: id [gate] reason`; --json always carries them.
// Exit code 1 when any bank has an error.
import { readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { formatOfKind } from '../src/domain/bank/files.ts'
import {
  countTypes,
  decodeUtf8,
  formatProblem,
  readYamlSource,
  sortProblems,
  type Bank,
  type Position,
  type Problem,
} from '../src/domain/bank/index.ts'
import { generateWithReport, type DroppedQuestion } from '../src/domain/generate.ts'
import { bankAt, compileLocation, findBanks, type BankLocation } from './bank-files.ts'

const args = process.argv.slice(2)
const json = args.includes('--json')
const verbose = args.includes('--verbose')
const paths = args.filter((a) => a !== '--json' && a !== '--verbose')
const root = process.cwd()

const plain = ({ file, line, column, message }: Problem) => ({ file, line, column, message })

function check(location: BankLocation) {
  let compiled
  let dropped: DroppedQuestion[] = []
  try {
    compiled = compileLocation(location, root)
    // Generating again tells what the gates dropped; only when asked, so a plain check stays fast.
    if (compiled.bank && (json || verbose)) dropped = generateWithReport(compiled.bank).dropped
  } catch (error) {
    // A checker must never answer a teacher with a stack trace.
    const message = `internal error while checking this bank: ${error instanceof Error ? error.message : String(error)}`
    compiled = {
      problems: [
        {
          file: location.files[0] ?? location.path,
          line: 1,
          column: 1,
          severity: 'error' as const,
          message,
        },
      ],
    }
  }
  const { bank, problems } = compiled
  return {
    id: location.id,
    title: bank?.title ?? location.id,
    facts: bank?.facts.length ?? 0,
    questions: bank?.questions.length ?? 0,
    types: countTypes(bank ?? { questions: [] }),
    errors: problems.filter((p) => p.severity === 'error').map(plain),
    warnings: problems.filter((p) => p.severity === 'warning').map(plain),
    generated: bank?.generated?.length ?? 0,
    dropped,
    problems,
    location,
    bank,
  }
}

/** Where each fact of a YAML bank stands, for lines an editor can open. */
function factPlaces(location: BankLocation): Map<string, Position & { file: string }> {
  const places = new Map<string, Position & { file: string }>()
  if (formatOfKind(location.kind) !== 'yaml') return places
  location.files.forEach((path, i) => {
    const decoded = decodeUtf8(readFileSync(path))
    if (!('text' in decoded)) return
    const file = relative(root, path) || path
    const source = readYamlSource(decoded.text, file, i === 0 ? 'main' : 'part')
    const facts = (source.data as { facts?: unknown } | undefined)?.facts
    if (!Array.isArray(facts)) return
    facts.forEach((fact: { id?: unknown }, k) => {
      if (typeof fact?.id === 'string' && !places.has(fact.id))
        places.set(fact.id, { file, ...source.locate(['facts', k, 'id']) })
    })
  })
  return places
}

function droppedLines(location: BankLocation, bank: Bank | undefined, dropped: DroppedQuestion[]) {
  if (!bank || dropped.length === 0) return []
  const places = factPlaces(location)
  return dropped.map(({ id, facts, gate, reason }) => {
    const place = places.get(facts[0] ?? '')
    const where = place ? `${place.file}:${place.line}:${place.column}` : location.id
    return `${where}: dropped: ${id} [${gate}] ${reason}`
  })
}

const locations = paths.length > 0 ? paths.map(bankAt) : findBanks(resolve(root, 'questions'))
const unique = [...new Map(locations.map((l) => [l.path, l])).values()]
const results = unique.map(check)

if (json) {
  const banks = results.map((r) => ({
    id: r.id,
    title: r.title,
    facts: r.facts,
    questions: r.questions,
    types: r.types,
    errors: r.errors,
    warnings: r.warnings,
    generated: r.generated,
    dropped: r.dropped,
  }))
  process.stdout.write(`${JSON.stringify({ banks }, null, 2)}\n`)
} else {
  for (const problem of sortProblems(results.flatMap((r) => r.problems)))
    console.log(formatProblem(problem))
  if (verbose)
    for (const r of results)
      for (const line of droppedLines(r.location, r.bank, r.dropped)) console.log(line)
  const errors = results.reduce((n, r) => n + r.errors.length, 0)
  const warnings = results.reduce((n, r) => n + r.warnings.length, 0)
  const summary = results
    .map((r) => {
      const gated = verbose ? `, ${r.generated} generated, ${r.dropped.length} dropped` : ''
      return `${r.id} (${r.questions} questions, ${r.facts} facts${gated})`
    })
    .join(', ')
  console.error(
    `${results.length} bank${results.length === 1 ? '' : 's'} checked: ${summary || 'none'}; ${errors} errors, ${warnings} warnings`,
  )
}
process.exitCode = results.some((r) => r.errors.length > 0) ? 1 : 0
