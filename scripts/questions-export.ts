// npm run questions:export -- <bank id or path> --format gift|moodle-xml [--out file]
// Writes a bank in another format (GIFT or Moodle XML, for Moodle), to standard output or to --out.
import { existsSync, writeFileSync } from 'node:fs'
import { formatProblem } from '../src/domain/bank/index.ts'
import { exportGift } from '../src/domain/bank/gift-export.ts'
import { exportMoodleXml } from '../src/domain/bank/moodle-xml-export.ts'
import { bankAt, compileLocation, findBanks } from './bank-files.ts'

const args = process.argv.slice(2)
const option = (name: string) => {
  const i = args.indexOf(name)
  return i === -1 ? undefined : args[i + 1]
}
const format = option('--format') ?? 'gift'
const out = option('--out')
const target = args.find(
  (a, i) => !a.startsWith('--') && !['--format', '--out'].includes(args[i - 1] ?? ''),
)

function fail(message: string): never {
  console.error(`questions:export: ${message}`)
  process.exit(2)
}

if (!target)
  fail(
    'name a bank: npm run questions:export -- korea-2018 --format gift|moodle-xml [--out korea-2018.gift]',
  )
const FORMATS = ['gift', 'moodle-xml']
if (!FORMATS.includes(format))
  fail(`unknown format "${format}"; the formats are: ${FORMATS.join(', ')}`)

const location = existsSync(target)
  ? bankAt(target)
  : findBanks('questions').find((b) => b.id === target)
if (!location)
  fail(
    `no bank "${target}" in questions/ (${findBanks('questions')
      .map((b) => b.id)
      .join(', ')})`,
  )

const { bank, problems } = compileLocation(location, process.cwd())
if (!bank) {
  for (const problem of problems) console.error(formatProblem(problem))
  fail(`the bank "${location.id}" has errors; fix them first (npm run questions:check)`)
}
let text: string
let warnings: string[] = []
if (format === 'gift') text = exportGift(bank)
else ({ xml: text, warnings } = exportMoodleXml(bank))
for (const warning of warnings) console.error(`questions:export: warning: ${warning}`)
if (out) {
  writeFileSync(out, text)
  console.error(`wrote ${out}`)
} else {
  process.stdout.write(text)
}
