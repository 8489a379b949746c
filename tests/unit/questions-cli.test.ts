import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { QUESTION_TYPES } from '@/domain/bank'

const tsx = 'node_modules/.bin/tsx'
const run = (script: string, ...args: string[]) => {
  const result = spawnSync(tsx, [`scripts/${script}.ts`, ...args], { encoding: 'utf8' })
  return { code: result.status, out: result.stdout, err: result.stderr }
}

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
    ])
    expect(Object.keys(korea.types as object)).toEqual([...QUESTION_TYPES])
    expect(korea.errors).toEqual([])
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

  it('refuses an unknown format with a plain message', () => {
    const { code, err } = run('questions-export', 'korea-2018', '--format', 'qti')
    expect(code).toBe(2)
    expect(err.trim()).toBe('questions:export: unknown format "qti"; the formats are: gift')
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
