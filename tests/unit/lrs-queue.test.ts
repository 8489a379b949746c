import 'fake-indexeddb/auto'
import { openDB } from 'idb'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  QUEUE_CAP,
  clear,
  countTry,
  counts,
  damagedBackups,
  enqueue,
  peek,
  remove,
} from '@/persistence/lrs-queue'

const T = 1_700_000_000_000
const statement = (n: number) => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  verb: { id: 'http://adlnet.gov/expapi/verbs/answered' },
  result: { score: { scaled: n / 10 } },
})

beforeEach(async () => {
  expect(await clear()).toBe('saved')
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('the kiosk’s queue of statements in IndexedDB', () => {
  it('gives statements back oldest first, a batch at a time, as the JSON text queued', async () => {
    expect(await enqueue([statement(1), statement(2)], T)).toEqual({
      result: 'saved',
      queued: 2,
      dropped: 0,
    })
    await enqueue([statement(3)], T + 1)
    const batch = await peek(2)
    expect(batch?.map((s) => s.id)).toEqual([statement(1).id, statement(2).id])
    expect(batch?.[0]).toMatchObject({
      statement: JSON.stringify(statement(1)),
      at: T,
      tries: 0,
    })
    expect((await peek(25))?.map((s) => s.id)).toEqual([1, 2, 3].map((n) => statement(n).id))
    expect(await counts()).toEqual({
      waiting: 3,
      sent: 0,
      dropped: 0,
      rejected: 0,
      problem: null,
    })
  })

  it('takes statements out only when told, and counts each once under its outcome', async () => {
    await enqueue([1, 2, 3, 4].map(statement), T)
    const [a, b, c] = (await peek(3))!
    expect(await remove([a!.key, b!.key], 'sent', undefined, T + 5)).toBe('saved')
    // Another tab settled it already: not counted twice.
    expect(await remove([a!.key], 'sent')).toBe('saved')
    await remove([c!.key], 'rejected', { kind: 'invalid', status: 400, because: 'bad verb' }, T + 6)
    expect(await counts()).toEqual({
      waiting: 1,
      sent: 2,
      dropped: 0,
      rejected: 1,
      problem: {
        at: T + 6,
        // The English sentence, for a version that reads only it; the panel says `said`.
        text: 'The LRS refused a statement as invalid (400): bad verb',
        said: { kind: 'invalid', status: 400, because: 'bad verb' },
      },
    })
    expect((await peek(25))?.map((s) => s.id)).toEqual([statement(4).id])
  })

  it('keeps the statements for a page loaded afresh (a reload)', async () => {
    await enqueue([statement(1), statement(2)], T)
    vi.resetModules()
    const again = await import('@/persistence/lrs-queue')
    expect((await again.peek(25))?.map((s) => s.id)).toEqual([statement(1).id, statement(2).id])
    expect((await again.counts()).waiting).toBe(2)
  })

  it('refuses statements past the cap and counts them dropped, never pushing out older ones', async () => {
    expect(QUEUE_CAP).toBe(10_000)
    const many = Array.from({ length: QUEUE_CAP - 2 }, (_, i) => ({ id: `s-${i}` }))
    expect((await enqueue(many, T)).queued).toBe(QUEUE_CAP - 2)
    const late = [5, 6, 7, 8, 9].map(statement)
    expect(await enqueue(late, T + 1)).toEqual({ result: 'saved', queued: 2, dropped: 3 })
    const now = await counts()
    expect(now).toMatchObject({ waiting: QUEUE_CAP, dropped: 3 })
    expect(now.problem?.text).toBe(
      'The queue was full (10000 statements waiting): 3 new ones were not kept.',
    )
    // What the teacher panel says in the interface's words.
    expect(now.problem?.said).toEqual({ kind: 'full', cap: QUEUE_CAP, count: 3 })
    expect((await peek(1))?.[0]?.id).toBe('s-0')
    // Room again once one is sent.
    await remove([(await peek(1))![0]!.key], 'sent')
    expect(await enqueue([statement(10)], T + 2)).toMatchObject({ queued: 1, dropped: 0 })
  })

  it('writes with strict durability, so a statement said to be queued survives a power cut', async () => {
    const options: unknown[] = []
    const open = IDBDatabase.prototype.transaction
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
      this: IDBDatabase,
      ...args: Parameters<IDBDatabase['transaction']>
    ) {
      if (args[1] === 'readwrite') options.push(args[2])
      return open.apply(this, args)
    })
    await enqueue([statement(1)], T)
    await remove([(await peek(1))![0]!.key], 'sent')
    expect(options).toEqual([{ durability: 'strict' }, { durability: 'strict' }])
  })

  it('says a full storage is full instead of throwing', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('no room', 'QuotaExceededError')
    })
    expect(await enqueue([statement(1)], T)).toEqual({ result: 'full', queued: 0, dropped: 0 })
    vi.restoreAllMocks()
    expect((await counts()).waiting).toBe(0)
  })

  it('sets damaged statements aside, counts them dropped and sends the rest', async () => {
    await enqueue([statement(1)], T)
    const raw = await openDB('factline-lrs')
    await raw.add('queue', { id: 'x', statement: 'not json', at: T, tries: 0 })
    await raw.add('queue', { id: 'y', statement: JSON.stringify(statement(9)), at: T, tries: 0 })
    await raw.add('queue', 'nonsense')
    raw.close()
    await enqueue([statement(2)], T)
    expect((await peek(25, T + 9))?.map((s) => s.id)).toEqual([statement(1).id, statement(2).id])
    const now = await counts()
    expect(now).toMatchObject({ waiting: 2, dropped: 3 })
    expect(now.problem).toEqual({
      at: T + 9,
      text: '3 queued statements were damaged and set aside.',
      said: { kind: 'damaged', count: 3 },
    })
    const backups = await damagedBackups()
    expect(backups.map((b) => b.data)).toEqual([
      { id: 'x', statement: 'not json', at: T, tries: 0 },
      { id: 'y', statement: JSON.stringify(statement(9)), at: T, tries: 0 },
      'nonsense',
    ])
  })

  it('reads damaged counts as none, and backs them up at the next write', async () => {
    const raw = await openDB('factline-lrs')
    await raw.put('meta', { sent: -1 }, 'counts')
    raw.close()
    expect(await counts()).toMatchObject({ sent: 0, dropped: 0, rejected: 0, problem: null })
    await enqueue([statement(1)], T)
    await remove([(await peek(1))![0]!.key], 'sent', undefined, T)
    expect((await counts()).sent).toBe(1)
    expect((await damagedBackups()).map((b) => b.data)).toEqual([{ sent: -1 }])
  })

  it('reads a problem kept by an older version (its English sentence only) as it is', async () => {
    const older = { at: T, text: 'A statement was too large for the LRS (413): too big' }
    const raw = await openDB('factline-lrs')
    await raw.put('meta', { sent: 4, dropped: 0, rejected: 1, problem: older }, 'counts')
    raw.close()
    expect(await counts()).toMatchObject({ sent: 4, rejected: 1, problem: older })
    expect((await counts()).problem).not.toHaveProperty('said')
  })

  it('reads a problem of a kind it does not know (a later version’s) by its sentence', async () => {
    const later = { at: T, text: 'Something new went wrong.', said: { kind: 'new', what: 1 } }
    const raw = await openDB('factline-lrs')
    await raw.put('meta', { sent: 2, dropped: 1, rejected: 0, problem: later }, 'counts')
    raw.close()
    const now = await counts()
    // The counts are kept; only the descriptor is set aside.
    expect(now).toMatchObject({ sent: 2, dropped: 1 })
    expect(now.problem).toMatchObject({ at: T, text: 'Something new went wrong.' })
    expect(now.problem?.said).toBeUndefined()
  })

  it('counts the failed tries of a statement', async () => {
    await enqueue([statement(1), statement(2)], T)
    const [a] = (await peek(1))!
    await countTry([a!.key])
    await countTry([a!.key])
    expect((await peek(2))?.map((s) => s.tries)).toEqual([2, 0])
  })

  it('forgets the queue, the counts and the backups when the kiosk is removed', async () => {
    await enqueue([statement(1)], T)
    await remove([(await peek(1))![0]!.key], 'dropped', { kind: 'conflict', status: 409 }, T)
    const raw = await openDB('factline-lrs')
    await raw.add('backups', { at: T, reason: 'test', data: 1 })
    raw.close()
    await enqueue([statement(2)], T)
    expect(await clear()).toBe('saved')
    expect(await counts()).toEqual({
      waiting: 0,
      sent: 0,
      dropped: 0,
      rejected: 0,
      problem: null,
    })
    expect(await damagedBackups()).toEqual([])
  })
})
