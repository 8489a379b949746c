#!/usr/bin/env node
// `npm run icons`: every app icon from one drawing, public/favicon.svg (a tile `#tile` with the
// mark `#mark` on it). Run it after changing that file and commit what it writes:
//   public/icons/icon-192.png, icon-512.png   the manifest's icons ("any"): the tile as drawn
//   public/icons/maskable-512.png              full-bleed tile, the mark inside the safe circle
//   public/apple-touch-icon.png (180)          full-bleed: iOS rounds the corners itself
//   public/favicon.ico (16, 32, 48)            for browsers and tools that want no SVG
// Chromium draws the SVG on a canvas; the pixels are written here as small palette PNGs with no
// timestamps or other metadata, so the same drawing gives the same files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { crc32, deflateSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { chromiumArgs, findChromium } from './find-chromium.mjs'

const publicDir = join(import.meta.dirname, '..', 'public')
const source = readFileSync(join(publicDir, 'favicon.svg'), 'utf8')

// The maskable safe zone is a circle of 40% of the size around the centre; at 0.8 the mark's
// farthest corner sits at about 31%.
const MASKABLE_SCALE = 0.8

const executablePath = await findChromium()
if (!executablePath) throw new Error('No Chromium found: install it or set CHROME_PATH.')
const browser = await chromium.launch({ executablePath, args: chromiumArgs })
try {
  const page = await browser.newPage()
  /** RGBA pixels of the drawing at `size` px; `fullBleed` squares the tile's corners. */
  const draw = (size, { fullBleed = false, scale = 1 } = {}) =>
    page.evaluate(
      async ({ source, size, fullBleed, scale }) => {
        const svg = new DOMParser().parseFromString(source, 'image/svg+xml').documentElement
        if (fullBleed) svg.querySelector('#tile').setAttribute('rx', '0')
        if (scale !== 1) {
          const [x, y, w, h] = svg.getAttribute('viewBox').split(/\s+/).map(Number)
          const [cx, cy] = [x + w / 2, y + h / 2]
          svg
            .querySelector('#mark')
            .setAttribute(
              'transform',
              `translate(${cx} ${cy}) scale(${scale}) translate(${-cx} ${-cy})`,
            )
        }
        svg.setAttribute('width', String(size))
        svg.setAttribute('height', String(size))
        const image = new Image()
        image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`
        await image.decode()
        const canvas = new OffscreenCanvas(size, size)
        const context = canvas.getContext('2d', { colorSpace: 'srgb' })
        context.drawImage(image, 0, 0, size, size)
        return Array.from(context.getImageData(0, 0, size, size).data)
      },
      { source, size, fullBleed, scale },
    )

  const write = (path, bytes) => {
    const file = join(publicDir, path)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, bytes)
    console.log(`${path.padEnd(24)} ${bytes.length.toLocaleString('en')} bytes`)
  }
  const png = async (size, options) => encodePng(size, size, await draw(size, options))

  write('icons/icon-192.png', await png(192))
  write('icons/icon-512.png', await png(512))
  write('icons/maskable-512.png', await png(512, { fullBleed: true, scale: MASKABLE_SCALE }))
  write('apple-touch-icon.png', await png(180, { fullBleed: true }))
  const sizes = [16, 32, 48]
  write('favicon.ico', encodeIco(sizes, await Promise.all(sizes.map((size) => png(size)))))
} finally {
  await browser.close()
}

/** A PNG of RGBA pixels: a palette image when there are at most 256 colours, else RGBA. */
function encodePng(width, height, rgba) {
  const counts = new Map()
  for (let i = 0; i < rgba.length; i += 4) {
    const key = ((rgba[i] << 24) | (rgba[i + 1] << 16) | (rgba[i + 2] << 8) | rgba[i + 3]) >>> 0
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const chunks = []
  let rows
  if (counts.size <= 256) {
    // Translucent colours first (tRNS covers only them), then the commonest; ties by value.
    const palette = [...counts.keys()].sort(
      (a, b) =>
        Number((a & 0xff) === 0xff) - Number((b & 0xff) === 0xff) ||
        counts.get(b) - counts.get(a) ||
        a - b,
    )
    const index = new Map(palette.map((color, i) => [color, i]))
    const depth = [1, 2, 4, 8].find((bits) => palette.length <= 2 ** bits)
    const rowBytes = Math.ceil((width * depth) / 8)
    rows = Buffer.alloc((rowBytes + 1) * height)
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const p = (y * width + x) * 4
        const key = ((rgba[p] << 24) | (rgba[p + 1] << 16) | (rgba[p + 2] << 8) | rgba[p + 3]) >>> 0
        const bit = x * depth
        rows[y * (rowBytes + 1) + 1 + (bit >> 3)] |= index.get(key) << (8 - depth - (bit & 7))
      }
    }
    chunks.push(chunk('IHDR', header(width, height, depth, 3)))
    chunks.push(
      chunk(
        'PLTE',
        Buffer.from(palette.flatMap((c) => [c >>> 24, (c >> 16) & 0xff, (c >> 8) & 0xff])),
      ),
    )
    const alphas = palette.map((c) => c & 0xff)
    const translucent = alphas.findLastIndex((a) => a !== 0xff)
    if (translucent >= 0) chunks.push(chunk('tRNS', Buffer.from(alphas.slice(0, translucent + 1))))
  } else {
    rows = Buffer.alloc((width * 4 + 1) * height)
    for (let y = 0; y < height; y++) {
      rows[y * (width * 4 + 1)] = 0
      Buffer.from(rgba.slice(y * width * 4, (y + 1) * width * 4)).copy(
        rows,
        y * (width * 4 + 1) + 1,
      )
    }
    chunks.push(chunk('IHDR', header(width, height, 8, 6)))
  }
  chunks.push(chunk('IDAT', deflateSync(rows, { level: 9, memLevel: 9 })))
  chunks.push(chunk('IEND', Buffer.alloc(0)))
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ...chunks])
}

function header(width, height, depth, colorType) {
  const data = Buffer.alloc(13)
  data.writeUInt32BE(width, 0)
  data.writeUInt32BE(height, 4)
  data.set([depth, colorType, 0, 0, 0], 8)
  return data
}

function chunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const out = Buffer.alloc(8 + data.length + 4)
  out.writeUInt32BE(data.length, 0)
  typeAndData.copy(out, 4)
  out.writeUInt32BE(crc32(typeAndData), 8 + data.length)
  return out
}

/** An .ico holding one PNG per size (understood by every browser since Internet Explorer 9). */
function encodeIco(sizes, pngs) {
  const head = Buffer.alloc(6 + 16 * sizes.length)
  head.writeUInt16LE(0, 0)
  head.writeUInt16LE(1, 2)
  head.writeUInt16LE(sizes.length, 4)
  let offset = head.length
  sizes.forEach((size, i) => {
    const entry = 6 + 16 * i
    head.writeUInt8(size % 256, entry)
    head.writeUInt8(size % 256, entry + 1)
    head.writeUInt16LE(1, entry + 4)
    head.writeUInt16LE(32, entry + 6)
    head.writeUInt32LE(pngs[i].length, entry + 8)
    head.writeUInt32LE(offset, entry + 12)
    offset += pngs[i].length
  })
  return Buffer.concat([head, ...pngs])
}
