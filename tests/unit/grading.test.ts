import { describe, expect, it } from 'vitest'
import {
  answerText,
  emptyAnswer,
  formatNumber,
  gradeAnswer,
  gradeCloze,
  gradeMatch,
  gradeMultiple,
  gradeNumeric,
  gradeOrder,
  gradeShort,
  gradeSingle,
  gradeTrueFalse,
  isAnswered,
  parseNumber,
  rightAnswerText,
  scoreQuiz,
  verdictFor,
  type Answer,
} from '@/domain/grading'
import type { Question } from '@/domain/bank'

type Kind = Question['type']
type Of<T extends Kind> = Extract<Question, { type: T }>
type Fields<T extends Kind> = Omit<
  Of<T>,
  'id' | 'prompt' | 'type' | 'topic' | 'facts' | 'difficulty'
>

function make<T extends Kind>(type: T, fields: Fields<T>): Of<T> {
  return {
    id: `${type}-question`,
    prompt: 'What?',
    topic: 'war',
    facts: [],
    difficulty: 2,
    type,
    ...fields,
  } as unknown as Of<T>
}

const single = make('single', {
  options: ['Seoul', 'Pyongyang', 'Busan', 'Incheon'],
  answer: 'Seoul',
})
const multiple = make('multiple', {
  options: ['A', 'B', 'C', 'D', 'E'],
  answers: ['A', 'B'],
})
const truefalse = make('truefalse', { answer: true })
const numeric = make('numeric', { value: 28000, tolerance: 2000, unit: 'troops' })
const short = make('short', { answers: ['Panmunjom', 'Panmunjeom'], typos: true })
const cloze = make('cloze', {
  text: 'The armistice was signed at {{Panmunjom|Panmunjeom}} in {{1953}}.',
})
const order = make('order', { items: ['Invasion', 'Incheon landing', 'Armistice'] })
const match = make('match', {
  pairs: [
    { left: 'Truman', right: 'United States' },
    { left: 'Kim Il-sung', right: 'North Korea' },
    { left: 'Rhee', right: 'South Korea' },
    { left: 'Mao', right: 'China' },
  ],
  distractors: ['Japan'],
})

const all: Question[] = [single, multiple, truefalse, numeric, short, cloze, order, match]

const num = (text: string): Answer & { type: 'numeric' } => ({ type: 'numeric', text })
const picks = (...choices: string[]): Answer & { type: 'multiple' } => ({
  type: 'multiple',
  choices,
})

describe('verdictFor', () => {
  it('names the verdict from the credit', () => {
    expect([1, 0.4, 0].map(verdictFor)).toEqual(['correct', 'partial', 'incorrect'])
  })

  it('counts credit within 1e-9 of 1 as correct', () => {
    expect(verdictFor(1 - 1e-10)).toBe('correct')
    expect(verdictFor(0.9999)).toBe('partial')
    expect(verdictFor(1e-6)).toBe('partial')
  })
})

describe('gradeSingle', () => {
  it('gives full credit to the right option', () => {
    expect(gradeSingle(single, { type: 'single', choice: 'Seoul' })).toEqual({
      credit: 1,
      verdict: 'correct',
    })
  })

  it('gives nothing for a wrong option or no option', () => {
    expect(gradeSingle(single, { type: 'single', choice: 'Busan' })).toEqual({
      credit: 0,
      verdict: 'incorrect',
    })
    expect(gradeSingle(single, { type: 'single', choice: null })).toEqual({
      credit: 0,
      verdict: 'incorrect',
    })
  })

  it('does not accept an option that merely differs in case or spacing', () => {
    expect(gradeSingle(single, { type: 'single', choice: 'seoul ' }).credit).toBe(0)
  })

  it('gives weighted credit, floored at 0 and capped at 1', () => {
    const weighted = make('single', {
      options: ['1953', '1952', '1950', '1945', '2000'],
      answer: '1953',
      weights: { '1952': 50, '1950': -25, '2000': 150 },
    })
    const grade = (choice: string) => gradeSingle(weighted, { type: 'single', choice })
    expect(grade('1953')).toEqual({ credit: 1, verdict: 'correct' })
    expect(grade('1952')).toEqual({ credit: 0.5, verdict: 'partial' })
    expect(grade('1950')).toEqual({ credit: 0, verdict: 'incorrect' })
    expect(grade('1945')).toEqual({ credit: 0, verdict: 'incorrect' })
    expect(grade('2000')).toEqual({ credit: 1, verdict: 'correct' })
  })
})

