import { describe, expect, it } from 'vitest'
import { decodeChunk, encodeChunk } from '@/domain/attempt-chunk'
import { AttemptSchema, type Attempt } from '@/domain/attempts'
import { createRandom } from '@/domain/random'

const answers: Attempt['answer'][] = [
  { type: 'single', choice: 'About 28,000' },
  { type: 'single', choice: null },
  { type: 'multiple', choices: ['IMF', 'World Bank'] },
  { type: 'truefalse', choice: false },
  { type: 'numeric', text: '28 000 troops' },
  { type: 'short', text: 'armistice' },
  { type: 'cloze', blanks: ['1953', ''] },
  { type: 'order', items: ['1950', '1953', '2018'] },
  { type: 'match', choices: { 'Kim Jong Un': 'North Korea', 'Moon Jae-in': '' } },
]
const attempts: Attempt[] = answers.map((answer, i) => ({
  id: `id-${i}`,
  at: 1_536_000_000_000 + i * 61_000,
  bank: i % 2 ? 'korea-2018' : 'water-cycle',
  question: `q-${i % 4}`,
  facts: i % 3 ? ['troops', 'sanctions'] : [],
  type: answer.type,
  answer,
  credit: [0, 0.5, 1][i % 3]!,
  seconds: i * 1.5,
  context: (['quiz', 'lesson', 'review', 'kiosk'] as const)[i % 4]!,
}))

describe('stored chunks of attempts', () => {
  it('give back exactly the attempts they were made from, in order', () => {
    expect(decodeChunk(encodeChunk(attempts))).toEqual({ attempts, damaged: [] })
    expect(decodeChunk(encodeChunk([]))).toEqual({ attempts: [], damaged: [] })
  })

  it('write each repeated text and answer once', () => {
    const same = Array.from({ length: 500 }, (_, i) => ({ ...attempts[0]!, id: `id-${i}` }))
    const stored = JSON.parse(encodeChunk(same))
    expect(stored.strings).toHaveLength(4) // bank, question, type, context
    expect(stored.kinds).toHaveLength(1)
    expect(stored.answers).toEqual([attempts[0]!.answer])
    expect(encodeChunk(same).length).toBeLessThan(JSON.stringify(same).length / 3)
  })

  it('set a damaged row aside and keep the others', () => {
    const stored = JSON.parse(encodeChunk(attempts))
    stored.credit[2] = 7
    stored.kind[3] = 999
    const { attempts: kept, damaged } = decodeChunk(JSON.stringify(stored))
    expect(kept).toEqual(attempts.filter((_, i) => i !== 2 && i !== 3))
    expect(damaged).toEqual([
      expect.objectContaining({ id: 'id-2', credit: 7 }),
      expect.objectContaining({ id: 'id-3', kind: 999 }),
    ])
  })

  it('never shifts later times after a damaged one: those rows are set aside too', () => {
    const stored = JSON.parse(encodeChunk(attempts))
    stored.at[6] = 'soon'
    const { attempts: kept, damaged } = decodeChunk(JSON.stringify(stored))
    expect(kept).toEqual(attempts.slice(0, 6))
    expect(damaged.map((row) => (row as { id: string }).id)).toEqual(
      attempts.slice(6).map((a) => a.id),
    )
  })

  it('refuse a text that is not a chunk, whole, without throwing', () => {
    for (const text of ['{broken', 'null', '[]', '{"v":1}', JSON.stringify({ v: 2, strings: [] })])
      expect(decodeChunk(text).attempts).toEqual([])
    expect(decodeChunk('{broken').damaged).toEqual(['{broken'])
  })

  it('leave out rows whose answer, type or place is not a real one', () => {
    const stored = JSON.parse(encodeChunk(attempts.slice(0, 2)))
    stored.answers[0] = { type: 'single', choice: 42 }
    const [, , , , context] = stored.kinds[stored.kind[1]]
    stored.strings[context] = 'playground'
    expect(decodeChunk(JSON.stringify(stored)).attempts).toEqual([])
  })

  it('only ever return valid attempts, whatever the damage (seeded random corruption)', () => {
    const text = encodeChunk(attempts)
    const random = createRandom('chunk-damage')
    const junk = ['', '-1', '1e400', 'null', '"x"', '[]', '{}', '0.5', '3']
    for (let round = 0; round < 400; round++) {
      const stored = JSON.parse(text)
      const keys = Object.keys(stored).filter((k) => Array.isArray(stored[k]))
      for (let hits = 0; hits < 3; hits++) {
        const column = stored[keys[random.int(keys.length)]!]
        if (column.length)
          column[random.int(column.length)] = JSON.parse(junk[random.int(junk.length)]! || '0')
      }
      const decoded = decodeChunk(JSON.stringify(stored))
      for (const a of decoded.attempts) expect(AttemptSchema.safeParse(a).success).toBe(true)
      expect(decoded.attempts.length + decoded.damaged.length).toBeGreaterThan(0)
    }
  })
})
