// Installs the test LRS into tests/lrs/node_modules from its own lock file, unless the install
// there was made from this very lock. `node tests/lrs/install.mjs` runs it in a terminal;
// scripts/test.mjs runs it in the background, its output in a log file.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const folder = fileURLToPath(new URL('.', import.meta.url))
const lock = `${folder}package-lock.json`
const stamp = `${folder}node_modules/.factline-lock`

const lockHash = () => createHash('sha256').update(readFileSync(lock)).digest('hex')

/** True when node_modules was installed from the current lock file. */
export function lrsInstalled() {
  return existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === lockHash()
}

/**
 * Installs the LRS unless it is already installed from this lock. `output` is where npm writes
 * (`'inherit'` or a file descriptor); aborting `signal` stops npm. Resolves to `{ ok, detail }`,
 * detail saying what was done or why it failed; never rejects.
 */
export function installLrs(output = 'inherit', signal = undefined) {
  if (lrsInstalled()) return Promise.resolve({ ok: true, detail: 'up to date' })
  const hash = lockHash()
  // Its install scripts (aws-sdk's notice, native New Relic metrics, core-js's banner) are not
  // needed to serve statements, and the engines it declares (Node 6 to 8) only warn.
  const flags = ['--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error']
  return new Promise((resolve) => {
    const npm = spawn('npm', ['ci', '--prefix', folder, ...flags], {
      stdio: ['ignore', output, output],
      signal,
    })
    const fail = (detail) => resolve({ ok: false, detail })
    npm.once('error', (error) =>
      fail(error.name === 'AbortError' ? 'stopped' : `npm could not be started: ${error.message}`),
    )
    npm.once('exit', (code, killedBy) => {
      if (code !== 0) return fail(`npm ci ended with ${killedBy ?? `exit code ${code}`}`)
      writeFileSync(stamp, `${hash}\n`)
      resolve({ ok: true, detail: 'installed' })
    })
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // .ci/run stops this background install with SIGTERM when an earlier step fails.
  const stop = new AbortController()
  for (const name of ['SIGINT', 'SIGTERM']) process.once(name, () => stop.abort())
  const { ok, detail } = await installLrs('inherit', stop.signal)
  console.log(`Test LRS (tests/lrs): ${detail}.`)
  process.exitCode = ok ? 0 : 1
}
