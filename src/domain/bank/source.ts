import type { Problem } from './problems.ts'

export type DataPath = readonly PropertyKey[]

export interface Position {
  /** 1-based. */
  line: number
  /** 1-based. */
  column: number
}

/**
 * One file of a bank, read but not yet validated: its data as the schema expects it, and a way
 * back from any place in that data to a line and column of the file.
 */
export interface BankSource {
  file: string
  kind: 'main' | 'part'
  data: unknown
  /** Where the value at `path` stands; the nearest existing ancestor when it doesn't exist. */
  locate(path: DataPath): Position
  /** Where the key `key` of the mapping at `path` stands. */
  locateKey(path: DataPath, key: string): Position
  /** Where the text at `path` stands, `index` characters in (exact on single-line text). */
  locateInText(path: DataPath, index: number): Position
  /** Problems found while reading: syntax errors, constructs that can't be imported. */
  problems: Problem[]
}

const SAVE_AS_UTF8 = 'save it as UTF-8 (in most editors: Save with encoding, UTF-8)'

/**
 * The source of a file an importer read as a whole bank (GIFT, Moodle XML, Aiken): a key stands
 * where `locate` puts its path, a text's character where `inText` puts it (else where its text is).
 */
export function importedSource(
  file: string,
  data: unknown,
  problems: Problem[],
  locate: (path: DataPath) => Position,
  inText?: (path: DataPath, index: number) => Position | undefined,
): BankSource {
  return {
    file,
    kind: 'main',
    data,
    problems,
    locate,
    locateKey: (path, key) => locate([...path, key]),
    locateInText: (path, index) => inText?.(path, index) ?? locate(path),
  }
}

/** A file that could not be read as text: the byte where reading stopped, its line and column, and why. */
export interface Undecodable {
  /** The first byte that is not text (after a byte-order mark, if any, for UTF-16). */
  offset: number
  /** Where that byte stands, its column counted in characters as an editor counts them. */
  at: Position
  message: string
}

/**
 * A file's bytes as text: UTF-8 (with or without a byte-order mark), or UTF-16 with its
 * byte-order mark, as Windows' Notepad saves "Unicode". Anything else is refused at its first
 * byte that is not text, with what to do: a bank read in a guessed encoding would show and grade
 * wrong characters without a word.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | Undecodable {
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    return undecodable(bytes, 0, 0, `the file is UTF-32 text: ${SAVE_AS_UTF8}`)
  }
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, 'utf-16le')
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, 'utf-16be')
  const nul = bytes.indexOf(0)
  if (nul >= 0) {
    const message = looksLikeUtf16(bytes)
      ? `the file looks like UTF-16 text without a byte-order mark: ${SAVE_AS_UTF8}`
      : 'this is not a text file (it contains a NUL byte)'
    return undecodable(bytes, utf8BomLength(bytes), nul, message)
  }
  try {
    // The decoder drops a UTF-8 byte-order mark.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    const offset = firstNonUtf8(bytes)
    return undecodable(bytes, utf8BomLength(bytes), offset, nonUtf8Message(bytes, offset))
  }
}

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b)
const utf8BomLength = (bytes: Uint8Array) => (startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0)

/** Half its bytes NUL, all at even or all at odd places: UTF-16 of mostly Latin letters. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512)
  let even = 0
  let odd = 0
  sample.forEach((b, i) => {
    if (b === 0) {
      if (i % 2 === 0) even++
      else odd++
    }
  })
  const pairs = Math.floor(sample.length / 2)
  return pairs > 0 && Math.max(even, odd) >= pairs / 2 && Math.min(even, odd) === 0
}

/**
 * A refusal at byte `offset`; its line and column are those of the text before it, decoded from
 * `from` (after a byte-order mark) with the decoder that read the file this far.
 */
function undecodable(
  bytes: Uint8Array,
  from: number,
  offset: number,
  message: string,
  encoding = 'utf-8',
): Undecodable {
  const before = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(from, offset))
  return { offset, at: positionAt(before, before.length), message }
}

function decodeUtf16(
  bytes: Uint8Array,
  encoding: 'utf-16le' | 'utf-16be',
): { text: string } | Undecodable {
  let text: string
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    const offset = firstNonUtf16(bytes, encoding === 'utf-16le')
    const message =
      offset === bytes.length - 1
        ? `the UTF-16 text ends in half a character: ${SAVE_AS_UTF8}`
        : `the UTF-16 text has half of a surrogate pair here: ${SAVE_AS_UTF8}`
    return undecodable(bytes, 2, offset, message, encoding)
  }
  const nul = text.indexOf('\0')
  if (nul < 0) return { text }
  return {
    offset: 2 + 2 * nul,
    at: positionAt(text, nul),
    message: 'this is not a text file (it contains a NUL character)',
  }
}

