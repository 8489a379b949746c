import { describe, expect, it } from 'vitest'
// The package's main entry: its scorm2004 entry's types declare a default export it does not have.
import { Scorm2004API } from 'scorm-again'
import type { Bank, Question } from '@/domain/bank'
import { emptyAnswer, gradeAnswer, rightAnswer, type Answer, type Grade } from '@/domain/grading'
import {
  delimiterSafe,
  idOf,
  nodesText,
  scormInteraction,
  xapiInteraction,
  type ScormInteraction,
  type ScormVersion,
  type XapiInteraction,
} from '@/domain/lms/interactions'
import { isoDuration, scorm2004Time } from '@/domain/lms/times'
import { composeQuiz, type QuizQuestion } from '@/domain/quiz'
import { sampleBank } from '../fixtures/sample-bank'

// ——— the standards' formats, written from the books (not from what scorm-again accepts) ———

/** SCORM 1.2 RTE 3.4.2: CMIIdentifier, no white space or unprintable characters, ≤255. */
const CMI_IDENTIFIER = /^[\x21-\x7e]{1,255}$/
/** CMIDecimal: a number that may have a decimal point and a minus sign. */
const CMI_DECIMAL = /^-?\d+(\.\d+)?$/
/** CMIString255 (the book says ASCII; see the non-ASCII test below), on one line. */
const CMI_STRING255 = (value: string) => value.length <= 255 && !/[\x00-\x1f\x7f]/.test(value)
/** CMIVocabulary (Result), or a CMIDecimal. */
const RESULT_12 = /^(correct|wrong|unanticipated|neutral|-?\d+(\.\d+)?)$/
const ONE_CHAR_LIST = /^[0-9a-z](,[0-9a-z])*$/
/** CMIFeedback per interaction type (cmi.interactions.n.student_response and pattern). */
const RESPONSE_12: Record<string, (value: string) => boolean> = {
  'true-false': (v) => /^[01tf]$/.test(v),
  choice: (v) => ONE_CHAR_LIST.test(v) || /^\{[0-9a-z](,[0-9a-z])*\}$/.test(v),
  'fill-in': CMI_STRING255,
  numeric: (v) => CMI_DECIMAL.test(v),
  sequencing: (v) => ONE_CHAR_LIST.test(v),
  matching: (v) => /^[0-9a-z]\.[0-9a-z](,[0-9a-z]\.[0-9a-z])*$/.test(v),
  performance: CMI_STRING255,
}

