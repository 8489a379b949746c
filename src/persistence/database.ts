import { openDB, type DBSchema, type IDBPDatabase, type OpenDBCallbacks } from 'idb'
import type { WriteResult } from './index.ts'

/** A failed IndexedDB write as the caller is told of it: the disk is full, or storage is off. */
export const writeFailure = (error: unknown): Exclude<WriteResult, 'saved'> =>
  (error instanceof DOMException || error instanceof Error) && error.name === 'QuotaExceededError'
    ? 'full'
    : 'unavailable'

/**
 * An IndexedDB database opened once per page life and shared by its callers. A newer version of
 * the app upgrading it in another tab gets it (this tab lets go and opens afresh next time), and
 * a failed open is tried again on the next call rather than remembered.
 */
export function databaseOpener<Schema extends DBSchema>(
  name: string,
  version: number,
  upgrade: NonNullable<OpenDBCallbacks<Schema>['upgrade']>,
): () => Promise<IDBPDatabase<Schema>> {
  let database: Promise<IDBPDatabase<Schema>> | undefined
  return () =>
    (database ??= openDB<Schema>(name, version, {
      upgrade,
      blocking() {
        void database?.then((open) => open.close())
        database = undefined
      },
    }).catch((error: unknown) => {
      database = undefined
      throw error
    }))
}
