// The class report at the size of a busy week: 50 kiosk CSVs of 30 students × 20 questions
// (30,000 answers), read, merged and reported in Node (the domain's share), and imported through
// `/class` of the production build until the questions table shows (what a teacher waits for).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { chromium } from '@playwright/test'
import type { Bank } from '../../src/domain/bank/index.ts'
import { rightAnswerText } from '../../src/domain/grading.ts'
import { classReport } from '../../src/domain/class-report/report.ts'
import { mergeResults, readResultsFile } from '../../src/domain/class-report/results-files.ts'
import { resultsCsv } from '../../src/domain/kiosk/csv.ts'
import type { KioskSession } from '../../src/domain/kiosk/tally.ts'
import { composeQuiz } from '../../src/domain/quiz.ts'
import { createRandom } from '../../src/domain/random.ts'
import { bankAt, compileLocation } from '../bank-files.ts'
import { chromiumArgs, findChromium } from '../find-chromium.mjs'
import { median, type Figure } from './figures.ts'

const FILES = 50
const STUDENTS = 30
const QUESTIONS = 20
const RUNS = 5

export const koreaBank = (): Bank => {
  const { bank } = compileLocation(bankAt('questions/korea-2018'), process.cwd())
  if (!bank) throw new Error('questions/korea-2018 does not compile')
  return bank
}

/**
 * `files` kiosk results files as the kiosk writes them: each student draws their own quiz of
 * `questions`, and answers each right with a chance that grows with their ability, else with one
 * of the question's wrong options (or a wrong word), so the figures look like a real class's.
 */
export function classCsvs(bank: Bank, files = FILES, students = STUDENTS, questions = QUESTIONS) {
  const random = createRandom('class-report-bench')
  return Array.from({ length: files }, (_, f) => {
    const sessions: KioskSession[] = Array.from({ length: students }, (_, s) => {
      const ability = 0.3 + 0.6 * random.next()
      const quiz = composeQuiz([bank], { n: questions, seed: `bench-${f}-${s}` })
      const startedAt = Date.UTC(2026, 11, 1 + (f % 5), 9) + s * 600_000
      return {
        id: `bench-${f}-${s}`,
        student: s + 1,
        bank: bank.id,
        startedAt,
        finishedAt: startedAt + 300_000,
        answers: quiz.map((question) => {
          const right = random.next() < ability + 0.2 * (question.difficulty === 1 ? 1 : 0)
          const options = 'options' in question ? question.options : []
          const wrongText = options.find((o) => !rightAnswerText(question).includes(o))
          const text = right ? rightAnswerText(question) : (wrongText ?? 'no idea')
          const credit = right ? 1 : 0
          return {
            key: `${bank.id}/${question.id}`,
            prompt: question.prompt,
            type: question.type,
            answer: text,
            right: rightAnswerText(question),
            credit,
            seconds: 5 + Math.round(random.next() * 40),
            appealed: !right && random.next() < 0.02,
          }
        }),
      }
    })
    return { name: `kiosk-${f + 1}.csv`, text: resultsCsv(sessions) }
  })
}

/** Reading, merging and reporting 30,000 answers in Node: the domain's share of the import. */
function benchDomain(bank: Bank, files: { name: string; text: string }[]): Figure {
  const times: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now()
    // As the page does it: every file read, then one merge.
    const incoming = files.flatMap((file) => readResultsFile(file.name, file.text).rows)
    const { rows } = mergeResults([], incoming)
    const report = classReport(rows, [bank])
    times.push(performance.now() - start)
    if (report.attempts !== FILES * STUDENTS * QUESTIONS) throw new Error('answers lost on import')
  }
  return {
    name: `class report: read, merge, report ${FILES * STUDENTS * QUESTIONS} answers (Node)`,
    value: median(times),
    unit: 'ms',
  }
}

/** Importing the 50 files in `/class` of the built app until the questions table shows. */
async function benchPage(base: string, files: { name: string; text: string }[]): Promise<Figure> {
  const dir = mkdtempSync(join(tmpdir(), 'factline-class-'))
  const paths = files.map((file) => {
    const path = join(dir, file.name)
    writeFileSync(path, file.text)
    return path
  })
  const browser = await chromium.launch({
    executablePath: await findChromium(),
    args: chromiumArgs,
  })
  const times: number[] = []
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext()
      const page = await context.newPage()
      await page.goto(`${base}/class`)
      await page.getByRole('heading', { name: 'Class report', level: 1 }).waitFor()
      const input = page.getByLabel('Import results')
      const table = page.getByRole('table', { name: 'Questions' })
      // Timed in the page, from the input's change event (the files chosen) to the first frame
      // that shows the table and the message: Playwright's own upload of 50 files is not the
      // teacher's wait.
      // A string, not a function: tsx would wrap a function's inner names in a helper the page
      // does not have.
      await page.evaluate(`{
        const timing = (window.classTiming = [])
        const seen = () =>
          document.querySelector('table th[scope=row]') &&
          [...document.querySelectorAll('[role=status]')].some((s) =>
            s.textContent.startsWith('Imported'))
        const frame = () => (seen() ? timing.push(performance.now()) : requestAnimationFrame(frame))
        document.querySelector('input[type=file]').addEventListener('change', () => {
          timing.push(performance.now())
          requestAnimationFrame(frame)
        }, { capture: true })
      }`)
      await input.setInputFiles(paths)
      await table.getByRole('rowheader').first().waitFor()
      await page.getByRole('status').filter({ hasText: 'Imported' }).waitFor()
      const [chosen, shown] = await page
        .waitForFunction(() => {
          const timing = (window as unknown as { classTiming: number[] }).classTiming
          return timing.length === 2 && timing
        })
        .then((handle) => handle.jsonValue() as Promise<number[]>)
      times.push(shown! - chosen!)
      await context.close()
    }
  } finally {
    await browser.close()
    rmSync(dir, { recursive: true, force: true })
  }
  return {
    name: `class report: import ${FILES} CSVs (${FILES * STUDENTS * QUESTIONS} answers) to the table`,
    value: median(times),
    unit: 'ms',
    budget: 1000,
    note: 'in the page: from the files chosen (change event) to the frame with the table and the message',
  }
}

export async function benchClassReport(base: string): Promise<Figure[]> {
  const bank = koreaBank()
  const files = classCsvs(bank)
  return [benchDomain(bank, files), await benchPage(base, files)]
}
