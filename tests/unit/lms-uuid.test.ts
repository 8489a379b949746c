import { describe, expect, it } from 'vitest'
import { uuidV4 } from '@/domain/lms/uuid'
import { createRandom } from '@/domain/random'

/** RFC 4122: 8-4-4-4-12 lower-case hex digits, version 4, variant 10 (8, 9, a or b). */
const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

const bytes = (fill: (i: number) => number) => Uint8Array.from({ length: 16 }, (_, i) => fill(i))

describe('uuidV4', () => {
  it('sets the version and variant bits and keeps the rest of the bytes', () => {
    expect(uuidV4(bytes(() => 0))).toBe('00000000-0000-4000-8000-000000000000')
    expect(uuidV4(bytes(() => 0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff')
    expect(uuidV4(bytes((i) => i * 17))).toBe('00112233-4455-4677-8899-aabbccddeeff')
  })

  it('gives a version 4 UUID for any bytes, different bytes a different one', () => {
    const random = createRandom('uuid')
    const seen = new Set<string>()
    for (let n = 0; n < 500; n++) {
      const id = uuidV4(bytes(() => random.int(256)))
      expect(id).toMatch(V4)
      seen.add(id)
    }
    expect(seen.size).toBe(500)
  })

  it('leaves the caller’s bytes as they were', () => {
    const given = bytes(() => 0xff)
    uuidV4(given)
    expect(Array.from(given)).toEqual(Array(16).fill(0xff))
  })

  it('refuses anything but 16 bytes', () => {
    expect(() => uuidV4(new Uint8Array(15))).toThrow(RangeError)
    expect(() => uuidV4(new Uint8Array(17))).toThrow('16 random bytes')
  })
})
