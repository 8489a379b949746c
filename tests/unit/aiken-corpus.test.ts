import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compileBank, type Problem } from '@/domain/bank'
import { isAiken, readAikenSource } from '@/domain/bank/aiken'
import { decodeUtf8 } from '@/domain/bank/source'

// Real Aiken files from public repositories (GPL and MIT): read where they lie, never copied here.
const CORPUS = resolve('../shared/corpora/aiken')

/** Per file: the questions read, and the lines of the problems a teacher reads (no "no explanation"). */
const EXPECTED: Record<string, { questions: number; errors: number[]; warnings: number[] }> = {
  // "17090 - " prefixes, `A.` options, CRLF, no line break at the end.
  'Aiken-Parser__aiken.txt': { questions: 3, errors: [], warnings: [] },
  // Its last question's options are all " .": read, then refused by the compiler, option by option.
  'QAS-Editor__aiken_1.txt': { questions: 5, errors: [29, 30, 31, 32], warnings: [] },
  // "Extended Aiken" of another tool: type lines, `Answer: C, D`, `Feedback:`; three real questions.
  'aiken-to-moodlexml__aiken.txt': {
    questions: 3,
    errors: [
      1, 37, 47, 48, 52, 58, 62, 63, 67, 68, 71, 74, 81, 88, 90, 100, 103, 108, 116, 117, 125, 126,
      134, 135,
    ],
    warnings: [],
  },
  // "Aiken advanced": NUMBERING lines, and a question in Hebrew with `1)` options.
  'moodle-qformat_aikenadv__aiken_hebrew_english_sample.txt': {
    questions: 2,
    errors: [19],
    warnings: [6, 16],
  },
  // Moodle's own test of its errors (Moodle names line 18 for the question begun on line 14).
  'moodle__qformat_aiken-aiken_errors.txt': { questions: 3, errors: [3, 5, 7, 14], warnings: [] },
  'moodle__qformat_aiken-questions.aiken.txt': { questions: 2, errors: [], warnings: [] },
}

function read(name: string) {
  const decoded = decodeUtf8(readFileSync(`${CORPUS}/${name}`))
  if (!('text' in decoded)) throw new Error(`${name}: ${decoded.message}`)
  const source = readAikenSource(decoded.text, name, 'corpus')
  const questions = (source.data as { questions?: unknown[] } | undefined)?.questions ?? []
  const problems = compileBank('corpus', [source]).problems.filter(
    (p) => !p.message.endsWith('has no explanation'),
  )
  return { text: decoded.text, source, questions, problems }
}

const linesOf = (problems: Problem[], severity: Problem['severity']) =>
  problems.filter((p) => p.severity === severity).map((p) => p.line)

describe.skipIf(!existsSync(CORPUS))('the public Aiken corpus', () => {
  const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.txt')) : []

  it('has the files this test knows', () => {
    for (const name of Object.keys(EXPECTED)) expect(files).toContain(name)
  })

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: ${expected.questions} questions read, problems where expected`, () => {
      const { questions, problems, text } = read(name)
      expect(isAiken(text)).toBe(true)
      expect(questions).toHaveLength(expected.questions)
      expect(linesOf(problems, 'error')).toEqual(expected.errors)
      expect(linesOf(problems, 'warning')).toEqual(expected.warnings)
    })
  }

  it('gives every ANSWER: line of every file a fate: a question read, or an error at it or above it', () => {
    for (const name of files) {
      const { text, source, questions, problems } = read(name)
      const answered = new Set(
        questions.map((_, i) => source.locate(['questions', i, 'answer']).line),
      )
      const errors = linesOf(problems, 'error')
      let previous = 0
      text.split(/\r\n|\r|\n/).forEach((line, i) => {
        if (!/^\s*ANSWER\s*:/i.test(line)) return
        const number = i + 1
        const fate = answered.has(number) || errors.some((e) => e > previous && e <= number)
        expect(fate, `${name}:${number}`).toBe(true)
        previous = number
      })
    }
  })
})
