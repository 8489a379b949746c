import { describe, expect, it } from 'vitest'
import {
  compileBank,
  formatProblem,
  parseCloze,
  readYamlSource,
  type Bank,
  type Question,
} from '@/domain/bank'
import { readGiftSource } from '@/domain/bank/gift'
import { exportGift } from '@/domain/bank/gift-export'
import { emptyAnswer } from '@/domain/answer-state'
import { answerText, gradeAnswer, gradeCloze, rightAnswer, rightAnswerText } from '@/domain/grading'
import { composeQuiz, type ShownBlank } from '@/domain/quiz'
import { worksheets } from '@/domain/worksheet'

type Cloze = Extract<Question, { type: 'cloze' }>

const cloze = (text: string, id = 'q'): Cloze => ({
  id,
  type: 'cloze',
  prompt: 'Fill in the blanks.',
  text,
  topic: 'main',
  facts: [],
  difficulty: 2,
  language: 'en',
})

const bankOf = (...questions: Question[]): Bank => ({
  id: 'kinds',
  title: 'Kinds',
  language: 'en',
  generate: false,
  topics: [{ id: 'main', title: 'Main', order: 1 }],
  facts: [],
  questions,
})

const WATER =
  'Water {{boils|~freezes|~melts}} at {{#100:1}} °C, {{#1..2}} or {{#1953}} {{it|this}}.'

describe('parseCloze: the kinds of blank', () => {
  it('reads typed, drop-down and number blanks, each with what it takes', () => {
    const { kinds, blanks, errors } = parseCloze(WATER)
    expect(errors).toEqual([])
    expect(kinds).toEqual([
      { blank: 0, kind: 'choice', answers: ['boils'], wrong: ['freezes', 'melts'] },
      { blank: 1, kind: 'numeric', answers: [], target: { value: 100, tolerance: 1 } },
      { blank: 2, kind: 'numeric', answers: [], target: { range: [1, 2] } },
      { blank: 3, kind: 'numeric', answers: [], target: { value: 1953 } },
      { blank: 4, kind: 'typed', answers: ['it', 'this'] },
    ])
    expect(blanks).toEqual([['boils'], [], [], [], ['it', 'this']])
  })

  it('takes several right choices, spaces around the marks, decimals and negative numbers', () => {
    const { kinds, errors } = parseCloze('{{ a | ~ b | c }} {{# -2.5 : .5 }} {{#−3..−1}}')
    expect(errors).toEqual([])
    expect(kinds).toEqual([
      { blank: 0, kind: 'choice', answers: ['a', 'c'], wrong: ['b'] },
      { blank: 1, kind: 'numeric', answers: [], target: { value: -2.5, tolerance: 0.5 } },
      { blank: 2, kind: 'numeric', answers: [], target: { range: [-3, -1] } },
    ])
  })

  it('reads \\| \\} \\{ \\~ \\# \\\\ inside a blank as those characters', () => {
    const { kinds, segments, errors } = parseCloze(
      'A {{x\\|y}} {{\\~tilde|~wrong}} {{\\#1}} {{a\\}}} {{\\{b}} {{C:\\\\}} }',
    )
    expect(errors).toEqual([])
    expect(kinds.map((k) => [k.kind, k.answers])).toEqual([
      ['typed', ['x|y']],
      ['choice', ['~tilde']],
      ['typed', ['#1']],
      ['typed', ['a}']],
      ['typed', ['{b']],
      ['typed', ['C:\\']],
    ])
    // The text around the blanks is as written, a lone } included.
    expect(segments.filter((s) => typeof s === 'string')).toEqual([
      'A ',
      ' ',
      ' ',
      ' ',
      ' ',
      ' ',
      ' }',
    ])
  })

  it('keeps groups for typed blanks', () => {
    const { kinds, groups, errors } = parseCloze('{{@g a}} and {{@g: b}}')
    expect(errors).toEqual([])
    expect(groups).toEqual(['g', 'g'])
    expect(kinds.map((k) => k.kind)).toEqual(['typed', 'typed'])
  })
})

