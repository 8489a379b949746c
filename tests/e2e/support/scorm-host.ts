import { createReadStream, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import { dirname, extname, join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FrameLocator, Page } from '@playwright/test'
import { recordKey, type CmiTree, type ScormVersion } from '../../fixtures/lms/launch-data.mjs'

export { firstLaunchData, relaunchData } from '../../fixtures/lms/launch-data.mjs'
export type { CmiTree, FirstLaunch, ScormVersion } from '../../fixtures/lms/launch-data.mjs'

/** What the host page launches with, set by `setLaunch` before it loads. */
export interface ScormLaunch {
  version: ScormVersion
  /** The LMS's data for scorm-again's loadFromJSON (see `firstLaunchData`). */
  data?: CmiTree
  /** Launch from what the last session committed, by `relaunchData`'s rules, instead of `data`. */
  relaunch?: boolean
  /** A CMI element whose SetValue the LMS refuses once initialised... */
  failOn?: string
  /** ...with this error code (405 unless given). */
  failCode?: number
}

/** One call the course made to the LMS: SetValue with its element and value, or the others. */
export interface ScormCall {
  fn:
    | 'LMSInitialize'
    | 'LMSSetValue'
    | 'LMSCommit'
    | 'LMSFinish'
    | 'Initialize'
    | 'SetValue'
    | 'Commit'
    | 'Terminate'
  element?: string
  value?: string
  /** "true" or "false", as the course got it. */
  result: string
  /** The LMS's error code after the call ("0" when none). */
  error: string
}

export interface ScormHost {
  /** The host page of a version, framing `launch` (a path in the package) under `/pkg/`. */
  url(version: ScormVersion, launch?: string): string
  close(): Promise<void>
}

declare global {
  interface Window {
    __launch?: ScormLaunch
    __calls?: ScormCall[]
    __launchData?: CmiTree
    __lms?: { renderCMIToJSONObject(): CmiTree }
  }
}

const FIXTURES = fileURLToPath(new URL('../../fixtures/lms/', import.meta.url))
/** scorm-again's ES modules, found the way Node finds the package. */
const SCORM_AGAIN = join(
  dirname(createRequire(import.meta.url).resolve('scorm-again/scorm12')),
  'esm',
)

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
}

/** The file `path` names inside `root`, or undefined when it names none or climbs out. */
function fileIn(root: string, path: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(path)
  } catch {
    return undefined
  }
  const file = resolve(root, `.${sep}${decoded}`)
  if (!file.startsWith(resolve(root) + sep)) return undefined
  try {
    return statSync(file).isFile() ? file : undefined
  } catch {
    return undefined
  }
}

/**
 * A test LMS on a free port of 127.0.0.1: the host pages (`/lms/host12.html`,
 * `/lms/host2004.html`) with their script, scorm-again's ES modules (`/lms/scorm-again/…`) and
 * the unzipped package in `packageDir` (`/pkg/…`). The course and the LMS share the origin, as
 * they do when an LMS serves a package.
 */
export async function startScormHost(options: { packageDir: string }): Promise<ScormHost> {
  const routes: [prefix: string, root: string, allowed: RegExp][] = [
    ['/lms/scorm-again/', SCORM_AGAIN, /^scorm(12|2004)\.(min\.)?js(\.map)?$/],
    ['/lms/', FIXTURES, /^[\w-]+\.(html|mjs)$/],
    ['/pkg/', options.packageDir, /./],
  ]
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname
    const route = routes.find(([prefix]) => path.startsWith(prefix))
    const rest = route ? path.slice(route[0].length) : ''
    const file = route && route[2].test(rest) ? fileIn(route[1], rest) : undefined
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end()
    } else if (path === '/favicon.ico') {
      // The browser asks for one; a 404 would be an error in the console of every spec.
      response.writeHead(204).end()
    } else if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`${path}: not found`)
    } else {
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      })
      if (request.method === 'HEAD') response.end()
      else createReadStream(file).pipe(response)
    }
  })
  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(0, '127.0.0.1', done)
  })
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: (version, launch) =>
      `${origin}/lms/${version === '1.2' ? 'host12' : 'host2004'}.html` +
      (launch === undefined ? '' : `?launch=${encodeURIComponent(launch)}`),
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()))
        server.closeAllConnections()
      }),
  }
}

/**
 * The launch the host page reads when it next loads (before any of its scripts). Init scripts
 * add up and run in order, so the last launch set is the one a reload gets.
 */
export async function setLaunch(page: Page, launch: ScormLaunch): Promise<void> {
  await page.addInitScript((value) => {
    window.__launch = value
  }, launch)
}

/** The course's frame in the host page. */
export const courseFrame = (page: Page): FrameLocator => page.frameLocator('iframe[title="Course"]')

/**
 * The LMS's data now, as scorm-again renders it (`{ cmi: … }`). scorm-again normalises some
 * values (1.2 session_time `0000:01:02.5` reads `00:01:02.5`; an unset 1.2 score.max reads
 * `100`): assert what the course wrote with `readCalls`.
 */
export async function readCmi(page: Page): Promise<CmiTree> {
  return page.evaluate(() => {
    if (!window.__lms)
      throw new Error('the host page has no LMS: was setLaunch called before goto?')
    return JSON.parse(JSON.stringify(window.__lms.renderCMIToJSONObject())) as CmiTree
  })
}

/** The data the LMS launched this session with (what `relaunch` worked out, or `data`). */
export async function readLaunchData(page: Page): Promise<CmiTree | undefined> {
  return page.evaluate(() => window.__launchData)
}

/** Every SetValue, Initialize, Commit and Finish/Terminate of this page's session, in order. */
export async function readCalls(page: Page): Promise<ScormCall[]> {
  return page.evaluate(() => window.__calls ?? [])
}

/**
 * What the LMS kept of the last session in this tab (its data at the last successful Commit or
 * Finish/Terminate): what a relaunch starts from, still there after the host page reloads.
 */
export async function readCommitted(
  page: Page,
  version: ScormVersion,
): Promise<CmiTree | undefined> {
  const stored = await page.evaluate((key) => sessionStorage.getItem(key), recordKey(version))
  return stored === null ? undefined : (JSON.parse(stored) as CmiTree)
}

/**
 * The learner closes the course but not the LMS: the iframe goes, so the course's `pagehide`
 * runs while the LMS is still there to read.
 */
export async function closeCourse(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelector('iframe[title="Course"]')?.remove())
}

/** What a dotted path (`cmi.core.score`) leads to in a rendered CMI tree. */
function cmiAt(tree: CmiTree, path: string): string | CmiTree | undefined {
  let at: string | CmiTree | undefined = tree
  for (const key of path.split('.')) at = typeof at === 'object' ? at[key] : undefined
  return at
}

/** The value at a dotted path of a rendered CMI tree (`cmi.core.score.raw`), if it is a value. */
export function cmiValue(tree: CmiTree, path: string): string | undefined {
  const at = cmiAt(tree, path)
  return typeof at === 'string' ? at : undefined
}

/** The entries of a CMI array (`cmi.interactions`), in index order. */
export function cmiList(tree: CmiTree, path: string): CmiTree[] {
  const at = cmiAt(tree, path)
  if (typeof at !== 'object') return []
  return Object.keys(at)
    .filter((key) => /^\d+$/.test(key))
    .sort((a, b) => Number(a) - Number(b))
    .flatMap((key) => {
      const entry = at[key]
      return typeof entry === 'object' ? [entry] : []
    })
}
