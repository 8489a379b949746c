import { describe, expect, it } from 'vitest'
import { compileBank, formatProblem, readYamlSource, type Question } from '@/domain/bank'
import { gradeAnswer, gradeShort, rightAnswer, rightAnswerText } from '@/domain/grading'
import { matchAnswer } from '@/domain/text'

type Short = Extract<Question, { type: 'short' }>

const short = (answers: string[], settings: Partial<Short> = {}): Short => ({
  id: 'q',
  type: 'short',
  prompt: 'Answer.',
  answers,
  topic: 'main',
  facts: [],
  difficulty: 2,
  language: 'en',
  ...settings,
})

/** The verdict and hint a typed text earns. */
const graded = (question: Short, text: string) => {
  const { verdict, hint } = gradeShort(question, { type: 'short', text })
  return hint ? `${verdict} (${hint})` : verdict
}

describe('case: true', () => {
  const cobalt = short(['Co'], { case: true })

  it('accepts the answer in its case, with the rest of the fair reading', () => {
    expect(graded(cobalt, 'Co')).toBe('correct')
    expect(graded(cobalt, ' Co. ')).toBe('correct')
    const city = short(['Łódź', 'The Hague'], { case: true })
    for (const typed of ['Lodz', 'Łódź', 'Hague', 'the Hague', 'The  Hague!'])
      expect(graded(city, typed), typed).toBe('correct')
  })

  it('refuses another case, and says the spelling is nearly right', () => {
    expect(graded(cobalt, 'CO')).toBe('incorrect (spelling)')
    expect(graded(cobalt, 'co')).toBe('incorrect (spelling)')
    expect(graded(short(['Lodz'], { case: true }), 'LODZ')).toBe('incorrect (spelling)')
    expect(graded(cobalt, 'Cu')).toBe('incorrect')
    // Without case the same answers count.
    expect(graded(short(['Co']), 'CO')).toBe('correct')
  })

  it('forgives a typo with typos, but never a difference of case taken for one', () => {
    const place = short(['Panmunjom'], { case: true, typos: true })
    expect(graded(place, 'Panmunjon')).toBe('correct')
    expect(graded(place, 'panmunjom')).toBe('incorrect (spelling)')
    expect(graded(place, 'panmunjon')).toBe('incorrect (spelling)')
  })
})

describe('wildcards: true', () => {
  it('lets a star stand for any run of characters, none included', () => {
    const vapour = short(['evaporat*'], { wildcards: true })
    for (const typed of ['evaporation', 'Evaporating', 'evaporat', 'the evaporation'])
      expect(graded(vapour, typed), typed).toBe('correct')
    for (const typed of ['vaporisation', 'evaporte', '', '   '])
      expect(graded(vapour, typed), typed).toBe('incorrect')
    const code = short(['Machine*Code'], { wildcards: true })
    for (const typed of ['machine code', 'Machine-level code', 'machinecode'])
      expect(graded(code, typed), typed).toBe('correct')
    expect(graded(code, 'code machine')).toBe('incorrect')
    expect(graded(code, 'machine codes')).toBe('incorrect')
  })

  it('reads \\* as a star, which the fair reading skips like other punctuation', () => {
    const product = short(['2\\*3'], { wildcards: true })
    expect(graded(product, '2*3')).toBe('correct')
    expect(graded(product, '2 3')).toBe('correct')
    expect(graded(product, '2 x 3')).toBe('incorrect')
  })

  it('meets a pattern opening with an article with the article typed', () => {
    const band = short(['The *'], { wildcards: true })
    expect(graded(band, 'The Beatles')).toBe('correct')
    expect(graded(band, 'Beatles')).toBe('incorrect')
  })

  it('without wildcards a star is punctuation, as before', () => {
    const vapour = short(['evaporat*'])
    expect(graded(vapour, 'evaporat')).toBe('correct')
    expect(graded(vapour, 'evaporation')).toBe('incorrect')
  })

  it('takes case into account when both are on', () => {
    const symbol = short(['Co*'], { case: true, wildcards: true })
    expect(graded(symbol, 'Cobalt')).toBe('correct')
    expect(graded(symbol, 'cobalt')).toBe('incorrect (spelling)')
  })

  it('forgives no typo against a pattern, but does against a plain answer beside it', () => {
    const vapour = short(['evaporat*', 'vaporisation'], { wildcards: true, typos: true })
    expect(graded(vapour, 'evoporation')).toBe('incorrect')
    expect(graded(vapour, 'vaporisaton')).toBe('correct')
    const strict = short(['evaporat*', 'vaporisation'], { wildcards: true })
    expect(graded(strict, 'vaporisaton')).toBe('incorrect (spelling)')
  })

  it('accepts anything but nothing for a lone star', () => {
    expect(matchAnswer('whatever', ['*'], { wildcards: true })).toBe('right')
    expect(matchAnswer('  ', ['*'], { wildcards: true })).toBe('wrong')
  })
})

describe('the right answer of a short question with wildcards', () => {
  it('is a plain answer if there is one, else the pattern with … for each star', () => {
    expect(rightAnswerText(short(['evaporat*', 'evaporation'], { wildcards: true }))).toBe(
      'evaporation',
    )
    expect(rightAnswerText(short(['evaporat*'], { wildcards: true }))).toBe('evaporat…')
    expect(rightAnswerText(short(['Machine*Code*'], { wildcards: true }))).toBe('Machine…Code…')
    expect(rightAnswerText(short(['2\\*3*'], { wildcards: true }))).toBe('2*3…')
    // Without wildcards the answer is shown as written.
    expect(rightAnswerText(short(['a*b']))).toBe('a*b')
  })

  it('earns full credit as the learner would type it', () => {
    for (const question of [
      short(['evaporat*'], { wildcards: true }),
      short(['Machine*Code*', 'x*'], { wildcards: true, case: true }),
      short(['Co'], { case: true }),
    ]) {
      expect(gradeAnswer(question, rightAnswer(question)).credit, question.answers[0]).toBe(1)
    }
  })
})

describe('checking a bank with case and wildcards', () => {
  const yaml = (settings: string, answers: string) => `title: Short
language: en
topics:
  - id: main
    title: Main
questions:
  - id: q
    type: short
    prompt: Which?
    answers: ${answers}
${settings}
    explanation: Because.
`
  const check = (settings: string, answers: string) =>
    compileBank('short', [readYamlSource(yaml(settings, answers), 'short.yaml', 'main')])

  it('accepts case and wildcards as true or false', () => {
    const { bank, problems } = check('    case: true\n    wildcards: true', '[Co*]')
    expect(problems).toEqual([])
    expect(bank?.questions[0]).toMatchObject({ case: true, wildcards: true })
  })

  it('rejects settings that are not true or false, at their line and column', () => {
    expect(check('    case: yes please', '[Co]').problems.map(formatProblem)).toEqual([
      'short.yaml:11:11: error: questions.0.case: expected true or false, got "yes please"',
    ])
  })

  it('warns of an answer of stars alone, which accepts anything', () => {
    expect(check('    wildcards: true', '[Co, "*", "* ?"]').problems.map(formatProblem)).toEqual([
      'short.yaml:10:19: warning: the answer "*" accepts any answer at all',
      'short.yaml:10:24: warning: the answer "* ?" accepts any answer at all',
    ])
    expect(check('', '[Co, "*"]').problems).toEqual([])
  })
})
