import type { DBSchema, IDBPDatabase } from 'idb'
import { ResultRowSchema, type ResultRow } from '@/domain/class-report/results-files'
import { databaseOpener, writeFailure } from './database.ts'
import type { WriteResult } from './index.ts'

/**
 * The class report's results, kept in this browser until the teacher clears them, so that
 * tomorrow's devices can be added to today's. They live in a database of their own: they are the
 * teacher's, not a learner's, and a learner's reset never touches them.
 *
 * Each import is one record holding the rows it added (30,000 rows in 50 records is quick to
 * read back; one record per row would not be). Rows that can't be read back are copied to
 * `backups` and left out; nothing here throws at the teacher.
 *
 * Versions: the database is at 1. A record says its `format` (1: rows as ResultRowSchema);
 * a later format adds its upgrade to `upgrade` below, next to the database's own.
 */
const DB_NAME = 'factline-class'
const DB_VERSION = 1
const FORMAT = 1

interface ImportRecord {
  format: number
  /** When the import was made (ms since 1970). */
  at: number
  /** The files it read. */
  files: string[]
  rows: unknown[]
}

interface ClassDb extends DBSchema {
  imports: { key: number; value: ImportRecord }
  backups: { key: number; value: { at: number; reason: string; data: unknown } }
}

const db = databaseOpener<ClassDb>(DB_NAME, DB_VERSION, (open, oldVersion) => {
  if (oldVersion < 1) {
    open.createObjectStore('imports', { autoIncrement: true })
    open.createObjectStore('backups', { autoIncrement: true })
  }
})

export interface LoadedResults {
  rows: ResultRow[]
  /** Rows (or whole imports) that could not be read back; each is kept in `backups`. */
  damaged: number
  /** The browser would not open the database (storage switched off). */
  unavailable?: true
}

/** Every row kept, in the order they were imported. */
export async function loadResults(): Promise<LoadedResults> {
  let open: IDBPDatabase<ClassDb>
  try {
    open = await db()
  } catch {
    return { rows: [], damaged: 0, unavailable: true }
  }
  const tx = open.transaction(['imports', 'backups'], 'readwrite')
  const records = await tx.objectStore('imports').getAll()
  const rows: ResultRow[] = []
  const damaged: { reason: string; data: unknown }[] = []
  for (const record of records) {
    if (record?.format !== FORMAT || !Array.isArray(record.rows)) {
      damaged.push({ reason: 'an import of an unknown format', data: record })
      continue
    }
    for (const row of record.rows) {
      const parsed = ResultRowSchema.safeParse(row)
      if (parsed.success) rows.push(parsed.data as ResultRow)
      else damaged.push({ reason: `a damaged row of ${record.files.join(', ')}`, data: row })
    }
  }
  const now = Date.now()
  for (const { reason, data } of damaged)
    void tx.objectStore('backups').add({ at: now, reason, data })
  await tx.done.catch(() => undefined)
  return { rows, damaged: damaged.length }
}

/** Keeps the rows one import added (already without the rows kept before). */
export async function saveImport(
  files: string[],
  rows: readonly ResultRow[],
): Promise<WriteResult> {
  if (rows.length === 0) return 'saved'
  try {
    const open = await db()
    // Plain objects only: IndexedDB's structured clone refuses reactive proxies.
    const record: ImportRecord = { format: FORMAT, at: Date.now(), files, rows: [...rows] }
    await open.add('imports', record)
    return 'saved'
  } catch (error) {
    return writeFailure(error)
  }
}

/** Forgets every result imported (`Clear report`); the backups of damaged rows go too. */
export async function clearResults(): Promise<WriteResult> {
  try {
    const open = await db()
    const tx = open.transaction(['imports', 'backups'], 'readwrite')
    await Promise.all([tx.objectStore('imports').clear(), tx.objectStore('backups').clear()])
    await tx.done
    return 'saved'
  } catch (error) {
    return writeFailure(error)
  }
}
