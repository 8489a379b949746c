import { describe, expect, it } from 'vitest'
import { formatProblem, QUESTION_TYPES } from '@/domain/bank'
import { bankAt, compileLocation } from '../../scripts/bank-files'

const dir = 'tests/fixtures/banks'
const check = (name: string) => compileLocation(bankAt(`${dir}/${name}`), process.cwd())
const lines = (name: string) => check(name).problems.map(formatProblem)

/** Every bad fixture with exactly the lines a teacher reads for it. */
const expected: Record<string, string[]> = {
  'bad-syntax.yaml': [
    '32:5: error: YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]',
  ],
  'bad-unknown-key.yaml': [
    '29:5: error: questions.0: missing "answer"',
    '33:5: error: questions.0: unknown key "anwser"; did you mean "answer"?',
  ],
  'bad-wrong-type.yaml': ['19:16: error: facts.0.paragraph: expected a number, got "two"'],
  'bad-alias-loop.yaml': [
    '15:14: error: topics.0.summary: expected text, got a mapping',
    '32:11: error: questions.0.type: unknown question type a mapping; use one of single, multiple, truefalse, numeric, short, cloze, order, match',
  ],
  'bad-missing-field.yaml': ['36:5: error: questions.1: missing "prompt"'],
  'bad-duplicate-question-id.yaml': [
    '36:9: error: duplicate question id "armistice-year" (first used at line 29)',
  ],
  'bad-duplicate-fact-id.yaml': [
    '23:9: error: duplicate fact id "armistice-1953" (first used at line 16)',
    '55:13: error: unknown fact "troops"',
    '83:13: error: unknown fact "troops"',
  ],
  'bad-duplicate-key.yaml': ['55:5: error: YAML syntax: Map keys must be unique'],
  'bad-unknown-fact.yaml': ['55:13: error: unknown fact "troop"; did you mean "troops"?'],
  'bad-unknown-topic.yaml': ['24:12: error: unknown topic "basic"; did you mean "basics"?'],
  'bad-unknown-type.yaml': [
    '44:11: error: questions.2.type: unknown question type "true-false"; use one of single, multiple, truefalse, numeric, short, cloze, order, match; did you mean "truefalse"?',
  ],
  'bad-single-two-right.yaml': [
    '32:27: error: the option "1953" appears twice',
    '33:13: error: a single-choice question needs exactly one right option',
  ],
  'bad-answer-not-an-option.yaml': ['33:13: error: the answer "1954" is not one of the options'],
  'bad-multiple-no-answer.yaml': [
    '40:14: error: questions.1.answers: a multiple-choice question needs at least one right answer',
  ],
  'bad-multiple-answer-not-option.yaml': [
    '40:50: error: the answer "The war began in 1951" is not one of the options',
  ],
  'bad-weights-sum.yaml': ['41:14: error: the positive weights add up to 90%, not 100%'],
  'bad-numeric-not-a-number.yaml': [
    '52:12: error: questions.3.value: expected a number, got "28,000" (write numbers without separators, e.g. 28000)',
  ],
  'bad-numeric-empty-range.yaml': ['52:12: error: the range is empty: 29000 is more than 27000'],
  'bad-numeric-value-and-range.yaml': [
    '53:12: error: the question has both a value and a range: keep one',
  ],
  'bad-tolerance-without-value.yaml': ['53:16: error: a tolerance goes with a value'],
  'bad-order-one-item.yaml': [
    '73:12: error: questions.6.items: an order question needs at least 2 items',
  ],
  'bad-match-one-pair.yaml': [
    '80:7: error: questions.7.pairs: a match question needs at least 2 pairs',
  ],
  'bad-match-distractor-is-right.yaml': [
    '82:19: error: the distractor "1953" is also a right answer',
  ],
  'bad-comma-in-flow.yaml': [
    '80:41: error: questions.7.pairs.0: unknown key "000 soldiers" (and "mostly army"); if this is part of a text, put the whole text in quotes (a comma inside [ ] or { } ends a text)',
  ],
  'bad-cloze-no-blank.yaml': [
    '67:11: error: a cloze text needs at least one blank, written {{answer}}',
  ],
  'bad-cloze-unclosed.yaml': ['67:58: error: this blank is not closed: write {{answer}}'],
  'bad-cloze-empty-answer.yaml': [
    '67:14: error: a blank has an empty answer: write {{answer}} or {{answer|other answer}}',
  ],
  'bad-term-not-in-text.yaml': [
    '22:19: error: the key term "ceasefire" does not appear in the fact\'s text',
  ],
  'bad-bad-id.yaml': [
    '57:9: error: questions.4.id: an id is lower-case letters, digits and single hyphens',
  ],
  'bad-date.yaml': ['8:9: error: source.date: a date is written YYYY-MM-DD'],
  'bad-difficulty.yaml': [
    '57:17: error: questions.3.difficulty: difficulty is 1 (easy), 2 (medium) or 3 (hard)',
  ],
  'bad-empty.yaml': [
    '1:1: error: the file is empty: a bank needs a title, a language, topics, facts and questions',
  ],
  'bad-only-comments.yaml': [
    '1:1: error: the file is empty: a bank needs a title, a language, topics, facts and questions',
  ],
  'bad-no-questions.yaml': [
    '2:1: error: the bank has no questions: add some under questions:',
    '16:9: warning: no question tests the fact "armistice-1953"',
    '23:9: warning: no question tests the fact "troops"',
  ],
  'bad-not-utf8.yaml': [
    '2:28: error: the file is not UTF-8 text; save it as UTF-8 (in most editors: Save with encoding, UTF-8)',
  ],
  'bad-binary.yaml': ['3:1: error: this is not a text file (it contains a NUL byte)'],
  'warn-untested-fact.yaml': ['23:9: warning: no question tests the fact "troops"'],
  'warn-no-explanation.yaml': ['43:9: warning: question "treaty-signed" has no explanation'],
  'warn-cloze-groups.yaml': [
    '67:11: warning: blanks 1 and 2 both accept "truce": if their answers can swap, put both in one group, e.g. {{@same truce}}',
    '67:11: warning: the group "lone" has only one blank: give the blanks that swap one name',
  ],
  'warn-raw-html.yaml': [
    '45:15: warning: raw HTML (<b>) is shown as text: write *emphasis*, `code` or [a link](https://…) instead',
  ],
}

