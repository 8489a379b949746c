import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { countTypes, QUESTION_TYPES } from '@/domain/bank'
import { bankAt, compileLocation } from '../../scripts/bank-files'

const { bank, problems } = compileLocation(bankAt('questions/korea-2018'), process.cwd())

/** The figures every teacher of the article tests, with the paragraph each stands in. */
const keyFigures: [number, number][] = [
  [1950, 2],
  [1953, 2],
  [55, 3],
  [28000, 3],
  [2032, 4],
]

/** Every figure written in digits in each paragraph of the article (paragraph 1 first). */
const figuresByParagraph: number[][] = [
  [],
  [20, 1950, 1953],
  [55, 28000],
  [2032],
  [],
  [],
  [],
  [],
  [],
  [],
]

const digits = (text: string) =>
  (text.match(/\d[\d,]*/g) ?? []).map((n) => Number(n.replace(/,/g, '')))

describe('the korea-2018 bank', () => {
  it('compiles without errors or warnings', () => {
    expect(problems).toEqual([])
    expect(bank).toBeDefined()
  })

  it('is big enough to teach the whole article', () => {
    expect(bank!.facts.length).toBeGreaterThanOrEqual(30)
    expect(bank!.questions.length).toBeGreaterThanOrEqual(60)
    expect(bank!.topics.length).toBeGreaterThanOrEqual(5)
    expect(bank!.topics.length).toBeLessThanOrEqual(7)
    const types = countTypes(bank!)
    for (const type of QUESTION_TYPES) expect(types[type], type).toBeGreaterThan(0)
    const paragraphs = new Set(bank!.facts.map((f) => f.paragraph ?? 0))
    expect([...paragraphs].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
  })

  it('has a fact for each key figure, in the right paragraph', () => {
    for (const [figure, paragraph] of keyFigures) {
      const fact = bank!.facts.find(
        (f) => f.paragraph === paragraph && digits(f.text).includes(figure),
      )
      expect(fact, `a fact with ${figure} in paragraph ${paragraph}`).toBeDefined()
    }
  })

  it('gives every question an explanation and the facts it tests', () => {
    for (const question of bank!.questions) {
      expect(question.explanation, question.id).toBeTruthy()
      expect(question.facts.length, question.id).toBeGreaterThan(0)
    }
  })

  it('states only figures that stand in the cited paragraph of the article', () => {
    // The article lives beside the repository (../shared) for the team and CI; where it is,
    // the figure table below is checked against it too.
    const articlePath = process.env.FACTLINE_ARTICLE ?? '../shared/seeds/000_71d2bb6a03761fde.txt'
    if (existsSync(articlePath)) {
      const lines = readFileSync(articlePath, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
      const body = lines.slice(lines.findIndex((l) => l.startsWith('North Korean leader')))
      expect(body.map(digits)).toEqual(figuresByParagraph)
    }
    for (const fact of bank!.facts) {
      const inSource = figuresByParagraph[(fact.paragraph ?? 0) - 1] ?? []
      const claimed = [
        ...digits(fact.text),
        ...(fact.number ? [fact.number.value] : []),
        ...(fact.year ? [fact.year] : []),
      ]
      // The article is dated 2018; its "last year" is 2017.
      for (const n of claimed.filter((n) => n !== 2018 && n !== 2017)) {
        expect(inSource, `${fact.id}: ${n} in paragraph ${fact.paragraph}`).toContain(n)
      }
    }
  })
})
