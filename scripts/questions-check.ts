// npm run questions:check [paths…] [--json]
// Checks every bank in questions/ (or the banks the paths name: YAML files, GIFT files, bank
// folders) and prints each problem as `path:line:column: error|warning: message`, sorted.
// Exit code 1 when any bank has an error.
import { resolve } from 'node:path'
import { countTypes, formatProblem, sortProblems, type Problem } from '../src/domain/bank/index.ts'
import { bankAt, compileLocation, findBanks, type BankLocation } from './bank-files.ts'

const args = process.argv.slice(2)
const json = args.includes('--json')
const paths = args.filter((a) => a !== '--json')
const root = process.cwd()

const plain = ({ file, line, column, message }: Problem) => ({ file, line, column, message })

function check(location: BankLocation) {
  let compiled
  try {
    compiled = compileLocation(location, root)
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
    problems,
  }
}

const locations = paths.length > 0 ? paths.map(bankAt) : findBanks(resolve(root, 'questions'))
const unique = [...new Map(locations.map((l) => [l.path, l])).values()]
const results = unique.map(check)

if (json) {
  const banks = results.map(({ id, title, facts, questions, types, errors, warnings }) => ({
    id,
    title,
    facts,
    questions,
    types,
    errors,
    warnings,
  }))
  process.stdout.write(`${JSON.stringify({ banks }, null, 2)}\n`)
} else {
  for (const problem of sortProblems(results.flatMap((r) => r.problems)))
    console.log(formatProblem(problem))
  const errors = results.reduce((n, r) => n + r.errors.length, 0)
  const warnings = results.reduce((n, r) => n + r.warnings.length, 0)
  const summary = results
    .map((r) => `${r.id} (${r.questions} questions, ${r.facts} facts)`)
    .join(', ')
  console.error(
    `${results.length} bank${results.length === 1 ? '' : 's'} checked: ${summary || 'none'}; ${errors} errors, ${warnings} warnings`,
  )
}
process.exitCode = results.some((r) => r.errors.length > 0) ? 1 : 0
