import {
  basicCredentials,
  connectionVerdict,
  lrsReason,
  type ConnectionVerdict,
  type LrsAnswer,
  type LrsConfig,
} from '@/domain/kiosk/lrs'
import * as lrsQueue from '@/persistence/lrs-queue'
import type { QueuedStatement, SettledProblem } from '@/persistence/lrs-queue'

/**
 * Sends the kiosk's queued xAPI statements to the LRS, oldest first, and takes each out of the
 * queue only once the LRS has answered 2xx for it (or it was dropped or rejected and counted).
 * A statement is posted as the text it was queued as, so a retry after a lost answer re-posts the
 * same id and content, which the LRS stores once.
 *
 * One sender a browser: with the Web Locks API, the tab holding the lock sends and the others
 * wait for it. The clock, the timers, fetch, randomness, the lock and the `online` event come in
 * as options, so tests run it without waiting. Nothing here logs, and no message carries the key
 * or the secret.
 */
export const BATCH = 25
export const FIRST_WAIT_MS = 2_000
export const LONGEST_WAIT_MS = 60_000
/** A Retry-After longer than this is taken as this: a kiosk must not sleep for a day. */
const LONGEST_RETRY_AFTER_MS = 3_600_000
/** A post with no answer by then is abandoned and tried again, like a network error. */
export const REQUEST_TIMEOUT_MS = 30_000
/**
 * An idle sender looks at the queue this often: a statement queued by another tab, whose sender
 * waits for the lock, wakes no one here.
 */
export const IDLE_LOOK_MS = 60_000
const LOCK = 'factline-lrs-sender'
const XAPI_VERSION = '1.0.3'

/** The part of the queue the sender uses (src/persistence/lrs-queue.ts). */
export type SenderQueue = Pick<typeof lrsQueue, 'peek' | 'remove' | 'countTry'>

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export interface LrsSenderOptions {
  config: LrsConfig
  queue?: SenderQueue
  fetch?: (url: string, init: RequestInit) => Promise<Response>
  timers?: Timers
  now?: () => number
  /** 0 ≤ r < 1, for the jitter of the waits. */
  random?: () => number
  /** navigator.locks; null sends without one (a browser without the API). */
  locks?: Pick<LockManager, 'request'> | null
  /** Calls `listener` when the browser comes back online; returns how to stop. */
  onOnline?: (listener: () => void) => () => void
}

export type SenderState =
  /** Waiting for the lock, held by a sender in another tab. */
  | 'standby'
  /** Nothing waiting to be sent. */
  | 'idle'
  /** Reading the queue or posting a batch. */
  | 'sending'
  /** After a failure, until `retryAt`. */
  | 'waiting'
  /** The LRS refused the key or the address: until resume() or sendNow(). */
  | 'paused'
  | 'stopped'

/**
 * Why the sender waits or pauses, for the teacher panel to say in its words: no answer
 * (`unreachable`), this browser's storage failed (`storage`), or the LRS's HTTP status: 429
 * (`slowDown`), 401 or 403 (`credentials`), another 4xx (`answered`, with the LRS's own reason
 * as it wrote it, never translated), 5xx or anything else (`lrsError`). The key and secret are
 * never in `because` (see lrsReason).
 */
export type SenderProblem =
  | { kind: 'unreachable' }
  | { kind: 'storage' }
  | { kind: 'slowDown'; status: number }
  | { kind: 'credentials'; status: number }
  | { kind: 'answered'; status: number; because?: string }
  | { kind: 'lrsError'; status: number }

export interface SenderStatus {
  state: SenderState
  /** While waiting: when it tries again (ms since 1970). */
  retryAt?: number
  /** Why it is waiting or paused. */
  problem?: SenderProblem
}

export interface LrsSender {
  status(): SenderStatus
  /** Called on every change of status, and after each batch is settled (to recount the queue). */
  subscribe(listener: (status: SenderStatus) => void): () => void
  /** New statements were queued: sends them if the sender is idle (a wait runs its course). */
  wake(): void
  /** The teacher's `Send now`: tries at once, cutting a wait or a pause short. */
  sendNow(): void
  /** The settings changed (after a 401 or 403, say): sends with them at once. */
  resume(config?: LrsConfig): void
  /** Stops for good: timers, the lock, the listener and a post under way are let go. */
  stop(): void
}

/** The headers of every request to the LRS. */
export function lrsHeaders(config: LrsConfig): Record<string, string> {
  return {
    Authorization: `Basic ${basicCredentials(config)}`,
    'X-Experience-API-Version': XAPI_VERSION,
    'Content-Type': 'application/json',
  }
}

interface Posted {
  status: number
  body: string
  retryAfter: string | null
}

/**
 * One request to the LRS, abandoned after REQUEST_TIMEOUT_MS. Undefined when no answer came
 * (offline, refused by CORS, timed out); the body is read only from an error answer.
 */