/** SCORM 2004 RTE: long_identifier_type, a URI (here a URN), ≤4000. */
const LONG_IDENTIFIER = (v: string) =>
  v.length <= 4000 && /^urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:[A-Za-z0-9()+,\-.:=@;$_!*'%/?#]+$/.test(v)
/** short_identifier_type: a URI reference of at most 250 characters. */
const SHORT_IDENTIFIER = /^[A-Za-z0-9\-._~:@!$&'()*+,;=%/?#]{1,250}$/
/** real(10,7). */
const REAL = /^-?\d+(\.\d+)?$/
const RESULT_2004 = /^(correct|incorrect|unanticipated|neutral|-?\d+(\.\d+)?)$/
/** localized_string_type(n): an optional {lang=…} delimiter, then at most n characters. */
const localized = (most: number) => (v: string) => {
  const text = v.replace(/^\{lang=[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*\}/, '')
  return text.length <= most && !text.startsWith('{')
}
/** Values in a list separated by a reserved delimiter, each passing `item`. */
const listOf =
  (item: (part: string) => boolean, most: number, unique = false) =>
  (v: string) => {
    const parts = v.split('[,]')
    return (
      parts.length <= most && parts.every(item) && (!unique || new Set(parts).size === parts.length)
    )
  }
const shortId = (v: string) => SHORT_IDENTIFIER.test(v)
const matchedPair = (v: string) => {
  const sides = v.split('[.]')
  return sides.length === 2 && sides.every(shortId)
}
/** A fill-in pattern's optional {case_matters=…}{order_matters=…} delimiters, then the texts. */
const withMatters = (rest: (v: string) => boolean) => (v: string) =>
  rest(v.replace(/^(\{(case|order)_matters=(true|false)\}){0,2}/, ''))

/** Learner responses (and, unless below, patterns) per SCORM 2004 interaction type. */
function formats2004(limits: { parts: number; ids: number; text: number; long: number }) {
  const response: Record<string, (value: string) => boolean> = {
    'true-false': (v) => /^(true|false)$/.test(v),
    choice: listOf(shortId, limits.ids, true),
    'fill-in': listOf(localized(limits.text), limits.parts),
    'long-fill-in': localized(limits.long),
    numeric: (v) => REAL.test(v),
    sequencing: listOf(shortId, limits.ids),
    matching: listOf(matchedPair, limits.ids),
  }
  const pattern: Record<string, (value: string) => boolean> = {
    ...response,
    'fill-in': withMatters(response['fill-in']!),
    'long-fill-in': withMatters(response['long-fill-in']!),
    numeric: (v: string) => /^(-?\d+(\.\d+)?)?\[:\](-?\d+(\.\d+)?)?$/.test(v),
  }
  return { response, pattern }
}
const SCORM_2004 = formats2004({ parts: 10, ids: 36, text: 250, long: 4000 })
/** xAPI 1.0.3 takes the 2004 formats, without their sizes. */
const XAPI = formats2004({ parts: Infinity, ids: Infinity, text: Infinity, long: Infinity })

/** What in `interaction` breaks its standard's format: an empty list when nothing does. */
function problems(version: ScormVersion, interaction: ScormInteraction): string[] {
  const found: string[] = []
  const check = (what: string, ok: boolean | undefined) => {
    if (!ok) found.push(`${what} ${JSON.stringify(interaction)}`)
  }
  const { id, type, response, patterns, result, description } = interaction
  if (version === '1.2') {
    check('id', CMI_IDENTIFIER.test(id))
    check('result', RESULT_12.test(result))
    if (response !== undefined) check('response', RESPONSE_12[type]?.(response))
    for (const pattern of patterns) check('pattern', RESPONSE_12[type]?.(pattern))
    check('no description', description === undefined)
  } else {
    check('id', LONG_IDENTIFIER(id))
    check('result', RESULT_2004.test(result))
    if (response !== undefined) check('response', SCORM_2004.response[type]?.(response))
    for (const pattern of patterns) check('pattern', SCORM_2004.pattern[type]?.(pattern))
    check('description', description !== undefined && localized(250)(description))
    // An LMS must keep 5 patterns of a fill-in, 1 of a numeric or true-false question.
    check('pattern count', patterns.length <= (type === 'fill-in' ? 5 : 1))
  }
  return found
}

function xapiProblems({ definition, response }: XapiInteraction): string[] {
  const type = definition.interactionType
  const ok = [
    response === '' || XAPI.response[type]?.(response),
    definition.correctResponsesPattern.every((p) => XAPI.pattern[type]?.(p)),
  ]
  return ok.every(Boolean) ? [] : [JSON.stringify({ definition, response })]
}

// ——— the quiz ———

const base = { facts: [], topic: 'one', difficulty: 2 }
const questions: Question[] = [
  {
    ...base,
    id: 'single',
    type: 'single',
    prompt: 'Pick **one**',
    options: ['Alpha', 'Beta', 'Gamma', 'Delta'],
    answer: 'Beta',
    weights: { Gamma: 50 },
  },
  {
    ...base,
    id: 'multiple',
    type: 'multiple',
    prompt: 'Pick all',
    options: ['Red', 'Green', 'Blue', 'Yellow'],
    answers: ['Red', 'Blue'],
  },
  { ...base, id: 'truefalse', type: 'truefalse', prompt: 'The sky is green.', answer: false },
  {
    ...base,
    id: 'numeric',
    type: 'numeric',
    prompt: 'How many troops?',
    value: 28000,
    tolerance: 2000,
    unit: 'troops',
    partial: [{ value: 28000, tolerance: 5000, credit: 0.5 }],
  },
  {
    ...base,
    id: 'short',
    type: 'short',
    prompt: 'Where was it signed?',
    answers: ['Panmunjom', 'Panmunjeom'],
  },
  {
    ...base,
    id: 'cloze',
    type: 'cloze',
    prompt: 'Fill in.',
    text: 'Signed at {{Panmunjom|Panmunjeom}} in {{#1953}}, in {{July|~June|~May}}.',
  },
  {
    ...base,
    id: 'order',
    type: 'order',
    prompt: 'Earliest first.',
    items: ['War', 'Armistice', 'Summit', 'Olympics'],
  },
  {
    ...base,
    id: 'match',
    type: 'match',
    prompt: 'Match them.',
    pairs: [
      { left: 'Moon', right: 'South' },
      { left: 'Kim', right: 'North' },
      { left: 'Xi', right: 'China' },
    ],
    distractors: ['Japan'],
  },
]
const bank: Bank = { ...sampleBank, id: 'types', questions }
const quiz = composeQuiz([bank], { n: 8, seed: 'lms' })
const byId = (id: string): QuizQuestion => {
  const found = quiz.find((q) => q.id === id)
  if (!found) throw new Error(`no question ${id}`)
  return found
}

/** A wrong and a partly right answer of each type; true/false and short earn no partial credit. */
const WRONG: Record<string, Answer> = {
  single: { type: 'single', choice: 'Delta' },
  multiple: { type: 'multiple', choices: ['Green', 'Yellow'] },
  truefalse: { type: 'truefalse', choice: true },
  numeric: { type: 'numeric', text: '12' },
  short: { type: 'short', text: 'Seoul' },
  cloze: { type: 'cloze', blanks: ['Seoul', '1950', 'June'] },
  order: { type: 'order', items: ['Olympics', 'Summit', 'Armistice', 'War'] },
  match: { type: 'match', choices: { Moon: 'North', Kim: 'South', Xi: 'Japan' } },
}
const PARTIAL: Record<string, Answer> = {
  single: { type: 'single', choice: 'Gamma' },
  multiple: { type: 'multiple', choices: ['Red'] },
  truefalse: { type: 'truefalse', choice: true },
  numeric: { type: 'numeric', text: '24,000 troops' },
  short: { type: 'short', text: 'Panmun' },
  cloze: { type: 'cloze', blanks: ['Panmunjom', '', 'June'] },
  order: { type: 'order', items: ['War', 'Armistice', 'Olympics', 'Summit'] },
  match: { type: 'match', choices: { Moon: 'South', Kim: '', Xi: 'Japan' } },
}
const HALF: Grade = { credit: 0.5, verdict: 'partial' }

/** Every question with a right, a wrong, a partly right and an empty answer, and its grade. */
const cases = quiz.flatMap((question) => {
  const graded = (kind: string, answer: Answer, grade = gradeAnswer(question, answer)) => ({
    name: `${question.id} ${kind}`,
    question,
    answer,
    grade,
  })
  const partial = PARTIAL[question.id]!
  const noPartial = question.type === 'truefalse' || question.type === 'short'
  return [
    graded('right', rightAnswer(question)),
    graded('wrong', WRONG[question.id]!),
    graded('partial', partial, noPartial ? HALF : undefined),
    graded('empty', emptyAnswer(question)),
  ]
})

describe('the cases themselves', () => {
  it('grade as their names say', () => {
    const credits = cases.map(({ name, grade }) => [name, grade.credit])
    for (const [name, credit] of credits) {
      const kind = String(name).split(' ')[1]
      if (kind === 'right') expect(credit, String(name)).toBe(1)
      if (kind === 'wrong' || kind === 'empty') expect(credit, String(name)).toBe(0)
      if (kind === 'partial') expect(credit, String(name)).toBeGreaterThan(0)
      if (kind === 'partial') expect(credit, String(name)).toBeLessThan(1)
    }
  })

  it('show options and items in another order than the bank', () => {
    const shown = (id: string) => byId(id).shown
    expect(shown('single').options).not.toEqual((byId('single') as { options: string[] }).options)
    expect(shown('order').items).not.toEqual((byId('order') as { items: string[] }).items)
  })
})

describe('the format checks', () => {
  const good = { id: 'types__single', type: 'choice' as const, patterns: ['b'], result: 'correct' }
  const good2004 = { ...good, id: 'urn:factline:types:single', description: 'Pick one' }

  it('pass what the books allow', () => {
    expect(problems('1.2', { ...good, response: 'a,c' })).toEqual([])
    expect(problems('2004', { ...good2004, response: 'a[,]c' })).toEqual([])
  })

  it('catch what they do not', () => {
    const bad12: ScormInteraction[] = [
      { ...good, response: 'ab' },
      { ...good, id: 'has space' },
      { ...good, result: 'incorrect' },
      { ...good, type: 'true-false', response: 'true' },
      { ...good, type: 'numeric', response: '28,000' },
      { ...good, type: 'matching', response: 'a[.]b' },
      { ...good, type: 'fill-in', response: 'x'.repeat(256) },
      { ...good, description: 'only in 2004' },
    ]
    for (const bad of bad12) expect(problems('1.2', bad), JSON.stringify(bad)).not.toEqual([])
    const bad2004: ScormInteraction[] = [
      { ...good2004, response: 'a[,]a' },
      { ...good2004, id: 'types__single' },
      { ...good2004, result: 'wrong' },
      { ...good2004, type: 'true-false', response: 't', patterns: ['true'] },
      { ...good2004, type: 'numeric', patterns: ['27000:29000'] },
      { ...good2004, type: 'fill-in', response: 'x'.repeat(251) },
      { ...good2004, type: 'fill-in', response: Array(11).fill('x').join('[,]') },
      { ...good2004, type: 'fill-in', response: '{x}' },
      { ...good2004, type: 'fill-in', patterns: ['a', 'b', 'c', 'd', 'e', 'f'] },
      { ...good2004, description: '{x}' },
      { ...good2004, description: undefined },
    ]
    for (const bad of bad2004) expect(problems('2004', bad), JSON.stringify(bad)).not.toEqual([])
  })
})

describe('SCORM 1.2 and 2004 interactions follow the books', () => {
  for (const version of ['1.2', '2004'] as const) {
    it(`SCORM ${version}: every type, right, wrong, partly right and empty`, () => {
      const found = cases.flatMap(({ question, answer, grade }) =>
        problems(version, scormInteraction(version, question, answer, grade)),
      )
      expect(found).toEqual([])
    })
  }

  it('xAPI: every type, right, wrong, partly right and empty', () => {
    const found = cases.flatMap(({ question, answer }) =>
      xapiProblems(xapiInteraction(question, answer, 'en')),
    )
    expect(found).toEqual([])
  })
})

const both = (question: QuizQuestion, answer: Answer) => {
  const grade = gradeAnswer(question, answer)
  return {
    v12: scormInteraction('1.2', question, answer, grade),
    v2004: scormInteraction('2004', question, answer, grade),
    xapi: xapiInteraction(question, answer, 'en'),
  }
}

describe('the mapping of each type (plan §4.2), ids in the bank order', () => {
  it('single: the option by its place in the bank, whatever the order shown', () => {
    const { v12, v2004, xapi } = both(byId('single'), { type: 'single', choice: 'Beta' })
    expect(v12).toEqual({
      id: 'types__single',
      type: 'choice',
      response: 'b',
      patterns: ['b'],
      result: 'correct',
    })
    expect(v2004).toMatchObject({
      id: 'urn:factline:types:single',
      type: 'choice',
      response: 'b',
      patterns: ['b'],
      result: 'correct',
      description: 'Pick **one**',
    })
    expect(xapi.definition).toMatchObject({
      interactionType: 'choice',
      correctResponsesPattern: ['b'],
      choices: ['Alpha', 'Beta', 'Gamma', 'Delta'].map((text, i) => ({
        id: idOf(i),
        description: { en: text },
      })),
    })
    expect(xapi.response).toBe('b')
  })

  it('multiple: the picked options joined', () => {
    const { v12, v2004, xapi } = both(byId('multiple'), {
      type: 'multiple',
      choices: ['Blue', 'Red'],
    })
    expect([v12.response, v12.patterns]).toEqual(['a,c', ['a,c']])
    expect([v2004.response, v2004.patterns]).toEqual(['a[,]c', ['a[,]c']])
    expect([xapi.response, xapi.definition.correctResponsesPattern]).toEqual(['a[,]c', ['a[,]c']])
  })

  it('true/false: t or f in 1.2, true or false in 2004 and xAPI', () => {
    const { v12, v2004, xapi } = both(byId('truefalse'), { type: 'truefalse', choice: true })
    expect(v12).toMatchObject({
      type: 'true-false',
      response: 't',
      patterns: ['f'],
      result: 'wrong',
    })
    expect(v2004).toMatchObject({ response: 'true', patterns: ['false'], result: 'incorrect' })
    expect(xapi.definition.correctResponsesPattern).toEqual(['false'])
  })

  it('numeric: the number read; the value in 1.2, the range in 2004 and xAPI', () => {
    const { v12, v2004, xapi } = both(byId('numeric'), {
      type: 'numeric',
      text: '28,000 troops',
    })
    expect(v12).toMatchObject({ type: 'numeric', response: '28000', patterns: ['28000'] })
    expect(v2004).toMatchObject({ response: '28000', patterns: ['26000[:]30000'] })
    expect(xapi.definition.correctResponsesPattern).toEqual(['26000[:]30000'])
  })

  it('numeric: a range, and a tolerance that leaves no floating-point dust', () => {
    const question = { ...byId('numeric'), value: 6.25, tolerance: 0.05 } as QuizQuestion
    expect(both(question, { type: 'numeric', text: '6.2' }).v2004.patterns).toEqual(['6.2[:]6.3'])
    const ranged = { ...byId('numeric'), value: undefined, range: [1, 2] } as QuizQuestion
    const { v12, v2004 } = both(ranged, { type: 'numeric', text: '1.5' })
    expect([v12.patterns, v2004.patterns]).toEqual([['1'], ['1[:]2']])
  })

  it('numeric: a text that is no number has no response; xAPI keeps it as typed', () => {
    const { v12, v2004, xapi } = both(byId('numeric'), { type: 'numeric', text: 'about 28000' })
    expect(v12.response).toBeUndefined()
    expect(v2004.response).toBeUndefined()
    expect(v2004.result).toBe('incorrect')
    expect([xapi.response, xapi.typed]).toEqual(['', 'about 28000'])
  })

  it('short: one pattern per accepted answer, case marked only with case: true', () => {
    const { v12, v2004, xapi } = both(byId('short'), { type: 'short', text: '  Panmunjom ' })
    expect(v12).toMatchObject({ type: 'fill-in', response: 'Panmunjom' })
    expect(v12.patterns).toEqual(['Panmunjom', 'Panmunjeom'])
    expect(v2004.patterns).toEqual(['Panmunjom', 'Panmunjeom'])
    expect(xapi.definition.correctResponsesPattern).toEqual(['Panmunjom', 'Panmunjeom'])
    const cased = { ...byId('short'), case: true } as QuizQuestion
    const withCase = both(cased, { type: 'short', text: 'Panmunjom' })
    expect(withCase.v2004.patterns).toEqual([
      '{case_matters=true}Panmunjom',
      '{case_matters=true}Panmunjeom',
    ])
    expect(withCase.xapi.definition.correctResponsesPattern[0]).toBe('{case_matters=true}Panmunjom')
    expect(withCase.v12.patterns).toEqual(['Panmunjom', 'Panmunjeom'])
  })

  it('short: at most 5 patterns in 2004; wildcard answers are not patterns', () => {
    const many = {
      ...byId('short'),
      answers: ['a', 'b', 'c', 'd', 'e', 'f', 'g*'],
      wildcards: true,
    } as QuizQuestion
    const { v12, v2004, xapi } = both(many, { type: 'short', text: 'a' })
    expect(v12.patterns).toEqual(['a', 'b', 'c', 'd', 'e', 'f'])
    expect(v2004.patterns).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(xapi.definition.correctResponsesPattern).toHaveLength(6)
  })

  it('cloze: the blanks joined; the pattern from each blank’s first answer, choice or number', () => {
    const answer: Answer = { type: 'cloze', blanks: ['Panmunjom', '1953', 'July'] }
    const { v12, v2004, xapi } = both(byId('cloze'), answer)
    expect(v12).toMatchObject({
      type: 'fill-in',
      response: 'Panmunjom,1953,July',
      patterns: ['Panmunjom,1953,July'],
    })
    expect([v2004.response, v2004.patterns]).toEqual([
      'Panmunjom[,]1953[,]July',
      ['Panmunjom[,]1953[,]July'],
    ])
    expect(xapi.definition).toMatchObject({
      interactionType: 'fill-in',
      description: { en: 'Signed at ___ in ___, in ___.' },
    })
  })

  it('cloze: an empty blank stays an empty part', () => {
    const { v2004 } = both(byId('cloze'), { type: 'cloze', blanks: ['Panmunjom', '', 'June'] })
    expect(v2004.response).toBe('Panmunjom[,][,]June')
    expect(v2004.result).toBe('0.3333')
  })

  it('order: the learner’s order by the items’ places in the bank', () => {
    const { v12, v2004, xapi } = both(byId('order'), {
      type: 'order',
      items: ['Summit', 'War', 'Armistice', 'Olympics'],
    })
    expect([v12.type, v12.response, v12.patterns]).toEqual(['sequencing', 'c,a,b,d', ['a,b,c,d']])
    expect([v2004.response, v2004.patterns]).toEqual(['c[,]a[,]b[,]d', ['a[,]b[,]c[,]d']])
    expect(xapi.definition).toMatchObject({ interactionType: 'sequencing' })
    expect(xapi.definition).toHaveProperty('choices.2.description.en', 'Summit')
  })

  it('match: left and right texts by their places; rows left empty are left out', () => {
    const { v12, v2004, xapi } = both(byId('match'), {
      type: 'match',
      choices: { Moon: 'North', Kim: 'South', Xi: '' },
    })
    expect([v12.type, v12.response, v12.patterns]).toEqual(['matching', 'a.b,b.a', ['a.a,b.b,c.c']])
    expect([v2004.response, v2004.patterns]).toEqual(['a[.]b[,]b[.]a', ['a[.]a[,]b[.]b[,]c[.]c']])
    expect(xapi.definition).toMatchObject({
      interactionType: 'matching',
      source: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      target: ['South', 'North', 'China', 'Japan'].map((text, i) => ({
        id: idOf(i),
        description: { en: text },
      })),
    })
  })

  it('results: correct, wrong or incorrect, and a partial credit as a decimal', () => {
    const grade = (credit: number): Grade => ({ credit, verdict: 'partial' })
    const result = (version: ScormVersion, credit: number) =>
      scormInteraction(version, byId('single'), rightAnswer(byId('single')), grade(credit)).result
    expect([result('1.2', 1), result('1.2', 0), result('1.2', 0.5)]).toEqual([
      'correct',
      'wrong',
      '0.5',
    ])
    expect([result('2004', 1), result('2004', 0), result('2004', 0.3333)]).toEqual([
      'correct',
      'incorrect',
      '0.3333',
    ])
  })

  it('an empty answer has no response, and its result says it was wrong', () => {
    for (const question of quiz) {
      const empty = both(question, emptyAnswer(question))
      expect(empty.v12.response, question.id).toBeUndefined()
      expect(empty.v2004.response, question.id).toBeUndefined()
      expect(empty.xapi.response, question.id).toBe('')
      expect(empty.v12.patterns.length, question.id).toBeGreaterThan(0)
      expect([empty.v12.result, empty.v2004.result]).toEqual(['wrong', 'incorrect'])
    }
  })
})

describe('texts that could break the formats', () => {
  it('reserved delimiters and an opening brace in a learner’s text lose their meaning', () => {
    expect(delimiterSafe('a[,]b[.]c[:]d')).toBe('a(,)b(.)c(:)d')
    expect(delimiterSafe('{lang=fr}x')).toBe('(lang=fr}x')
    expect(delimiterSafe(' two\nlines ')).toBe('two lines')
    const { v12, v2004, xapi } = both(byId('short'), { type: 'short', text: '{x} a[,]b' })
    expect(v12.response).toBe('{x} a[,]b')
    expect(v2004.response).toBe('(x} a(,)b')
    expect(xapi.response).toBe('(x} a(,)b')
    const cloze = both(byId('cloze'), { type: 'cloze', blanks: ['a[,]b', '[:]', 'x[.]y'] })
    expect(cloze.v2004.response).toBe('a(,)b[,](:)[,]x(.)y')
    expect(problems('2004', cloze.v2004)).toEqual([])
  })

  it('long texts are cut to what each standard holds', () => {
    const long = 'x'.repeat(300)
    const { v12, v2004 } = both(byId('short'), { type: 'short', text: long })
    expect(v12.response).toHaveLength(255)
    expect(v2004.response).toHaveLength(250)
    const cloze = both(byId('cloze'), { type: 'cloze', blanks: [long, long, long] })
    expect(cloze.v12.response).toHaveLength(255)
    expect(cloze.v2004.response).toBe(
      ['x'.repeat(250), 'x'.repeat(250), 'x'.repeat(250)].join('[,]'),
    )
    const prompt = { ...byId('single'), prompt: 'Why? '.repeat(80) } as QuizQuestion
    const description = both(prompt, { type: 'single', choice: 'Beta' }).v2004.description
    expect(description).toHaveLength(250)
  })

  it('a cut never splits a character in two', () => {
    const text = `${'x'.repeat(249)}😀`
    expect(both(byId('short'), { type: 'short', text }).v2004.response).toBe('x'.repeat(249))
  })

  it('1.2 keeps a learner’s letters beyond ASCII rather than lose them', () => {
    const { v12 } = both(byId('short'), { type: 'short', text: 'P’anmunjŏm' })
    expect(v12.response).toBe('P’anmunjŏm')
  })

  it('ids keep to what CMIIdentifier and a URN allow', () => {
    const odd = { ...byId('single'), bankId: 'my bank', id: 'q 1' } as QuizQuestion
    const { v12, v2004 } = both(odd, { type: 'single', choice: 'Beta' })
    expect(v12.id).toBe('my_bank__q_1')
    expect(v2004.id).toBe('urn:factline:my%20bank:q%201')
    expect(problems('1.2', v12)).toEqual([])
    expect(problems('2004', v2004)).toEqual([])
  })

  it('the description reads the prompt through the given plain-text reader', () => {
    const plain = (text: string) => text.replace(/\*\*/g, '')
    const interaction = scormInteraction(
      '2004',
      byId('single'),
      rightAnswer(byId('single')),
      { credit: 1, verdict: 'correct' },
      plain,
    )
    expect(interaction.description).toBe('Pick one')
    expect(
      xapiInteraction(byId('single'), rightAnswer(byId('single')), 'ko', plain).definition.name,
    ).toEqual({ ko: 'Pick one' })
  })

  it('nodesText reads compiled nodes as words', () => {
    expect(
      nodesText([
        { tag: 'p', children: ['Pick ', { tag: 'strong', children: ['one'] }] },
        { tag: 'img', src: 'data:', alt: 'a flag' },
        { tag: 'br' },
        { blank: 0 },
      ]),
    ).toBe(' Pick one a flag ___')
  })
})

describe('questions too big for a type', () => {
  const letters = Array.from({ length: 37 }, (_, i) => `Option ${i + 1}`)
  const wide = {
    ...byId('multiple'),
    options: letters,
    answers: ['Option 1', 'Option 37'],
  } as QuizQuestion
  const answer: Answer = { type: 'multiple', choices: ['Option 37', 'Option 2'] }

  it('past 36 options: 1.2 performance, 2004 long-fill-in, xAPI still a choice', () => {
    const { v12, v2004, xapi } = both(wide, answer)
    expect(v12).toMatchObject({ type: 'performance', response: 'b,i37', patterns: ['a,i37'] })
    expect(v2004).toMatchObject({ type: 'long-fill-in', response: 'b,i37', patterns: ['a,i37'] })
    expect(xapi.definition.interactionType).toBe('choice')
    expect(xapi.response).toBe('b[,]i37')
    expect(problems('1.2', v12)).toEqual([])
    expect(problems('2004', v2004)).toEqual([])
  })

  it('past 10 blanks: 2004 long-fill-in', () => {
    const text = Array.from({ length: 11 }, (_, i) => `{{w${i}}}`).join(' ')
    const many = { ...byId('cloze'), text } as QuizQuestion
    const blanks = Array.from({ length: 11 }, (_, i) => `w${i}`)
    const { v12, v2004, xapi } = both(many, { type: 'cloze', blanks })
    expect(v2004).toMatchObject({ type: 'long-fill-in', response: blanks.join(' | ') })
    expect(v2004.patterns).toEqual([blanks.join(' | ')])
    expect(v12).toMatchObject({ type: 'fill-in', response: blanks.join(',') })
    expect(xapi.response).toBe(blanks.join('[,]'))
    expect(problems('2004', v2004)).toEqual([])
  })
})

describe('scorm-again’s strict SCORM 2004 API takes every interaction', () => {
  it('sets each one at cmi.interactions._count with error 0 every time', () => {
    const api = new Scorm2004API({ logLevel: 5, autocommit: false })
    expect(api.Initialize('')).toBe('true')
    const refused: string[] = []
    const set = (element: string, value: string) => {
      const ok = api.SetValue(element, value)
      const error = api.GetLastError()
      if (ok !== 'true' || error !== '0') refused.push(`${element} = ${value}: ${error}`)
    }
    const edge = [
      both(byId('short'), { type: 'short', text: '{x} a[,]b[.]c' }).v2004,
      both(byId('cloze'), { type: 'cloze', blanks: ['{lang=x}', '[:]', ''] }).v2004,
      both(byId('short'), { type: 'short', text: 'y'.repeat(400) }).v2004,
      both({ ...byId('short'), case: true } as QuizQuestion, { type: 'short', text: 'a' }).v2004,
    ]
    const all = [
      ...cases.map(({ question, answer, grade }) =>
        scormInteraction('2004', question, answer, grade),
      ),
      ...edge,
    ]
    const at = new Date(Date.UTC(2024, 2, 5, 14, 7, 9, 256))
    for (const interaction of all) {
      const n = api.GetValue('cmi.interactions._count')
      const element = `cmi.interactions.${n}`
      set(`${element}.id`, interaction.id)
      set(`${element}.type`, interaction.type)
      set(`${element}.description`, interaction.description ?? '')
      interaction.patterns.forEach((pattern, k) =>
        set(`${element}.correct_responses.${k}.pattern`, pattern),
      )
      if (interaction.response !== undefined)
        set(`${element}.learner_response`, interaction.response)
      set(`${element}.result`, interaction.result)
      set(`${element}.weighting`, '1')
      set(`${element}.timestamp`, scorm2004Time(at))
      set(`${element}.latency`, isoDuration(12_345))
    }
    expect(refused).toEqual([])
    expect(api.GetValue('cmi.interactions._count')).toBe(String(all.length))
  })
})
