import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatProblem, parseBankYaml } from '@/domain/bank'

const fixture = (name: string) => {
  const file = `tests/fixtures/banks/${name}`
  return parseBankYaml(readFileSync(file, 'utf8'), { id: name.replace(/\.yaml$/, ''), file })
}
const lines = (name: string) => fixture(name).problems.map(formatProblem)

describe('parseBankYaml', () => {
  it('compiles a valid bank with its id and no problems', () => {
    const { bank, problems } = fixture('good.yaml')
    expect(problems).toEqual([])
    expect(bank?.id).toBe('good')
    expect(bank?.questions[0]).toMatchObject({
      id: 'armistice-year',
      difficulty: 1,
      answer: '1953',
    })
  })

  it('reports YAML syntax errors where they are', () => {
    expect(lines('bad-syntax.yaml')[0]).toBe(
      'tests/fixtures/banks/bad-syntax.yaml:23:5: error: YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]',
    )
  })

  it('points at an unknown key', () => {
    expect(lines('bad-unknown-key.yaml')).toEqual([
      'tests/fixtures/banks/bad-unknown-key.yaml:20:5: error: questions.0: missing "answer"',
      'tests/fixtures/banks/bad-unknown-key.yaml:24:5: error: questions.0: unknown key "anwser"',
    ])
  })

  it('points at a value of the wrong type', () => {
    expect(lines('bad-wrong-type.yaml')).toEqual([
      'tests/fixtures/banks/bad-wrong-type.yaml:18:16: error: facts.0.paragraph: Invalid input: expected number, received string',
    ])
  })

  it('points at a reference to a fact that does not exist', () => {
    expect(lines('bad-unknown-fact.yaml')).toEqual([
      'tests/fixtures/banks/bad-unknown-fact.yaml:25:29: error: unknown fact "no-such-fact"',
    ])
  })

  it('points at an answer that is not among the options', () => {
    expect(lines('bad-answer-not-an-option.yaml')).toEqual([
      'tests/fixtures/banks/bad-answer-not-an-option.yaml:24:13: error: the answer "1954" is not one of the options',
    ])
  })

  it('says an empty file is empty', () => {
    expect(lines('bad-empty.yaml')).toEqual([
      'tests/fixtures/banks/bad-empty.yaml:1:1: error: the file is empty: a bank needs a title, topics, facts and questions',
    ])
  })

  it('reports duplicate ids at the second one', () => {
    const source = readFileSync('tests/fixtures/banks/good.yaml', 'utf8').replace(
      'questions:\n',
      'questions:\n  - id: armistice-year\n    type: single\n    prompt: Again?\n    options: [a, b]\n    answer: a\n    facts: [armistice-1953]\n',
    )
    const { problems } = parseBankYaml(source, { id: 'dup', file: 'dup.yaml' })
    expect(problems.map(formatProblem)).toEqual([
      'dup.yaml:26:9: error: duplicate question id "armistice-year"',
    ])
  })
})