describe('gradeTrueFalse', () => {
  it('gives 1 for the right value and 0 otherwise', () => {
    expect(gradeTrueFalse(truefalse, { type: 'truefalse', choice: true }).credit).toBe(1)
    expect(gradeTrueFalse(truefalse, { type: 'truefalse', choice: false }).credit).toBe(0)
    expect(gradeTrueFalse(truefalse, { type: 'truefalse', choice: null }).credit).toBe(0)
    const no = make('truefalse', { answer: false })
    expect(gradeTrueFalse(no, { type: 'truefalse', choice: false }).verdict).toBe('correct')
  })
})

describe('gradeMultiple', () => {
  // 2 right options (1/2 each), 3 wrong ones (-1/3 each).
  it.each([
    [['A', 'B'], 1, 'correct'],
    [['A'], 0.5, 'partial'],
    [['B'], 0.5, 'partial'],
    [['A', 'B', 'C'], 0.6667, 'partial'],
    [['A', 'C'], 0.1667, 'partial'],
    [['A', 'C', 'D'], 0, 'incorrect'],
    [['A', 'B', 'C', 'D'], 0.3333, 'partial'],
    [['A', 'B', 'C', 'D', 'E'], 0, 'incorrect'],
    [['C'], 0, 'incorrect'],
    [['C', 'D', 'E'], 0, 'incorrect'],
    [[], 0, 'incorrect'],
  ] as const)('%j earns %d', (choices, credit, verdict) => {
    const grade = gradeMultiple(multiple, picks(...choices))
    expect(grade.credit).toBe(credit)
    expect(grade.verdict).toBe(verdict)
  })

  it('reports per option whether its state is right', () => {
    expect(gradeMultiple(multiple, picks('A', 'C')).parts).toEqual([true, false, false, true, true])
    expect(gradeMultiple(multiple, picks()).parts).toEqual([false, false, true, true, true])
  })

  it('ignores the order of picks, repeated picks and texts that are not options', () => {
    expect(gradeMultiple(multiple, picks('B', 'A', 'A', 'Z')).credit).toBe(1)
  })

  it('costs nothing for wrong picks when every option is right', () => {
    const allRight = make('multiple', { options: ['A', 'B'], answers: ['A', 'B'] })
    expect(gradeMultiple(allRight, picks('A')).credit).toBe(0.5)
    expect(gradeMultiple(allRight, picks('A', 'B')).credit).toBe(1)
  })

  it('sums the weights of the picked options, clamped to [0, 1]', () => {
    const weighted = make('multiple', {
      options: ['A', 'B', 'C', 'D'],
      answers: ['A', 'B'],
      weights: { A: 70, B: 30, C: -50, D: 0 },
    })
    const credit = (...c: string[]) => gradeMultiple(weighted, picks(...c)).credit
    expect(credit('A', 'B')).toBe(1)
    expect(credit('A')).toBe(0.7)
    expect(credit('B', 'D')).toBe(0.3)
    expect(credit('A', 'C')).toBe(0.2)
    expect(credit('B', 'C')).toBe(0)
    expect(credit('A', 'B', 'D')).toBe(1)
    const over = make('multiple', {
      options: ['A', 'B', 'C'],
      answers: ['A', 'B'],
      weights: { A: 100, B: 100 },
    })
    expect(gradeMultiple(over, picks('A', 'B')).credit).toBe(1)
  })
})

