import { describe, expect, it } from 'vitest'
import { compileBank, formatProblem, readYamlSource, type Question } from '@/domain/bank'
import { rightAnswerText } from '@/domain/grading'

// A question may be in another language than its bank (a French question about an English
// quote): its `language` says which, for its `lang` on screen and for how its answers are read.

const bank = (question: string) =>
  compileBank('bilingual', [
    readYamlSource(
      `title: Bilingual
language: en
topics:
  - { id: main, title: Main }
questions:
  - { id: english, type: short, topic: main, prompt: Which year?, answers: ["1953"], explanation: E. }
${question}
`,
      'bilingual.yaml',
      'main',
    ),
  ])

describe('a question’s own language', () => {
  it('overrides the bank’s, and the others keep the bank’s', () => {
    const { bank: compiled, problems } = bank(
      '  - { id: french, type: short, topic: main, language: fr, prompt: Quelle année ?, answers: ["1953"], explanation: E. }',
    )
    expect(problems.map(formatProblem)).toEqual([])
    expect(compiled?.questions.map((q) => [q.id, q.language])).toEqual([
      ['english', 'en'],
      ['french', 'fr'],
    ])
  })

  it('is a language code, told at its line and column when it is not', () => {
    const { bank: compiled, problems } = bank(
      '  - { id: french, type: short, topic: main, language: French, prompt: Quelle année ?, answers: ["1953"], explanation: E. }',
    )
    expect(compiled).toBeUndefined()
    expect(problems.map(formatProblem)).toEqual([
      'bilingual.yaml:7:55: error: questions.1.language: a language is a code such as en or fr-CA',
    ])
  })
})

describe('generated questions in a bank not in English', () => {
  const french = (generate: string, language = 'fr') =>
    compileBank('francais', [
      readYamlSource(
        `title: Le canal
language: ${language}
${generate}
topics:
  - { id: canal, title: Le canal }
facts:
  - id: ouvriers
    topic: canal
    text: Jusqu’à 12 000 ouvriers ont travaillé sur le chantier.
    number: { value: 12000, unit: ouvriers }
  - id: ouverture
    topic: canal
    text: Le canal ouvre en 1681.
    event: { name: ouverture du canal, date: 1681-05-15 }
  - id: edit
    topic: canal
    text: L’édit royal date de 1666.
    event: { name: édit royal, date: 1666-10-07 }
  - id: travaux
    topic: canal
    text: Les travaux commencent en 1667.
    event: { name: début des travaux, date: 1667-01-01 }
questions:
  - { id: q, type: numeric, topic: canal, facts: [ouvriers, ouverture, edit, travaux], prompt: Combien ?, value: 12000, explanation: E. }
`,
        'francais.yaml',
        'main',
      ),
    ])

  it('are none: the generators write English prompts', () => {
    const { bank, problems } = french('')
    expect(problems.map(formatProblem)).toEqual([])
    expect(bank?.generated).toEqual([])
  })

  it('are none even when asked for, with a warning at `generate` that says why', () => {
    const { bank, problems } = french('generate: true')
    expect(bank?.generated).toEqual([])
    expect(problems.map(formatProblem)).toEqual([
      'francais.yaml:3:11: warning: generated questions are written in English only: a bank in "fr" gets none (set generate: false)',
    ])
  })

  it('are made from the same facts in a bank in English', () => {
    const { bank } = french('', 'en')
    expect(bank?.generated?.map((q) => q.type)).toContain('order')
  })
})

describe('the right answer shown for a number, in the question’s language', () => {
  const numeric = (language: string, target: object): Question => ({
    id: 'n',
    type: 'numeric',
    prompt: 'Combien ?',
    topic: 'main',
    facts: [],
    difficulty: 2,
    language,
    unit: 'ouvriers',
    ...target,
  })

  it('groups a French bank’s numbers the French way, where 12,000 would read as a decimal', () => {
    expect(rightAnswerText(numeric('fr', { value: 12000, tolerance: 1000 }))).toBe(
      '12\u202f000 ouvriers (±1000)',
    )
    expect(rightAnswerText(numeric('fr-CH', { range: [13, 14] }))).toBe('13–14 ouvriers')
  })

  it('keeps English as it was', () => {
    expect(rightAnswerText(numeric('en', { value: 12000, tolerance: 1000 }))).toBe(
      '12,000 ouvriers (±1000)',
    )
    expect(rightAnswerText(numeric('en-GB', { range: [13, 14] }))).toBe(
      'between 13 and 14 ouvriers',
    )
  })
})
