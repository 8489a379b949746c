// The browser tests' LRS: Learning Locker's statements service (xapi-statements), in memory, on
// 127.0.0.1 only. Usage: node tests/lrs/start.mjs PORT [DIR]; its files go to DIR
// (default test-results/lrs). Statements are then at http://127.0.0.1:PORT/xAPI/statements.
import { mkdirSync } from 'node:fs'
import http from 'node:http'
import { join, resolve } from 'node:path'

const HOST = '127.0.0.1'
const port = Number(process.argv[2])
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error('Usage: node tests/lrs/start.mjs PORT [DIR], with PORT a free TCP port.')
  process.exit(2)
}
const dir = resolve(process.argv[3] ?? 'test-results/lrs')
mkdirSync(join(dir, 'access'), { recursive: true })

// The service reads only a port from its settings and would listen on every interface: a test
// server with open credentials must not be reachable from the network.
const listen = http.Server.prototype.listen
http.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'object' && args[0] !== null) args[0] = { ...args[0], host: HOST }
  else if (typeof args[1] === 'string') args[1] = HOST
  else args.splice(1, 0, HOST)
  return listen.apply(this, args)
}

Object.assign(process.env, {
  AUTH_REPO: 'test',
  EVENTS_REPO: 'test',
  MODELS_REPO: 'memory',
  STORAGE_REPO: 'memory',
  EXPRESS_PORT: String(port),
  EXPRESS_MORGAN_DIRECTORY: join(dir, 'access'),
  FS_LOCAL_STORAGE_DIR: join(dir, 'storage'),
  WINSTON_CONSOLE_LEVEL: process.env.WINSTON_CONSOLE_LEVEL ?? 'warn',
  // aws-sdk 2, loaded but unused here, otherwise prints its end-of-support notice at every start.
  AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
})
// It also reads a .env file and writes attachments relative to the working directory: keep both
// inside DIR, away from the checkout. Loaded only now, after the patch and the settings.
process.chdir(dir)
await import('xapi-statements/dist/server.js')
