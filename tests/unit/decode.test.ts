import { describe, expect, it } from 'vitest'
import { bytePosition, decodeUtf8, firstNonUtf8 } from '@/domain/bank/source'
import { createRandom } from '@/domain/random'

const SAVE = 'save it as UTF-8 (in most editors: Save with encoding, UTF-8)'
const NOT_UTF8 = `the file is not UTF-8 text; ${SAVE}`

/** Text and raw bytes, in order, as one file. */
function file(...parts: (string | number[])[]): Uint8Array {
  const chunks = parts.map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : p))
  return Uint8Array.from(chunks.flatMap((c) => [...c]))
}

/** Text as UTF-16 bytes, little- or big-endian, after its byte-order mark. */
function utf16(text: string, littleEndian: boolean, mark = true): Uint8Array {
  const bytes: number[] = mark ? (littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : []
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    const pair = [unit >> 8, unit & 0xff]
    bytes.push(...(littleEndian ? pair.reverse() : pair))
  }
  return Uint8Array.from(bytes)
}

/** The refusal, with the byte position the command line also reports. */
function refusal(bytes: Uint8Array) {
  const decoded = decodeUtf8(bytes)
  if ('text' in decoded) throw new Error(`decoded as ${JSON.stringify(decoded.text)}`)
  return { ...decoded, bytes: bytePosition(bytes, decoded.offset) }
}

describe('reading a file as UTF-8', () => {
  it('reads UTF-8 text, with or without a byte-order mark', () => {
    expect(decodeUtf8(file('title: Zoë 😀\n'))).toEqual({ text: 'title: Zoë 😀\n' })
    expect(decodeUtf8(file([0xef, 0xbb, 0xbf], 'title: x\n'))).toEqual({ text: 'title: x\n' })
    expect(decodeUtf8(file(''))).toEqual({ text: '' })
  })

  it('refuses a Latin-1 byte at its line and column', () => {
    const bytes = file('# a bank\ntitle: A tiny bank for Andr', [0xe9], '\nlanguage: en\n')
    expect(refusal(bytes)).toEqual({
      offset: 36,
      at: { line: 2, column: 28 },
      message: NOT_UTF8,
      bytes: { line: 2, column: 28 },
    })
  })

  it('counts the column in characters, as an editor does, after other non-ASCII letters', () => {
    // `Zoë ` is 4 characters but 5 bytes: the editor's column is 5, the byte column 6.
    const bytes = file('x\nZoë ', [0xe9, 0x20], 'y\n')
    expect(refusal(bytes)).toMatchObject({
      offset: 7,
      at: { line: 2, column: 5 },
      bytes: { line: 2, column: 6 },
    })
  })

  it('refuses overlong forms, naming their bytes', () => {
    const overlong = (bytes: number[], hex: string) =>
      expect(refusal(file('ok\nab', bytes, 'c'))).toEqual({
        offset: 5,
        at: { line: 2, column: 3 },
        message: `the bytes ${hex} are an overlong form, which UTF-8 does not allow: ${SAVE}`,
        bytes: { line: 2, column: 3 },
      })
    overlong([0xc0, 0xaf], 'C0 AF') // "/" in two bytes
    overlong([0xc1, 0xbf], 'C1 BF')
    overlong([0xe0, 0x80, 0xaf], 'E0 80 AF')
    overlong([0xe0, 0x9f, 0xbf], 'E0 9F BF')
    overlong([0xf0, 0x80, 0x80, 0xaf], 'F0 80 80 AF')
    overlong([0xf0, 0x8f, 0xbf, 0xbf], 'F0 8F BF BF')
    // The shortest forms of the same ranges are text.
    expect(decodeUtf8(file([0xe0, 0xa0, 0x80, 0xf0, 0x90, 0x80, 0x80]))).toEqual({
      text: '\u0800\u{10000}',
    })
  })

  it('refuses encoded surrogates (CESU-8), and takes the code points just below them', () => {
    expect(refusal(file('a\nb\n  ', [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]))).toEqual({
      offset: 6,
      at: { line: 3, column: 3 },
      message: `the bytes ED A0 BD encode a UTF-16 surrogate, which UTF-8 does not allow (the file is CESU-8 or Java's modified UTF-8): ${SAVE}`,
      bytes: { line: 3, column: 3 },
    })
    expect(refusal(file([0xed, 0xbf, 0xbf])).message).toContain(
      'the bytes ED BF BF encode a UTF-16 surrogate',
    )
    expect(decodeUtf8(file([0xed, 0x9f, 0xbf, 0xee, 0x80, 0x80]))).toEqual({ text: '\ud7ff\ue000' })
  })

  it('refuses code points above U+10FFFF, and takes U+10FFFF itself', () => {
    const above = (bytes: number[], hex: string) =>
      expect(refusal(file('q: ', bytes))).toEqual({
        offset: 3,
        at: { line: 1, column: 4 },
        message: `the bytes ${hex} encode a code point above U+10FFFF, which Unicode does not have: ${SAVE}`,
        bytes: { line: 1, column: 4 },
      })
    above([0xf4, 0x90, 0x80, 0x80], 'F4 90 80 80')
    above([0xf5, 0x80, 0x80, 0x80], 'F5 80 80 80')
    above([0xf7, 0xbf, 0xbf, 0xbf], 'F7 BF BF BF')
    expect(decodeUtf8(file([0xf4, 0x8f, 0xbf, 0xbf]))).toEqual({ text: '\u{10ffff}' })
  })

  it('refuses a stray continuation byte, a sequence cut short and bytes UTF-8 never has', () => {
    expect(refusal(file('ab', [0x80], 'c'))).toMatchObject({ offset: 2, message: NOT_UTF8 })
    expect(refusal(file('a\nb€', [0xe2, 0x82]))).toMatchObject({
      offset: 6,
      at: { line: 2, column: 3 },
      message: NOT_UTF8,
    })
    expect(refusal(file([0xf8, 0x88, 0x80, 0x80, 0x80]))).toMatchObject({
      offset: 0,
      at: { line: 1, column: 1 },
      message: NOT_UTF8,
    })
    expect(refusal(file('x', [0xe9, 0x80])).message).toBe(NOT_UTF8)
  })

  it('finds exactly the byte the platform decoder stops at, on any bytes', () => {
    const random = createRandom('utf-8 bytes')
    // Bytes from the edges of every range, so that nearly every rule is met many times.
    const edges = [
      0x00, 0x0a, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0,
      0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff,
    ]
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
    const decodes = (bytes: Uint8Array) => {
      try {
        decoder.decode(bytes)
        return true
      } catch {
        return false
      }
    }
    let refused = 0
    for (let n = 0; n < 3000; n++) {
      const bytes = Uint8Array.from({ length: 1 + random.int(8) }, () =>
        random.next() < 0.5 ? edges[random.int(edges.length)]! : 0x80 + random.int(0x40),
      )
      const offset = firstNonUtf8(bytes)
      expect(decodes(bytes)).toBe(offset === bytes.length)
      expect(decodes(bytes.subarray(0, offset))).toBe(true)
      if (offset < bytes.length) {
        refused++
        expect(decodes(bytes.subarray(0, offset + 1)), String(bytes)).toBe(false)
        expect(decodes(bytes.subarray(0, offset + 4))).toBe(false)
      }
    }
    expect(refused).toBeGreaterThan(1000)
  })
})

