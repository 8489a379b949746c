import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { QUESTION_TYPES } from '@/domain/bank'

const tsx = 'node_modules/.bin/tsx'
const run = (script: string, ...args: string[]) => {
  const result = spawnSync(tsx, [`scripts/${script}.ts`, ...args], { encoding: 'utf8' })
  return { code: result.status, out: result.stdout, err: result.stderr }
}

/** Facts built to trip each gate: a bound, an "about" figure, a back-reference, a giveaway. */
const GATES_BANK = `title: Gates
language: en
topics:
  - { id: main, title: Main }
facts:
  - id: nations
    topic: main
    text: UN forces came from more than 55 nations.
    paragraph: 1
    number: { value: 55, unit: nations }
  - id: posts
    topic: main
    text: About 750 guard posts line the border.
    paragraph: 1
    number: { value: 750 }
  - id: leaders
    topic: main
    text: The two leaders agreed to create a military committee.
    paragraph: 1
    term: { term: military committee, meaning: a body of officers }
  - id: sanctions
    topic: main
    text: UN sanctions grew, and the sanctions stayed in force.
    paragraph: 1
    term: { term: sanctions, meaning: penalties imposed to pressure a country }
questions:
  - id: nations-count
    type: numeric
    prompt: From more than how many nations?
    value: 55
    facts: [nations, posts, leaders, sanctions]
    explanation: More than 55.
`

