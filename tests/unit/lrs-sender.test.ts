import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { LrsConfig } from '@/domain/kiosk/lrs'
import {
  BATCH,
  IDLE_LOOK_MS,
  REQUEST_TIMEOUT_MS,
  createLrsSender,
  retryAfterMs,
  testLrsConnection,
  type LrsSender,
  type LrsSenderOptions,
} from '@/lms/lrs-sender'
import { QUEUE_CAP, clear, counts, enqueue, peek } from '@/persistence/lrs-queue'

const T = 1_700_000_000_000
const config: LrsConfig = {
  endpoint: 'https://lrs.district.org/xAPI/',
  key: 'kiosk-3',
  secret: 'p4ss-w0rd',
  className: '7B',
}
const AUTH = `Basic ${btoa('kiosk-3:p4ss-w0rd')}`

interface Statement {
  id: string
  n: number
}
const statement = (n: number): Statement => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  n,
})
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => statement(from + i))

/** Timers on a clock that moves only when the test says so. */
function fakeClock() {
  const timers = new Map<number, { at: number; run: () => void }>()
  let next = 1
  const clock = {
    now: T,
    setTimeout(run: () => void, ms: number) {
      timers.set(next, { at: clock.now + ms, run })
      return next++
    },
    clearTimeout: (handle: unknown) => void timers.delete(handle as number),
    /** The delays of the timers set, from now. */
    pending: () => [...timers.values()].map((t) => t.at - clock.now).sort((a, b) => a - b),
    /** Moves the clock on by `ms`, running each timer that falls due on the way. */
    advance(ms: number) {
      const until = clock.now + ms
      for (;;) {
        const due = [...timers].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)
        const first = due[0]
        if (!first) break
        timers.delete(first[0])
        clock.now = first[1].at
        first[1].run()
      }
      clock.now = until
    },
  }
  return clock
}

type Reply = { status: number; body?: string; headers?: Record<string, string> } | 'network'

/**
 * An LRS in memory that checks statement ids as xAPI says: the same id with the same content is
 * taken again and stored once; with other content it is a 409. `script` answers a post first,
 * when it returns a reply.
 */
function fakeLrs(
  script: (batch: Statement[], call: number) => Reply | undefined = () => undefined,
) {
  const stored = new Map<string, string>()
  const posts: { url: string; init: RequestInit; batch: Statement[] }[] = []
  const fetch = vi.fn(async (url: string, init: RequestInit): Promise<Response> => {
    const batch = JSON.parse(String(init.body)) as Statement[]
    posts.push({ url, init, batch })
    const scripted = script(batch, posts.length)
    if (scripted === 'network') throw new TypeError('Failed to fetch')
    if (scripted) return new Response(scripted.body ?? '', scripted)
    if (batch.some((s) => stored.has(s.id) && stored.get(s.id) !== JSON.stringify(s)))
      return new Response('{"message":"conflict"}', { status: 409 })
    for (const s of batch) stored.set(s.id, JSON.stringify(s))
    return new Response(JSON.stringify(batch.map((s) => s.id)), { status: 200 })
  })
  return { stored, posts, fetch, sizes: () => posts.map((p) => p.batch.length) }
}

/** navigator.locks as one browser has it: one holder, the others wait in turn. */
function fakeLocks() {
  let held = false
  const waiting: (() => void)[] = []
  return {
    async request(
      name: string,
      options: { ifAvailable?: boolean; signal?: AbortSignal },
      granted: (lock: { name: string } | null) => Promise<unknown>,
    ) {
      if (held) {
        if (options.ifAvailable) return granted(null)
        await new Promise<void>((resolve, reject) => {
          waiting.push(resolve)
          options.signal?.addEventListener('abort', () => {
            waiting.splice(waiting.indexOf(resolve), 1)
            reject(new DOMException('aborted', 'AbortError'))
          })
        })
      }
      held = true
      try {
        return await granted({ name })
      } finally {
        held = false
        waiting.shift()?.()
      }
    },
  } as unknown as LockManager
}

let clock: ReturnType<typeof fakeClock>
let goOnline: (() => void) | undefined
let senders: LrsSender[]

function start(lrs: ReturnType<typeof fakeLrs>, more: Partial<LrsSenderOptions> = {}) {
  const sender = createLrsSender({
    config,
    fetch: lrs.fetch,
    timers: clock,
    now: () => clock.now,
    random: () => 0,
    locks: null,
    onOnline(listener) {
      goOnline = listener
      return () => (goOnline = undefined)
    },
    ...more,
  })
  senders.push(sender)
  return sender
}