describe('bank validation, file by file', () => {
  it('accepts the good bank with every question type', () => {
    const { bank, problems } = check('good.yaml')
    expect(problems).toEqual([])
    expect(bank?.questions.map((q) => q.type)).toEqual([...QUESTION_TYPES])
  })

  for (const [name, want] of Object.entries(expected)) {
    it(`reports ${name} at its exact line and column`, () => {
      const got = lines(name)
      expect(got).toEqual(want.map((line) => `${dir}/${name}:${line}`))
      const hasError = want.some((line) => line.includes(': error: '))
      expect(check(name).bank === undefined).toBe(hasError)
    })
  }
})

describe('compiled banks', () => {
  it('fills in defaults: numbers as option text, difficulty 2, topics from facts, topic order', () => {
    const bank = check('good.yaml').bank!
    expect(bank.id).toBe('good')
    expect(bank.generate).toBe(true)
    expect(bank.topics).toEqual([
      { id: 'basics', title: 'Basics', summary: 'The basics.', order: 1 },
    ])
    expect(bank.questions[0]).toMatchObject({
      options: ['1950', '1953'],
      answer: '1953',
      difficulty: 2,
      topic: 'basics',
    })
  })

  it('merges a bank folder: bank.yaml first, then the other files', () => {
    const { bank, problems } = check('folder-bank')
    expect(problems).toEqual([])
    expect(bank?.id).toBe('folder-bank')
    expect(bank?.questions.map((q) => [q.id, q.topic])).toEqual([
      ['q-one', 'one'],
      ['q-two', 'two'],
    ])
    expect(compileLocation(bankAt(`${dir}/folder-bank/two.yaml`), process.cwd()).bank?.id).toBe(
      'folder-bank',
    )
  })

  it('reports problems across the files of a folder, each in its own file', () => {
    expect(lines('bad-folder-bank')).toEqual([
      `${dir}/bad-folder-bank/two.yaml:2:11: warning: no question tests the fact "fact-two"`,
      `${dir}/bad-folder-bank/two.yaml:4:9: error: duplicate question id "q-one" (first used at ${dir}/bad-folder-bank/one.yaml)`,
      `${dir}/bad-folder-bank/two.yaml:8:13: error: unknown fact "fact-tw"; did you mean "fact-two"?`,
    ])
  })

  it('says so when a folder has no bank.yaml', () => {
    expect(
      compileLocation(
        { id: 'x', path: `${dir}/nowhere`, files: [], kind: 'folder' },
        process.cwd(),
      ).problems.map(formatProblem),
    ).toEqual([
      `${dir}/nowhere/bank.yaml:1:1: error: a bank folder needs a bank.yaml with its title and language`,
    ])
  })
})