describe('parseCloze: problems, each where it is', () => {
  const errorsOf = (text: string) => parseCloze(text).errors
  const at = (text: string, part: string) => text.indexOf(part)

  it('a backslash that escapes nothing', () => {
    const text = 'Save it in {{C:\\Windows}}.'
    expect(errorsOf(text)).toEqual([
      {
        index: at(text, '\\W'),
        message: 'a backslash in a blank escapes | } { ~ # or \\ only: write \\\\ for a backslash',
      },
    ])
  })

  it('a drop-down without a right choice, and a choice written twice', () => {
    const none = 'It is {{~red|~blue}}.'
    expect(errorsOf(none)).toEqual([
      {
        index: at(none, '{{'),
        message: 'a drop-down needs a right choice, written without ~: {{Arizona|~Nevada}}',
      },
    ])
    const twice = 'It is {{red|~blue|~red}}.'
    expect(errorsOf(twice)).toEqual([
      { index: at(twice, '~red'), message: 'the choice "red" appears twice in this blank' },
    ])
    const empty = 'It is {{red|~}}.'
    expect(errorsOf(empty)).toEqual([
      {
        index: at(empty, '{{'),
        message: 'a blank has an empty answer: write {{answer}} or {{answer|other answer}}',
      },
    ])
  })

  it('a number blank whose number, tolerance or range is not one', () => {
    const forms =
      'write {{#1953}}, {{#6.25:0.05}} (value:tolerance) or {{#1..2}} (a range), in digits with a point for decimals'
    for (const spec of [
      '1,953',
      'twelve',
      '12 apples',
      '',
      ' ',
      '6.25: x',
      '6.25:-1',
      '1..two',
      '1.2.3',
    ])
      expect(errorsOf(`In {{#${spec}}}.`), spec).toEqual([
        { index: 5, message: `{{#${spec.trim()}}} is not a number blank: ${forms}` },
      ])
    expect(errorsOf('In {{#3..1}}.')).toEqual([
      { index: 5, message: 'the range is empty: 3 is more than 1' },
    ])
  })

  it('# mixed with text or choices, and a group of blanks that are not typed', () => {
    const mixed =
      'a number blank holds one number only; to accept words too, write a typed blank: {{1953|nineteen fifty-three}}'
    for (const [text, part] of [
      ['In {{#1953|nineteen fifty-three}}.', 'nineteen'],
      ['In {{nineteen fifty-three|#1953}}.', '#1953'],
      ['In {{#1953|~1954}}.', '~1954'],
    ] as const)
      expect(errorsOf(text), text).toEqual([{ index: at(text, part), message: mixed }])
    const group = 'a drop-down or number blank cannot be in a group: write it without @name'
    const grouped = '{{@g a}} {{@g a|~b}} {{@g #1}}'
    expect(errorsOf(grouped)).toEqual([
      { index: at(grouped, '{{@g a|'), message: group },
      { index: at(grouped, '{{@g #'), message: group },
    ])
  })

  it('an escaped }} does not close a blank', () => {
    const text = 'It is {{open\\}} for good.'
    expect(errorsOf(text)).toEqual([
      { index: at(text, '{{'), message: 'this blank is not closed: write {{answer}}' },
    ])
  })
})

