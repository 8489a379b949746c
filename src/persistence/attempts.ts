import type { DBSchema, IDBPTransaction } from 'idb'
import { decodeChunk, encodeChunk } from '@/domain/attempt-chunk'
import { AttemptSchema, byTime, type Attempt } from '@/domain/attempts'
import { ScheduleSnapshotSchema, type ScheduleSnapshot } from '@/domain/schedule'
import { databaseOpener, writeFailure } from './database.ts'
import { localState, type WriteResult } from './index.ts'

/**
 * The learning record in IndexedDB.
 *
 * - Each answer is first written as its own record (`loose`) the moment it is checked: an append
 *   that two tabs can make at once without overwriting each other. It is also journalled in
 *   localStorage, synchronously, so that a tab closed before IndexedDB commits loses nothing;
 *   the next load moves the journal into IndexedDB.
 * - From time to time the loose records are packed into chunks, stored by column (see
 *   src/domain/attempt-chunk.ts), because reading 100,000 objects one by one is far slower than
 *   parsing fifty strings (npm run bench).
 * - Damaged data is copied to `backups` and left out; nothing here throws at the learner.
 *
 * Database versions: 1 stored chunks as a JSON list of attempt objects (`json`); 2 stores them by
 * column (`text`) and adds `schedules`. Opening an old database upgrades its chunks in the upgrade
 * transaction.
 */
const DB_NAME = 'factline'
const DB_VERSION = 2
const CHUNK_SIZE = 2000
/** Pack when this many loose answers have piled up. */
const PACK_AFTER = 200
const JOURNAL = 'pending:'

interface ChunkRecord {
  learner: string
  n: number
  /** Version 2: encodeChunk's text. */
  text: string
  count: number
}

interface FactlineDb extends DBSchema {
  loose: { key: string; value: { learner: string; attempt: Attempt }; indexes: { learner: string } }
  chunks: { key: [string, number]; value: ChunkRecord }
  backups: { key: number; value: { learner: string; at: number; reason: string; data: unknown } }
  /** Per learner, the review schedule as of some point of the record (a cache: see schedule.ts). */
  schedules: { key: string; value: unknown }
}

type Store = 'loose' | 'chunks' | 'backups' | 'schedules'
type Tx = IDBPTransaction<FactlineDb, Store[], 'readwrite' | 'versionchange'>
type ReadTx = IDBPTransaction<FactlineDb, Store[], IDBTransactionMode | 'versionchange'>

const db = databaseOpener<FactlineDb>(
  DB_NAME,
  DB_VERSION,
  async (open, oldVersion, _newVersion, tx) => {
    if (oldVersion < 1) {
      open.createObjectStore('loose').createIndex('learner', 'learner')
      open.createObjectStore('chunks', { keyPath: ['learner', 'n'] })
      open.createObjectStore('backups', { autoIncrement: true })
    }
    if (oldVersion < 2) open.createObjectStore('schedules')
    if (oldVersion >= 1 && oldVersion < 2) await upgradeChunksFromVersion1(tx as Tx)
  },
)

/** Version 1 chunks held `json`, a list of attempt objects: re-store them by column. */
async function upgradeChunksFromVersion1(tx: Tx) {
  const chunks = tx.objectStore('chunks')
  for (let cursor = await chunks.openCursor(); cursor; cursor = await cursor.continue()) {
    const old = cursor.value as unknown as { learner: string; n: number; json?: unknown }
    if (typeof old.json !== 'string') continue
    let list: unknown
    try {
      list = JSON.parse(old.json)
    } catch {
      list = undefined
    }
    const good: Attempt[] = []
    const bad: unknown[] = []
    for (const item of Array.isArray(list) ? list : []) {
      const parsed = AttemptSchema.safeParse(item)
      if (parsed.success) good.push(parsed.data)
      else bad.push(item)
    }
    if (!Array.isArray(list)) bad.push(old)
    for (const data of bad)
      await tx.objectStore('backups').add({
        learner: old.learner,
        at: Date.now(),
        reason: `an answer in chunk ${old.n} could not be upgraded`,
        data,
      })
    await cursor.update({
      learner: old.learner,
      n: old.n,
      text: encodeChunk(good),
      count: good.length,
    })
  }
}

const chunkRange = (learner: string) =>
  IDBKeyRange.bound([learner, 0], [learner, Number.MAX_SAFE_INTEGER])

export interface LoadedAttempts {
  attempts: Attempt[]
  /** Records that could not be read; each is kept in the backups store. */
  damaged: number
}

interface ReadAll {
  attempts: Attempt[]
  damaged: { reason: string; data: unknown }[]
  /** Chunks that lost damaged rows, to write back with what could be read. */
  repaired: Map<number, Attempt[]>
  looseKeys: string[]
  badLooseKeys: string[]
}

