import { unzipSync } from 'fflate'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { zipFiles } from '../../scripts/package/zip.ts'

const encode = (text: string) => new TextEncoder().encode(text)

const FILES: Record<string, Uint8Array> = {
  'index.html': encode('<!doctype html><title>Quiz</title>'.repeat(20)),
  'assets/index-AbC.js': encode('export const answer = 42;\n'.repeat(50)),
  'assets/logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255, 1, 2, 3]),
  'banks/korea-2018.json': encode('{"id":"korea-2018","title":"Korea – 1950"}'),
  'imsmanifest.xml': encode('<?xml version="1.0"?><manifest/>'),
}

interface LocalHeader {
  name: string
  method: number
  /** DOS time and date. */
  time: number
  date: number
}

/** The archive's local file headers, in the order they stand in it (APPNOTE 4.3.7). */
function localHeaders(zip: Uint8Array): LocalHeader[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const found: LocalHeader[] = []
  let at = 0
  while (view.getUint32(at, true) === 0x04034b50) {
    const nameLength = view.getUint16(at + 26, true)
    found.push({
      name: new TextDecoder().decode(zip.subarray(at + 30, at + 30 + nameLength)),
      method: view.getUint16(at + 8, true),
      time: view.getUint16(at + 10, true),
      date: view.getUint16(at + 12, true),
    })
    const compressed = view.getUint32(at + 18, true)
    at += 30 + nameLength + view.getUint16(at + 28, true) + compressed
  }
  return found
}

describe('zipFiles', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('unzips to the same files, byte for byte', () => {
    const back = unzipSync(zipFiles(FILES))
    expect(Object.keys(back).sort()).toEqual(Object.keys(FILES).sort())
    for (const [path, bytes] of Object.entries(FILES)) expect(back[path]).toEqual(bytes)
  })

  it('writes the entries in sorted order, whatever order they came in', () => {
    const reversed = Object.fromEntries(Object.entries(FILES).reverse())
    const names = localHeaders(zipFiles(reversed)).map((h) => h.name)
    expect(names).toEqual(Object.keys(FILES).sort())
    expect(names[0]).toBe('assets/index-AbC.js')
  })

  it('is the same bytes for the same files, zipped at different times and in another order', () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2031-05-06T07:08:09Z'))
    const first = zipFiles(FILES)
    vi.setSystemTime(new Date('2044-12-31T23:59:58Z'))
    const second = zipFiles(Object.fromEntries(Object.entries(FILES).reverse()))
    expect(second).toEqual(first)
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true)
  })

  it('dates every entry 1980-01-01 00:00 and deflates it', () => {
    const found = localHeaders(zipFiles(FILES))
    expect(found).toHaveLength(Object.keys(FILES).length)
    // DOS date: (year - 1980) << 9 | month << 5 | day; DOS time 00:00:00 is 0.
    for (const { method, time, date } of found)
      expect({ method, time, date }).toEqual({ method: 8, time: 0, date: (1 << 5) | 1 })
  })

  it('compresses at the strongest level', () => {
    const text = encode('Factline '.repeat(2000))
    const zip = zipFiles({ 'a.txt': text })
    expect(zip.byteLength).toBeLessThan(text.byteLength / 50)
  })

  it('refuses a path that would land outside the package', () => {
    for (const path of ['../evil.js', '/etc/passwd', 'a\\b.js', 'assets//x.js'])
      expect(() => zipFiles({ [path]: encode('x') }), path).toThrow(/not a path inside/)
  })
})
