import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { compileBank, formatProblem, readYamlSource } from '@/domain/bank'
import { composeQuiz } from '@/domain/quiz'

const SOURCE = `source:
  headline: A headline
  publisher: A paper
  date: 2018-09-20
`

const bankFile = (source: string, fact: string) => `title: Facts
language: en
${source}topics:
  - id: main
    title: Main
facts:
  - id: first
    topic: main
    text: The first fact.
    paragraph: 1
  - id: second
    topic: main
    text: The second fact.${fact}
questions:
  - id: q
    type: truefalse
    prompt: The facts are true.
    answer: true
    facts: [first, second]
    explanation: They are.
`

const compile = (text: string, part?: string) =>
  compileBank('facts', [
    readYamlSource(text, 'bank.yaml', 'main'),
    ...(part ? [readYamlSource(part, 'more.yaml', 'part')] : []),
  ])

describe("a fact's paragraph", () => {
  it('may be left out when the bank has no source', () => {
    const { bank, problems } = compile(bankFile('', ''))
    expect(problems).toEqual([])
    expect(bank?.facts[1]).toEqual({ id: 'second', topic: 'main', text: 'The second fact.' })
    // Nothing to cite: the quiz question carries no citation.
    expect(composeQuiz([bank!], { n: 1, seed: 's' })[0]?.citation).toBeUndefined()
  })

  it('is needed when the bank has a source: the fact without one is an error at its line', () => {
    const { bank, problems } = compile(bankFile(SOURCE, ''))
    expect(bank).toBeUndefined()
    expect(problems.map(formatProblem)).toEqual([
      'bank.yaml:15:5: error: the fact "second" has no paragraph: the bank has a source, so give the paragraph of it the fact comes from (paragraph: 1 for the first)',
    ])
    expect(compile(bankFile(SOURCE, '\n    paragraph: 2')).problems).toEqual([])
  })

  it('is needed in every file of a folder bank whose bank.yaml has a source', () => {
    const part = `facts:
  - { id: third, topic: main, text: The third fact. }
`
    expect(
      compile(bankFile(SOURCE, '\n    paragraph: 2'), part).problems.map(formatProblem),
    ).toEqual([
      'more.yaml:2:5: error: the fact "third" has no paragraph: the bank has a source, so give the paragraph of it the fact comes from (paragraph: 1 for the first)',
      'more.yaml:2:11: warning: no question tests the fact "third"',
    ])
  })

  it('is optional in the JSON Schema editors check against', () => {
    const ajv = new Ajv({ allErrors: true, strict: false })
    addFormats.default(ajv)
    const validate = ajv.compile(
      JSON.parse(readFileSync('questions/schema/bank.schema.json', 'utf8')) as object,
    )
    expect(validate(parse(bankFile('', ''))), ajv.errorsText(validate.errors)).toBe(true)
    expect(validate(parse(readFileSync('tests/fixtures/e2e/cloze-kinds.yaml', 'utf8')))).toBe(true)
  })
})