/** Reads and decodes a learner's chunks and loose answers inside a transaction. */
async function readAll(tx: ReadTx, learner: string): Promise<ReadAll> {
  const [chunks, loose, looseKeys] = await Promise.all([
    tx.objectStore('chunks').getAll(chunkRange(learner)),
    tx.objectStore('loose').index('learner').getAll(learner),
    tx.objectStore('loose').index('learner').getAllKeys(learner),
  ])
  const result: ReadAll = {
    attempts: [],
    damaged: [],
    repaired: new Map(),
    looseKeys,
    badLooseKeys: [],
  }
  for (const chunk of chunks) {
    const decoded =
      typeof chunk.text === 'string' ? decodeChunk(chunk.text) : { attempts: [], damaged: [chunk] }
    for (const data of decoded.damaged)
      result.damaged.push({ reason: `an answer in chunk ${chunk.n} is damaged`, data })
    if (decoded.damaged.length > 0) result.repaired.set(chunk.n, decoded.attempts)
    for (const attempt of decoded.attempts) result.attempts.push(attempt)
  }
  const fresh: Attempt[] = []
  loose.forEach((record, i) => {
    const parsed = AttemptSchema.safeParse(record?.attempt)
    if (parsed.success) fresh.push(parsed.data)
    else {
      result.damaged.push({ reason: 'a loose answer is damaged', data: record })
      result.badLooseKeys.push(looseKeys[i]!)
    }
  })
  // Chunks are kept in time order; answers not yet packed usually come after them.
  fresh.sort(byTime)
  const last = result.attempts.at(-1)
  const inOrder = isSorted(result.attempts) && (!last || !fresh[0] || byTime(last, fresh[0]) <= 0)
  for (const attempt of fresh) result.attempts.push(attempt)
  if (!inOrder) result.attempts.sort(byTime)
  result.attempts = withoutRepeats(result.attempts)
  return result
}

function isSorted(list: readonly Attempt[]): boolean {
  for (let i = 1; i < list.length; i++) if (byTime(list[i - 1]!, list[i]!) > 0) return false
  return true
}

/**
 * Each answer once: one replayed from the journal after it was packed is stored twice. The list
 * is sorted by time and id, so the copies are neighbours: no need for a set of 100,000 ids.
 */
function withoutRepeats(sorted: Attempt[]): Attempt[] {
  let repeats = 0
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.id === sorted[i - 1]!.id) repeats++
  return repeats === 0 ? sorted : sorted.filter((a, i) => i === 0 || a.id !== sorted[i - 1]!.id)
}

function backUp(tx: Tx, learner: string, now: number, damaged: ReadAll['damaged']) {
  for (const { reason, data } of damaged)
    void tx.objectStore('backups').add({ learner, at: now, reason, data })
}

function putChunks(tx: Tx, learner: string, attempts: readonly Attempt[], firstN = 0) {
  for (let i = 0; i * CHUNK_SIZE < attempts.length; i++) {
    const list = attempts.slice(i * CHUNK_SIZE, (i + 1) * CHUNK_SIZE)
    void tx
      .objectStore('chunks')
      .put({ learner, n: firstN + i, text: encodeChunk(list), count: list.length })
  }
}

/** Answers journalled in localStorage whose IndexedDB write may not have finished. */
function journalled(learner: string): { key: string; attempt: Attempt }[] {
  return localState
    .keys(`${JOURNAL}${learner}:`)
    .map((key) => ({ key, attempt: localState.read(key, AttemptSchema) }))
    .filter((entry): entry is { key: string; attempt: Attempt } => entry.attempt !== undefined)
}

/** Moves journalled answers into IndexedDB, then forgets them from the journal. */
async function replayJournal(learner: string) {
  const pending = journalled(learner)
  if (pending.length === 0) return
  const tx = (await db()).transaction('loose', 'readwrite')
  for (const { attempt } of pending) void tx.store.put({ learner, attempt }, attempt.id)
  await tx.done
  for (const { key } of pending) localState.remove(key)
}

/** Every answer of a learner, oldest first; damaged records are backed up and skipped, never thrown. */
export async function loadAttempts(learner: string, now = Date.now()): Promise<LoadedAttempts> {
  await replayJournal(learner).catch(() => undefined)
  const open = await db()
  // Read-only first: it doesn't wait for other tabs' writes. Damage is rare; only then read again
  // in a read-write transaction that repairs what it read, so no other tab can come between.
  let read = await readAll(open.transaction(['chunks', 'loose', 'backups'], 'readonly'), learner)
  if (read.damaged.length > 0) {
    const tx = open.transaction(['chunks', 'loose', 'backups'], 'readwrite')
    read = await readAll(tx, learner)
    // Copy the damaged parts aside, then keep only what could be read: one transaction.
    backUp(tx, learner, now, read.damaged)
    for (const [n, good] of read.repaired) {
      if (good.length === 0) void tx.objectStore('chunks').delete([learner, n])
      else
        void tx
          .objectStore('chunks')
          .put({ learner, n, text: encodeChunk(good), count: good.length })
    }
    for (const key of read.badLooseKeys) void tx.objectStore('loose').delete(key)
    await tx.done
  }
  // Journal entries still there (IndexedDB refused them) are in no store yet: show them too.
  const unsaved = journalled(learner).map((entry) => entry.attempt)
  const attempts =
    unsaved.length > 0 ? withoutRepeats([...read.attempts, ...unsaved].sort(byTime)) : read.attempts
  if (read.looseKeys.length >= PACK_AFTER) await pack(learner).catch(() => undefined)
  return { attempts, damaged: read.damaged.length }
}

