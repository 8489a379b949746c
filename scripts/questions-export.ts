// npm run questions:export -- <bank id or path> --format gift|moodle-xml [--out file]
// npm run questions:export -- <bank id or path> --format scorm12|scorm2004|cmi5 --out quiz.zip
//   [--n 10] [--seed text] [--mastery 80] [--lrs-origin https://lrs.example.org]…
// Writes a bank in another format (GIFT or Moodle XML, for Moodle), to standard output or to
// --out; or a course package of a quiz on it that an LMS imports (README "Into your LMS").
import { existsSync, writeFileSync } from 'node:fs'
import { formatProblem } from '../src/domain/bank/index.ts'
import { exportGift } from '../src/domain/bank/gift-export.ts'
import { exportMoodleXml } from '../src/domain/bank/moodle-xml-export.ts'
import { PACKAGE_FORMATS, type PackageFormat } from '../src/domain/lms/package-settings.ts'
import { bankAt, compileLocation, findBanks } from './bank-files.ts'
import { writePackages } from './package/build.ts'

const VALUED = ['--format', '--out', '--n', '--seed', '--mastery', '--lrs-origin']
const args = process.argv.slice(2)
const option = (name: string) => {
  const i = args.indexOf(name)
  return i === -1 ? undefined : args[i + 1]
}
const options = (name: string) => args.flatMap((a, i) => (a === name ? [args[i + 1] ?? ''] : []))
const format = option('--format') ?? 'gift'
const out = option('--out')
const target = args.find((a, i) => !a.startsWith('--') && !VALUED.includes(args[i - 1] ?? ''))

function fail(message: string): never {
  console.error(`questions:export: ${message}`)
  process.exit(2)
}

if (!target)
  fail(
    'name a bank: npm run questions:export -- korea-2018 --format gift|moodle-xml|scorm12|scorm2004|cmi5 [--out file]',
  )
const FORMATS = ['gift', 'moodle-xml', ...PACKAGE_FORMATS]
if (!FORMATS.includes(format))
  fail(`unknown format "${format}"; the formats are: ${FORMATS.join(', ')}`)
const packaged = (PACKAGE_FORMATS as readonly string[]).includes(format)
if (packaged && !out) fail(`a ${format} package is a zip file: name it with --out quiz.zip`)

/** A whole number from an option, within bounds; the option's name in the message. */
function wholeNumber(name: string, min: number, max: number): number | undefined {
  const text = option(name)
  if (text === undefined) return undefined
  const value = Number(text)
  if (!Number.isInteger(value) || value < min || value > max)
    fail(`${name} takes a whole number from ${min} to ${max}, not "${text}"`)
  return value
}
const n = wholeNumber('--n', 1, 1000) ?? 10
const mastery = wholeNumber('--mastery', 0, 100)
const seed = option('--seed')
const lrsOrigins = options('--lrs-origin')
for (const origin of lrsOrigins)
  if (!/^https?:\/\/[^/\s;',]+$/.test(origin))
    fail(`--lrs-origin takes an origin such as https://lrs.example.org, not "${origin}"`)

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
if (packaged) {
  await writePackages(location, [
    {
      format: format as PackageFormat,
      bank,
      n,
      ...(seed !== undefined ? { seed } : {}),
      ...(mastery !== undefined ? { mastery: mastery / 100 } : {}),
      lrsOrigins,
      out: out!,
    },
  ])
  console.error(`wrote ${out}`)
} else {
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
}
