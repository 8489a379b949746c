#!/usr/bin/env node
// `npm test`: unit and component tests (Vitest), then the browser tests (Playwright in Chromium)
// against a fresh production build. `--e2e-only` runs just the browser tests (`npm run test:e2e`).
// Without a browser the browser tests are skipped loudly, or fail when $CI is set.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { findChromium } from './find-chromium.mjs'

const e2eOnly = process.argv.includes('--e2e-only')
const bin = (name) => join('node_modules', '.bin', name)
const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1

function readCounts(file, pick) {
  if (!existsSync(file)) return undefined
  try {
    return pick(JSON.parse(readFileSync(file, 'utf8')))
  } catch {
    return undefined
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

const totals = { passed: 0, failed: 0 }
const add = (counts, label) => {
  if (!counts) {
    totals.failed += 1
    console.error(`\n${label}: no results were written; counting the run as failed.`)
    return
  }
  totals.passed += counts.passed
  totals.failed += counts.failed
}
rmSync('test-results', { recursive: true, force: true })

if (!e2eOnly) {
  const status = run(bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=test-results/unit.json',
  ])
  const counts = readCounts('test-results/unit.json', (r) => ({
    passed: r.numPassedTests,
    failed: r.numFailedTests + (status !== 0 && r.numFailedTests === 0 ? 1 : 0),
  }))
  add(counts, 'Vitest')
}

const chromium = await findChromium()
let skippedBrowser = false
if (!chromium) {
  skippedBrowser = true
} else {
  console.log(`\nBrowser tests in ${chromium}, against a production build.`)
  // The browser tests also play a GIFT bank built in from the fixtures, as a teacher's would be.
  const built = run(bin('vite'), ['build', '--logLevel', 'warn'], {
    FACTLINE_QUESTIONS: 'questions,tests/fixtures/e2e,tests/fixtures/hostile',
  })
  if (built !== 0) {
    add(undefined, 'vite build')
  } else {
    const port = await freePort()
    const status = run(bin('playwright'), ['test'], {
      FACTLINE_CHROMIUM: chromium,
      E2E_PORT: String(port),
    })
    const counts = readCounts('test-results/e2e.json', (r) => ({
      passed: r.stats.expected + r.stats.flaky,
      failed: r.stats.unexpected + (status !== 0 && r.stats.unexpected === 0 ? 1 : 0),
    }))
    add(counts, 'Playwright')
  }
}

console.log(`\nTests: ${totals.passed} passed, ${totals.failed} failed`)
if (skippedBrowser) {
  const how =
    'Install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium binary.'
  if (process.env.CI) {
    console.error(`ERROR: no Chromium found, and CI needs the browser tests. ${how}`)
    process.exit(1)
  }
  console.warn(`\n!!! BROWSER TESTS SKIPPED: no Chromium found. ${how} !!!`)
}
process.exit(totals.failed > 0 ? 1 : 0)
