import 'fake-indexeddb/auto'
import { openDB } from 'idb'
import { describe, expect, it } from 'vitest'
import { encodeChunk } from '@/domain/attempt-chunk'
import type { Attempt } from '@/domain/attempts'
import {
  appendAttempt,
  damagedBackups,
  forgetLearner,
  loadAttempts,
  pack,
  rewriteAttempts,
} from '@/persistence/attempts'

let learnerCount = 0
const newLearner = () => `learner-${++learnerCount}`
const attempt = (i: number, overrides: Partial<Attempt> = {}): Attempt => ({
  id: `a-${i}`,
  at: 1_700_000_000_000 + i * 60_000,
  bank: 'korea-2018',
  question: `q-${i % 7}`,
  facts: [`fact-${i % 5}`],
  type: 'single',
  answer: { type: 'single', choice: 'About 28,000' },
  credit: i % 3 === 0 ? 0 : 1,
  seconds: 6,
  context: 'quiz',
  ...overrides,
})

describe('the learning record in IndexedDB', () => {
  it('keeps every answer appended, oldest first, and only the learner’s own', async () => {
    const me = newLearner()
    const other = newLearner()
    for (const i of [3, 1, 2]) expect(await appendAttempt(me, attempt(i))).toBe('saved')
    await appendAttempt(other, attempt(9))
    const { attempts, damaged } = await loadAttempts(me)
    expect(attempts.map((a) => a.id)).toEqual(['a-1', 'a-2', 'a-3'])
    expect(damaged).toBe(0)
  })

  it('loses nothing when two tabs append at the same time', async () => {
    const me = newLearner()
    await Promise.all(Array.from({ length: 50 }, (_, i) => appendAttempt(me, attempt(i))))
    expect((await loadAttempts(me)).attempts).toHaveLength(50)
  })

  it('packs loose answers into chunks and still reads them all, once each', async () => {
    const me = newLearner()
    for (let i = 0; i < 30; i++) await appendAttempt(me, attempt(i))
    await pack(me)
    for (let i = 30; i < 35; i++) await appendAttempt(me, attempt(i))
    await appendAttempt(me, attempt(3)) // the same answer written again counts once
    await pack(me)
    const { attempts } = await loadAttempts(me)
    expect(attempts.map((a) => a.id)).toEqual(Array.from({ length: 35 }, (_, i) => `a-${i}`))
  })

  it('rewrites a whole record at once from what is stored (import, reset)', async () => {
    const me = newLearner()
    await appendAttempt(me, attempt(1))
    await pack(me)
    await appendAttempt(me, attempt(2)) // saved by another tab, not yet packed
    const merged = await rewriteAttempts(me, (stored) => [...stored, attempt(8), attempt(7)])
    expect(merged).toMatchObject({ result: 'saved' })
    expect((await loadAttempts(me)).attempts.map((a) => a.id)).toEqual(['a-1', 'a-2', 'a-7', 'a-8'])
    await rewriteAttempts(me, () => [])
    expect((await loadAttempts(me)).attempts).toEqual([])
  })

  it('keeps thousands of answers across several chunks, in order', async () => {
    const me = newLearner()
    const many = Array.from({ length: 4500 }, (_, i) => attempt(i))
    await rewriteAttempts(me, () => many)
    for (let i = 4500; i < 4510; i++) await appendAttempt(me, attempt(i))
    await pack(me)
    const raw = await openDB('factline')
    const chunks = await raw.getAll('chunks', IDBKeyRange.bound([me, 0], [me, 1e9]))
    raw.close()
    expect(chunks.map((c) => c.count)).toEqual([2000, 2000, 510])
    const { attempts } = await loadAttempts(me)
    expect(attempts).toHaveLength(4510)
    expect(attempts[4509]).toEqual(attempt(4509))
  })

  it('forgets a removed learner entirely, backups included, and no one else', async () => {
    const gone = newLearner()
    const stays = newLearner()
    await appendAttempt(gone, attempt(1))
    await appendAttempt(stays, attempt(2))
    const raw = await openDB('factline')
    await raw.put('loose', { learner: gone, attempt: { id: 'bad' } }, 'bad-of-gone')
    raw.close()
    await loadAttempts(gone)
    expect(await damagedBackups(gone)).toHaveLength(1)
    expect(await forgetLearner(gone)).toBe('saved')
    expect((await loadAttempts(gone)).attempts).toEqual([])
    expect(await damagedBackups(gone)).toEqual([])
    expect((await loadAttempts(stays)).attempts.map((a) => a.id)).toEqual(['a-2'])
  })

  it('backs up damaged data and keeps what can be read, without throwing', async () => {
    const me = newLearner()
    await appendAttempt(me, attempt(1))
    await pack(me)
    await appendAttempt(me, attempt(2))
    const raw = await openDB('factline')
    await raw.put('chunks', { learner: me, n: 5, text: '{not json', count: 1 })
    const chunk = JSON.parse(encodeChunk([attempt(3), attempt(4)]))
    chunk.credit[1] = 'lots'
    await raw.put('chunks', { learner: me, n: 6, text: JSON.stringify(chunk), count: 2 })
    await raw.put('loose', { learner: me, attempt: { id: 'half', credit: 'lots' } }, 'half')
    raw.close()

    const { attempts, damaged } = await loadAttempts(me)
    expect(attempts.map((a) => a.id)).toEqual(['a-1', 'a-2', 'a-3'])
    expect(damaged).toBe(3)
    expect((await damagedBackups(me)).map((b) => b.reason).sort()).toEqual([
      'a loose answer is damaged',
      'an answer in chunk 5 is damaged',
      'an answer in chunk 6 is damaged',
    ])
    // The damaged parts were set aside: the next load is clean and backs up nothing more.
    expect(await loadAttempts(me)).toMatchObject({ damaged: 0 })
    expect((await loadAttempts(me)).attempts).toHaveLength(3)
    expect(await damagedBackups(me)).toHaveLength(3)
  })
})
