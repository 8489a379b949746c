/**
 * An RFC 4122 version 4 UUID from 16 random bytes (the caller's `crypto.getRandomValues`): the
 * version nibble set to 4 and the variant bits to 10, the rest of the bytes as they came. xAPI wants
 * one for every statement id and registration.
 */
export function uuidV4(bytes: Uint8Array): string {
  if (bytes.length !== 16) throw new RangeError(`a UUID takes 16 random bytes, not ${bytes.length}`)
  const hex = Array.from(bytes, (byte, i) => {
    const set = i === 6 ? (byte & 0x0f) | 0x40 : i === 8 ? (byte & 0x3f) | 0x80 : byte
    return set.toString(16).padStart(2, '0')
  }).join('')
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20),
  ].join('-')
}