describe('grading the kinds of blank', () => {
  const water = cloze(WATER)
  const grade = (...blanks: string[]) => gradeCloze(water, { type: 'cloze', blanks })

  it('a drop-down: the chosen option exactly, any right one', () => {
    const right = ['100', '1', '1953', 'it']
    expect(grade('boils', ...right).parts?.[0]).toBe(true)
    for (const chosen of ['freezes', 'Boils', 'boils ', ''])
      expect(grade(chosen, ...right).parts?.[0], chosen).toBe(false)
    const two = cloze('{{a|c|~b}}')
    expect(gradeCloze(two, { type: 'cloze', blanks: ['c'] }).credit).toBe(1)
    expect(gradeCloze(two, { type: 'cloze', blanks: ['b'] }).credit).toBe(0)
  })

  it('a number: read as the numeric question reads it, within the tolerance or the range', () => {
    const parts = (blanks: string[]) => grade('boils', ...blanks, 'it').parts?.slice(1, 4)
    expect(parts(['99', '1', '1953'])).toEqual([true, true, true])
    expect(parts(['101.0', '2', '1,953'])).toEqual([true, true, true])
    expect(parts(['one hundred', '1.5', 'nineteen fifty-three'])).toEqual([true, true, true])
    expect(parts(['98.9', '2.01', '1954'])).toEqual([false, false, false])
    expect(parts(['about 100', '0.99', '19 53'])).toEqual([false, false, false])
    expect(parts(['', 'x', '1953 AD'])).toEqual([false, false, false])
  })

  it('counts every blank in the credit, typed ones as before', () => {
    expect(grade('boils', '100', '1', '1953', 'this')).toEqual({
      credit: 1,
      verdict: 'correct',
      parts: [true, true, true, true, true],
    })
    expect(grade('melts', '100', '3', '1953', 'that')).toMatchObject({
      credit: 0.4,
      verdict: 'partial',
      parts: [false, true, false, true, false],
    })
  })

  it('gives full credit to the right answer, and says it in words', () => {
    expect(rightAnswer(water)).toEqual({
      type: 'cloze',
      blanks: ['boils', '100', '1', '1953', 'it'],
    })
    expect(gradeAnswer(water, rightAnswer(water)).credit).toBe(1)
    expect(rightAnswerText(water)).toBe('Water boils at 100 (±1) °C, between 1 and 2 or 1953 it.')
  })

  it('quotes the answer as chosen and typed (results, kiosk CSV, appeals)', () => {
    expect(answerText(water, { type: 'cloze', blanks: ['melts', '99,5', '', '1953', 'it'] })).toBe(
      'Water melts at 99,5 °C, ___ or 1953 it.',
    )
  })

  it('starts with one empty answer per blank', () => {
    expect(emptyAnswer(water)).toEqual({ type: 'cloze', blanks: ['', '', '', '', ''] })
  })
})

describe('a drop-down in a quiz', () => {
  const choices = 'Pick {{a|~b|~c|~d|~e}} and {{#5}} and {{typed}}.'
  const quiz = (seed: string) => composeQuiz([bankOf(cloze(choices))], { n: 1, seed })[0]!
  const shownBlanks = (seed: string) =>
    (quiz(seed).shown.segments ?? []).filter((s): s is ShownBlank => typeof s !== 'string')

  it('shows each blank as what it takes: choices, a number, a text', () => {
    const [choice, number, typed] = shownBlanks('one')
    expect(choice?.options?.slice().sort()).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(number).toEqual({ blank: 1, numeric: true })
    expect(typed).toEqual({ blank: 2 })
    // Nothing shown tells the right choice apart.
    expect(JSON.stringify(quiz('one').shown)).not.toContain('typed')
  })

  it('shuffles the choices by the quiz seed: the same seed, the same order', () => {
    expect(shownBlanks('one')).toEqual(shownBlanks('one'))
    const orders = new Set(
      Array.from({ length: 12 }, (_, i) => shownBlanks(`s${i}`)[0]?.options?.join()),
    )
    expect(orders.size).toBeGreaterThan(1)
  })

  it('prints the right choice and the number in the worksheet key', () => {
    const [sheet] = worksheets([bankOf(cloze('Water {{boils|~melts}} at {{#100:1}} °C.'))], {
      n: 1,
      seed: 'paper',
    })
    expect(sheet?.key[0]?.answer).toBe('Water boils at 100 (±1) °C.')
  })
})