describe('parseNumber', () => {
  it.each([
    ['28000', 28000],
    ['28,000', 28000],
    ['28 000', 28000],
    ['28\u00a0000', 28000],
    ['28\u2009000', 28000],
    ['28\u202f000', 28000],
    ['28000.0', 28000],
    ['+28000', 28000],
    ['  28000  ', 28000],
    ['-3.5', -3.5],
    ['\u22123.5', -3.5],
    ['3,5', 3.5],
    ['3,25', 3.25],
    ['3,5000', 3.5],
    ['3,500', 3500],
    ['1,234,567.5', 1234567.5],
    ['1 234 567', 1234567],
    ['1 234,5', 1234.5],
    ['0.75', 0.75],
    ['.5', 0.5],
    ['007', 7],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toBe(value)
  })

  it.each([
    '',
    '   ',
    '28k',
    'about 28000',
    '28000 troops',
    '28,00,000',
    '28000,000',
    '1,234 567',
    '1,234,5',
    '1.234.567',
    '- 3',
    '+',
    '3.',
    '1e5',
    'twenty',
  ])('cannot read %j without a unit', (text) => {
    expect(parseNumber(text)).toBeUndefined()
  })

  it.each([
    ['28000 troops', 28000],
    ['28,000troops', 28000],
    ['28 000 Troop', 28000],
    ['28000 TROOPS', 28000],
    ['1 troop', 1],
  ])('reads %j with the unit troops', (text, value) => {
    expect(parseNumber(text, 'troops')).toBe(value)
  })

  it('reads singular and plural forms of other units', () => {
    expect(parseNumber('3 casualty', 'casualties')).toBe(3)
    expect(parseNumber('3 casualties', 'casualty')).toBe(3)
    expect(parseNumber('3 inch', 'inches')).toBe(3)
    expect(parseNumber('3 km', 'km')).toBe(3)
    expect(parseNumber('3 kms', 'km')).toBe(3)
    expect(parseNumber('40%', '%')).toBe(40)
    expect(parseNumber('250 square miles', 'square mile')).toBe(250)
  })

  it('rejects other text around the unit', () => {
    expect(parseNumber('28000 troops.', 'troops')).toBeUndefined()
    expect(parseNumber('28000 soldiers', 'troops')).toBeUndefined()
    expect(parseNumber('troops', 'troops')).toBeUndefined()
    expect(parseNumber('troops 28000', 'troops')).toBeUndefined()
    expect(parseNumber('28000 troops troops', 'troops')).toBeUndefined()
  })
})

describe('gradeNumeric', () => {
  const exact = make('numeric', { value: 28000, unit: 'troops' })

  it.each(['28000', '28,000', '28 000', '28000.0', '28000 troops', '28,000troops', '28 000 Troop'])(
    'accepts %j',
    (text) => {
      expect(gradeNumeric(exact, num(text))).toEqual({ credit: 1, verdict: 'correct' })
    },
  )

  it.each(['28k', 'about 28000', '', '28001', '27,999'])('rejects %j', (text) => {
    expect(gradeNumeric(exact, num(text))).toEqual({ credit: 0, verdict: 'incorrect' })
  })

  it('includes both ends of the tolerance', () => {
    expect(gradeNumeric(numeric, num('26000')).credit).toBe(1)
    expect(gradeNumeric(numeric, num('30000')).credit).toBe(1)
    expect(gradeNumeric(numeric, num('29,999.5')).credit).toBe(1)
    expect(gradeNumeric(numeric, num('25999')).credit).toBe(0)
    expect(gradeNumeric(numeric, num('30000.01')).credit).toBe(0)
  })

  it('includes both ends of a range', () => {
    const ranged = make('numeric', { range: [1950, 1953] })
    expect(gradeNumeric(ranged, num('1950')).credit).toBe(1)
    expect(gradeNumeric(ranged, num('1953')).credit).toBe(1)
    expect(gradeNumeric(ranged, num('1951.5')).credit).toBe(1)
    expect(gradeNumeric(ranged, num('1949.99')).credit).toBe(0)
    expect(gradeNumeric(ranged, num('1953.01')).credit).toBe(0)
  })

  it('compares decimals without floating-point surprises', () => {
    const decimal = make('numeric', { value: 0.3, tolerance: 0.1 })
    expect(gradeNumeric(decimal, num('0.2')).credit).toBe(1)
    expect(gradeNumeric(decimal, num('0.4')).credit).toBe(1)
    expect(gradeNumeric(decimal, num('0.41')).credit).toBe(0)
    const sum = make('numeric', { value: 0.1 + 0.2 })
    expect(gradeNumeric(sum, num('0.3')).credit).toBe(1)
  })

  it('accepts a decimal comma and negative numbers', () => {
    const temperature = make('numeric', { value: -3.5, unit: '°C' })
    expect(gradeNumeric(temperature, num('-3,5')).credit).toBe(1)
    expect(gradeNumeric(temperature, num('-3.5 °C')).credit).toBe(1)
    expect(gradeNumeric(temperature, num('-3,5°c')).credit).toBe(1)
    expect(gradeNumeric(temperature, num('3.5')).credit).toBe(0)
  })

  it('gives the credit of the first partial target the number hits', () => {
    const partial = make('numeric', {
      value: 1953,
      partial: [
        { value: 1952, tolerance: 1, credit: 0.5 },
        { range: [1940, 1960], credit: 0.25 },
      ],
    })
    const grade = (text: string) => gradeNumeric(partial, num(text))
    expect(grade('1953')).toEqual({ credit: 1, verdict: 'correct' })
    expect(grade('1951')).toEqual({ credit: 0.5, verdict: 'partial' })
    expect(grade('1954')).toEqual({ credit: 0.25, verdict: 'partial' })
    expect(grade('1940')).toEqual({ credit: 0.25, verdict: 'partial' })
    expect(grade('1939')).toEqual({ credit: 0, verdict: 'incorrect' })
    expect(grade('nineteen')).toEqual({ credit: 0, verdict: 'incorrect' })
  })
})

