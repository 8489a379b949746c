import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb'
import { z } from 'zod/mini'
import { databaseOpener, writeFailure } from './database.ts'
import type { WriteResult } from './index.ts'

/**
 * The kiosk's xAPI statements waiting for the LRS, in the order they were made. A statement
 * leaves the queue only when the LRS has taken it (2xx), or it was dropped or rejected and
 * counted, so a reload or a power cut loses none: writes ask for strict durability, which
 * waits for the disk. Each is stored as the JSON text that will be posted, so a retry sends the
 * very same bytes and the LRS, seeing an id it has, stores it once.
 *
 * The queue holds at most QUEUE_CAP statements. Beyond that, new ones are refused and counted as
 * dropped: the earlier students' results are never pushed out by later ones.
 *
 * Damaged records are copied to `backups`, taken out of the queue and counted as dropped; nothing
 * here throws at the kiosk. Database versions: 1.
 */
const DB_NAME = 'factline-lrs'
const DB_VERSION = 1
export const QUEUE_CAP = 10_000
const COUNTS = 'counts'
const MAX_PROBLEM = 500

interface QueueRecord {
  /** The statement's id, kept beside its text to check the text against. */
  id: string
  /** The statement as posted: JSON text. */
  statement: string
  /** When it was queued (ms since 1970). */
  at: number
  /** Posts that failed for it so far (network, LRS down): for the teacher's curiosity only. */
  tries: number
}

interface LrsDb extends DBSchema {
  /** Keyed by an auto-increment number: the order statements were made in. */
  queue: { key: number; value: QueueRecord }
  meta: { key: string; value: unknown }
  backups: { key: number; value: { at: number; reason: string; data: unknown } }
}

type Tx = IDBPTransaction<LrsDb, ('queue' | 'meta' | 'backups')[], 'readwrite'>

const db = databaseOpener<LrsDb>(DB_NAME, DB_VERSION, (open, oldVersion) => {
  if (oldVersion < 1) {
    open.createObjectStore('queue', { autoIncrement: true })
    open.createObjectStore('meta')
    open.createObjectStore('backups', { autoIncrement: true })
  }
})

/**
 * What went wrong, for the teacher panel to say in its words: what the queue itself found (`full`,
 * `damaged`), or what the LRS answered for a statement the sender then took out of the queue
 * (src/lms/lrs-sender.ts): too large (413), invalid (400), an id it holds with other content
 * (409); `because` is the LRS's own reason, as it wrote it (never translated, the secret taken out).
 */
const QueueProblemSchema = z.union([
  z.object({ kind: z.literal('full'), cap: z.int(), count: z.int() }),
  z.object({ kind: z.literal('damaged'), count: z.int() }),
])
export type QueueProblem = z.infer<typeof QueueProblemSchema>

const because = z.optional(z.string())
const SettledProblemSchema = z.union([
  z.object({ kind: z.literal('tooLarge'), status: z.literal(413), because }),
  z.object({ kind: z.literal('invalid'), status: z.literal(400), because }),
  z.object({ kind: z.literal('conflict'), status: z.literal(409), because }),
])
/** Why the sender dropped or rejected a statement (src/lms/lrs-sender.ts). */
export type SettledProblem = z.infer<typeof SettledProblemSchema>

/**
 * The last problem: `text` is its English sentence, all that a record written before `said`
 * holds, and what the panel shows when `said` is missing or of a kind it does not know (a record
 * from a later version): such a `said` is read as none rather than losing the counts.
 */
const ProblemSchema = z.object({
  at: z.number(),
  text: z.string(),
  said: z.catch(z.optional(z.union([QueueProblemSchema, SettledProblemSchema])), undefined),
})

const MetaSchema = z.object({
  /** Statements the LRS took. */
  sent: z.int().check(z.nonnegative()),
  /** Statements never sent: refused by a full queue, damaged, or a 409 (same id, other content). */
  dropped: z.int().check(z.nonnegative()),
  /** Statements the LRS refused as invalid (400); `problem` holds its reason. */
  rejected: z.int().check(z.nonnegative()),
  /** The last statement dropped or rejected, and why. */
  problem: z.nullable(ProblemSchema),
})
type Meta = z.infer<typeof MetaSchema>

const RecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  statement: z.string(),
  at: z.number(),
  tries: z.int().check(z.nonnegative()),
})