/**
 * Saves one answer: in the journal at once (synchronous, so closing the tab can't lose it), then
 * in IndexedDB. Says so when storage is full or missing instead of throwing; a full IndexedDB
 * leaves the answer in the journal, to be saved on a later load.
 */
export async function appendAttempt(learner: string, attempt: Attempt): Promise<WriteResult> {
  const key = `${JOURNAL}${learner}:${attempt.id}`
  localState.write(key, attempt)
  try {
    await (await db()).put('loose', { learner, attempt }, attempt.id)
    localState.remove(key)
    return 'saved'
  } catch (error) {
    // The journal still holds the answer if it had room; the learner is told either way.
    return writeFailure(error)
  }
}

/** Packs the loose answers into chunks, in one transaction, so tabs never see half a pack. */
export async function pack(learner: string): Promise<void> {
  const tx = (await db()).transaction(['loose', 'chunks', 'backups'], 'readwrite')
  const loose = tx.objectStore('loose')
  const [records, keys, lastChunk] = await Promise.all([
    loose.index('learner').getAll(learner),
    loose.index('learner').getAllKeys(learner),
    tx.objectStore('chunks').openCursor(chunkRange(learner), 'prev'),
  ])
  const fresh = records
    .map((record) => AttemptSchema.safeParse(record.attempt).data)
    .filter((a): a is Attempt => a !== undefined)
    .sort(byTime)
  // Damaged loose answers stay where they are for loadAttempts to back up.
  const packed = keys.filter((_, i) => AttemptSchema.safeParse(records[i]?.attempt).success)
  const last = lastChunk?.value
  let n = last ? last.n + 1 : 0
  let list = fresh
  if (last && last.count < CHUNK_SIZE) {
    const decoded = decodeChunk(last.text)
    if (decoded.damaged.length === 0) {
      n = last.n
      list = [...decoded.attempts, ...fresh]
    }
  }
  putChunks(tx, learner, list, n)
  for (const key of packed) void loose.delete(key)
  await tx.done
}

/**
 * Rewrites a learner's whole record in one transaction (import, reset): `change` gets every
 * stored answer, including those another tab has just saved, and returns the new record.
 */
export async function rewriteAttempts(
  learner: string,
  change: (stored: Attempt[]) => Attempt[],
  now = Date.now(),
): Promise<{ result: 'saved'; attempts: Attempt[] } | { result: Exclude<WriteResult, 'saved'> }> {
  try {
    await replayJournal(learner)
    const tx = (await db()).transaction(['chunks', 'loose', 'backups'], 'readwrite')
    const read = await readAll(tx, learner)
    const attempts = [...change(read.attempts)].sort(byTime)
    backUp(tx, learner, now, read.damaged)
    void tx.objectStore('chunks').delete(chunkRange(learner))
    for (const key of read.looseKeys) void tx.objectStore('loose').delete(key)
    putChunks(tx, learner, attempts)
    await tx.done
    return { result: 'saved', attempts }
  } catch (error) {
    return { result: writeFailure(error) }
  }
}

/** Deletes a learner's record and backups, when a learner is removed from this device. */
export async function forgetLearner(learner: string): Promise<WriteResult> {
  for (const { key } of journalled(learner)) localState.remove(key)
  try {
    const tx = (await db()).transaction(['chunks', 'loose', 'backups', 'schedules'], 'readwrite')
    void tx.objectStore('chunks').delete(chunkRange(learner))
    for (const key of await tx.objectStore('loose').index('learner').getAllKeys(learner))
      void tx.objectStore('loose').delete(key)
    const backups = tx.objectStore('backups')
    for (let cursor = await backups.openCursor(); cursor; cursor = await cursor.continue())
      if (cursor.value.learner === learner) void cursor.delete()
    void tx.objectStore('schedules').delete(learner)
    await tx.done
    return 'saved'
  } catch (error) {
    return writeFailure(error)
  }
}

/** The learner's saved review schedule, if there is a valid one (it is only a cache). */
export async function loadSchedule(learner: string): Promise<ScheduleSnapshot | undefined> {
  try {
    const stored: unknown = await (await db()).get('schedules', learner)
    // A first visit has none, and needs no schema built to say so.
    return stored === undefined ? undefined : ScheduleSnapshotSchema.safeParse(stored).data
  } catch {
    return undefined
  }
}

/** Keeps the review schedule for the next visit; a failure only costs a replay then. */
export async function saveSchedule(learner: string, snapshot: ScheduleSnapshot): Promise<void> {
  try {
    await (await db()).put('schedules', snapshot, learner)
  } catch {
    // A cache: nothing is lost without it.
  }
}

/** The backups of damaged records, newest last (for a support request or a manual rescue). */
export async function damagedBackups(learner: string) {
  return (await (await db()).getAll('backups')).filter((b) => b.learner === learner)
}