describe('gradeShort', () => {
  const grade = (text: string, question = short) =>
    gradeShort(question, { type: 'short', text }).credit

  it('ignores case, extra and surrounding spaces', () => {
    expect(grade('panmunjom')).toBe(1)
    expect(grade('  PANMUNJEOM  ')).toBe(1)
    const two = make('short', { answers: ['Douglas MacArthur'] })
    expect(grade('douglas    macarthur', two)).toBe(1)
  })

  it('ignores punctuation', () => {
    const us = make('short', { answers: ['U.S.'] })
    expect(grade('US', us)).toBe(1)
    expect(grade('u.s', us)).toBe(1)
    const kim = make('short', { answers: ['Kim Il-sung'] })
    expect(grade('Kim Il Sung', kim)).toBe(1)
  })

  it('ignores diacritics', () => {
    const capital = make('short', { answers: ["P'yŏngyang"] })
    expect(grade('Pyongyang', capital)).toBe(1)
    expect(grade('pyŏngyang', capital)).toBe(1)
  })

  it('forgives one typo in a word of 6+ letters only with typos: true', () => {
    expect(grade('Panmunjon')).toBe(1)
    expect(grade('Panmujnom')).toBe(1)
    const strict = make('short', { answers: ['Panmunjom'] })
    expect(grade('Panmunjon', strict)).toBe(0)
    const off = make('short', { answers: ['Panmunjom'], typos: false })
    expect(grade('Panmunjon', off)).toBe(0)
  })

  it('never forgives typos in short words, nor more than one', () => {
    const seoul = make('short', { answers: ['Seoul'], typos: true })
    expect(grade('Seol', seoul)).toBe(0)
    expect(grade('Panmnjon')).toBe(0)
    const two = make('short', { answers: ['Douglas MacArthur'], typos: true })
    expect(grade('Douglas MacArhur', two)).toBe(1)
    expect(grade('Duoglas MacArhur', two)).toBe(0)
  })

  it('gives nothing for an empty or wrong answer', () => {
    expect(grade('')).toBe(0)
    expect(grade('Kaesong')).toBe(0)
  })
})

describe('gradeCloze', () => {
  const grade = (...blanks: string[]) => gradeCloze(cloze, { type: 'cloze', blanks })

  it('grades each blank like a short answer', () => {
    expect(grade('panmunjeom', ' 1953 ')).toEqual({
      credit: 1,
      verdict: 'correct',
      parts: [true, true],
    })
  })

  it('gives credit per right blank without penalty for wrong ones', () => {
    expect(grade('Kaesong', '1953')).toEqual({
      credit: 0.5,
      verdict: 'partial',
      parts: [false, true],
    })
    expect(grade('Panmunjom', '1950')).toEqual({
      credit: 0.5,
      verdict: 'partial',
      parts: [true, false],
    })
    expect(grade('', '')).toEqual({ credit: 0, verdict: 'incorrect', parts: [false, false] })
    expect(grade('Panmunjom')).toEqual({
      credit: 0.5,
      verdict: 'partial',
      parts: [true, false],
    })
  })

  it('forgives typos only with the question’s typos', () => {
    expect(grade('Panmunjon', '1953').parts).toEqual([false, true])
    const lenient = make('cloze', { text: cloze.text, typos: true })
    expect(gradeCloze(lenient, { type: 'cloze', blanks: ['Panmunjon', '1953'] }).credit).toBe(1)
    expect(gradeCloze(lenient, { type: 'cloze', blanks: ['Panmunjom', '1954'] }).credit).toBe(0.5)
  })

  it('rounds thirds to 4 decimals', () => {
    const three = make('cloze', { text: '{{a}} {{b}} {{c}}' })
    expect(gradeCloze(three, { type: 'cloze', blanks: ['a', 'x', 'x'] }).credit).toBe(0.3333)
    expect(gradeCloze(three, { type: 'cloze', blanks: ['a', 'b', 'x'] }).credit).toBe(0.6667)
  })
})