const NO_META: Meta = { sent: 0, dropped: 0, rejected: 0, problem: null }

/** Each write waits for the disk: a statement said to be queued must survive a power cut. */
const writing = (open: IDBPDatabase<LrsDb>) =>
  open.transaction(['queue', 'meta', 'backups'], 'readwrite', { durability: 'strict' })

/** The counts inside a write; a damaged copy is backed up and the counts start again. */
async function metaIn(tx: Tx, now: number): Promise<Meta> {
  const stored = await tx.objectStore('meta').get(COUNTS)
  const parsed = MetaSchema.safeParse(stored)
  if (parsed.success) return parsed.data
  if (stored !== undefined)
    void tx.objectStore('backups').add({ at: now, reason: 'the counts were damaged', data: stored })
  return { ...NO_META }
}

const problemOf = (text: string, now: number, said: QueueProblem | SettledProblem) => ({
  at: now,
  text: text.slice(0, MAX_PROBLEM),
  said,
})

/** A settled problem's English sentence, for `text` (the panel says it with the catalogue). */
function settledText(problem: SettledProblem): string {
  const because = problem.because ? `: ${problem.because}` : ''
  switch (problem.kind) {
    case 'tooLarge':
      return `A statement was too large for the LRS (${problem.status})${because}`
    case 'invalid':
      return `The LRS refused a statement as invalid (${problem.status})${because}`
    case 'conflict':
      return `The LRS holds another statement with this id (${problem.status})${because}`
  }
}

export interface QueueResult {
  result: WriteResult
  /** Statements now in the queue. */
  queued: number
  /** Statements refused because the queue was full, and counted as dropped. */
  dropped: number
}

/**
 * Queues statements after those already waiting, each with its own id, in one transaction (so
 * two tabs can't push the queue past its cap). The statement is stored as JSON text now, once.
 */
export async function enqueue(
  statements: readonly { id: string }[],
  now = Date.now(),
): Promise<QueueResult> {
  try {
    const tx = writing(await db())
    const queue = tx.objectStore('queue')
    const room = Math.max(0, QUEUE_CAP - (await queue.count()))
    const kept = statements.slice(0, room)
    const dropped = statements.length - kept.length
    for (const statement of kept)
      void queue.add({ id: statement.id, statement: JSON.stringify(statement), at: now, tries: 0 })
    if (dropped > 0) {
      const meta = await metaIn(tx, now)
      void tx.objectStore('meta').put(
        {
          ...meta,
          dropped: meta.dropped + dropped,
          problem: problemOf(
            `The queue was full (${QUEUE_CAP} statements waiting): ${dropped} new ones were not kept.`,
            now,
            { kind: 'full', cap: QUEUE_CAP, count: dropped },
          ),
        },
        COUNTS,
      )
    }
    await tx.done
    return { result: 'saved', queued: kept.length, dropped }
  } catch (error) {
    return { result: writeFailure(error), queued: 0, dropped: 0 }
  }
}

/** A queued statement as the sender gets it: `key` is its place in the queue. */
export interface QueuedStatement extends QueueRecord {
  key: number
}

/** A record whose text is a statement with the record's id; anything else is damaged. */
function readRecord(key: number, value: unknown): QueuedStatement | undefined {
  const parsed = RecordSchema.safeParse(value)
  if (!parsed.success) return undefined
  try {
    const statement: unknown = JSON.parse(parsed.data.statement)
    const id = (statement as { id?: unknown } | null)?.id
    return id === parsed.data.id ? { key, ...parsed.data } : undefined
  } catch {
    return undefined
  }
}

/**
 * The first `limit` statements waiting, oldest first; undefined when the browser won't open the
 * database. Damaged ones found on the way are backed up, counted as dropped and skipped.
 */
export async function peek(
  limit: number,
  now = Date.now(),
): Promise<QueuedStatement[] | undefined> {
  try {
    const open = await db()
    const read = await firstRecords(open, limit)
    if (read.every((record) => record !== undefined)) return read as QueuedStatement[]
    await setAsideDamaged(open, now)
    return (await firstRecords(open, limit)).filter((record) => record !== undefined)
  } catch {
    return undefined
  }
}

