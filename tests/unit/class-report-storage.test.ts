import 'fake-indexeddb/auto'
import { openDB } from 'idb'
import { beforeEach, describe, expect, it } from 'vitest'
import type { ResultRow } from '@/domain/class-report/results-files'
import { clearResults, loadResults, saveImport } from '@/persistence/class-report'

const row = (n: number): ResultRow => ({
  key: `kiosk:s${n}:sample/q-a:1`,
  student: `kiosk:s${n}`,
  question: 'sample/q-a',
  answer: n % 2 ? 'right-a' : { type: 'single', choice: 'wrong-a-1' },
  credit: n % 2,
  seconds: 4,
  appealed: n === 2,
})

beforeEach(async () => {
  await clearResults()
})

describe('the class report in IndexedDB', () => {
  it('gives back every import in order, answers of both kinds', async () => {
    expect(await saveImport(['a.csv'], [row(1), row(2)])).toBe('saved')
    expect(await saveImport(['b.json'], [row(3)])).toBe('saved')
    const loaded = await loadResults()
    expect(loaded).toEqual({ rows: [row(1), row(2), row(3)], damaged: 0 })
  })

  it('backs up a damaged row or an import of an unknown format and reads the rest', async () => {
    await saveImport(['a.csv'], [row(1)])
    const db = await openDB('factline-class')
    await db.add('imports', {
      format: 1,
      at: 0,
      files: ['x.csv'],
      rows: [{ ...row(2), credit: 7 }, row(3)],
    })
    await db.add('imports', { format: 99, at: 0, files: ['future.csv'], rows: [row(4)] })
    db.close()
    const loaded = await loadResults()
    expect(loaded.rows).toEqual([row(1), row(3)])
    expect(loaded.damaged).toBe(2)
    const check = await openDB('factline-class')
    const backups = await check.getAll('backups')
    check.close()
    expect(backups.map((b: { reason: string }) => b.reason)).toEqual([
      'a damaged row of x.csv',
      'an import of an unknown format',
    ])
  })

  it('forgets everything on clear', async () => {
    await saveImport(['a.csv'], [row(1)])
    expect(await clearResults()).toBe('saved')
    expect((await loadResults()).rows).toEqual([])
  })
})