describe('gradeOrder', () => {
  const grade = (question: Parameters<typeof gradeOrder>[0], ...items: string[]) =>
    gradeOrder(question, { type: 'order', items })

  it('gives full credit only to the right order', () => {
    expect(grade(order, 'Invasion', 'Incheon landing', 'Armistice')).toEqual({
      credit: 1,
      verdict: 'correct',
      parts: [true, true, true],
    })
  })

  it('gives nothing for the reversed order of 3 items', () => {
    expect(grade(order, 'Armistice', 'Incheon landing', 'Invasion')).toEqual({
      credit: 0,
      verdict: 'incorrect',
      parts: [false, true, false],
    })
  })

  it('counts the neighbouring pairs kept after one swap', () => {
    const four = make('order', { items: ['A', 'B', 'C', 'D'] })
    expect(grade(four, 'B', 'A', 'C', 'D')).toEqual({
      credit: 0.3333,
      verdict: 'partial',
      parts: [false, false, true, true],
    })
    expect(grade(four, 'A', 'C', 'B', 'D').credit).toBe(0)
    expect(grade(four, 'D', 'A', 'B', 'C').credit).toBe(0.6667)
    expect(grade(order, 'Incheon landing', 'Invasion', 'Armistice').credit).toBe(0)
    expect(grade(order, 'Incheon landing', 'Armistice', 'Invasion')).toEqual({
      credit: 0.5,
      verdict: 'partial',
      parts: [false, false, false],
    })
  })

  it('keeps incomplete or repeated orders below full credit', () => {
    expect(grade(order).credit).toBe(0)
    expect(grade(order, 'Invasion', 'Incheon landing').credit).toBe(0.5)
    const two = make('order', { items: ['A', 'B'] })
    expect(grade(two, 'B', 'A').credit).toBe(0)
    expect(grade(two, 'A', 'B', 'A', 'B').credit).toBe(0)
  })
})

describe('gradeMatch', () => {
  const right = {
    Truman: 'United States',
    'Kim Il-sung': 'North Korea',
    Rhee: 'South Korea',
    Mao: 'China',
  }
  const grade = (choices: Record<string, string>) => gradeMatch(match, { type: 'match', choices })

  it('gives full credit when every pair is right', () => {
    expect(grade(right)).toEqual({
      credit: 1,
      verdict: 'correct',
      parts: [true, true, true, true],
    })
  })

  it('takes 1/(2n) for a wrong choice', () => {
    expect(grade({ ...right, Mao: 'Japan' })).toEqual({
      credit: 0.625,
      verdict: 'partial',
      parts: [true, true, true, false],
    })
    expect(grade({ ...right, Rhee: 'North Korea', 'Kim Il-sung': 'South Korea' }).credit).toBe(0.25)
  })

  it('costs nothing for an empty choice', () => {
    expect(grade({ ...right, Mao: '' })).toEqual({
      credit: 0.75,
      verdict: 'partial',
      parts: [true, true, true, false],
    })
    expect(grade({ Truman: 'United States' }).credit).toBe(0.25)
    expect(grade({})).toEqual({
      credit: 0,
      verdict: 'incorrect',
      parts: [false, false, false, false],
    })
  })

  it('floors the credit at 0', () => {
    expect(
      grade({ Truman: 'China', 'Kim Il-sung': 'Japan', Rhee: 'China', Mao: 'North Korea' }).credit,
    ).toBe(0)
    expect(grade({ Truman: 'United States', Mao: 'Japan', Rhee: 'China' }).credit).toBe(0)
  })
})