async function ask(
  fetchLrs: NonNullable<LrsSenderOptions['fetch']>,
  timers: Timers,
  url: string,
  init: RequestInit,
  abort = new AbortController(),
): Promise<Posted | undefined> {
  const timeout = timers.setTimeout(() => abort.abort(), REQUEST_TIMEOUT_MS)
  try {
    const response = await fetchLrs(url, {
      ...init,
      signal: abort.signal,
      credentials: 'omit',
      cache: 'no-store',
    })
    const body = response.ok && init.method === 'POST' ? '' : await response.text()
    return { status: response.status, body, retryAfter: response.headers.get('Retry-After') }
  } catch {
    return undefined
  } finally {
    timers.clearTimeout(timeout)
  }
}

/** Milliseconds from Retry-After (seconds, or an HTTP date), or undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now: number): number | undefined {
  const text = value?.trim() ?? ''
  if (/^\d+$/.test(text)) return Number(text) * 1000
  const date = Date.parse(text)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

const browserTimers: Timers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
}

function browserOnline(listener: () => void): () => void {
  globalThis.addEventListener?.('online', listener)
  return () => globalThis.removeEventListener?.('online', listener)
}

/**
 * Test connection: asks the LRS what it is (`about`) and posts an empty list with the key
 * (stores nothing), then words the verdict (src/domain/kiosk/lrs.ts).
 */
export async function testLrsConnection(
  config: LrsConfig,
  options: Pick<LrsSenderOptions, 'fetch' | 'timers'> = {},
): Promise<ConnectionVerdict> {
  const fetchLrs = options.fetch ?? ((url, init) => fetch(url, init))
  const timers = options.timers ?? browserTimers
  const answer = (posted: Posted | undefined): LrsAnswer => posted ?? 'unreachable'
  const headers = lrsHeaders(config)
  const [about, statements] = await Promise.all([
    ask(fetchLrs, timers, `${config.endpoint}about`, { method: 'GET', headers }),
    ask(fetchLrs, timers, `${config.endpoint}statements`, { method: 'POST', headers, body: '[]' }),
  ])
  return connectionVerdict(answer(about), answer(statements))
}

/** What became of a batch: all settled, or stopped early to wait, or to pause. */
type Delivery =
  | { kind: 'done' }
  | { kind: 'wait'; problem: SenderProblem; retryAfter?: number }
  | { kind: 'pause'; problem: SenderProblem }

const DONE: Delivery = { kind: 'done' }
const STORAGE_PROBLEM: SenderProblem = { kind: 'storage' }

