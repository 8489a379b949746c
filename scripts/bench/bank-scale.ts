// Bank scale: a bank of 10,000 questions of every type on 5,000 facts, kept as a folder of YAML
// files the way a teacher keeps a big bank, through the real checker, the build's compiler, quiz
// composition and the memory the compiled bank holds.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { setFlagsFromString } from 'node:v8'
import { gzipSync } from 'node:zlib'
import type { Bank } from '../../src/domain/bank/index.ts'
import { composeQuiz, questionPool } from '../../src/domain/quiz.ts'
import { loadBanks } from '../vite-plugin-banks.ts'
import { median, type Figure } from './figures.ts'

const QUESTIONS = 10_000
const FACTS = 5_000
const TOPICS = 50
const FILES = 10
const QUIZ_LENGTH = 20
const BANK_ID = 'scale'
const MB = 2 ** 20

const q = JSON.stringify // a double-quoted YAML scalar is a JSON string

/** A made-up word for index i: distinct letters-only words (b, c, …, bb, bc, …) plus an ending. */
function word(i: number, ending = 'ent'): string {
  const letters = 'bcdfghjklmnpqrstvwxz'
  let text = ''
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / letters.length))
    text = letters[(n - 1) % letters.length] + text
  return `${text}a${ending}`
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

const topicOf = (fact: number) => `topic-${Math.floor(fact / (FACTS / TOPICS)) + 1}`

/** Facts with the structured data the generators use: numbers, events, terms and people. */
function factYaml(f: number): string[] {
  const head = [`  - id: fact-${f}`, `    topic: ${topicOf(f)}`]
  const paragraph = `    paragraph: ${(f % 20) + 1}`
  switch (f % 10) {
    case 0:
    case 1: {
      const value = 1000 + f * 7
      return [
        ...head,
        `    text: ${q(`The survey of district ${word(f)} counted ${value.toLocaleString('en')} volunteers.`)}`,
        paragraph,
        `    number: { value: ${value}, unit: volunteers, tolerance: 50 }`,
      ]
    }
    case 2: {
      const year = 1800 + (f % 220)
      return [
        ...head,
        `    text: ${q(`The ${word(f, 'ion')} treaty was signed in ${year}.`)}`,
        paragraph,
        `    year: ${year}`,
        `    event: { name: ${q(`The ${word(f, 'ion')} treaty is signed`)}, date: "${year}" }`,
      ]
    }
    case 3:
      return [
        ...head,
        `    text: ${q(`A ${word(f, 'ology')} is the study of how rivers ${word(f, 'en')} in spring.`)}`,
        paragraph,
        `    term: { term: ${word(f, 'ology')}, meaning: ${q(`the study of how rivers ${word(f, 'en')}`)} }`,
      ]
    case 4:
      return [
        ...head,
        `    text: ${q(`${capital(word(f, 'ia'))} Morgan led the ${word(f, 'al')} council for a decade.`)}`,
        paragraph,
        `    person: { name: ${q(`${capital(word(f, 'ia'))} Morgan`)}, role: ${q(`leader of the ${word(f, 'al')} council`)} }`,
      ]
    default:
      return [
        ...head,
        `    text: ${q(`The ${word(f)} valley is known for its ${word(f, 'ish')} orchards and old stone bridges.`)}`,
        paragraph,
      ]
  }
}