describe('files that are not UTF-8', () => {
  it('reads UTF-16 with a byte-order mark, little- and big-endian, before looking for NUL bytes', () => {
    const text = 'title: Zoë 😀\nlanguage: en\n'
    expect(decodeUtf8(utf16(text, true))).toEqual({ text })
    expect(decodeUtf8(utf16(text, false))).toEqual({ text })
  })

  it('refuses UTF-16 with half a surrogate pair, or half a character at its end', () => {
    expect(decodeUtf8(utf16('ab\ncd\ud83dx', true))).toEqual({
      offset: 12,
      at: { line: 2, column: 3 },
      message: `the UTF-16 text has half of a surrogate pair here: ${SAVE}`,
    })
    expect(decodeUtf8(utf16('a\n\ude00', false))).toMatchObject({
      offset: 6,
      at: { line: 2, column: 1 },
    })
    expect(decodeUtf8(file([...utf16('a\nbc', true)], [0x41]))).toEqual({
      offset: 10,
      at: { line: 2, column: 3 },
      message: `the UTF-16 text ends in half a character: ${SAVE}`,
    })
  })

  it('refuses a NUL character in UTF-16 text at its line and column', () => {
    expect(decodeUtf8(utf16('ab\nc\0', true))).toEqual({
      offset: 10,
      at: { line: 2, column: 2 },
      message: 'this is not a text file (it contains a NUL character)',
    })
  })

  it('says UTF-16 without a byte-order mark is UTF-16, and what to do', () => {
    expect(decodeUtf8(utf16('title: x\n', true, false))).toEqual({
      offset: 1,
      at: { line: 1, column: 2 },
      message: `the file looks like UTF-16 text without a byte-order mark: ${SAVE}`,
    })
  })

  it('refuses UTF-32 by its byte-order mark', () => {
    for (const mark of [
      [0xff, 0xfe, 0, 0],
      [0, 0, 0xfe, 0xff],
    ]) {
      expect(decodeUtf8(file(mark, [0x41, 0, 0, 0]))).toEqual({
        offset: 0,
        at: { line: 1, column: 1 },
        message: `the file is UTF-32 text: ${SAVE}`,
      })
    }
  })

  it('refuses a binary file at its first NUL byte', () => {
    const png = file([0x89], 'PNG\r\n', [0x1a], '\n', [0, 0, 0, 0x0d], 'IHDR')
    expect(refusal(png)).toEqual({
      offset: 8,
      at: { line: 3, column: 1 },
      message: 'this is not a text file (it contains a NUL byte)',
      bytes: { line: 3, column: 1 },
    })
  })

  it('names the encoding an XML file declares when its bytes are not UTF-8', () => {
    const latin1 = file(
      `<?xml version="1.0" encoding="ISO-8859-1"?>\n<quiz>\n  <name>Caf`,
      [0xe9],
      '</name>\n</quiz>\n',
    )
    expect(refusal(latin1)).toEqual({
      offset: 62,
      at: { line: 3, column: 12 },
      message: `the file says it is ISO-8859-1 (encoding="ISO-8859-1" in its first line), and Factline reads UTF-8 only: ${SAVE}, and write encoding="UTF-8" there`,
      bytes: { line: 3, column: 12 },
    })
    // Its declaration is no reason to refuse text that is UTF-8 all the same.
    const ascii = `<?xml version='1.0' encoding='windows-1252'?>\n<quiz/>\n`
    expect(decodeUtf8(file(ascii))).toEqual({ text: ascii })
    expect(refusal(file(`<?xml version="1.0" encoding="UTF-8"?>\n<q>`, [0xe9])).message).toBe(
      NOT_UTF8,
    )
  })
})
