import type { z } from 'zod/mini'

/**
 * The only code that touches the browser's storage. Everything read is validated; what can't be
 * read is set aside under a backup key instead of breaking the app, and a full storage is
 * reported to the caller instead of thrown.
 */
const PREFIX = 'factline:'

export type WriteResult = 'saved' | 'full' | 'unavailable'

function storage(kind: 'session' | 'local'): Storage | undefined {
  try {
    return kind === 'session' ? window.sessionStorage : window.localStorage
  } catch {
    // Storage can be switched off (private modes, strict privacy settings).
    return undefined
  }
}

/** What a reader makes of a stored value: the value, or that it is not one. */
type Check<T> = (value: unknown) => { success: true; data: T } | { success: false }

function read<T>(kind: 'session' | 'local', key: string, check: Check<T>): T | undefined {
  const store = storage(kind)
  const raw = store?.getItem(PREFIX + key)
  if (raw === null || raw === undefined) return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    parsed = undefined
  }
  const result = check(parsed)
  if (result.success) return result.data
  try {
    store?.setItem(`${PREFIX}backup:${key}:${new Date().toISOString()}`, raw)
  } catch {
    // No room for a backup: the damaged copy stays where it is rather than being lost.
    return undefined
  }
  store?.removeItem(PREFIX + key)
  return undefined
}

/** Whether anything is stored under `key`, valid or not: needs no schema, so no zod. */
function has(kind: 'session' | 'local', key: string): boolean {
  return (storage(kind)?.getItem(PREFIX + key) ?? null) !== null
}

function write(kind: 'session' | 'local', key: string, value: unknown): WriteResult {
  const store = storage(kind)
  if (!store) return 'unavailable'
  try {
    store.setItem(PREFIX + key, JSON.stringify(value))
    return 'saved'
  } catch {
    return 'full'
  }
}

/** Storage that lasts as long as the tab: the quiz being played. */
export const sessionState = {
  read: <T>(key: string, schema: z.ZodMiniType<T>) =>
    read('session', key, (value) => schema.safeParse(value)),
  has: (key: string) => has('session', key),
  write: (key: string, value: unknown) => write('session', key, value),
  remove: (key: string) => storage('session')?.removeItem(PREFIX + key),
}

/** Storage that outlives the tab: a learner's lessons. */
export const localState = {
  read: <T>(key: string, schema: z.ZodMiniType<T>) =>
    read('local', key, (value) => schema.safeParse(value)),
  /** Reads with a type guard instead of a schema: for what start-up reads before zod is in. */
  readIf: <T>(key: string, guard: (value: unknown) => value is T) =>
    read('local', key, (value) =>
      guard(value) ? { success: true as const, data: value } : { success: false as const },
    ),
  has: (key: string) => has('local', key),
  write: (key: string, value: unknown) => write('local', key, value),
  remove: (key: string) => storage('local')?.removeItem(PREFIX + key),
  /** The keys that start with `prefix`, without Factline's own prefix. */
  keys(prefix: string): string[] {
    const store = storage('local')
    const found: string[] = []
    for (let i = 0; store && i < store.length; i++) {
      const key = store.key(i)
      if (key?.startsWith(PREFIX + prefix)) found.push(key.slice(PREFIX.length))
    }
    return found
  },
}