/** Every question type, single choice the most common, each on one fact (two questions a fact). */
function questionYaml(i: number): string[] {
  const fact = Math.floor(i / (QUESTIONS / FACTS))
  const head = (type: string, prompt: string) => [
    `  - id: q-${i}`,
    `    type: ${type}`,
    `    prompt: ${q(prompt)}`,
    `    facts: [ fact-${fact} ]`,
    `    explanation: ${q(`Question ${i} is answered by fact ${fact} of the source.`)}`,
    `    difficulty: ${(i % 3) + 1}`,
  ]
  const w = (n: number) => word(i * 5 + n, 'or')
  switch (i % 10) {
    case 0:
    case 1:
    case 2:
      return [
        ...head('single', `Which of these names the ${word(fact)} in question ${i}?`),
        `    options: [ ${[0, 1, 2, 3].map((n) => q(w(n))).join(', ')} ]`,
        `    answer: ${q(w(0))}`,
      ]
    case 3:
      return [
        ...head('multiple', `Which of these belong to question ${i}?`),
        `    options: [ ${[0, 1, 2, 3, 4].map((n) => q(w(n))).join(', ')} ]`,
        `    answers: [ ${q(w(0))}, ${q(w(2))} ]`,
      ]
    case 4:
      return [
        ...head('truefalse', `Statement ${i}: the ${word(fact)} comes first.`),
        `    answer: ${i % 8 === 4}`,
      ]
    case 5:
      return [
        ...head('numeric', `How many points did team ${word(i)} score?`),
        `    value: ${2000 + i}`,
        '    tolerance: 5',
        '    unit: points',
      ]
    case 6:
      return [
        ...head('short', `Which word names item ${i}?`),
        `    answers: [ ${q(w(0))}, ${q(w(1))} ]`,
        '    typos: true',
      ]
    case 7:
      return [
        ...head('cloze', 'Fill in the missing words.'),
        `    text: ${q(`The ${word(i)} bridge was rebuilt by {{${w(0)}|${w(1)}}} after the {{flood}}.`)}`,
      ]
    case 8:
      return [
        ...head('order', `Put the stages of process ${i} in order.`),
        `    items: [ ${[0, 1, 2, 3].map((n) => q(w(n))).join(', ')} ]`,
      ]
    default:
      return [
        ...head('match', `Match each item of set ${i} to its place.`),
        '    pairs:',
        ...[0, 1, 2].map(
          (n) => `      - { left: ${q(w(n))}, right: ${q(word(i * 5 + n, 'ville'))} }`,
        ),
        `    distractors: [ ${q(word(i * 5 + 3, 'ville'))} ]`,
      ]
  }
}

/** Writes the bank as a folder: bank.yaml with its topics, and ten files of facts and questions. */
export function writeScaleBank(dir: string): { path: string; bytes: number } {
  const path = join(dir, BANK_ID)
  mkdirSync(path, { recursive: true })
  const main = [
    '# yaml-language-server: $schema=../schema/bank.schema.json',
    'title: A bank at scale',
    'language: en',
    'source: { headline: A long report, publisher: The bench, date: 2025-01-01 }',
    'generate: true',
    'topics:',
    ...Array.from(
      { length: TOPICS },
      (_, t) => `  - { id: topic-${t + 1}, title: ${q(`Topic ${t + 1}`)}, order: ${t + 1} }`,
    ),
  ]
  let bytes = 0
  const write = (name: string, lines: string[]) => {
    const text = `${lines.join('\n')}\n`
    writeFileSync(join(path, name), text)
    bytes += Buffer.byteLength(text)
  }
  write('bank.yaml', main)
  for (let file = 0; file < FILES; file++) {
    const facts = Array.from({ length: FACTS / FILES }, (_, k) => (file * FACTS) / FILES + k)
    const questions = Array.from(
      { length: QUESTIONS / FILES },
      (_, k) => (file * QUESTIONS) / FILES + k,
    )
    write(`part-${String(file + 1).padStart(2, '0')}.yaml`, [
      '# yaml-language-server: $schema=../schema/bank-part.schema.json',
      'facts:',
      ...facts.flatMap(factYaml),
      'questions:',
      ...questions.flatMap(questionYaml),
    ])
  }
  return { path, bytes }
}

/** Node's heap in use after a full garbage collection. */
function heapAfterGc(): number {
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as () => void
  gc()
  gc()
  return process.memoryUsage().heapUsed
}

function timed<T>(run: () => T): { ms: number; result: T } {
  const start = performance.now()
  const result = run()
  return { ms: performance.now() - start, result }
}

