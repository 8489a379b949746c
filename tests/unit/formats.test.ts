import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { detectFormat, recognizeFormat } from '@/domain/bank/formats'
import { STARTER_TEMPLATE } from '@/domain/author-template'

const AIKEN = 'Which gas do plants take in?\nA) Oxygen\nB) Carbon dioxide\nANSWER: B\n'
const GIFT = '::rain:: Water falling from clouds is {=precipitation ~evaporation}.\n'
const XML = '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n  <question type="truefalse">\n'

describe('recognising the format of a question file from its text', () => {
  it('recognises Moodle XML by its declaration or its root, after comments and a byte-order mark', () => {
    expect(recognizeFormat(XML)).toBe('moodle-xml')
    expect(recognizeFormat("\uFEFF<?xml version='1.0'?><quiz/>")).toBe('moodle-xml')
    expect(recognizeFormat('<!-- from Moodle -->\n<quiz>\n</quiz>')).toBe('moodle-xml')
    expect(recognizeFormat('<question type="ordering">\n')).toBe('moodle-xml')
    // HTML at the start of a GIFT question is not XML.
    expect(recognizeFormat('<b>Bold</b> question {T}')).toBe('gift')
  })

  it('recognises YAML by a bank’s first key, even when a text in it says ANSWER:', () => {
    expect(recognizeFormat(STARTER_TEMPLATE)).toBe('yaml')
    expect(recognizeFormat('# yaml-language-server: $schema=x\ntitle: A bank\n')).toBe('yaml')
    expect(recognizeFormat('questions:\n  - id: q\n    prompt: |\n      ANSWER: B\n')).toBe('yaml')
    expect(recognizeFormat('---\ntopics: []\n')).toBe('yaml')
    expect(recognizeFormat('$schema: ../schema/bank.schema.json\n')).toBe('yaml')
    // Any other key, when nothing else says what the text is.
    expect(recognizeFormat('titel: A bank\n')).toBe('yaml')
  })

  it('recognises Aiken by its ANSWER: lines, also in CRLF text', () => {
    expect(recognizeFormat(AIKEN)).toBe('aiken')
    expect(recognizeFormat(AIKEN.replace(/\n/g, '\r\n'))).toBe('aiken')
    // An Aiken question whose text starts like a key is still Aiken.
    expect(recognizeFormat('Capital: which city is it?\nA) Paris\nB) Lyon\nANSWER: A')).toBe(
      'aiken',
    )
  })

  it('recognises GIFT by its titles, categories and answer blocks', () => {
    expect(recognizeFormat(GIFT)).toBe('gift')
    expect(recognizeFormat('// comment\n$CATEGORY: Weather\n\nRain? {T}\n')).toBe('gift')
    expect(recognizeFormat('Note: the year was {#1953}.')).toBe('gift')
    expect(recognizeFormat('Which?\n{\n  =a\n  ~b\n}\n')).toBe('gift')
    expect(recognizeFormat('Is it? {FALSE#no}')).toBe('gift')
    // A YAML cloze's blanks are not GIFT answers, nor an escaped brace.
    expect(recognizeFormat('Sentence with {{a|b}} blanks.')).toBeUndefined()
    expect(recognizeFormat('An escaped \\{=x} brace.')).toBeUndefined()
  })

  it('recognises nothing in text that is none of them', () => {
    expect(recognizeFormat('')).toBeUndefined()
    expect(recognizeFormat('Some notes for next week.\n')).toBeUndefined()
  })

  it('takes text it does not recognise for GIFT, whose plainest question is a line', () => {
    expect(detectFormat('Some notes for next week.\n')).toBe('gift')
    expect(detectFormat(AIKEN)).toBe('aiken')
    expect(detectFormat(XML)).toBe('moodle-xml')
  })

  it('recognises every question file of the repository by its text as its name says', () => {
    const expected: Record<string, string> = {
      yaml: 'yaml',
      yml: 'yaml',
      gift: 'gift',
      xml: 'moodle-xml',
    }
    const dirs = [
      'questions/korea-2018',
      'tests/fixtures/banks',
      'tests/fixtures/e2e',
      'tests/fixtures/gift',
      'tests/fixtures/aiken',
      'tests/fixtures/moodle-xml',
    ].filter((dir) => existsSync(dir))
    let checked = 0
    for (const dir of dirs) {
      for (const name of readdirSync(dir)) {
        const extension = /\.(\w+)$/.exec(name)?.[1] ?? ''
        const format = extension === 'txt' ? 'aiken' : expected[extension]
        if (!format || name.includes('bad-') || name.includes('empty')) continue
        expect(detectFormat(readFileSync(`${dir}/${name}`, 'utf8')), `${dir}/${name}`).toBe(format)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(15)
  })
})