describe('npm run questions:check', () => {
  it('passes on the repository banks and summarises them as JSON', () => {
    const { code, out } = run('questions-check', '--json')
    expect(code).toBe(0)
    const { banks } = JSON.parse(out) as { banks: Record<string, unknown>[] }
    const korea = banks.find((b) => b.id === 'korea-2018')!
    expect(Object.keys(korea)).toEqual([
      'id',
      'title',
      'facts',
      'questions',
      'types',
      'errors',
      'warnings',
      'generated',
      'dropped',
    ])
    expect(Object.keys(korea.types as object)).toEqual([...QUESTION_TYPES])
    expect(korea.errors).toEqual([])
    expect(korea.warnings).toEqual([])
    expect(korea.generated).toBeGreaterThan(0)
    for (const dropped of korea.dropped as Record<string, unknown>[]) {
      expect(Object.keys(dropped)).toEqual(['id', 'type', 'facts', 'gate', 'reason'])
      expect(['context', 'bound', 'tolerance', 'blank', 'duplicate']).toContain(dropped.gate)
    }
  })

  describe('on a bank whose facts trip the quality gates', () => {
    /** Checks a bank written to a fresh folder, named as the checker names it. */
    const checkGates = (...args: string[]) => {
      const dir = mkdtempSync(join(tmpdir(), 'factline-gates-'))
      const file = join(dir, 'gates.yaml')
      writeFileSync(file, GATES_BANK)
      const result = run('questions-check', ...args, file)
      rmSync(dir, { recursive: true, force: true })
      return { ...result, shown: relative(process.cwd(), file) }
    }

    it('lists each dropped question at its fact with its gate when asked (--verbose)', () => {
      const { code, out, err, shown } = checkGates('--verbose')
      expect(code).toBe(0)
      expect(out.trim().split('\n')).toEqual([
        `${shown}:18:11: warning: fact "leaders" starts with "The two leaders", which a generated question can't explain out of context: name who or what it is`,
        `${shown}:6:9: dropped: gen-numeric-nations [duplicate] repeats the question "nations-count": same type, same fact, same answer`,
        `${shown}:6:9: dropped: gen-single-nations [bound] "more than 55" is a bound, not a figure: with any smaller number the sentence is true as well, so no option can be the one right answer`,
        `${shown}:11:9: dropped: gen-numeric-posts [tolerance] "About 750" is approximate and the fact gives no tolerance: add number.tolerance, how far off still counts`,
        `${shown}:11:9: dropped: gen-single-posts [tolerance] "About 750" is approximate and the fact gives no tolerance: add number.tolerance, how far off still counts`,
        `${shown}:16:9: dropped: gen-cloze-leaders [context] fact "leaders" starts with "The two leaders", which a generated question can't explain out of context: name who or what it is`,
        `${shown}:16:9: dropped: gen-match-terms [context] fact "leaders" starts with "The two leaders", which a generated question can't explain out of context: name who or what it is`,
        `${shown}:21:9: dropped: gen-cloze-sanctions [blank] the text says "sanctions" outside the blank too, which gives the answer away: blank a term the fact says once`,
      ])
      expect(err.trim()).toBe(
        '1 bank checked: gates (1 questions, 4 facts, 0 generated, 7 dropped); 0 errors, 1 warnings',
      )
    })

    it('keeps the plain check to problems, and puts the dropped questions in the JSON', () => {
      expect(checkGates().out).not.toContain('dropped')
      const { out } = checkGates('--json')
      const [bank] = JSON.parse(out).banks
      expect(bank.generated).toBe(0)
      expect(bank.dropped.map((d: { id: string; gate: string }) => `${d.id} ${d.gate}`)).toEqual([
        'gen-numeric-nations duplicate',
        'gen-single-nations bound',
        'gen-numeric-posts tolerance',
        'gen-single-posts tolerance',
        'gen-cloze-leaders context',
        'gen-match-terms context',
        'gen-cloze-sanctions blank',
      ])
      expect(bank.dropped[1]).toEqual({
        id: 'gen-single-nations',
        type: 'single',
        facts: ['nations'],
        gate: 'bound',
        reason: expect.stringContaining('"more than 55" is a bound'),
      })
    })
  })

  it('prints every problem of the given files as path:line:column and exits 1', () => {
    const { code, out, err } = run(
      'questions-check',
      'tests/fixtures/banks/bad-unknown-fact.yaml',
      'tests/fixtures/gift/bad-syntax.gift',
      'no-such-file.yaml',
    )
    expect(code).toBe(1)
    expect(out.trim().split('\n')).toEqual([
      'no-such-file.yaml:1:1: error: cannot read the file: no such file',
      'tests/fixtures/banks/bad-unknown-fact.yaml:55:13: error: unknown fact "troop"; did you mean "troops"?',
      'tests/fixtures/gift/bad-syntax.gift:3:24: error: GIFT syntax: Expected "{" but ":" found.',
    ])
    expect(err).not.toMatch(/\bat .*\(.*:\d+:\d+\)/)
  })

  it('reads a .xml file as Moodle XML and a .txt file as Aiken or GIFT by its text', () => {
    const { code, out } = run(
      'questions-check',
      'tests/fixtures/moodle-xml/bad-two-roots.xml',
      'tests/fixtures/aiken/bad-several-letters.txt',
      'tests/fixtures/aiken/good.txt',
    )
    expect(code).toBe(1)
    const lines = out.trim().split('\n')
    expect(
      lines.filter((l) => l.includes(': error: ')).map((l) => l.split(': error: ')[0]),
    ).toEqual([
      'tests/fixtures/aiken/bad-several-letters.txt:5:9',
      'tests/fixtures/moodle-xml/bad-two-roots.xml:7:1',
    ])
    expect(lines.filter((l) => l.startsWith('tests/fixtures/aiken/good.txt:'))).toHaveLength(3)
    const dir = mkdtempSync(join(tmpdir(), 'factline-txt-'))
    try {
      writeFileSync(join(dir, 'gift.txt'), '::Q1:: Is water wet? {T}\n')
      const gift = run('questions-check', join(dir, 'gift.txt'))
      expect(gift.code).toBe(0)
      expect(gift.err).toContain('1 bank checked: gift (1 questions, 0 facts)')
    } finally {
      rmSync(dir, { recursive: true })
    }
  })

  it('reports JSON errors with their file, line and column', () => {
    const { code, out } = run('questions-check', '--json', 'tests/fixtures/banks/bad-date.yaml')
    expect(code).toBe(1)
    expect(JSON.parse(out).banks[0].errors).toEqual([
      {
        file: 'tests/fixtures/banks/bad-date.yaml',
        line: 8,
        column: 9,
        message: 'source.date: a date is written YYYY-MM-DD',
      },
    ])
  })
})