export function benchBankScale(): Figure[] {
  const dir = mkdtempSync(join(tmpdir(), 'factline-scale-'))
  const root = process.cwd()
  try {
    const { path, bytes } = writeScaleBank(dir)

    // questions:check as a teacher runs it: a new process, the real CLI (tsx start-up included).
    const checks: number[] = []
    let summary = ''
    for (let run = 0; run < 3; run++) {
      const start = performance.now()
      const child = spawnSync('npx', ['tsx', 'scripts/questions-check.ts', path], {
        cwd: root,
        encoding: 'utf8',
      })
      checks.push(performance.now() - start)
      summary = child.stderr.trim().split('\n').at(-1) ?? ''
      if (child.status !== 0)
        throw new Error(`questions:check failed on the scale bank: ${summary}`)
    }
    const startUp: number[] = []
    for (let run = 0; run < 3; run++) {
      const start = performance.now()
      spawnSync('npx', ['tsx', 'scripts/questions-check.ts', 'questions/korea-2018'], { cwd: root })
      startUp.push(performance.now() - start)
    }

    // The build: what the Vite plugin runs for the question folders (scripts/vite-plugin-banks.ts).
    const before = heapAfterGc()
    const compiles: number[] = []
    let bank: Bank | undefined
    for (let run = 0; run < 5; run++) {
      bank = undefined
      const { ms, result } = timed(() => loadBanks([dir], root))
      compiles.push(ms)
      if (result.problems.some((p) => p.severity === 'error') || !result.banks[0])
        throw new Error(`The scale bank does not compile: ${result.problems[0]?.message}`)
      bank = result.banks[0]
    }
    const held = heapAfterGc() - before
    if (!bank) throw new Error('No bank compiled.')
    const chunk = JSON.stringify(bank)

    // A learner's first quiz generates the bank's practice questions; later ones reuse them.
    const firsts: number[] = []
    let pool = 0
    for (let run = 0; run < 5; run++) {
      const fresh = structuredClone(bank)
      firsts.push(timed(() => composeQuiz([fresh], { n: QUIZ_LENGTH, seed: `first-${run}` })).ms)
      pool = questionPool(fresh).length
    }
    questionPool(bank)
    const laters: number[] = []
    for (let run = 0; run < 100; run++)
      laters.push(timed(() => composeQuiz([bank], { n: QUIZ_LENGTH, seed: `later-${run}` })).ms)

    const size = `${QUESTIONS.toLocaleString('en')} questions, ${FACTS.toLocaleString('en')} facts`
    return [
      {
        name: `questions:check, ${size}`,
        value: median(checks),
        unit: 'ms',
        note: `npx tsx scripts/questions-check.ts on ${FILES + 1} YAML files, ${(bytes / MB).toFixed(1)} MB, a new process each run (on the Korea bank alone: ${median(startUp).toFixed(0)} ms); ${summary}`,
      },
      {
        name: `build: compile the bank, ${size}`,
        value: median(compiles),
        unit: 'ms',
        note: 'loadBanks of scripts/vite-plugin-banks.ts: read, parse, validate, compile',
      },
      {
        name: `build: heap held by the compiled bank`,
        value: held / MB,
        unit: 'MB',
        note: `Node heap after GC with the bank held, minus before; ${(process.memoryUsage().heapUsed / MB).toFixed(0)} MB heap in use at the end`,
      },
      {
        name: `the bank's chunk for the browser`,
        value: Buffer.byteLength(chunk) / 1024,
        unit: 'KB',
        note: `JSON as the build ships it; ${(gzipSync(chunk, { level: 9 }).byteLength / 1024).toFixed(0)} KB gzip`,
      },
      {
        name: `compose a first quiz of ${QUIZ_LENGTH}, ${size}`,
        value: median(firsts),
        unit: 'ms',
        note: `composeQuiz, generating the practice questions first: a pool of ${pool.toLocaleString('en')}`,
      },
      {
        name: `compose another quiz of ${QUIZ_LENGTH}, ${size}`,
        value: median(laters),
        unit: 'ms',
        note: 'composeQuiz once the pool is generated; median of 100 seeds',
      },
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
