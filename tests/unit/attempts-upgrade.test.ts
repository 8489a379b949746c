import 'fake-indexeddb/auto'
import { openDB } from 'idb'
import { expect, it } from 'vitest'
import type { Attempt } from '@/domain/attempts'
import { damagedBackups, loadAttempts } from '@/persistence/attempts'

const attempt = (i: number): Attempt => ({
  id: `old-${i}`,
  at: 1_600_000_000_000 + i * 1000,
  bank: 'korea-2018',
  question: 'armistice-year',
  facts: ['armistice-1953'],
  type: 'numeric',
  answer: { type: 'numeric', text: '1953' },
  credit: 1,
  seconds: 4,
  context: 'lesson',
})

// Its own file: the upgrade runs once, when the module first opens a version-1 database.
it('upgrades a version-1 database: its answers are kept, its damaged ones backed up', async () => {
  const v1 = await openDB('factline', 1, {
    upgrade(db) {
      db.createObjectStore('loose').createIndex('learner', 'learner')
      db.createObjectStore('chunks', { keyPath: ['learner', 'n'] })
      db.createObjectStore('backups', { autoIncrement: true })
    },
  })
  await v1.put('chunks', {
    learner: 'default',
    n: 0,
    json: JSON.stringify([attempt(1), attempt(2), { id: 'half an answer' }]),
    count: 3,
  })
  await v1.put('chunks', { learner: 'default', n: 1, json: '[{"id": "cut off', count: 1 })
  await v1.put('loose', { learner: 'default', attempt: attempt(3) }, 'old-3')
  v1.close()

  const { attempts, damaged } = await loadAttempts('default')
  expect(attempts.map((a) => a.id)).toEqual(['old-1', 'old-2', 'old-3'])
  expect(attempts[0]).toEqual(attempt(1))
  expect(damaged).toBe(0)
  expect((await damagedBackups('default')).map((b) => b.data)).toEqual([
    { id: 'half an answer' },
    { learner: 'default', n: 1, json: '[{"id": "cut off', count: 1 },
  ])

  const upgraded = await openDB('factline')
  expect(upgraded.version).toBe(2)
  const chunks = await upgraded.getAll('chunks')
  upgraded.close()
  expect(chunks.every((c) => typeof c.text === 'string' && !('json' in c))).toBe(true)
})
