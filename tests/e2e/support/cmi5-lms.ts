import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname } from 'node:path'
import { LRS_URL, XAPI_HEADERS } from './lrs.ts'

/** cmi5's context extension naming the session (cmi5 spec 9.6.3.1). */
export const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid'

export type LaunchMode = 'Normal' | 'Browse' | 'Review'

/** The `LMS.LaunchData` state document (cmi5 spec 10.0), as this LMS writes it. */
export interface LaunchData {
  contextTemplate: {
    contextActivities: { grouping: { objectType: 'Activity'; id: string }[] }
    extensions: Record<string, string>
  }
  launchMode: LaunchMode
  launchMethod: 'AnyWindow'
  moveOn: 'CompletedAndPassed' | 'Completed'
  masteryScore?: number
  returnURL: string
}

/** One launch of the AU (one session): its registration, its ids and what the AU asked. */
export interface Cmi5Launch {
  registration: string
  sessionId: string
  /** The activity id the LMS made for the AU (cmi5 spec 8.1.5: not the publisher's id). */
  activityId: string
  actor: { objectType: 'Agent'; account: { homePage: string; name: string } }
  launchData: LaunchData
  /** How many times the AU called this launch's fetch URL. */
  fetchCalls: number
}

/** A request that reached the LMS, for the specs to check who asked what. */
export interface LmsRequest {
  method: string
  /** The path and query, e.g. `/xapi/statements`. */
  path: string
  /** The request's Origin header: the AU's origin on every cross-origin request. */
  origin: string | undefined
}

export interface Cmi5Lms {
  /** Where the AU is served (`http://localhost:P`) and where the LMS answers (`http://127.0.0.1:P`). */
  auOrigin: string
  lmsOrigin: string
  /**
   * A new launch of the AU for `registration` (a new one unless given), as an LMS makes it: the
   * launch data it will serve, then the AU's URL with cmi5's five launch parameters.
   */
  launchUrl(options?: { mode?: LaunchMode; mastery?: number; registration?: string }): string
  /** The last launch made for `registration`. */
  launch(registration: string): Cmi5Launch
  /** A state document the AU keeps for `registration` (its JSON), if it wrote one. */
  stateOf(registration: string, stateId: string): unknown
  /** Every request the LMS had, in order (the AU's files included). */
  requests: LmsRequest[]
  close(): Promise<void>
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
}

/** The headers of the LRS's answers that the AU may read, besides the CORS-safe ones. */
const EXPOSED = 'ETag, Last-Modified, X-Experience-API-Version, X-Experience-API-Consistent-Through'

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function json(response: ServerResponse, status: number, value: unknown, headers = {}) {
  response
    .writeHead(status, { ...headers, 'content-type': 'application/json' })
    .end(JSON.stringify(value))
}

/**
 * A test LMS for a cmi5 course (cmi5 spec 8, 10), on a free port of 127.0.0.1. It serves the
 * unzipped package (`files`, path → bytes) under `/au/` and, as an LMS's LRS front does:
 * - `POST /lms/fetch/<launch>`: the launch's auth token the first time, then cmi5's error body
 *   ("already in use"), counting the calls; a later launch of the registration ends the token;
 * - `/xapi/activities/state`: `LMS.LaunchData` per registration (read-only for the AU), other
 *   state documents kept; `/xapi/agents/profile`: 404 (no learner preferences);
 * - `/xapi/statements` and `/xapi/about`: passed to the real LRS (tests/lrs) with the method,
 *   body, content type and version header, the launch's token swapped for the LRS's credentials;
 * - CORS for the AU's origin only, so a request the browser does not treat as cross-origin, or
 *   from elsewhere, fails.
 * The AU is reached as `localhost` and the LMS as `127.0.0.1`: two origins on one server, so the
 * package's Content-Security-Policy and CORS are both exercised.
 */
