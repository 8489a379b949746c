import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { describe, expect, it } from 'vitest'
import { acceptAnswer, generatedRefusal, type Accepting } from '@/domain/accept-answer'
import { checkDraft, draftContext } from '@/domain/author'
import { bankFilesOf } from '@/domain/bank/files'
import { readGiftSource } from '@/domain/bank/gift'
import { readStudioLink, studioLink } from '@/domain/studio-link'
import { bankAt } from '../../scripts/bank-files'

const read = (path: string) => readFileSync(path, 'utf8')
const TROOPS = read('questions/korea-2018/02-troops-and-china.yaml')
const DOUBTS = read('questions/korea-2018/05-nuclear-doubts.yaml')
const WATER = read('tests/fixtures/e2e/water-cycle.gift')

/** The edit, checked to be one insertion: the rest of the file byte for byte as it was. */
function added(result: Accepting, before: string) {
  if (result.status !== 'added') throw new Error(`not added: ${JSON.stringify(result)}`)
  const { text, at, inserted } = result
  expect(text.length).toBe(before.length + inserted.length)
  expect(text.slice(0, at)).toBe(before.slice(0, at))
  expect(text.slice(at + inserted.length)).toBe(before.slice(at))
  return result
}

/** The accepted answers of a question of a compiled file of korea-2018 (checked with its bank). */
function answersInBank(file: string, text: string, questionId: string) {
  const files = bankAt('questions/korea-2018').files.map((path) => ({
    name: `korea-2018/${basename(path)}`,
    text: read(path),
  }))
  const published = bankFilesOf({ id: 'korea-2018', language: 'en' }, 'folder', files)
  const context = draftContext({ id: 'korea-2018', file: `korea-2018/${file}` }, published)
  const { bank, problems } = checkDraft(text, 'yaml', file, context)
  expect(problems.filter((p) => p.severity === 'error')).toEqual([])
  const question = bank!.questions.find((q) => q.id === questionId)
  return question?.type === 'short' ? question.answers : undefined
}

