import { z } from 'zod/mini'

export const PIN_PATTERN = /^[0-9]{4,8}$/
export const SALT_BYTES = 16
export const DEFAULT_ITERATIONS = 210_000
const HASH_BITS = 256

/** What can be wrong with a PIN the teacher typed: not 4 to 8 digits, or not typed the same twice. */
export type PinProblem = 'digits' | 'mismatch'

/** What is wrong with a PIN the teacher typed (and typed again); the panel says it in words. */
export function pinProblem(pin: string, confirm?: string): PinProblem | undefined {
  if (!PIN_PATTERN.test(pin)) return 'digits'
  if (confirm !== undefined && confirm !== pin) return 'mismatch'
  return undefined
}

/** The teacher's PIN as stored: a salted PBKDF2 hash, never the PIN itself. */
export const PinHashSchema = z.object({
  algorithm: z.literal('PBKDF2-SHA-256'),
  iterations: z.int().check(z.gte(1)),
  salt: z.base64().check(z.minLength(1)),
  hash: z.base64().check(z.minLength(1)),
})
export type PinHash = z.infer<typeof PinHashSchema>

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

async function derive(
  pin: string,
  subtle: SubtleCrypto,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const key = await subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ])
  const bits = await subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    HASH_BITS,
  )
  return new Uint8Array(bits)
}

/** Hashes a valid PIN with a fresh 16-byte salt; throws on a bad PIN, salt or iteration count. */
export async function hashPin(
  pin: string,
  subtle: SubtleCrypto,
  salt: Uint8Array,
  iterations: number = DEFAULT_ITERATIONS,
): Promise<PinHash> {
  if (pinProblem(pin)) throw new RangeError('The PIN must be 4 to 8 digits.')
  if (salt.length !== SALT_BYTES) throw new RangeError(`The salt must be ${SALT_BYTES} bytes.`)
  if (!Number.isInteger(iterations) || iterations < 1) {
    throw new RangeError('The iteration count must be a whole number of at least 1.')
  }
  // A copy, so a view on a shared or larger buffer is hashed as exactly these bytes.
  const saltCopy = new Uint8Array(salt)
  const hash = await derive(pin, subtle, saltCopy, iterations)
  return {
    algorithm: 'PBKDF2-SHA-256',
    iterations,
    salt: toBase64(saltCopy),
    hash: toBase64(hash),
  }
}

/** Compares every byte whatever the first difference, so the time taken gives nothing away. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length
  const length = Math.max(a.length, b.length)
  for (let i = 0; i < length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0)
  return difference === 0
}

/** Whether the PIN is the one the stored hash was made from; false for anything malformed. */
export async function verifyPin(
  pin: string,
  stored: PinHash,
  subtle: SubtleCrypto,
): Promise<boolean> {
  const parsed = PinHashSchema.safeParse(stored)
  if (!parsed.success || !PIN_PATTERN.test(pin)) return false
  const { salt, hash, iterations } = parsed.data
  const expected = fromBase64(hash)
  const actual = await derive(pin, subtle, fromBase64(salt), iterations)
  return sameBytes(actual, expected)
}
