import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { linkTarget } from '@/domain/author'
import { bankFilesOf, type BankFiles } from '@/domain/bank/files'
import { bankAt, compileLocation } from '../../scripts/bank-files'
import { bankFiles, bankJson, loadBanks } from '../../scripts/vite-plugin-banks'

/** A bank's files as the build publishes them for the studio. */
function published(path: string): BankFiles {
  const root = process.cwd()
  const location = bankAt(path)
  const bank = compileLocation(location, root).bank!
  return bankFiles(bank, { location, dir: dirname(resolve(path)) })
}

/** The 1-based line of the first line of `text` that `pattern` matches. */
const lineOf = (text: string, pattern: RegExp) =>
  text.split('\n').findIndex((line) => pattern.test(line)) + 1

describe('where each question of a bank starts, as the build records it', () => {
  it('names a folder bank’s files within the questions folder, bank.yaml first', () => {
    const korea = published('questions/korea-2018')
    expect(korea.kind).toBe('folder')
    expect(korea.language).toBe('en')
    expect(korea.files.map((f) => f.name)).toEqual([
      'korea-2018/bank.yaml',
      'korea-2018/01-war-and-armistice.yaml',
      'korea-2018/02-troops-and-china.yaml',
      'korea-2018/03-trump-kim-summits.yaml',
      'korea-2018/04-moon-kim-summit.yaml',
      'korea-2018/05-nuclear-doubts.yaml',
      'korea-2018/06-economy-and-sanctions.yaml',
    ])
    expect(korea.files[2]!.text).toBe(
      readFileSync('questions/korea-2018/02-troops-and-china.yaml', 'utf8'),
    )
  })

  it('puts every question of a folder bank at the line of its `- id:` in its own part file', () => {
    const korea = published('questions/korea-2018')
    const compiled = compileLocation(bankAt('questions/korea-2018'), process.cwd()).bank!
    expect(Object.keys(korea.questions).sort()).toEqual(compiled.questions.map((q) => q.id).sort())
    for (const [id, place] of Object.entries(korea.questions)) {
      const text = korea.files[place.file]!.text
      expect(place.line, id).toBe(lineOf(text, new RegExp(`^\\s*- id: ${id}$`)))
    }
    expect(korea.questions['short-trade-partner']).toEqual({ file: 2, line: 110 })
    expect(korea.facts['us-troops-28000']).toEqual({ file: 2, line: 6 })
  })

  it('leads a generated question to the line of the fact it is made from', () => {
    const korea = published('questions/korea-2018')
    const [id, fact] = Object.entries(korea.generated)[0]!
    expect(id).toMatch(/^gen-/)
    const target = linkTarget(korea, id)!
    expect(target).toMatchObject({ key: 'facts', id: fact, generated: true })
    const text = korea.files[target.place.file]!.text
    expect(target.place.line).toBe(lineOf(text, new RegExp(`^\\s*- id: ${fact}$`)))
    expect(linkTarget(korea, 'no-such-question')).toBeUndefined()
  })

  it('places the questions of a one-file YAML bank', () => {
    const fair = published('tests/fixtures/e2e/fair-answers.yaml')
    expect(fair.kind).toBe('yaml')
    expect(fair.files.map((f) => f.name)).toEqual(['fair-answers.yaml'])
    expect(fair.questions['un-body']).toEqual({ file: 0, line: 13 })
    expect(fair.questions.launchpad).toEqual({ file: 0, line: 18 })
    expect(fair.generated).toEqual({})
  })

  it('places the questions of a GIFT bank at the first line of their item, past comments and categories', () => {
    const water = published('tests/fixtures/e2e/water-cycle.gift')
    expect(water.kind).toBe('gift')
    const text = water.files[0]!.text
    expect(water.questions['sun-and-evaporation']).toEqual({
      file: 0,
      line: lineOf(text, /^::Sun and evaporation::/),
    })
    expect(water.questions['rain-word']).toEqual({ file: 0, line: lineOf(text, /^::Rain word::/) })
    expect(Object.keys(water.questions)).toHaveLength(9)
  })

  it('keeps the first place of an id that two files share', () => {
    const files = [
      { name: 'b/bank.yaml', text: 'title: B\nlanguage: en\nquestions:\n  - id: q\n' },
      { name: 'b/more.yaml', text: '\nquestions:\n  - id: q\n' },
    ]
    const places = bankFilesOf({ id: 'b', language: 'en' }, 'folder', files)
    expect(places.questions).toEqual({ q: { file: 0, line: 4 } })
  })
})

describe('the bank JSON and the studio’s files, as the build emits them', () => {
  const { banks, locations } = loadBanks([resolve('questions')], process.cwd())
  const korea = banks.find((b) => b.id === 'korea-2018')!

  it('finds every bank it compiled', () => {
    expect([...locations.keys()]).toEqual(banks.map((b) => b.id))
  })

  it('lists the files in the bank’s JSON without changing its version', () => {
    const names = ['korea-2018/bank.yaml', 'korea-2018/01-war-and-armistice.yaml']
    const shipped = JSON.parse(bankJson(korea, names))
    expect(shipped.files).toEqual(names)
    expect(shipped.version).toBe(JSON.parse(bankJson(korea)).version)
  })

  it('keeps the question files out of the bank’s JSON: only the studio fetches them', () => {
    const json = bankJson(korea, ['korea-2018/bank.yaml'])
    expect(json).not.toContain('# yaml-language-server')
    const files = JSON.stringify(bankFiles(korea, locations.get('korea-2018')!))
    expect(files).toContain('# yaml-language-server')
  })
})