describe('accepting an answer in a YAML file', () => {
  it('adds it to a one-line list, and nothing else of the file changes', () => {
    const result = added(
      acceptAnswer(TROOPS, 'yaml', 'short-trade-partner', 'Red China', 'en'),
      TROOPS,
    )
    expect(result.inserted).toBe(', Red China')
    expect(result.text).toContain("answers: [ China, People's Republic of China, PRC, Red China ]")
    expect(answersInBank('02-troops-and-china.yaml', result.text, 'short-trade-partner')).toEqual([
      'China',
      "People's Republic of China",
      'PRC',
      'Red China',
    ])
  })

  it('gives a list written one answer a line a line of its own, indented like the others', () => {
    const result = added(
      acceptAnswer(DOUBTS, 'yaml', 'short-un-body', 'Security Council of the UN', 'en'),
      DOUBTS,
    )
    expect(result.inserted).toBe(',\n        Security Council of the UN')
    expect(result.text).toContain(
      '        UNSC,\n        Security Council of the UN\n      ]\n    typos: true',
    )
    expect(answersInBank('05-nuclear-doubts.yaml', result.text, 'short-un-body')).toHaveLength(6)
  })

  it('adds a `- answer` line to a block list, after the last answer’s comment', () => {
    const block = TROOPS.replace(
      "    answers: [ China, People's Republic of China, PRC ]\n",
      "    answers:\n      - China\n      - People's Republic of China # in full\n",
    )
    const result = added(acceptAnswer(block, 'yaml', 'short-trade-partner', 'PRC', 'en'), block)
    expect(result.inserted).toBe('\n      - PRC')
    expect(result.text).toContain("      - People's Republic of China # in full\n      - PRC\n")
  })

  it('quotes an answer that plain YAML would read as something else', () => {
    const quoted = (answer: string) =>
      added(acceptAnswer(TROOPS, 'yaml', 'short-trade-partner', answer, 'en'), TROOPS).inserted
    expect(quoted('1953')).toBe(', "1953"')
    expect(quoted('Beijing, mostly')).toBe(', "Beijing, mostly"')
    expect(quoted('China: the PRC')).toBe(', "China: the PRC"')
    expect(quoted('  Red   China ')).toBe(', Red China')
  })

  it('changes nothing for an answer the grader already accepts, and says as which', () => {
    const same = (answer: string) =>
      acceptAnswer(TROOPS, 'yaml', 'short-trade-partner', answer, 'en')
    expect(same('the P.R.C.')).toEqual({ status: 'already', as: 'PRC' })
    expect(same('  CHINA ')).toEqual({ status: 'already', as: 'China' })
    expect(same("Peoples' republic of China")).toEqual({
      status: 'already',
      as: "People's Republic of China",
    })
    // short-un-body forgives one typo in a long word: "Counsil" is already right.
    expect(acceptAnswer(DOUBTS, 'yaml', 'short-un-body', 'Security Counsil', 'en')).toEqual({
      status: 'already',
      as: 'Security Council',
    })
  })

  it('refuses questions whose answers are not a list of typed texts, saying why', () => {
    const why = (id: string) => {
      const result = acceptAnswer(TROOPS, 'yaml', id, 'anything', 'en')
      return result.status === 'refused' ? result.why : result.status
    }
    expect(why('cloze-troops')).toEqual({ kind: 'type', type: 'cloze' })
    expect(why('num-us-troops')).toEqual({ kind: 'type', type: 'numeric' })
    expect(why('largest-partner-single')).toEqual({ kind: 'type', type: 'single' })
    expect(why('match-institutions')).toEqual({ kind: 'type', type: 'match' })
    expect(why('not-here')).toEqual({ kind: 'noQuestion', question: 'not-here' })
    expect(acceptAnswer(TROOPS, 'yaml', 'short-trade-partner', ' ?! ', 'en')).toEqual({
      status: 'refused',
      why: { kind: 'noLetters' },
    })
    expect(acceptAnswer('questions: [', 'yaml', 'q', 'x', 'en')).toEqual({
      status: 'refused',
      why: { kind: 'yamlSyntax' },
    })
  })
})

describe('accepting an answer in a question that keeps case or takes wildcards', () => {
  const bank = (fields: string, answers: string) =>
    `title: T\nlanguage: en\nquestions:\n  - id: q\n    type: short\n    prompt: P?\n${fields}    answers: [ ${answers} ]\n`

  it('adds an answer that differs only in case when the question keeps case', () => {
    const text = bank('    case: true\n', 'CO')
    expect(acceptAnswer(text, 'yaml', 'q', 'co', 'en').status).toBe('added')
    expect(acceptAnswer(text, 'yaml', 'q', 'CO', 'en')).toEqual({ status: 'already', as: 'CO' })
  })

  it('writes a star of the added answer as a literal star, and sees what a pattern accepts', () => {
    const text = bank('    wildcards: true\n', 'evaporat*')
    expect(acceptAnswer(text, 'yaml', 'q', 'Evaporation', 'en').status).toBe('already')
    const result = added(acceptAnswer(text, 'yaml', 'q', 'a*b', 'en'), text)
    expect(result.inserted).toBe(', a\\*b')
  })
})