const until = (check: () => void) => vi.waitFor(check, { timeout: 10_000, interval: 2 })
const stateOf = (sender: LrsSender) => sender.status().state

beforeEach(async () => {
  await clear()
  clock = fakeClock()
  goOnline = undefined
  senders = []
})

afterEach(() => {
  for (const sender of senders) sender.stop()
})

describe('sending the kiosk’s statements to the LRS', () => {
  it('posts them in order, 25 at a time, to the statements resource, with the key', async () => {
    await enqueue(range(1, 60), T)
    const lrs = fakeLrs()
    const sender = start(lrs)
    await until(() => expect(stateOf(sender)).toBe('idle'))
    expect(BATCH).toBe(25)
    expect(lrs.sizes()).toEqual([25, 25, 10])
    expect(lrs.posts.flatMap((p) => p.batch.map((s) => s.n))).toEqual(range(1, 60).map((s) => s.n))
    const { url, init } = lrs.posts[0]!
    expect(url).toBe('https://lrs.district.org/xAPI/statements')
    expect(init.method).toBe('POST')
    expect(init.credentials).toBe('omit')
    expect(init.headers).toEqual({
      Authorization: AUTH,
      'X-Experience-API-Version': '1.0.3',
      'Content-Type': 'application/json',
    })
    expect(await counts()).toMatchObject({ waiting: 0, sent: 60 })
  })

  it('sends new statements when woken, and only takes them out after the LRS said 2xx', async () => {
    const lrs = fakeLrs()
    const sender = start(lrs)
    await until(() => expect(stateOf(sender)).toBe('idle'))
    expect(lrs.posts).toEqual([])
    let answer: (reply: Response) => void = () => undefined
    lrs.fetch.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)))
    await enqueue([statement(1)], T)
    sender.wake()
    await until(() => expect(lrs.fetch).toHaveBeenCalledTimes(1))
    // Posted but not yet answered: still queued, as it would be after a power cut now.
    expect((await counts()).waiting).toBe(1)
    answer(new Response(null, { status: 204 }))
    await until(() => expect(stateOf(sender)).toBe('idle'))
    expect(await counts()).toMatchObject({ waiting: 0, sent: 1 })
  })

  it('looks at the queue every minute when idle, for statements another tab queued', async () => {
    const lrs = fakeLrs()
    const sender = start(lrs)
    await until(() => expect(stateOf(sender)).toBe('idle'))
    await enqueue([statement(1)], T)
    clock.advance(IDLE_LOOK_MS - 1)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(lrs.posts).toHaveLength(0)
    clock.advance(1)
    await until(() => expect(lrs.posts).toHaveLength(1))
  })

  it('re-posts the very same body after an answer that was lost, and the LRS stores it once', async () => {
    await enqueue(range(1, 3), T)
    const lrs = fakeLrs()
    // The LRS stores the batch, then the connection drops before its answer arrives.
    lrs.fetch.mockImplementationOnce(async (url, init) => {
      await lrs.fetch(url, init)
      throw new TypeError('Failed to fetch')
    })
    const sender = start(lrs)
    await until(() => expect(stateOf(sender)).toBe('waiting'))
    clock.advance(2_000)
    await until(() => expect(stateOf(sender)).toBe('idle'))
    const bodies = lrs.fetch.mock.calls.map(([, init]) => init.body)
    expect(bodies).toHaveLength(3)
    expect(new Set(bodies).size).toBe(1)
    expect(lrs.stored.size).toBe(3)
    expect(await counts()).toMatchObject({ waiting: 0, sent: 3, dropped: 0 })
  })

  it('keeps the earliest statements when the queue is full, and sends them first', async () => {
    await enqueue(
      Array.from({ length: QUEUE_CAP - 1 }, (_, i) => statement(i + 1)),
      T,
    )
    expect(await enqueue([statement(QUEUE_CAP), statement(QUEUE_CAP + 1)], T)).toMatchObject({
      queued: 1,
      dropped: 1,
    })
    const lrs = fakeLrs()
    const sender = start(lrs)
    await until(() => expect(lrs.posts.length).toBeGreaterThan(0))
    sender.stop()
    expect(lrs.posts[0]!.batch.map((s) => s.n)).toEqual(range(1, 25).map((s) => s.n))
    expect(await counts()).toMatchObject({ dropped: 1 })
  })
})