describe('checking a bank with the new blanks', () => {
  const yaml = (text: string) => `title: Kinds
language: en
topics:
  - id: main
    title: Main
questions:
  - id: q
    type: cloze
    prompt: Fill in.
    text: ${text}
    explanation: Because.
`
  const problems = (text: string) =>
    compileBank('kinds', [readYamlSource(yaml(text), 'kinds.yaml', 'main')]).problems.map(
      formatProblem,
    )

  it('accepts drop-down and number blanks', () => {
    const { bank, problems: found } = compileBank('kinds', [
      readYamlSource(yaml('Water {{boils|~melts}} at {{#100:1}} °C.'), 'kinds.yaml', 'main'),
    ])
    expect(found).toEqual([])
    expect(bank?.questions[0]?.type).toBe('cloze')
  })

  it('reports each problem of a blank at its line and column', () => {
    expect(problems('Water {{~boils|~melts}} at {{#1OO}} in {{C:\\Temp}}.')).toEqual([
      'kinds.yaml:10:17: error: a drop-down needs a right choice, written without ~: {{Arizona|~Nevada}}',
      'kinds.yaml:10:40: error: {{#1OO}} is not a number blank: write {{#1953}}, {{#6.25:0.05}} (value:tolerance) or {{#1..2}} (a range), in digits with a point for decimals',
      'kinds.yaml:10:54: error: a backslash in a blank escapes | } { ~ # or \\ only: write \\\\ for a backslash',
    ])
    expect(problems('Both {{@g a|~b}} and {{@g c}}')).toEqual([
      'kinds.yaml:10:16: error: a drop-down or number blank cannot be in a group: write it without @name',
    ])
  })

  it('warns of two typed blanks that accept the same answer, never of drop-downs', () => {
    expect(problems('Both {{red|~blue}} and {{red|~green}}')).toEqual([])
    expect(problems('Both {{red}} and {{red}}')).toEqual([
      'kinds.yaml:10:11: warning: blanks 1 and 2 both accept "red": if their answers can swap, put both in one group, e.g. {{@same red}}',
    ])
  })
})

describe('GIFT export of a cloze with one blank', () => {
  const exported = (text: string) => exportGift(bankOf(cloze(text, 'one')))
  const imported = (gift: string) => {
    const { bank, problems } = compileBank('back', [readGiftSource(gift, 'back.gift', 'back')])
    expect(problems.filter((p) => p.severity === 'error')).toEqual([])
    return bank!.questions[0]!
  }

  it('writes a drop-down as a single-choice question, which reads back with the same right choice', () => {
    const gift = exported('Water {{boils|~freezes|~melts}} at sea level.')
    expect(gift).toContain(
      '::one::[markdown]Fill in the blanks.\\n\\nWater _____ at sea level.{\n\t=boils\n\t~freezes\n\t~melts\n}',
    )
    const back = imported(gift)
    expect(back).toMatchObject({
      type: 'single',
      answer: 'boils',
      options: ['boils', 'freezes', 'melts'],
    })
    expect(gradeAnswer(back, { type: 'single', choice: 'boils' }).credit).toBe(1)
    expect(gradeAnswer(back, { type: 'single', choice: 'melts' }).credit).toBe(0)
  })

  it('writes a number blank as a numeric question with its tolerance or range', () => {
    expect(exported('It boils at {{#100:1}} °C.')).toContain('It boils at _____ °C.{#100:1}')
    expect(exported('Between {{#1..2}}.')).toContain('Between _____.{#1..2}')
    const back = imported(exported('It boils at {{#100:1}} °C.'))
    expect(back).toMatchObject({ type: 'numeric', value: 100, tolerance: 1 })
  })

  it('leaves out a drop-down with several right choices, saying why', () => {
    expect(exported('{{a|c|~b}}')).toContain(
      '// skipped: one (a drop-down blank with several right choices has no GIFT form)',
    )
  })
})
