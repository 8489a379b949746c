import { describe, expect, it } from 'vitest'
import {
  DEFAULT_ITERATIONS,
  PinHashSchema,
  hashPin,
  pinProblem,
  verifyPin,
  type PinHash,
} from '@/domain/kiosk/index.ts'

const subtle = globalThis.crypto.subtle
const FAST = 1_000
const salt = (fill: number) => new Uint8Array(16).fill(fill)

describe('pinProblem', () => {
  it('wants 4 to 8 digits', () => {
    expect(pinProblem('123')).toBe('digits')
    expect(pinProblem('123456789')).toBe('digits')
    expect(pinProblem('12a4')).toBe('digits')
    expect(pinProblem('')).toBe('digits')
    expect(pinProblem(' 1234')).toBe('digits')
    expect(pinProblem('١٢٣٤')).toBe('digits')
  })

  it('wants the two PINs the same', () => {
    expect(pinProblem('1234', '1243')).toBe('mismatch')
    expect(pinProblem('1234', '')).toBe('mismatch')
  })

  it('says nothing when the PIN is fine', () => {
    expect(pinProblem('1234')).toBeUndefined()
    expect(pinProblem('12345678', '12345678')).toBeUndefined()
    expect(pinProblem('0000')).toBeUndefined()
  })

  it('names the format before the mismatch', () => {
    expect(pinProblem('12', '34')).toBe('digits')
  })
})

describe('hashPin and verifyPin', () => {
  it('accepts the right PIN and refuses a wrong one', async () => {
    const stored = await hashPin('2468', subtle, salt(1), FAST)
    expect(await verifyPin('2468', stored, subtle)).toBe(true)
    expect(await verifyPin('2469', stored, subtle)).toBe(false)
    expect(await verifyPin('24680', stored, subtle)).toBe(false)
    expect(await verifyPin('', stored, subtle)).toBe(false)
  })

  it('never keeps the PIN itself', async () => {
    const stored = await hashPin('97531', subtle, salt(2), FAST)
    expect(JSON.stringify(stored)).not.toContain('97531')
    expect(Object.keys(stored).sort()).toEqual(['algorithm', 'hash', 'iterations', 'salt'])
    expect(stored.algorithm).toBe('PBKDF2-SHA-256')
    expect(stored.iterations).toBe(FAST)
    expect(atob(stored.salt)).toHaveLength(16)
    expect(atob(stored.hash)).toHaveLength(32)
  })

  it('gives the same PIN a different hash with a different salt', async () => {
    const a = await hashPin('1234', subtle, salt(3), FAST)
    const b = await hashPin('1234', subtle, salt(4), FAST)
    const again = await hashPin('1234', subtle, salt(3), FAST)
    expect(a.salt).not.toBe(b.salt)
    expect(a.hash).not.toBe(b.hash)
    expect(again.hash).toBe(a.hash)
  })

  it('matches a known PBKDF2-HMAC-SHA-256 value', async () => {
    // Node's own PBKDF2, apart from Web Crypto, gives the reference value.
    const { pbkdf2Sync } = await import('node:crypto')
    const expected = pbkdf2Sync('1234', Buffer.alloc(16), FAST, 32, 'sha256').toString('base64')
    expect((await hashPin('1234', subtle, salt(0), FAST)).hash).toBe(expected)
  })

  it('round-trips through JSON and the schema', async () => {
    const stored = await hashPin('13579', subtle, salt(5), FAST)
    const reloaded = PinHashSchema.parse(JSON.parse(JSON.stringify(stored)))
    expect(reloaded).toEqual(stored)
    expect(await verifyPin('13579', reloaded, subtle)).toBe(true)
  })

  it('refuses a stored hash that is not one', async () => {
    const stored = await hashPin('1234', subtle, salt(6), FAST)
    expect(PinHashSchema.safeParse({ ...stored, algorithm: 'MD5' }).success).toBe(false)
    expect(PinHashSchema.safeParse({ ...stored, salt: 'not base64!' }).success).toBe(false)
    expect(PinHashSchema.safeParse({ ...stored, iterations: 1.5 }).success).toBe(false)
    expect(PinHashSchema.safeParse({ ...stored, hash: '' }).success).toBe(false)
    expect(await verifyPin('1234', { ...stored, hash: 'AAAA' }, subtle)).toBe(false)
    expect(await verifyPin('1234', { ...stored, salt: '%%%' } as PinHash, subtle)).toBe(false)
  })

  it('refuses to hash a bad PIN or a salt of the wrong size', async () => {
    await expect(hashPin('12', subtle, salt(7), FAST)).rejects.toThrow(
      'The PIN must be 4 to 8 digits.',
    )
    await expect(hashPin('1234', subtle, new Uint8Array(8), FAST)).rejects.toThrow('16 bytes')
    await expect(hashPin('1234', subtle, salt(7), 0)).rejects.toThrow('iteration')
  })

  it('hashes a view on a larger buffer as just its own bytes', async () => {
    const buffer = new Uint8Array(32).fill(9)
    buffer.fill(8, 0, 16)
    const view = buffer.subarray(0, 16)
    const fromView = await hashPin('1234', subtle, view, FAST)
    const fromCopy = await hashPin('1234', subtle, salt(8), FAST)
    expect(fromView).toEqual(fromCopy)
  })

  it('uses 210,000 iterations by default', async () => {
    expect(DEFAULT_ITERATIONS).toBe(210_000)
    const stored = await hashPin('864209', subtle, salt(10))
    expect(stored.iterations).toBe(210_000)
    expect(await verifyPin('864209', stored, subtle)).toBe(true)
    expect(await verifyPin('864208', stored, subtle)).toBe(false)
  })
})
