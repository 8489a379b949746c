import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import { AttemptSchema, type Attempt } from '@/domain/attempts'
import type { WriteResult } from './index.ts'

/**
 * The learning record in IndexedDB. Each answer is written as its own record the moment it is
 * checked: an append that two tabs can make at once without overwriting each other. From time to
 * time the loose records are packed into chunks of JSON text, because reading 100,000 objects one
 * by one is far slower than parsing a hundred strings (see npm run bench).
 */
const DB_NAME = 'factline'
const CHUNK_SIZE = 2000
/** Pack when this many loose answers have piled up. */
const PACK_AFTER = 200

interface FactlineDb extends DBSchema {
  loose: { key: string; value: { learner: string; attempt: Attempt }; indexes: { learner: string } }
  chunks: {
    key: [string, number]
    value: { learner: string; n: number; json: string; count: number }
  }
  backups: { key: number; value: { learner: string; at: number; reason: string; data: unknown } }
}

let database: Promise<IDBPDatabase<FactlineDb>> | undefined

function db(): Promise<IDBPDatabase<FactlineDb>> {
  database ??= openDB<FactlineDb>(DB_NAME, 1, {
    upgrade(upgrade) {
      upgrade.createObjectStore('loose').createIndex('learner', 'learner')
      upgrade.createObjectStore('chunks', { keyPath: ['learner', 'n'] })
      upgrade.createObjectStore('backups', { autoIncrement: true })
    },
    blocking() {
      // A newer version of the app wants to upgrade the database in another tab: let it.
      void database?.then((open) => open.close())
      database = undefined
    },
  })
  return database
}

export interface LoadedAttempts {
  attempts: Attempt[]
  /** Records that could not be read; each is kept in the backups store. */
  damaged: number
}

/** Every answer of a learner, oldest first; damaged records are backed up and skipped, never thrown. */
export async function loadAttempts(learner: string, now = Date.now()): Promise<LoadedAttempts> {
  const open = await db()
  const range = IDBKeyRange.bound([learner, 0], [learner, Number.MAX_SAFE_INTEGER])
  const [chunks, loose] = await Promise.all([
    open.getAll('chunks', range),
    open.getAllFromIndex('loose', 'learner', learner),
  ])
  const attempts: Attempt[] = []
  const damaged: { reason: string; data: unknown }[] = []
  /** Chunks to write back without their damaged parts (an empty list deletes the chunk). */
  const repaired = new Map<number, Attempt[]>()
  const badLoose: string[] = []
  for (const chunk of chunks) {
    let list: unknown
    try {
      list = JSON.parse(chunk.json)
    } catch {
      list = undefined
    }
    if (!Array.isArray(list)) {
      damaged.push({ reason: `chunk ${chunk.n} is not a list of answers`, data: chunk })
      repaired.set(chunk.n, [])
      continue
    }
    const good: Attempt[] = []
    for (const item of list) {
      const parsed = AttemptSchema.safeParse(item)
      if (parsed.success) good.push(parsed.data)
      else damaged.push({ reason: `an answer in chunk ${chunk.n} is damaged`, data: item })
    }
    if (good.length < list.length) repaired.set(chunk.n, good)
    attempts.push(...good)
  }
  for (const record of loose) {
    const parsed = AttemptSchema.safeParse(record?.attempt)
    if (parsed.success) attempts.push(parsed.data)
    else {
      damaged.push({ reason: 'a loose answer is damaged', data: record })
      if (record && typeof record === 'object' && 'attempt' in record) {
        const id = (record.attempt as { id?: unknown } | undefined)?.id
        if (typeof id === 'string') badLoose.push(id)
      }
    }
  }
  if (damaged.length > 0) {
    // Copy the damaged parts aside first, then keep only what could be read: one transaction.
    const tx = open.transaction(['backups', 'chunks', 'loose'], 'readwrite')
    for (const { reason, data } of damaged)
      void tx.objectStore('backups').add({ learner, at: now, reason, data })
    for (const [n, good] of repaired) {
      if (good.length === 0) void tx.objectStore('chunks').delete([learner, n])
      else
        void tx
          .objectStore('chunks')
          .put({ learner, n, json: JSON.stringify(good), count: good.length })
    }
    for (const key of badLoose) void tx.objectStore('loose').delete(key)
    await tx.done
  }
  const unique = new Map(attempts.map((a) => [a.id, a]))
  const sorted = [...unique.values()].sort(
    (a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
  if (loose.length >= PACK_AFTER) await pack(learner)
  return { attempts: sorted, damaged: damaged.length }
}

/** Saves one answer at once; says so when storage is full or missing instead of throwing. */
export async function appendAttempt(learner: string, attempt: Attempt): Promise<WriteResult> {
  try {
    await (await db()).put('loose', { learner, attempt }, attempt.id)
    return 'saved'
  } catch (error) {
    return error instanceof DOMException && error.name === 'QuotaExceededError'
      ? 'full'
      : 'unavailable'
  }
}

/** Packs the loose answers into chunks, in one transaction, so tabs never see half a pack. */
export async function pack(learner: string): Promise<void> {
  const open = await db()
  const tx = open.transaction(['loose', 'chunks'], 'readwrite')
  const loose = tx.objectStore('loose')
  const chunks = tx.objectStore('chunks')
  const range = IDBKeyRange.bound([learner, 0], [learner, Number.MAX_SAFE_INTEGER])
  const [records, keys, existing] = await Promise.all([
    loose.index('learner').getAll(learner),
    loose.index('learner').getAllKeys(learner),
    chunks.getAll(range),
  ])
  const last = existing.at(-1)
  let list: unknown[] = []
  let n = last ? last.n : 0
  if (last && last.count < CHUNK_SIZE) {
    try {
      list = JSON.parse(last.json) as unknown[]
    } catch {
      n = last.n + 1
    }
  } else if (last) {
    n = last.n + 1
  }
  for (const record of records) {
    list.push(record.attempt)
    if (list.length >= CHUNK_SIZE) {
      await chunks.put({ learner, n, json: JSON.stringify(list), count: list.length })
      list = []
      n++
    }
  }
  if (list.length > 0)
    await chunks.put({ learner, n, json: JSON.stringify(list), count: list.length })
  for (const key of keys) await loose.delete(key)
  await tx.done
}

/** Replaces a learner's whole record (import, reset): one transaction, all or nothing. */
export async function replaceAttempts(
  learner: string,
  attempts: readonly Attempt[],
): Promise<WriteResult> {
  try {
    const open = await db()
    const tx = open.transaction(['loose', 'chunks'], 'readwrite')
    const range = IDBKeyRange.bound([learner, 0], [learner, Number.MAX_SAFE_INTEGER])
    await tx.objectStore('chunks').delete(range)
    for (const key of await tx.objectStore('loose').index('learner').getAllKeys(learner)) {
      await tx.objectStore('loose').delete(key)
    }
    for (let i = 0; i * CHUNK_SIZE < attempts.length; i++) {
      const list = attempts.slice(i * CHUNK_SIZE, (i + 1) * CHUNK_SIZE)
      await tx
        .objectStore('chunks')
        .put({ learner, n: i, json: JSON.stringify(list), count: list.length })
    }
    await tx.done
    return 'saved'
  } catch (error) {
    return error instanceof DOMException && error.name === 'QuotaExceededError'
      ? 'full'
      : 'unavailable'
  }
}

/** The backups of damaged records, newest last (for a support request or a manual rescue). */
export async function damagedBackups(learner: string) {
  return (await (await db()).getAll('backups')).filter((b) => b.learner === learner)
}
