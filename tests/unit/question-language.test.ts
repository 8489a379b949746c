import { describe, expect, it } from 'vitest'
import { compileBank, formatProblem, readYamlSource } from '@/domain/bank'

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