export async function startCmi5Lms(options: {
  files: Record<string, Uint8Array>
  courseId: string
  auId: string
}): Promise<Cmi5Lms> {
  if (!LRS_URL) throw new Error('the cmi5 test LMS needs the test LRS (LRS_URL)')
  const lrs = LRS_URL
  /**
   * Every launch, by the key that names it in its fetch URL; `token` is what fetch hands out,
   * `ended` is set when a later launch of its registration abandons it (cmi5 spec 9.3.6).
   */
  const launches = new Map<string, Cmi5Launch & { token: string; ended?: boolean }>()
  // cmi5 spec 8.1.5: an id of the LMS's own for the AU, the same in every registration.
  const activityId = `http://lms.test/activities/${encodeURIComponent(options.auId)}`
  const states = new Map<string, { type: string; body: Buffer }>()
  const requests: LmsRequest[] = []
  let auOrigin = ''
  let lmsOrigin = ''

  const byToken = (authorization: string | undefined) =>
    [...launches.values()].find((l) => !l.ended && authorization === `Basic ${l.token}`)
  /** State documents are the AU's activity's, per registration (and so per learner). */
  const stateKey = (registration: string, stateId: string | null) =>
    JSON.stringify([registration, stateId])

  const cors = (request: IncomingMessage): Record<string, string> =>
    request.headers.origin === auOrigin
      ? {
          'access-control-allow-origin': auOrigin,
          'access-control-expose-headers': EXPOSED,
          vary: 'Origin',
        }
      : { vary: 'Origin' }

  /** The state resource: the launch data (read-only) and whatever else the AU keeps. */
  async function state(request: IncomingMessage, response: ServerResponse, url: URL) {
    const headers = cors(request)
    const launch = byToken(request.headers.authorization)
    if (!launch) return json(response, 401, { error: 'not a token this LMS handed out' }, headers)
    const query = url.searchParams
    const agent = JSON.parse(query.get('agent') ?? 'null') as Cmi5Launch['actor'] | null
    // A token opens its own launch's documents only.
    if (
      query.get('registration') !== launch.registration ||
      query.get('activityId') !== activityId ||
      agent?.account?.name !== launch.actor.account.name
    )
      return json(response, 403, { error: 'another learner, registration or activity' }, headers)
    const key = stateKey(launch.registration, query.get('stateId'))
    if (request.method === 'GET') {
      const found = states.get(key)
      if (!found) return json(response, 404, { error: 'no such state document' }, headers)
      return response.writeHead(200, { ...headers, 'content-type': found.type }).end(found.body)
    }
    // cmi5 spec 10.0: the AU must not change the LMS's launch data.
    if (query.get('stateId') === 'LMS.LaunchData')
      return json(response, 403, { error: 'LMS.LaunchData is the LMS’s' }, headers)
    if (request.method === 'DELETE') states.delete(key)
    else
      states.set(key, {
        type: request.headers['content-type'] ?? 'application/octet-stream',
        body: await bodyOf(request),
      })
    response.writeHead(204, headers).end()
  }

  /** The statements and about resources of the real LRS, reached through this LMS. */
  async function proxy(request: IncomingMessage, response: ServerResponse, url: URL) {
    const headers = cors(request)
    const resource = url.pathname.slice('/xapi/'.length)
    if (resource !== 'about' && !byToken(request.headers.authorization))
      return json(response, 401, { error: 'not a token this LMS handed out' }, headers)
    const method = request.method ?? 'GET'
    const body = method === 'GET' || method === 'HEAD' ? undefined : await bodyOf(request)
    const version = request.headers['x-experience-api-version']
    const type = request.headers['content-type']
    const answer = await fetch(`${lrs}/${resource}${url.search}`, {
      method,
      headers: {
        authorization: XAPI_HEADERS.Authorization,
        ...(typeof version === 'string' ? { 'x-experience-api-version': version } : {}),
        ...(type ? { 'content-type': type } : {}),
      },
      ...(body ? { body: new Uint8Array(body) } : {}),
    })
    const passed: Record<string, string> = {}
    for (const name of ['content-type', 'etag', 'last-modified', 'x-experience-api-version']) {
      const value = answer.headers.get(name)
      if (value) passed[name] = value
    }
    response
      .writeHead(answer.status, { ...passed, ...headers })
      .end(Buffer.from(await answer.arrayBuffer()))
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://lms')
    const method = request.method ?? 'GET'
    requests.push({ method, path: url.pathname + url.search, origin: request.headers.origin })
    if (method === 'OPTIONS') {
      // The preflight of the AU's xAPI requests (they carry Authorization and the version).
      return response
        .writeHead(204, {
          ...cors(request),
          'access-control-allow-methods': 'GET, HEAD, POST, PUT, DELETE',
          'access-control-allow-headers':
            'Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match',
        })
        .end()
    }
    if (url.pathname.startsWith('/au/') && method === 'GET') {
      const path = decodeURIComponent(url.pathname.slice('/au/'.length))
      const file = options.files[path]
      if (!file) return response.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      return response
        .writeHead(200, {
          'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        })
        .end(file)
    }
    const fetchOf = /^\/lms\/fetch\/([\w-]+)$/.exec(url.pathname)
    if (fetchOf && method === 'POST') {
      const launch = launches.get(fetchOf[1]!)
      if (!launch) return json(response, 404, { error: 'no such launch' }, cors(request))
      launch.fetchCalls += 1
      // cmi5 spec 8.2: the token is handed out once; a second call is an error.
      return launch.fetchCalls === 1
        ? json(response, 200, { 'auth-token': launch.token }, cors(request))
        : json(response, 200, { 'error-code': '1', 'error-text': 'Already in use' }, cors(request))
    }
    if (url.pathname === '/lms/return' && method === 'GET') {
      return response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!doctype html><title>LMS</title><h1>Back in the LMS</h1>')
    }
    if (url.pathname === '/xapi/activities/state') return state(request, response, url)
    if (url.pathname === '/xapi/agents/profile')
      return json(response, 404, { error: 'no learner preferences' }, cors(request))
    if (url.pathname === '/xapi/statements' || url.pathname === '/xapi/about')
      return proxy(request, response, url)
    if (url.pathname === '/favicon.ico') return response.writeHead(204).end()
    json(response, 404, { error: `${method} ${url.pathname}: not here` }, cors(request))
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) json(response, 502, { error: String(error) }, cors(request))
      else response.end()
    })
  })
  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(0, '127.0.0.1', done)
  })
  const port = (server.address() as AddressInfo).port
  auOrigin = `http://localhost:${port}`
  lmsOrigin = `http://127.0.0.1:${port}`

  return {
    auOrigin,
    lmsOrigin,
    requests,
    launchUrl({ mode = 'Normal', mastery, registration = randomUUID() } = {}) {
      const key = randomUUID()
      const sessionId = randomUUID()
      // A new session of a registration abandons the one before (cmi5 spec 9.3.6).
      for (const earlier of launches.values())
        if (earlier.registration === registration) earlier.ended = true
      const launch: Cmi5Launch & { token: string } = {
        registration,
        sessionId,
        activityId,
        actor: {
          objectType: 'Agent',
          account: { homePage: 'http://lms.test', name: `learner-${registration.slice(0, 8)}` },
        },
        launchData: {
          contextTemplate: {
            // cmi5 spec 9.6.2.3: the AU's publisher id; the course's as well, for reports.
            contextActivities: {
              grouping: [
                { objectType: 'Activity', id: options.auId },
                { objectType: 'Activity', id: options.courseId },
              ],
            },
            extensions: { [SESSION_ID]: sessionId },
          },
          launchMode: mode,
          launchMethod: 'AnyWindow',
          moveOn: mastery === undefined ? 'Completed' : 'CompletedAndPassed',
          ...(mastery === undefined ? {} : { masteryScore: mastery }),
          returnURL: `${lmsOrigin}/lms/return?registration=${registration}`,
        },
        fetchCalls: 0,
        token: Buffer.from(`lms:${randomUUID()}`).toString('base64'),
      }
      launches.set(key, launch)
      states.set(stateKey(registration, 'LMS.LaunchData'), {
        type: 'application/json',
        body: Buffer.from(JSON.stringify(launch.launchData)),
      })
      const query = new URLSearchParams({
        endpoint: `${lmsOrigin}/xapi/`,
        fetch: `${lmsOrigin}/lms/fetch/${key}`,
        actor: JSON.stringify(launch.actor),
        registration,
        activityId,
      })
      return `${auOrigin}/au/index.html?${query}`
    },
    stateOf(registration, stateId) {
      const found = states.get(stateKey(registration, stateId))
      return found && (JSON.parse(found.body.toString('utf8')) as unknown)
    },
    launch(registration) {
      const launch = [...launches.values()].findLast((l) => l.registration === registration)
      if (!launch) throw new Error(`no launch for registration ${registration}`)
      return launch
    },
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()))
        server.closeAllConnections()
      }),
  }
}
