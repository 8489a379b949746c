#!/usr/bin/env node
// `npm test`: unit and component tests (Vitest), then the browser tests (Playwright in Chromium)
// against a fresh production build. `--e2e-only` runs just the browser tests (`npm run test:e2e`).
// Without a browser the browser tests are skipped loudly, or fail when $CI is set; so are the
// specs that need the test LRS (tests/lrs/), which installs in the background meanwhile.
import { spawn, spawnSync } from 'node:child_process'
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { installLrs } from '../tests/lrs/install.mjs'
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

const LRS_DIR = 'test-results/lrs'
const LRS_READY_MS = 30_000
/** The running test LRS, stopped in `finally`, on Ctrl-C, and as a last resort on exit. */
let lrs
/** The exit code of a signal received while the LRS runs: the run ends with it, whatever passed. */
let interrupted

/**
 * Starts the installed LRS on `port` and waits until its `about` answers. Resolves to its xAPI
 * base URL, or to `{ problem }` saying why it is not there.
 */
async function startLrs(port) {
  const log = openSync(join(LRS_DIR, 'server.log'), 'w')
  lrs = spawn(process.execPath, ['tests/lrs/start.mjs', String(port), LRS_DIR], {
    stdio: ['ignore', log, log],
  })
  closeSync(log)
  let ended
  lrs.once('exit', (code, signal) => (ended = signal ?? `exit code ${code}`))
  lrs.once('error', (error) => (ended = error.message))
  for (const [signal, code] of Object.entries({ SIGINT: 130, SIGTERM: 143 })) {
    process.once(signal, () => {
      interrupted = code
      stopLrs().finally(() => process.exit(code))
    })
  }
  const url = `http://127.0.0.1:${port}/xAPI`
  const deadline = Date.now() + LRS_READY_MS
  while (Date.now() < deadline) {
    if (ended) return { problem: `it stopped (${ended}); see ${LRS_DIR}/server.log` }
    try {
      const about = await fetch(`${url}/about`, { signal: AbortSignal.timeout(2_000) })
      if (about.ok) return { url }
    } catch {
      // Not listening yet.
    }
    await sleep(250)
  }
  return { problem: `its /xAPI/about did not answer within ${LRS_READY_MS / 1000} s` }
}

/** SIGTERM to the LRS this script started, then SIGKILL if it is still there after 5 s. */
async function stopLrs() {
  if (!lrs || lrs.exitCode !== null || lrs.signalCode !== null) return
  const ended = new Promise((resolve) => lrs.once('exit', resolve))
  lrs.kill('SIGTERM')
  const stubborn = setTimeout(() => lrs.kill('SIGKILL'), 5_000)
  await ended
  clearTimeout(stubborn)
}

// An exit that skipped `finally` cannot wait: the LRS keeps nothing worth a clean shutdown.
process.once('exit', () => {
  if (lrs && lrs.exitCode === null && lrs.signalCode === null) lrs.kill('SIGKILL')
})

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
mkdirSync(LRS_DIR, { recursive: true })
// npm writes to a file, not a pipe: this script sits in spawnSync while it runs.
const installLog = openSync(join(LRS_DIR, 'install.log'), 'w')
const lrsInstall = installLrs(installLog)
closeSync(installLog)

let skippedBrowser = false
let lrsProblem
try {
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
  if (!chromium) {
    skippedBrowser = true
  } else {
    console.log(`\nBrowser tests in ${chromium}, against a production build.`)
    // The build lets the kiosk reach the LRS's origin, so its port is chosen first.
    const lrsPort = await freePort()
    // The browser tests also play a GIFT bank built in from the fixtures, as a teacher's would be.
    const built = run(bin('vite'), ['build', '--logLevel', 'warn'], {
      FACTLINE_QUESTIONS: 'questions,tests/fixtures/e2e,tests/fixtures/hostile',
      FACTLINE_LRS_ORIGINS: `http://127.0.0.1:${lrsPort}`,
    })
    if (built !== 0) {
      add(undefined, 'vite build')
    } else {
      // The course packages the SCORM and cmi5 specs play, from one build of the package page.
      const packaged = run(bin('tsx'), [
        'scripts/package/test-packages.ts',
        'test-results/packages',
      ])
      if (packaged !== 0) add(undefined, 'course packages (scripts/package/test-packages.ts)')
      const installed = await lrsInstall
      const started = installed.ok
        ? await startLrs(lrsPort)
        : { problem: `its install failed (${installed.detail}); see ${LRS_DIR}/install.log` }
      lrsProblem = started.problem
      if (started.url) console.log(`Test LRS at ${started.url} (${installed.detail}).`)
      const port = await freePort()
      const status = run(bin('playwright'), ['test'], {
        FACTLINE_CHROMIUM: chromium,
        E2E_PORT: String(port),
        LRS_URL: started.url ?? '',
        // What the build let the kiosk reach: tests/e2e/security.ts expects exactly this policy.
        FACTLINE_LRS_ORIGINS: `http://127.0.0.1:${lrsPort}`,
      })
      const counts = readCounts('test-results/e2e.json', (r) => ({
        passed: r.stats.expected + r.stats.flaky,
        failed: r.stats.unexpected + (status !== 0 && r.stats.unexpected === 0 ? 1 : 0),
      }))
      add(counts, 'Playwright')
    }
  }
  // Even when the browser tests did not run, the install ends before this script does.
  await lrsInstall
} finally {
  await stopLrs()
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
if (lrsProblem) {
  const how = 'tests/lrs/README.md says how to install and start it by hand.'
  if (process.env.CI) {
    console.error(`ERROR: the test LRS is not there: ${lrsProblem}. CI needs its tests. ${how}`)
    process.exit(1)
  }
  console.warn(
    `\n!!! LRS BROWSER TESTS SKIPPED: the test LRS is not there: ${lrsProblem}. ${how} !!!`,
  )
}
process.exit(interrupted ?? (totals.failed > 0 ? 1 : 0))
