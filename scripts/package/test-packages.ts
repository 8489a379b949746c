// npx tsx scripts/package/test-packages.ts DIR: the course packages the browser tests play
// (tests/e2e/scorm.spec.ts, cmi5.spec.ts), from tests/fixtures/lms/all-types.yaml, built once.
// scripts/test.mjs runs it before the browser tests, into test-results/packages.
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { formatProblem } from '../../src/domain/bank/index.ts'
import { bankAt, compileLocation } from '../bank-files.ts'
import { writePackages } from './build.ts'

const dir = resolve(process.argv[2] ?? 'test-results/packages')
const location = bankAt(resolve('tests/fixtures/lms/all-types.yaml'))
const { bank, problems } = compileLocation(location, process.cwd())
if (!bank) {
  for (const problem of problems) console.error(formatProblem(problem))
  process.exit(1)
}
mkdirSync(dir, { recursive: true })
const quiz = { bank, n: 8, seed: 'e2e' }
await writePackages(location, [
  { ...quiz, format: 'scorm12', mastery: 0.8, out: join(dir, 'scorm12.zip') },
  { ...quiz, format: 'scorm12', out: join(dir, 'scorm12-no-mastery.zip') },
  { ...quiz, format: 'scorm2004', mastery: 0.8, out: join(dir, 'scorm2004.zip') },
  // The test LMS picks its port when it starts: a CSP port wildcard lets the package reach it.
  {
    ...quiz,
    format: 'cmi5',
    mastery: 0.8,
    lrsOrigins: ['http://127.0.0.1:*'],
    out: join(dir, 'cmi5.zip'),
  },
])
console.log(`course packages for the browser tests in ${dir}`)