describe('accepting an answer in a GIFT file', () => {
  const answers = (text: string, id: string) =>
    (
      readGiftSource(text, 'w.gift', 'water-cycle').data as { questions: Record<string, unknown>[] }
    ).questions.find((q) => q.id === id)?.answers

  it('puts `=answer` after the last answer of a one-line block, before the general feedback', () => {
    const result = added(acceptAnswer(WATER, 'gift', 'rain-word', 'showers', 'en'), WATER)
    expect(result.inserted).toBe(' =showers')
    expect(result.text).toContain('{=rain =rainfall =showers####Rain is liquid precipitation.}')
    expect(answers(result.text, 'rain-word')).toEqual(['rain', 'rainfall', 'showers'])
  })

  it('escapes GIFT’s special characters', () => {
    const result = added(acceptAnswer(WATER, 'gift', 'rain-word', 'rain {wet} = #1', 'en'), WATER)
    expect(result.inserted).toBe(' =rain \\{wet\\} \\= \\#1')
    expect(answers(result.text, 'rain-word')).toEqual(['rain', 'rainfall', 'rain {wet} = #1'])
  })

  it('gives answers written on lines of their own a line like theirs', () => {
    const gift =
      '::Name it::Which word?{\n\t=one#Good.\n\t=two\n\t####Both.\n}\n\n::Other::Or?{\n=a\n}\n'
    const first = added(acceptAnswer(gift, 'gift', 'name-it', 'three', 'en'), gift)
    expect(first.inserted).toBe('\t=three\n')
    expect(answers(first.text, 'name-it')).toEqual(['one', 'two', 'three'])
    const second = added(acceptAnswer(gift, 'gift', 'other', 'b', 'en'), gift)
    expect(second.text).toContain('{\n=a\n=b\n}')
  })

  it('changes nothing for an answer already accepted, and refuses other types', () => {
    expect(acceptAnswer(WATER, 'gift', 'rain-word', 'Rain fall', 'en')).toEqual({
      status: 'already',
      as: 'rainfall',
    })
    expect(acceptAnswer(WATER, 'gift', 'boiling-point', '100', 'en')).toEqual({
      status: 'refused',
      why: { kind: 'type', type: 'numeric' },
    })
    expect(acceptAnswer(WATER, 'gift', 'missing-word', 'rain', 'en')).toEqual({
      status: 'refused',
      why: { kind: 'type', type: 'single' },
    })
    expect(acceptAnswer('::Q:: Broken {=a', 'gift', 'q', 'b', 'en')).toEqual({
      status: 'refused',
      why: { kind: 'giftSyntax' },
    })
  })
})

describe('a file the studio does not edit', () => {
  const XML = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="shortanswer">
    <name><text>capital</text></name>
    <questiontext format="html"><text>The capital of France?</text></questiontext>
    <answer fraction="100"><text>Paris</text></answer>
  </question>
</quiz>
`
  const AIKEN = 'The capital of France?\nA) Lyon\nB) Paris\nANSWER: B\n'

  it('leaves a Moodle XML file as it is, saying which format it is', () => {
    expect(acceptAnswer(XML, 'moodle-xml', 'capital', 'Paname', 'en')).toEqual({
      status: 'refused',
      why: { kind: 'format', format: 'moodle-xml' },
    })
  })

  it('leaves an Aiken file as it is, whose questions take no typed answer', () => {
    expect(acceptAnswer(AIKEN, 'aiken', 'the-capital-of-france', 'Paris', 'en')).toEqual({
      status: 'refused',
      why: { kind: 'format', format: 'aiken' },
    })
  })
})

describe('a generated question', () => {
  it('is refused with the fact it comes from, which is what a teacher edits', () => {
    expect(generatedRefusal('treasured-sword')).toEqual({
      status: 'refused',
      why: { kind: 'generated', fact: 'treasured-sword' },
    })
  })
})

describe('the studio link', () => {
  it('carries the bank, the question and the answer, read back as they were', () => {
    expect(studioLink('korea-2018', 'short-trade-partner')).toBe(
      '/author?bank=korea-2018&question=short-trade-partner',
    )
    const link = studioLink('korea-2018', 'short-trade-partner', 'Red China & co? 100%')
    expect(link).toBe(
      '/author?bank=korea-2018&question=short-trade-partner&accept=Red%20China%20%26%20co%3F%20100%25',
    )
    const query = Object.fromEntries(new URL(link, 'https://x.example').searchParams)
    expect(readStudioLink(query)).toEqual({
      bank: 'korea-2018',
      question: 'short-trade-partner',
      accept: 'Red China & co? 100%',
    })
    expect(readStudioLink({ bank: 'korea-2018' })).toBeUndefined()
    expect(readStudioLink({ bank: ['a', 'b'], question: 'q' })).toEqual({
      bank: 'a',
      question: 'q',
    })
  })
})
