/**
 * The one seeded random generator of Factline. A text seed always gives the same sequence, so a
 * quiz URL with `seed=` can be shared and replayed. sfc32 (Chris Doty-Humphrey's small fast
 * counting generator), seeded through an FNV-1a hash of the text and splitmix32.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [0, maxExclusive). */
  int(maxExclusive: number): number
}

function hashText(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

function splitmix32(state: number): () => number {
  return () => {
    state = (state + 0x9e3779b9) | 0
    let z = state
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    return (z ^ (z >>> 16)) >>> 0
  }
}

export function createRandom(seed: string): Random {
  const expand = splitmix32(hashText(seed))
  let a = expand()
  let b = expand()
  let c = expand()
  let d = expand()
  const nextUint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return t >>> 0
  }
  // Warm up so that similar seeds drift apart before the first value is used.
  for (let i = 0; i < 12; i++) nextUint32()
  const next = () => nextUint32() / 4294967296
  return { next, int: (maxExclusive) => Math.floor(next() * maxExclusive) }
}

/** A new array with the items in a random order (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const result = items.slice()
  for (let i = result.length - 1; i > 0; i--) {
    const j = random.int(i + 1)
    ;[result[i], result[j]] = [result[j] as T, result[i] as T]
  }
  return result
}