describe('when the LRS refuses part of a batch', () => {
  it('splits a batch refused with 400 until the bad statement is alone, and rejects only it', async () => {
    await enqueue(range(1, 5), T)
    const lrs = fakeLrs((batch) =>
      batch.some((s) => s.n === 3)
        ? { status: 400, body: `{"message":"statement 3 has no verb (${config.secret})"}` }
        : undefined,
    )
    const sender = start(lrs)
    await until(() => expect(stateOf(sender)).toBe('idle'))
    expect(lrs.posts.map((p) => p.batch.map((s) => s.n))).toEqual([
      [1, 2, 3, 4, 5],
      [1, 2, 3],
      [1, 2],
      [3],
      [4, 5],
    ])
    expect([...lrs.stored.values()].map((s) => JSON.parse(s).n)).toEqual([1, 2, 4, 5])
    const now = await counts()
    expect(now).toMatchObject({ waiting: 0, sent: 4, rejected: 1, dropped: 0 })
    // The LRS's own words, without the secret it echoed, for the panel to put in its words.
    expect(now.problem?.said).toEqual({
      kind: 'invalid',
      status: 400,
      because: 'statement 3 has no verb (…)',
    })
    expect(now.problem?.text).toBe(
      'The LRS refused a statement as invalid (400): statement 3 has no verb (…)',
    )
  })

  it('drops a statement whose id the LRS holds with other content (409), and counts it', async () => {
    await enqueue(range(1, 4), T)
    const lrs = fakeLrs()
    lrs.stored.set(statement(2).id, '{"other":"content"}')
    const sender = start(lrs)
    await until(() => expect(stateOf(sender)).toBe('idle'))
    expect(lrs.posts.map((p) => p.batch.map((s) => s.n))).toEqual([
      [1, 2, 3, 4],
      [1, 2],
      [1],
      [2],
      [3, 4],
    ])
    const now = await counts()
    expect(now).toMatchObject({ waiting: 0, sent: 3, dropped: 1, rejected: 0 })
    expect(now.problem?.said).toEqual({ kind: 'conflict', status: 409, because: 'conflict' })
    expect(now.problem?.text).toBe('The LRS holds another statement with this id (409): conflict')
  })

  it('halves batches that are too large (413) and keeps them smaller from then on', async () => {
    await enqueue(range(1, 40), T)
    const lrs = fakeLrs((batch) => (batch.length > 8 ? { status: 413 } : undefined))
    const sender = start(lrs)
    await until(() => expect(stateOf(sender)).toBe('idle'))
    expect(lrs.sizes()).toEqual([25, 13, 7, 6, 12, 6, 6, 6, 6, 3])
    expect([...lrs.stored.values()].map((s) => JSON.parse(s).n)).toEqual(
      range(1, 40).map((s) => s.n),
    )
  })

  it('rejects a single statement too large for the LRS', async () => {
    await enqueue(range(1, 2), T)
    const lrs = fakeLrs((batch) => (batch.some((s) => s.n === 1) ? { status: 413 } : undefined))
    const sender = start(lrs)
    await until(() => expect(stateOf(sender)).toBe('idle'))
    const now = await counts()
    expect(now).toMatchObject({ sent: 1, rejected: 1 })
    // No reason given: none said.
    expect(now.problem?.said).toEqual({ kind: 'tooLarge', status: 413 })
    expect(now.problem?.text).toBe('A statement was too large for the LRS (413)')
  })
})

