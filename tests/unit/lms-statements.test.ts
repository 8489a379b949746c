import { describe, expect, it } from 'vitest'
import { gradeAnswer, rightAnswer, type Answer } from '@/domain/grading'
import { xapiInteraction } from '@/domain/lms/interactions'
import {
  answeredStatement,
  completedStatement,
  kioskIris,
  type KioskTurn,
  type XapiStatement,
} from '@/domain/lms/statements'
import { quizOutcome } from '@/domain/lms/status'
import { composeQuiz, type QuizQuestion } from '@/domain/quiz'
import { everyTypeBank } from '../fixtures/sample-bank'

const T = Date.UTC(2024, 2, 5, 14, 7, 9, 250)
const turn: KioskTurn = {
  site: 'https://school.example/factline/',
  session: 'k-7f3a',
  registration: '3f2a8c1e-5b7d-4e9a-8c6f-0a1b2c3d4e5f',
  className: '7B history',
  language: 'en',
}

// The xAPI 1.0.3 formats (Data section: 2.4, 4.4, 4.6), written from the spec.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/
const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/
const LANGUAGE_TAG = /^[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*$/

/** An absolute IRI with a scheme and no character an IRI can't hold. */
function expectIri(iri: string) {
  expect(iri).toMatch(/^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i)
  expect(() => new URL(iri)).not.toThrow()
}

function expectLanguageMap(map: Record<string, string>) {
  for (const tag of Object.keys(map)) expect(tag).toMatch(LANGUAGE_TAG)
}

/** No value left undefined: JSON would drop it, and the posted text must say what we built. */
function expectPlainJson(value: unknown) {
  expect(JSON.parse(JSON.stringify(value))).toStrictEqual(value)
}

function expectStatementShape(s: XapiStatement) {
  expect(s.id).toMatch(UUID)
  expect(s.timestamp).toMatch(TIMESTAMP)
  // An Agent is identified by exactly one inverse functional identifier: here the account.
  expect(Object.keys(s.actor).sort()).toEqual(['account', 'objectType'])
  expect(s.actor.objectType).toBe('Agent')
  expectIri(s.actor.account.homePage)
  expect(s.actor.account.name).not.toBe('')
  expectIri(s.verb.id)
  expectLanguageMap(s.verb.display)
  expect(s.object.objectType).toBe('Activity')
  expectIri(s.object.id)
  expectIri(s.object.definition.type)
  expectLanguageMap(s.object.definition.name)
  expect(s.result.duration).toMatch(DURATION)
  expect(s.result.score.scaled).toBeGreaterThanOrEqual(-1)
  expect(s.result.score.scaled).toBeLessThanOrEqual(1)
  expect(s.context.registration).toMatch(UUID)
  expect(s.context.language).toMatch(LANGUAGE_TAG)
  for (const key of Object.keys(s.context.extensions)) expectIri(key)
  for (const key of Object.keys(s.result.extensions ?? {})) expectIri(key)
  expectPlainJson(s)
}

const questions = composeQuiz([everyTypeBank], { n: 8, seed: 'statements' })
const question = (id: string): QuizQuestion => questions.find((q) => q.id === id)!

function answered(q: QuizQuestion, answer: Answer, n = 1) {
  return answeredStatement(turn, {
    id: `00000000-0000-4000-8000-00000000000${n}`,
    at: T,
    question: q,
    answer,
    grade: gradeAnswer(q, answer),
    ms: 12_500,
  })
}

describe('the kiosk’s answered statement', () => {
  it('says who (an anonymous account per turn), what, when and in which turn', () => {
    const s = answered(question('single'), rightAnswer(question('single')))
    expectStatementShape(s)
    expect(s).toMatchObject({
      id: '00000000-0000-4000-8000-000000000001',
      timestamp: '2024-03-05T14:07:09.250Z',
      actor: {
        objectType: 'Agent',
        account: { homePage: 'https://school.example/factline/kiosk', name: 'k-7f3a' },
      },
      verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
      object: {
        objectType: 'Activity',
        id: 'https://school.example/factline/banks/types/questions/single',
      },
      context: {
        registration: turn.registration,
        platform: 'Factline',
        language: 'en',
        contextActivities: {
          parent: [{ objectType: 'Activity', id: 'https://school.example/factline/banks/types' }],
        },
        extensions: { 'https://school.example/factline/xapi/class': '7B history' },
      },
    })
  })

  it('carries helper A’s interaction: its definition and the response', () => {
    for (const q of questions) {
      const answer = rightAnswer(q)
      const s = answered(q, answer)
      expectStatementShape(s)
      const interaction = xapiInteraction(q, answer, 'en')
      expect(s.object.definition).toEqual(interaction.definition)
      expect(s.result.response).toBe(interaction.response)
    }
  })

  it('counts only full credit as success, and scores the credit', () => {
    const q = question('multiple')
    const right = answered(q, rightAnswer(q))
    expect(right.result).toMatchObject({ success: true, score: { scaled: 1 } })
    const partial = answered(q, { type: 'multiple', choices: ['Red'] })
    const credit = gradeAnswer(q, { type: 'multiple', choices: ['Red'] }).credit
    expect(credit).toBeGreaterThan(0)
    expect(credit).toBeLessThan(1)
    expect(partial.result).toMatchObject({ success: false, score: { scaled: credit } })
    const wrong = answered(question('truefalse'), { type: 'truefalse', choice: true })
    expect(wrong.result).toMatchObject({ response: 'true', success: false, score: { scaled: 0 } })
  })

  it('gives the time on the question as an ISO 8601 duration', () => {
    expect(answered(question('short'), rightAnswer(question('short'))).result.duration).toBe(
      'PT12.5S',
    )
  })

  it('keeps a number typed that does not read as one in a result extension', () => {
    const s = answered(question('numeric'), { type: 'numeric', text: 'lots of troops' })
    expectStatementShape(s)
    expect(s.result.response).toBe('')
    expect(s.result.extensions).toEqual({
      'https://school.example/factline/xapi/typed': 'lots of troops',
    })
    expect(
      answered(question('numeric'), rightAnswer(question('numeric'))).result,
    ).not.toHaveProperty('extensions')
  })

  it('is the same statement when built again from the same input (a retry changes nothing)', () => {
    const q = question('match')
    expect(JSON.stringify(answered(q, rightAnswer(q)))).toBe(
      JSON.stringify(answered(q, rightAnswer(q))),
    )
  })
})

describe('the kiosk’s completed statement', () => {
  const grades = questions.map((q) => gradeAnswer(q, rightAnswer(q)))
  grades[0] = { credit: 0, verdict: 'incorrect' }
  grades[1] = { credit: 0.5, verdict: 'partial' }
  const s = completedStatement(turn, {
    id: '00000000-0000-4000-8000-0000000000ff',
    at: T,
    bank: { id: 'types', title: 'Every type' },
    outcome: quizOutcome(grades, undefined),
    ms: 3_723_500,
  })

  it('scores the quiz out of its questions, and says it was completed', () => {
    expectStatementShape(s)
    expect(s.verb).toEqual({
      id: 'http://adlnet.gov/expapi/verbs/completed',
      display: { 'en-US': 'completed' },
    })
    expect(s.result).toEqual({
      completion: true,
      score: { scaled: 0.8125, raw: 6.5, min: 0, max: 8 },
      duration: 'PT1H2M3.5S',
    })
    expect(s.result).not.toHaveProperty('success')
  })

  it('is about the bank played as a quiz, the parent of every answered statement', () => {
    expect(s.object).toEqual({
      objectType: 'Activity',
      id: 'https://school.example/factline/banks/types',
      definition: {
        type: 'http://adlnet.gov/expapi/activities/assessment',
        name: { en: 'Every type' },
      },
    })
    expect(s.actor).toEqual(answered(questions[0]!, rightAnswer(questions[0]!)).actor)
    expect(s.context).toEqual({
      registration: turn.registration,
      platform: 'Factline',
      language: 'en',
      extensions: { 'https://school.example/factline/xapi/class': '7B history' },
    })
  })
})

describe('the kiosk’s addresses', () => {
  it('escapes bank and question ids so every address stays a valid IRI', () => {
    const iris = kioskIris('http://127.0.0.1:4173/')
    const iri = iris.question('a bank/x', 'q?#1')
    expect(iri).toBe('http://127.0.0.1:4173/banks/a%20bank%2Fx/questions/q%3F%231')
    expectIri(iri)
  })
})