/** The offset of the first code unit of UTF-16 bytes (after their mark) that is half a pair or half a unit. */
function firstNonUtf16(bytes: Uint8Array, littleEndian: boolean): number {
  const unit = (i: number) =>
    littleEndian
      ? (bytes[i] as number) | ((bytes[i + 1] as number) << 8)
      : ((bytes[i] as number) << 8) | (bytes[i + 1] as number)
  const isHigh = (u: number) => u >= 0xd800 && u <= 0xdbff
  const isLow = (u: number) => u >= 0xdc00 && u <= 0xdfff
  let i = 2
  while (i + 1 < bytes.length) {
    const u = unit(i)
    if (isLow(u)) return i
    if (isHigh(u)) {
      if (i + 3 >= bytes.length || !isLow(unit(i + 2))) return i
      i += 4
    } else i += 2
  }
  return i
}

/**
 * The offset of the first byte that does not start a well-formed UTF-8 sequence (Unicode's
 * table 3-7): no overlong forms, no surrogates (ED A0–BF), nothing above U+10FFFF.
 */
export function firstNonUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i)
    if (length === 0) return i
    i += length
  }
  return bytes.length
}

/** The second byte's range after each lead byte that allows a narrower one than 80–BF. */
const SECOND_BYTE: Record<number, [number, number]> = {
  0xe0: [0xa0, 0xbf],
  0xed: [0x80, 0x9f],
  0xf0: [0x90, 0xbf],
  0xf4: [0x80, 0x8f],
}

/** The length of the well-formed sequence at `i`; 0 when there is none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] as number
  if (b < 0x80) return 1
  const length =
    b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0
  if (length === 0 || i + length > bytes.length) return 0
  const [low, high] = SECOND_BYTE[b] ?? [0x80, 0xbf]
  const second = bytes[i + 1] as number
  if (second < low || second > high) return 0
  for (let k = 2; k < length; k++) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return 0
  return length
}

/** Why the bytes at `offset` are not UTF-8, in the words that tell a teacher what to do. */
function nonUtf8Message(bytes: Uint8Array, offset: number): string {
  const declared = declaredEncoding(bytes)
  if (declared) {
    return `the file says it is ${declared} (encoding="${declared}" in its first line), and Factline reads UTF-8 only: ${SAVE_AS_UTF8}, and write encoding="UTF-8" there`
  }
  const b = bytes[offset] as number
  const next = bytes[offset + 1] ?? 0
  const continued = (next & 0xc0) === 0x80
  const hex = (n: number) =>
    Array.from(bytes.subarray(offset, offset + n), (x) =>
      x.toString(16).toUpperCase().padStart(2, '0'),
    ).join(' ')
  if (
    continued &&
    (b === 0xc0 || b === 0xc1 || (b === 0xe0 && next < 0xa0) || (b === 0xf0 && next < 0x90))
  ) {
    return `the bytes ${hex(b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2)} are an overlong form, which UTF-8 does not allow: ${SAVE_AS_UTF8}`
  }
  if (b === 0xed && next >= 0xa0 && next <= 0xbf) {
    return `the bytes ${hex(3)} encode a UTF-16 surrogate, which UTF-8 does not allow (the file is CESU-8 or Java's modified UTF-8): ${SAVE_AS_UTF8}`
  }
  if (continued && ((b === 0xf4 && next >= 0x90) || (b >= 0xf5 && b <= 0xf7))) {
    return `the bytes ${hex(4)} encode a code point above U+10FFFF, which Unicode does not have: ${SAVE_AS_UTF8}`
  }
  return `the file is not UTF-8 text; ${SAVE_AS_UTF8}`
}

/** The encoding an XML declaration names, when it is not UTF-8 (`<?xml version="1.0" encoding="ISO-8859-1"?>`). */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 200))
  const name = /^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(
    head,
  )?.[1]
  return name && !/^utf-?8$/i.test(name) ? name : undefined
}

/** Line and column (1-based) of a character offset in a text. */
export function positionAt(text: string, offset: number): Position {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

/** Line and column of a byte offset in bytes that may not be valid UTF-8 (counted in bytes on the line). */
export function bytePosition(bytes: Uint8Array, offset: number): Position {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}
