// npm run bench: the timings that matter to users, measured here and never asserted in tests
// (machines are noisy). Prints a table and writes scripts/bench/results.json.
// `npm run bench -- studio kiosk` runs only the parts named (banks, scale, progress, first-question,
// bytes, kiosk, studio, class) and prints them without writing the results file.
import { writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { benchBankScale } from './bank-scale.ts'
import { benchBanks } from './banks.ts'
import { benchClassReport } from './class-report.ts'
import type { Figure } from './figures.ts'
import { withBuiltApp } from './built-app.ts'
import { benchFirstQuestion, benchFirstQuestionBytes } from './first-question.ts'
import { benchKiosk } from './kiosk.ts'
import { benchProgress } from './progress.ts'
import { benchStudio } from './studio.ts'

const PARTS = ['banks', 'scale', 'progress', 'first-question', 'bytes', 'kiosk', 'studio', 'class']
const only = process.argv.slice(2)
const unknown = only.filter((part) => !PARTS.includes(part))
if (unknown.length > 0) {
  console.error(`No bench part called ${unknown.join(', ')}; the parts are ${PARTS.join(', ')}.`)
  process.exit(1)
}
const wanted = (part: string) => only.length === 0 || only.includes(part)
const figures: Figure[] = wanted('banks') ? benchBanks() : []
if (wanted('scale')) figures.push(...benchBankScale())
const progress = wanted('progress') ? await benchProgress() : undefined
figures.push(...(progress?.figures ?? []))
if (['first-question', 'bytes', 'kiosk', 'studio', 'class'].some(wanted)) {
  figures.push(
    ...(await withBuiltApp(async (base, outDir) => [
      ...(wanted('first-question') ? await benchFirstQuestion(base, outDir) : []),
      ...(wanted('bytes') ? await benchFirstQuestionBytes(base) : []),
      ...(wanted('kiosk') ? await benchKiosk(base) : []),
      ...(wanted('studio') ? await benchStudio(base) : []),
      ...(wanted('class') ? await benchClassReport(base) : []),
    ])),
  )
}

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  chromium: progress?.browser ?? 'see the browser parts',
}
const format = (f: Figure) => `${f.value.toFixed(f.value < 10 ? 2 : 0)} ${f.unit}`
console.log(
  `\nFactline bench on ${machine.cpu} (${machine.cores} cores), Node ${machine.node}, Chromium ${machine.chromium}\n`,
)
console.log(`${'figure'.padEnd(58)} ${'median'.padStart(10)} ${'budget'.padStart(10)}`)
for (const f of figures) {
  const budget = f.budget === undefined ? '' : `${f.budget} ${f.unit}`
  const over = f.budget !== undefined && f.value > f.budget ? '  OVER BUDGET' : ''
  console.log(`${f.name.padEnd(58)} ${format(f).padStart(10)} ${budget.padStart(10)}${over}`)
  if (f.note) console.log(`  ${f.note}`)
}
if (only.length === 0) {
  writeFileSync(
    new URL('./results.json', import.meta.url),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), machine, figures }, null, 2)}\n`,
  )
  console.log('\nWritten to scripts/bench/results.json')
}