async function firstRecords(open: IDBPDatabase<LrsDb>, limit: number) {
  const tx = open.transaction('queue', 'readonly')
  const [keys, values] = await Promise.all([
    tx.store.getAllKeys(undefined, limit),
    tx.store.getAll(undefined, limit),
  ])
  return keys.map((key, i) => readRecord(key, values[i]))
}

/** Moves every damaged record of the queue to `backups`, in one write that counts them dropped. */
async function setAsideDamaged(open: IDBPDatabase<LrsDb>, now: number) {
  const tx = writing(open)
  const queue = tx.objectStore('queue')
  let damaged = 0
  for (let cursor = await queue.openCursor(); cursor; cursor = await cursor.continue()) {
    if (readRecord(cursor.key, cursor.value)) continue
    damaged++
    void tx
      .objectStore('backups')
      .add({ at: now, reason: 'a queued statement was damaged', data: cursor.value })
    void cursor.delete()
  }
  // Another tab may have set them aside first.
  if (damaged === 0) return
  const meta = await metaIn(tx, now)
  void tx.objectStore('meta').put(
    {
      ...meta,
      dropped: meta.dropped + damaged,
      problem: problemOf(`${damaged} queued statements were damaged and set aside.`, now, {
        kind: 'damaged',
        count: damaged,
      }),
    },
    COUNTS,
  )
  await tx.done
}

/** What became of statements taken out of the queue. */
export type Outcome = 'sent' | 'dropped' | 'rejected'

/**
 * Takes statements out of the queue and counts them under `outcome`, in one transaction. Only
 * those still there are counted: another tab's sender may have settled some already. `problem`
 * (for dropped and rejected) is kept as the last problem.
 */
export async function remove(
  keys: readonly number[],
  outcome: Outcome,
  problem?: SettledProblem,
  now = Date.now(),
): Promise<WriteResult> {
  try {
    const tx = writing(await db())
    const queue = tx.objectStore('queue')
    const present = await Promise.all(keys.map((key) => queue.getKey(key)))
    const removed = present.filter((key) => key !== undefined)
    for (const key of removed) void queue.delete(key)
    const meta = await metaIn(tx, now)
    void tx.objectStore('meta').put(
      {
        ...meta,
        [outcome]: meta[outcome] + removed.length,
        problem:
          problem && outcome !== 'sent'
            ? problemOf(settledText(problem), now, problem)
            : meta.problem,
      },
      COUNTS,
    )
    await tx.done
    return 'saved'
  } catch (error) {
    return writeFailure(error)
  }
}

/** Notes a failed post of these statements; a failure to note it costs nothing but the count. */
export async function countTry(keys: readonly number[]): Promise<void> {
  try {
    const tx = (await db()).transaction('queue', 'readwrite')
    for (const key of keys) {
      const record = await tx.store.get(key)
      if (record) void tx.store.put({ ...record, tries: record.tries + 1 }, key)
    }
    await tx.done
  } catch {
    // Only a count for the curious: the statements themselves are untouched.
  }
}

export interface QueueCounts extends Meta {
  /** Statements waiting to be sent. */
  waiting: number
  /** The browser would not open the database (storage switched off). */
  unavailable?: true
}

/** What the teacher panel shows: waiting, sent, dropped, rejected, and the last problem. */
export async function counts(): Promise<QueueCounts> {
  try {
    const tx = (await db()).transaction(['queue', 'meta'], 'readonly')
    const [waiting, stored] = await Promise.all([
      tx.objectStore('queue').count(),
      tx.objectStore('meta').get(COUNTS),
    ])
    // A damaged copy reads as no counts here; the next write backs it up.
    return { waiting, ...(MetaSchema.safeParse(stored).data ?? NO_META) }
  } catch {
    return { waiting: 0, ...NO_META, unavailable: true }
  }
}

/** Forgets the queue, its counts and its backups (`Remove kiosk from this device`). */
export async function clear(): Promise<WriteResult> {
  try {
    const tx = writing(await db())
    await Promise.all([
      tx.objectStore('queue').clear(),
      tx.objectStore('meta').clear(),
      tx.objectStore('backups').clear(),
    ])
    await tx.done
    return 'saved'
  } catch (error) {
    return writeFailure(error)
  }
}

/** The backups of damaged records, oldest first (for a support request or a manual rescue). */
export async function damagedBackups() {
  return (await db()).getAll('backups')
}