describe('when the LRS can’t be reached or is busy', () => {
  it('waits 2 s after a failure, twice as long after each next one, never more than 60 s', async () => {
    await enqueue(range(1, 2), T)
    const lrs = fakeLrs(() => ({ status: 503 }))
    const sender = start(lrs)
    const waits: number[] = []
    for (let failure = 1; failure <= 7; failure++) {
      await until(() => expect(lrs.posts).toHaveLength(failure))
      await until(() => expect(stateOf(sender)).toBe('waiting'))
      waits.push(sender.status().retryAt! - clock.now)
      expect(clock.pending()).toEqual([waits.at(-1)])
      // Not a moment early.
      clock.advance(waits.at(-1)! - 1)
      expect(lrs.posts).toHaveLength(failure)
      clock.advance(1)
    }
    expect(waits).toEqual([2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000])
    expect(sender.status().problem).toEqual({ kind: 'lrsError', status: 503 })
    expect(await counts()).toMatchObject({ waiting: 2, sent: 0 })
  })

  it('stretches each wait by up to a half at random, so kiosks don’t all come back at once', async () => {
    await enqueue([statement(1)], T)
    const sender = start(
      fakeLrs(() => 'network'),
      { random: () => 0.999 },
    )
    await until(() => expect(stateOf(sender)).toBe('waiting'))
    expect(sender.status().retryAt! - clock.now).toBe(2_999)
    expect(sender.status().problem).toEqual({ kind: 'unreachable' })
  })

  it('honours Retry-After, in seconds or as a date', async () => {
    await enqueue([statement(1)], T)
    const lrs = fakeLrs((_, call) =>
      call === 1
        ? { status: 429, headers: { 'Retry-After': '30' } }
        : call === 2
          ? { status: 503, headers: { 'Retry-After': new Date(T + 30_000 + 90_000).toUTCString() } }
          : undefined,
    )
    const sender = start(lrs)
    await until(() => expect(stateOf(sender)).toBe('waiting'))
    expect(sender.status().retryAt).toBe(T + 30_000)
    expect(sender.status().problem).toEqual({ kind: 'slowDown', status: 429 })
    clock.advance(30_000)
    await until(() => expect(lrs.posts).toHaveLength(2))
    await until(() => expect(stateOf(sender)).toBe('waiting'))
    expect(sender.status().retryAt).toBe(T + 30_000 + 90_000)
    clock.advance(90_000)
    await until(() => expect(stateOf(sender)).toBe('idle'))
    expect(retryAfterMs('soon', T)).toBeUndefined()
    expect(retryAfterMs(null, T)).toBeUndefined()
  })

  it('tries again at once when the browser comes back online', async () => {
    await enqueue([statement(1)], T)
    let offline = true
    const lrs = fakeLrs(() => (offline ? 'network' : undefined))
    const sender = start(lrs)
    await until(() => expect(stateOf(sender)).toBe('waiting'))
    offline = false
    goOnline!()
    await until(() => expect(stateOf(sender)).toBe('idle'))
    expect(lrs.posts).toHaveLength(2)
    // At once: the clock never moved, and only the idle sender's look at the queue is set.
    expect(clock.now).toBe(T)
    expect(clock.pending()).toEqual([IDLE_LOOK_MS])
  })

  it('lets new statements wait out the wait, but Send now cuts it short', async () => {
    await enqueue([statement(1)], T)
    let down = true
    const lrs = fakeLrs(() => (down ? { status: 502 } : undefined))
    const sender = start(lrs)
    await until(() => expect(stateOf(sender)).toBe('waiting'))
    down = false
    await enqueue([statement(2)], T)
    sender.wake()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(lrs.posts).toHaveLength(1)
    sender.sendNow()
    await until(() => expect(stateOf(sender)).toBe('idle'))
    expect(lrs.sizes()).toEqual([1, 2])
  })

  it('gives up on a post with no answer after 30 s, and tries it again', async () => {
    await enqueue([statement(1)], T)
    const lrs = fakeLrs()
    lrs.fetch.mockImplementationOnce(
      (_url, init) =>
        new Promise((_, reject) =>
          init.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError'))),
        ),
    )
    const sender = start(lrs)
    await until(() => expect(lrs.fetch).toHaveBeenCalledTimes(1))
    expect(clock.pending()).toEqual([REQUEST_TIMEOUT_MS])
    clock.advance(REQUEST_TIMEOUT_MS)
    await until(() => expect(stateOf(sender)).toBe('waiting'))
    clock.advance(2_000)
    await until(() => expect(stateOf(sender)).toBe('idle'))
    expect(await counts()).toMatchObject({ waiting: 0, sent: 1 })
  })

  it('waits and tries again when this browser’s storage fails', async () => {
    const lrs = fakeLrs()
    const sender = start(lrs, {
      queue: {
        peek: async () => undefined,
        remove: async () => 'saved' as const,
        countTry: async () => undefined,
      },
    })
    await until(() => expect(stateOf(sender)).toBe('waiting'))
    expect(sender.status().problem).toEqual({ kind: 'storage' })
    expect(lrs.posts).toEqual([])
  })

  it('counts the failed tries of each statement', async () => {
    await enqueue([statement(1)], T)
    const sender = start(fakeLrs(() => 'network'))
    await until(() => expect(stateOf(sender)).toBe('waiting'))
    clock.advance(2_000)
    await until(() => expect(clock.pending()).toEqual([4_000]))
    sender.stop()
    expect((await peek(1))?.[0]?.tries).toBe(2)
  })
})

