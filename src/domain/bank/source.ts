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

/** A file's bytes as text, or the place of the first byte that isn't UTF-8. */
export function decodeUtf8(
  bytes: Uint8Array,
): { text: string } | { offset: number; message: string } {
  if (bytes.includes(0)) {
    return { offset: bytes.indexOf(0), message: 'this is not a text file (it contains a NUL byte)' }
  }
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i] as number
    const length =
      b < 0x80
        ? 1
        : b >= 0xc2 && b <= 0xdf
          ? 2
          : b >= 0xe0 && b <= 0xef
            ? 3
            : b >= 0xf0 && b <= 0xf4
              ? 4
              : 0
    let valid = length > 0 && i + length <= bytes.length
    for (let k = 1; valid && k < length; k++) valid = ((bytes[i + k] as number) & 0xc0) === 0x80
    if (!valid) {
      return {
        offset: i,
        message:
          'the file is not UTF-8 text; save it as UTF-8 (in most editors: Save with encoding, UTF-8)',
      }
    }
    i += length
  }
  const text = new TextDecoder('utf-8').decode(bytes)
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text }
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