/** Starts sending at once; see LrsSender. */
export function createLrsSender(options: LrsSenderOptions): LrsSender {
  let config = options.config
  const queue = options.queue ?? lrsQueue
  const fetchLrs = options.fetch ?? ((url, init) => fetch(url, init))
  const timers = options.timers ?? browserTimers
  const now = options.now ?? Date.now
  const random = options.random ?? Math.random
  const locks = options.locks === undefined ? globalThis.navigator?.locks : options.locks
  const listeners = new Set<(status: SenderStatus) => void>()

  let status: SenderStatus = { state: 'sending' }
  let stopped = false
  /** Batches shrink after a 413 and stay small: this LRS's limit will not grow back. */
  let batch = BATCH
  let failures = 0
  /** A wake that came while the queue was being read: look again before going idle. */
  let woken = false
  /** Ends the current rest (idle, wait or pause) early. */
  let endRest: (() => void) | undefined
  let inFlight: AbortController | undefined
  const lockWait = new AbortController()

  function set(next: SenderStatus) {
    if (stopped && next.state !== 'stopped') return
    status = next
    for (const listener of listeners) listener(next)
  }

  /** Rests until woken, or until `ms` have passed when given. */
  function rest(ms?: number): Promise<void> {
    return new Promise((resolve) => {
      if (stopped) return resolve()
      const handle = ms === undefined ? undefined : timers.setTimeout(() => end(), ms)
      function end() {
        if (handle !== undefined) timers.clearTimeout(handle)
        endRest = undefined
        resolve()
      }
      endRest = end
    })
  }

  function post(list: readonly QueuedStatement[]): Promise<Posted | undefined> {
    inFlight = new AbortController()
    // The texts as queued, joined: the same bytes on every try.
    const body = `[${list.map((s) => s.statement).join(',')}]`
    return ask(
      fetchLrs,
      timers,
      `${config.endpoint}statements`,
      { method: 'POST', headers: lrsHeaders(config), body },
      inFlight,
    )
  }

  /** Settles statements the LRS answered for; a storage failure waits and tries again. */
  async function settle(
    list: readonly QueuedStatement[],
    outcome: lrsQueue.Outcome,
    problem?: SettledProblem,
  ): Promise<Delivery> {
    const saved = await queue.remove(
      list.map((s) => s.key),
      outcome,
      problem,
      now(),
    )
    if (saved !== 'saved') return { kind: 'wait', problem: STORAGE_PROBLEM }
    set(status)
    return DONE
  }

  /** Posts the halves one after the other, stopping at the first that can't be settled. */
  async function inHalves(list: readonly QueuedStatement[]): Promise<Delivery> {
    const middle = Math.ceil(list.length / 2)
    for (const half of [list.slice(0, middle), list.slice(middle)]) {
      const delivery = await deliver(half)
      if (delivery.kind !== 'done') return delivery
    }
    return DONE
  }

  /**
   * Posts a batch and acts on the answer. An LRS refuses a whole batch for one bad statement
   * (400) or one conflicting id (409), so the batch is split until that one is alone.
   */
  async function deliver(list: readonly QueuedStatement[]): Promise<Delivery> {
    // Stopped between two halves: post no more. An answer that comes after a stop is still
    // acted on, so a batch the LRS took is not sent again.
    if (stopped) return DONE
    const answer = await post(list)
    const failed = async (problem: SenderProblem, retryAfter?: number): Promise<Delivery> => {
      await queue.countTry(list.map((s) => s.key))
      return { kind: 'wait', problem, ...(retryAfter !== undefined ? { retryAfter } : {}) }
    }
    if (!answer) return failed({ kind: 'unreachable' })
    const code = answer.status
    if (code >= 200 && code < 300) return settle(list, 'sent')
    const reason = lrsReason(answer.body, config)
    const because = reason ? { because: reason } : {}
    if (code === 413) {
      if (list.length === 1)
        return settle(list, 'rejected', { kind: 'tooLarge', status: 413, ...because })
      batch = Math.max(1, Math.floor(list.length / 2))
      return inHalves(list)
    }
    if ((code === 400 || code === 409) && list.length > 1) return inHalves(list)
    if (code === 409) return settle(list, 'dropped', { kind: 'conflict', status: 409, ...because })
    if (code === 400) return settle(list, 'rejected', { kind: 'invalid', status: 400, ...because })
    if (code === 429)
      return failed({ kind: 'slowDown', status: code }, retryAfterMs(answer.retryAfter, now()))
    if (code === 401 || code === 403)
      return { kind: 'pause', problem: { kind: 'credentials', status: code } }
    if (code >= 400 && code < 500)
      return { kind: 'pause', problem: { kind: 'answered', status: code, ...because } }
    return failed({ kind: 'lrsError', status: code }, retryAfterMs(answer.retryAfter, now()))
  }

  /** Waits 2 s, then twice as long after each failure up to 60 s, each stretched by up to half. */
  async function waitAfter(problem: SenderProblem, retryAfter: number | undefined) {
    failures++
    const base = Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - 1))
    let ms = Math.min(LONGEST_WAIT_MS, Math.round(base * (1 + random() / 2)))
    if (retryAfter !== undefined) ms = Math.min(LONGEST_RETRY_AFTER_MS, Math.max(ms, retryAfter))
    set({ state: 'waiting', retryAt: now() + ms, problem })
    await rest(ms)
  }

  /** The sending loop: runs while this tab holds the lock, and returns when stopped. */
  async function run(): Promise<void> {
    set({ state: 'sending' })
    while (!stopped) {
      woken = false
      const list = await queue.peek(batch, now())
      if (stopped) break
      if (list === undefined) {
        await waitAfter(STORAGE_PROBLEM, undefined)
        continue
      }
      if (list.length === 0) {
        failures = 0
        set({ state: 'idle' })
        if (!woken) await rest(IDLE_LOOK_MS)
        continue
      }
      set({ state: 'sending' })
      const delivery = await deliver(list)
      if (stopped) break
      if (delivery.kind === 'done') failures = 0
      else if (delivery.kind === 'wait') await waitAfter(delivery.problem, delivery.retryAfter)
      else {
        set({ state: 'paused', problem: delivery.problem })
        await rest()
      }
    }
  }

  async function start() {
    if (!locks) return run()
    const held = await locks.request(LOCK, { ifAvailable: true }, async (lock) => {
      if (!lock) return false
      await run()
      return true
    })
    if (held || stopped) return
    set({ state: 'standby' })
    // Granted when the other tab's sender stops or its tab closes.
    await locks.request(LOCK, { signal: lockWait.signal }, run).catch(() => undefined)
  }

  const stopListening = (options.onOnline ?? browserOnline)(() => {
    if (status.state === 'waiting' || status.state === 'idle') endRest?.()
  })
  void start()

  return {
    status: () => status,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    wake() {
      woken = true
      if (status.state === 'idle') endRest?.()
    },
    sendNow() {
      woken = true
      if (status.state !== 'standby') endRest?.()
    },
    resume(next) {
      if (next) config = next
      batch = BATCH
      failures = 0
      woken = true
      if (status.state !== 'standby') endRest?.()
    },
    stop() {
      if (stopped) return
      stopped = true
      stopListening()
      lockWait.abort()
      inFlight?.abort()
      endRest?.()
      set({ state: 'stopped' })
    },
  }
}