describe('when the LRS refuses the key', () => {
  it('pauses on 401 until the settings change, then sends with the new key', async () => {
    await enqueue(range(1, 3), T)
    const lrs = fakeLrs((_, call) => (call === 1 ? { status: 401 } : undefined))
    const sender = start(lrs)
    await until(() => expect(stateOf(sender)).toBe('paused'))
    expect(sender.status().problem).toEqual({ kind: 'credentials', status: 401 })
    expect(clock.pending()).toEqual([])
    goOnline!()
    sender.wake()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(lrs.posts).toHaveLength(1)
    sender.resume({ ...config, secret: 'n3w' })
    await until(() => expect(stateOf(sender)).toBe('idle'))
    expect(lrs.posts).toHaveLength(2)
    expect(lrs.posts[1]!.init.headers).toMatchObject({
      Authorization: `Basic ${btoa('kiosk-3:n3w')}`,
    })
    expect(await counts()).toMatchObject({ sent: 3, rejected: 0 })
  })

  it('pauses on 403, and on an answer that says the address is wrong', async () => {
    await enqueue([statement(1)], T)
    const forbidden = start(fakeLrs(() => ({ status: 403 })))
    await until(() => expect(stateOf(forbidden)).toBe('paused'))
    expect(forbidden.status().problem).toEqual({ kind: 'credentials', status: 403 })
    forbidden.stop()
    const missing = start(fakeLrs(() => ({ status: 404, body: 'no such route' })))
    await until(() => expect(stateOf(missing)).toBe('paused'))
    expect(missing.status().problem).toEqual({
      kind: 'answered',
      status: 404,
      because: 'no such route',
    })
    expect((await counts()).waiting).toBe(1)
  })
})

describe('one sender a browser', () => {
  it('sends from one tab only; another takes over when it stops', async () => {
    const locks = fakeLocks()
    const first = fakeLrs()
    const second = fakeLrs()
    const one = start(first, { locks })
    await until(() => expect(stateOf(one)).toBe('idle'))
    const two = start(second, { locks })
    await until(() => expect(stateOf(two)).toBe('standby'))
    await enqueue(range(1, 2), T)
    one.wake()
    two.sendNow()
    await until(async () => expect((await counts()).sent).toBe(2))
    expect(first.posts).toHaveLength(1)
    one.stop()
    await enqueue([statement(3)], T)
    await until(() => expect(second.posts).toHaveLength(1))
    expect(second.posts[0]!.batch.map((s) => s.n)).toEqual([3])
    expect(stateOf(one)).toBe('stopped')
  })

  it('lets go of everything when stopped', async () => {
    await enqueue([statement(1)], T)
    const lrs = fakeLrs(() => 'network')
    const sender = start(lrs)
    const seen: string[] = []
    sender.subscribe((status) => seen.push(status.state))
    await until(() => expect(stateOf(sender)).toBe('waiting'))
    sender.stop()
    expect(clock.pending()).toEqual([])
    expect(goOnline).toBeUndefined()
    expect(seen.at(-1)).toBe('stopped')
    clock.advance(600_000)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(lrs.posts).toHaveLength(1)
  })
})

describe('Test connection', () => {
  function answering(about: Reply, statements: Reply) {
    return vi.fn(async (url: string, _init: RequestInit) => {
      const reply = url.endsWith('/about') ? about : statements
      if (reply === 'network') throw new TypeError('Failed to fetch')
      return new Response(reply.body ?? '', reply)
    })
  }

  it('asks about and posts an empty list with the key, and reads the two answers', async () => {
    const fetch = answering(
      { status: 200, body: '{"version":["1.0.3"]}' },
      { status: 200, body: '[]' },
    )
    expect(await testLrsConnection(config, { fetch, timers: clock })).toMatchObject({ ok: true })
    expect(fetch.mock.calls.map(([url, init]) => [url, init.method, init.body])).toEqual([
      ['https://lrs.district.org/xAPI/about', 'GET', undefined],
      ['https://lrs.district.org/xAPI/statements', 'POST', '[]'],
    ])
    expect(fetch.mock.calls[1]![1].headers).toMatchObject({ Authorization: AUTH })
  })

  it('says so when the key is refused or the LRS can’t be reached', async () => {
    const about = { status: 200, body: '{"version":["1.0.3"]}' }
    const refused = await testLrsConnection(config, {
      fetch: answering(about, { status: 401 }),
      timers: clock,
    })
    expect(refused).toMatchObject({ ok: false, problem: 'refused' })
    const offline = await testLrsConnection(config, {
      fetch: answering('network', 'network'),
      timers: clock,
    })
    expect(offline).toMatchObject({ ok: false, problem: 'unreachable' })
    expect(JSON.stringify([refused, offline])).not.toMatch(/p4ss|kiosk-3/)
  })
})