describe('gradeAnswer', () => {
  it('dispatches to the grader of the question type', () => {
    expect(gradeAnswer(single, { type: 'single', choice: 'Seoul' }).credit).toBe(1)
    expect(gradeAnswer(multiple, picks('A')).credit).toBe(0.5)
    expect(gradeAnswer(truefalse, { type: 'truefalse', choice: true }).credit).toBe(1)
    expect(gradeAnswer(numeric, num('27,500 troops')).credit).toBe(1)
    expect(gradeAnswer(short, { type: 'short', text: 'Panmunjom' }).credit).toBe(1)
    expect(gradeAnswer(cloze, { type: 'cloze', blanks: ['x', '1953'] }).parts).toEqual([
      false,
      true,
    ])
    expect(gradeAnswer(order, { type: 'order', items: order.items }).credit).toBe(1)
    expect(gradeAnswer(match, { type: 'match', choices: { Mao: 'China' } }).credit).toBe(0.25)
  })

  it('gives nothing for an answer of another type', () => {
    expect(gradeAnswer(short, { type: 'single', choice: 'Panmunjom' })).toEqual({
      credit: 0,
      verdict: 'incorrect',
    })
    expect(gradeAnswer(numeric, { type: 'short', text: '28000' }).credit).toBe(0)
    expect(gradeAnswer(single, { type: 'truefalse', choice: true }).credit).toBe(0)
  })
})

describe('emptyAnswer and isAnswered', () => {
  it('gives the untouched answer of every type', () => {
    expect(all.map(emptyAnswer)).toEqual([
      { type: 'single', choice: null },
      { type: 'multiple', choices: [] },
      { type: 'truefalse', choice: null },
      { type: 'numeric', text: '' },
      { type: 'short', text: '' },
      { type: 'cloze', blanks: ['', ''] },
      { type: 'order', items: [] },
      {
        type: 'match',
        choices: { Truman: '', 'Kim Il-sung': '', Rhee: '', Mao: '' },
      },
    ])
  })

  it('counts an untouched answer as not answered, except an order', () => {
    expect(all.map((q) => isAnswered(emptyAnswer(q)))).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      true,
      false,
    ])
  })

  it('counts whitespace as nothing', () => {
    expect(isAnswered({ type: 'numeric', text: '  ' })).toBe(false)
    expect(isAnswered({ type: 'short', text: '\t' })).toBe(false)
    expect(isAnswered({ type: 'cloze', blanks: [' ', ''] })).toBe(false)
  })

  it('counts any part given as answered', () => {
    expect(isAnswered({ type: 'single', choice: 'Seoul' })).toBe(true)
    expect(isAnswered({ type: 'multiple', choices: ['A'] })).toBe(true)
    expect(isAnswered({ type: 'truefalse', choice: false })).toBe(true)
    expect(isAnswered({ type: 'numeric', text: '0' })).toBe(true)
    expect(isAnswered({ type: 'short', text: 'x' })).toBe(true)
    expect(isAnswered({ type: 'cloze', blanks: ['', 'x'] })).toBe(true)
    expect(isAnswered({ type: 'order', items: ['A'] })).toBe(true)
    expect(isAnswered({ type: 'match', choices: { Truman: '', Mao: 'China' } })).toBe(true)
  })
})

describe('rightAnswerText', () => {
  it('writes the right answer of every type', () => {
    expect(all.map(rightAnswerText)).toEqual([
      'Seoul',
      'A; B',
      'True',
      '28,000 troops (±2000)',
      'Panmunjom',
      'The armistice was signed at Panmunjom in 1953.',
      'Invasion → Incheon landing → Armistice',
      'Truman → United States; Kim Il-sung → North Korea; Rhee → South Korea; Mao → China',
    ])
  })

  it('lists right options in the order of the options', () => {
    const q = make('multiple', { options: ['C', 'B', 'A'], answers: ['A', 'C'] })
    expect(rightAnswerText(q)).toBe('C; A')
  })

  it('writes numbers with en-US grouping (none in four digits), units, ranges and tolerances', () => {
    expect(rightAnswerText(make('truefalse', { answer: false }))).toBe('False')
    expect(rightAnswerText(make('numeric', { value: 28000, unit: 'troops' }))).toBe('28,000 troops')
    // A four-digit number has no separator: a year reads as one.
    expect(rightAnswerText(make('numeric', { value: 1953 }))).toBe('1953')
    expect(rightAnswerText(make('numeric', { value: 12500 }))).toBe('12,500')
    expect(rightAnswerText(make('numeric', { value: -3.5, tolerance: 0 }))).toBe('-3.5')
    expect(rightAnswerText(make('numeric', { value: 0.3, tolerance: 0.05 }))).toBe('0.3 (±0.05)')
    expect(rightAnswerText(make('numeric', { range: [27000, 29000], unit: 'troops' }))).toBe(
      'between 27,000 and 29,000 troops',
    )
    expect(rightAnswerText(make('numeric', { range: [1.5, 2] }))).toBe('between 1.5 and 2')
  })

  it('writes a number in another locale when given one, still whole in four digits', () => {
    expect(formatNumber(28000)).toBe('28,000')
    expect(formatNumber(28000, 'fr')).toBe('28\u202f000')
    expect(formatNumber(1953, 'fr')).toBe('1953')
    expect(formatNumber(-3.5, 'fr')).toBe('-3,5')
    expect(formatNumber(28000, 'es')).toBe('28.000')
  })
})