describe('npm run questions:export', () => {
  it('writes a bank as GIFT that imports back as a valid bank', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factline-export-'))
    const out = join(dir, 'korea-2018.gift')
    const exported = run('questions-export', 'korea-2018', '--format', 'gift', '--out', out)
    expect(exported.code).toBe(0)
    expect(readFileSync(out, 'utf8')).toMatch(/^\$CATEGORY: /m)
    const checked = run('questions-check', '--json', out)
    rmSync(dir, { recursive: true })
    expect(checked.code).toBe(0)
    expect(JSON.parse(checked.out).banks[0].questions).toBeGreaterThan(50)
  })

  it('writes a bank as Moodle XML that questions:check reads back, every question in it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factline-export-'))
    const out = join(dir, 'korea-2018.xml')
    const exported = run('questions-export', 'korea-2018', '--format', 'moodle-xml', '--out', out)
    const checked = run('questions-check', '--json', out)
    const original = run('questions-check', '--json', 'questions/korea-2018')
    rmSync(dir, { recursive: true })
    expect(exported.code).toBe(0)
    expect(exported.out).toBe('')
    expect(exported.err.trim().split('\n').at(-1)).toBe(`wrote ${out}`)
    expect(checked.code).toBe(0)
    const [back] = JSON.parse(checked.out).banks
    const [bank] = JSON.parse(original.out).banks
    expect(back.types).toEqual(bank.types)
    expect(back.errors).toEqual([])
    expect(back.warnings).toEqual([])
  })

  it('writes Moodle XML to standard output, and its warnings to standard error', () => {
    const { code, out, err } = run(
      'questions-export',
      'tests/fixtures/moodle-xml-export/every-type.yaml',
      '--format',
      'moodle-xml',
    )
    expect(code).toBe(0)
    expect(out).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<quiz>\n/)
    expect(out.match(/<question type="/g)).toHaveLength(18)
    expect(out.endsWith('</quiz>\n')).toBe(true)
    const lines = err.trim().split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[0]).toMatch(/^questions:export: warning: question "eleven-rivers": each of its 11/)
    expect(lines[2]).toBe(
      'questions:export: warning: question "cloze-kinds": blanks 3, 4 take their answers in any order in Factline; Moodle grades each blank by its place',
    )
  })

  it('refuses an unknown format with a plain message', () => {
    const { code, err } = run('questions-export', 'korea-2018', '--format', 'qti')
    expect(code).toBe(2)
    expect(err.trim()).toBe(
      'questions:export: unknown format "qti"; the formats are: gift, moodle-xml, scorm12, scorm2004, cmi5',
    )
  })

  it('wants a zip file for a course package, and plain numbers for its options', () => {
    const refuse = (...args: string[]) => {
      const { code, err } = run('questions-export', 'korea-2018', ...args)
      expect(code).toBe(2)
      return err.trim()
    }
    expect(refuse('--format', 'scorm12')).toBe(
      'questions:export: a scorm12 package is a zip file: name it with --out quiz.zip',
    )
    expect(refuse('--format', 'cmi5', '--out', 'x.zip', '--mastery', '80%')).toBe(
      'questions:export: --mastery takes a whole number from 0 to 100, not "80%"',
    )
    expect(refuse('--format', 'scorm2004', '--out', 'x.zip', '--n', '0')).toBe(
      'questions:export: --n takes a whole number from 1 to 1000, not "0"',
    )
    expect(refuse('--format', 'cmi5', '--out', 'x.zip', '--lrs-origin', 'lrs.example.org')).toBe(
      'questions:export: --lrs-origin takes an origin such as https://lrs.example.org, not "lrs.example.org"',
    )
  })
})

describe('npm run build', () => {
  it('fails on an invalid bank with the same path:line:column lines as questions:check', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'factline-build-'))
    const result = spawnSync(
      'node_modules/.bin/vite',
      ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
      {
        encoding: 'utf8',
        env: { ...process.env, FACTLINE_QUESTIONS: 'tests/fixtures/build-broken' },
      },
    )
    rmSync(outDir, { recursive: true, force: true })
    expect(result.status).not.toBe(0)
    expect(result.stdout + result.stderr).toContain(
      'tests/fixtures/build-broken/broken-bank.yaml:55:13: error: unknown fact "troop"; did you mean "troops"?',
    )
  })
})
