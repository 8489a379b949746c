import { describe, expect, it } from 'vitest'
import { composeQuiz } from '@/domain/quiz'
import { MAX_VERSIONS, worksheets } from '@/domain/worksheet'
import { everyTypeBank, sampleBank } from '../fixtures/sample-bank'

const params = { n: 5, seed: 'class-7b' }
const keysOf = (questions: { key: string }[]) => questions.map((q) => q.key)

describe('paper worksheets', () => {
  it('print the quiz a link with the same parameters gives, with its answer key', () => {
    const [sheet, ...others] = worksheets([sampleBank], params)
    expect(others).toEqual([])
    expect(sheet?.version).toBe(1)
    expect(keysOf(sheet!.questions)).toEqual(keysOf(composeQuiz([sampleBank], params)))
    expect(sheet!.key).toHaveLength(5)
    sheet!.key.forEach((entry, i) => {
      const question = sheet!.questions[i]!
      expect(entry.number).toBe(i + 1)
      // The sample bank's right option is `right-x` for question `q-x`.
      expect(entry.answer).toBe(`right-${question.id.slice(2)}`)
      // Each sample fact sits in a paragraph of its own, numbered from 1.
      expect(entry.paragraphs).toEqual([
        sampleBank.facts.find((f) => f.id === question.facts[0])!.paragraph,
      ])
    })
  })

  it('print versions of their own, the first being the link’s quiz', () => {
    const sheets = worksheets([sampleBank], params, 3)
    expect(sheets.map((s) => s.seed)).toEqual(['class-7b', 'class-7b/2', 'class-7b/3'])
    expect(keysOf(sheets[1]!.questions)).toEqual(
      keysOf(composeQuiz([sampleBank], { ...params, seed: 'class-7b/2' })),
    )
    // Seeded: another call prints the same versions; the versions differ from each other.
    expect(worksheets([sampleBank], params, 3)).toEqual(sheets)
    expect(new Set(sheets.map((s) => keysOf(s.questions).join())).size).toBe(3)
  })

  it('print one version at least and a few at most, whatever the link says', () => {
    expect(worksheets([sampleBank], params, 0)).toHaveLength(1)
    expect(worksheets([sampleBank], params, Number.NaN)).toHaveLength(1)
    expect(worksheets([sampleBank], params, 50)).toHaveLength(MAX_VERSIONS)
  })
})

describe('the key of order and match questions', () => {
  it('gives the positions of the letters printed on the sheet, for quick marking', () => {
    const [sheet] = worksheets([everyTypeBank], { n: everyTypeBank.questions.length, seed: 'key' })
    const at = (type: string) => sheet!.questions.findIndex((q) => q.type === type)
    const order = sheet!.questions[at('order')]!
    const match = sheet!.questions[at('match')]!
    const shownItems = order.shown.items!
    const choices = match.shown.choices!
    // Each position names, on paper, the item or choice at its place in the shown order.
    expect(sheet!.key[at('order')]!.letters).toEqual({
      type: 'order',
      positions: ['War', 'Armistice', 'Summit'].map((item) => shownItems.indexOf(item)),
    })
    expect(match.type === 'match' && match.pairs.length).toBeGreaterThan(1)
    if (match.type !== 'match') return
    expect(sheet!.key[at('match')]!.letters).toEqual({
      type: 'match',
      pairs: match.pairs.map((p) => ({ left: p.left, position: choices.indexOf(p.right) })),
    })
    // Every right answer is printed on the sheet: no position is missing.
    expect(match.pairs.every((p) => choices.includes(p.right))).toBe(true)
    expect(sheet!.key[at('single')]!.letters).toBeUndefined()
  })
})