describe('answerText', () => {
  it('shows a missing or empty answer plainly', () => {
    expect(answerText(single, undefined)).toBe('(no answer)')
    for (const q of all.filter((q) => q.type !== 'order'))
      expect(answerText(q, emptyAnswer(q))).toBe('(no answer)')
  })

  it('writes the learner’s answer of every type like the right answer', () => {
    expect(answerText(single, { type: 'single', choice: 'Busan' })).toBe('Busan')
    expect(answerText(multiple, picks('C', 'A'))).toBe('A; C')
    expect(answerText(truefalse, { type: 'truefalse', choice: false })).toBe('False')
    expect(answerText(truefalse, { type: 'truefalse', choice: true })).toBe('True')
    expect(answerText(numeric, num(' 27000troop '))).toBe('27000troop')
    expect(answerText(numeric, num('-3,5'))).toBe('-3,5')
    expect(answerText(numeric, num('about 28k'))).toBe('about 28k')
    expect(answerText(short, { type: 'short', text: '  Panmunjon ' })).toBe('Panmunjon')
    expect(answerText(cloze, { type: 'cloze', blanks: ['Kaesong', ''] })).toBe(
      'The armistice was signed at Kaesong in ___.',
    )
    expect(
      answerText(order, { type: 'order', items: ['Armistice', 'Invasion', 'Incheon landing'] }),
    ).toBe('Armistice → Invasion → Incheon landing')
    expect(
      answerText(match, { type: 'match', choices: { Mao: 'China', Truman: 'Japan', Rhee: '' } }),
    ).toBe('Truman → Japan; Kim Il-sung → ___; Rhee → ___; Mao → China')
  })

  it('writes the right answer exactly as rightAnswerText for exact answers', () => {
    expect(answerText(single, { type: 'single', choice: 'Seoul' })).toBe(rightAnswerText(single))
    expect(answerText(multiple, picks('B', 'A'))).toBe(rightAnswerText(multiple))
    expect(answerText(order, { type: 'order', items: order.items })).toBe(rightAnswerText(order))
    const exact = make('numeric', { value: 28000, unit: 'troops' })
    expect(answerText(exact, num('28,000 troops'))).toBe(rightAnswerText(exact))
  })

  it('quotes typed answers as the learner wrote them, never reformatted', () => {
    const year = make('numeric', { value: 1953 })
    expect(answerText(year, num('1953'))).toBe('1953')
    expect(answerText(year, num(' nineteen fifty-three '))).toBe('nineteen fifty-three')
    expect(answerText(short, { type: 'short', text: 'launch-pad' })).toBe('launch-pad')
  })
})

describe('scoreQuiz', () => {
  it('counts only full credit as correct and partial credit in the percentage', () => {
    const score = scoreQuiz([
      { credit: 1, verdict: 'correct' },
      { credit: 0.5, verdict: 'partial' },
      { credit: 0, verdict: 'incorrect' },
    ])
    expect(score).toEqual({ correct: 1, total: 3, percent: 50 })
  })

  it('treats unanswered questions as wrong and an empty quiz as 0%', () => {
    expect(scoreQuiz([{ credit: 1, verdict: 'correct' }, undefined])).toEqual({
      correct: 1,
      total: 2,
      percent: 50,
    })
    expect(scoreQuiz([])).toEqual({ correct: 0, total: 0, percent: 0 })
  })

  it('adds up graded answers of every type', () => {
    const grades = [
      gradeAnswer(single, { type: 'single', choice: 'Seoul' }),
      gradeAnswer(multiple, picks('A')),
      gradeAnswer(cloze, { type: 'cloze', blanks: ['x', 'x'] }),
      undefined,
    ]
    expect(scoreQuiz(grades)).toEqual({ correct: 1, total: 4, percent: 38 })
  })
})
