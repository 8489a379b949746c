import { describe, expect, it } from 'vitest'
import { createRandom, shuffle } from '@/domain/random'

const take = (seed: string, count: number) => {
  const random = createRandom(seed)
  return Array.from({ length: count }, () => random.next())
}

describe('createRandom', () => {
  it('gives the same sequence for the same seed', () => {
    expect(take('korea', 50)).toEqual(take('korea', 50))
  })

  it('gives different sequences for different seeds, even similar ones', () => {
    expect(take('seed-1', 10)).not.toEqual(take('seed-2', 10))
    expect(take('a', 10)).not.toEqual(take('b', 10))
    expect(take('', 10)).not.toEqual(take(' ', 10))
  })

  it('stays in [0, 1) and spreads evenly', () => {
    const values = take('spread', 20000)
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...values)).toBeLessThan(1)
    const buckets = new Array(10).fill(0)
    for (const v of values) buckets[Math.floor(v * 10)]++
    for (const count of buckets) expect(count).toBeGreaterThan(1700)
  })

  it('draws integers below the bound', () => {
    const random = createRandom('dice')
    const rolls = Array.from({ length: 600 }, () => random.int(6))
    expect(new Set(rolls)).toEqual(new Set([0, 1, 2, 3, 4, 5]))
  })
})

describe('shuffle', () => {
  it('keeps every item, leaves the input alone, and depends on the seed', () => {
    const items = Array.from({ length: 20 }, (_, i) => i)
    const a = shuffle(items, createRandom('x'))
    expect(a.slice().sort((p, q) => p - q)).toEqual(items)
    expect(items).toEqual(Array.from({ length: 20 }, (_, i) => i))
    expect(shuffle(items, createRandom('x'))).toEqual(a)
    expect(shuffle(items, createRandom('y'))).not.toEqual(a)
  })
})
