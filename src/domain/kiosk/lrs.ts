import { z } from 'zod/mini'

/**
 * The kiosk's Learning Record Store: where it sends each student's xAPI statements. The secret
 * is kept on the device in plain form (the kiosk sends while locked, so it can't wait for the
 * PIN); it never goes into a URL, the CSV or an export.
 */

const MAX_ENDPOINT = 2000
const MAX_CREDENTIAL = 500
export const MAX_CLASS_NAME = 100

/**
 * What is wrong with a field of the teacher's LRS form, for the panel to say in its words: left
 * empty, too long, an endpoint that is no plain http(s) address (`scheme`), holds a user name or
 * password (`credentials`), a query or a fragment (`query`), or one this build may not reach
 * (`notAllowed`: `places` are the build's sources, OWN_SITE for the page's own), a key with a colon.
 */
export type LrsFieldProblem =
  | { kind: 'empty' }
  | { kind: 'tooLong'; max: number }
  | { kind: 'scheme' }
  | { kind: 'credentials' }
  | { kind: 'query' }
  | { kind: 'notAllowed'; origin: string; places: string[] }
  | { kind: 'colon' }

/** The page's own site among a build's allowed places (CSP's `'self'`). */
export const OWN_SITE = "'self'"

/** The endpoint as the kiosk keeps it, or what is wrong with what was typed. */
export function readEndpoint(text: string): { endpoint: string } | { problem: LrsFieldProblem } {
  const typed = text.trim()
  if (typed === '') return { problem: { kind: 'empty' } }
  let url: URL | undefined
  try {
    url = new URL(typed)
  } catch {
    url = undefined
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
    return { problem: { kind: 'scheme' } }
  if (url.username || url.password) return { problem: { kind: 'credentials' } }
  // `new URL` drops an empty `?` or `#`, so the typed text is checked, not only the parsed one.
  if (/[?#]/.test(typed)) return { problem: { kind: 'query' } }
  if (typed.length > MAX_ENDPOINT) return { problem: { kind: 'tooLong', max: MAX_ENDPOINT } }
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`
  // The resources are named after it (`statements`, `about`), so it always ends with '/'.
  return { endpoint: `${url.origin}${path}` }
}

const endpoint = z.string().check(
  z.refine((text) => 'endpoint' in readEndpoint(text), 'must be an http(s) xAPI endpoint'),
  z.overwrite((text) => {
    const read = readEndpoint(text)
    return 'endpoint' in read ? read.endpoint : text
  }),
)

/** Basic authentication's user-id may hold no colon (RFC 7617); the password may. */
const key = z.string().check(
  z.trim(),
  z.minLength(1),
  z.maxLength(MAX_CREDENTIAL),
  z.refine((text) => !text.includes(':'), 'must not contain a colon'),
)

export const LrsConfigSchema = z.object({
  /** The xAPI endpoint, normalised: scheme, host, port if not the default, a path ending '/'. */
  endpoint,
  key,
  secret: z.string().check(z.minLength(1), z.maxLength(MAX_CREDENTIAL)),
  /** Sent with every statement so the LRS can tell one class's kiosk from another's. */
  className: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_CLASS_NAME)),
})
export type LrsConfig = z.infer<typeof LrsConfigSchema>

/** The teacher panel's LRS fields, as typed. */
export interface LrsForm {
  endpoint: string
  key: string
  secret: string
  className: string
}

/**
 * The panel's fields as the kiosk keeps them, with each field's problem (undefined where the
 * field is fine). `allowed` is the build's list of LRS addresses (see lrsOriginAllowed); `self`
 * the page's origin, for an LRS served beside the app.
 */
export function readLrsForm(form: LrsForm, allowed: readonly string[], self?: string) {
  const read = readEndpoint(form.endpoint)
  const problems: Record<keyof LrsForm, LrsFieldProblem | undefined> = {
    endpoint:
      'problem' in read
        ? read.problem
        : lrsOriginAllowed(read.endpoint, allowed, self)
          ? undefined
          : notAllowed(read.endpoint, allowed),
    key: keyProblem(form.key.trim()),
    secret:
      form.secret === ''
        ? { kind: 'empty' }
        : form.secret.length > MAX_CREDENTIAL
          ? { kind: 'tooLong', max: MAX_CREDENTIAL }
          : undefined,
    className:
      form.className.trim() === ''
        ? { kind: 'empty' }
        : form.className.trim().length > MAX_CLASS_NAME
          ? { kind: 'tooLong', max: MAX_CLASS_NAME }
          : undefined,
  }
  const fine = Object.values(problems).every((p) => p === undefined)
  const config = fine ? LrsConfigSchema.safeParse(form).data : undefined
  return { config, problems }
}

function keyProblem(key: string): LrsFieldProblem | undefined {
  if (key === '') return { kind: 'empty' }
  if (key.includes(':')) return { kind: 'colon' }
  if (key.length > MAX_CREDENTIAL) return { kind: 'tooLong', max: MAX_CREDENTIAL }
  return undefined
}

/** `'self'`, whatever its case, is named OWN_SITE, for the panel to call it as the teacher knows it. */
function notAllowed(endpoint: string, allowed: readonly string[]): LrsFieldProblem {
  const places = sources(allowed).map((s) => (s.toLowerCase() === OWN_SITE ? OWN_SITE : s))
  return { kind: 'notAllowed', origin: new URL(endpoint).origin, places }
}

const sources = (allowed: readonly string[]) =>
  allowed.flatMap((entry) => entry.split(/\s+/)).filter(Boolean)

/**
 * Whether a `connect-src` made of `allowed` lets the page reach the LRS: both URLs the kiosk
 * fetches (`statements`, `about`) must match a source. The page's policy is fixed when the app is
 * built, so an endpoint it would block is refused in the panel, not at the first student.
 * Sources are read as CSP Level 3 reads them (`https:`, `http://127.0.0.1:*`, `*.school.org`,
 * `https://lrs.org/xAPI/`); `'self'` counts only when the page's origin is given. A source with
 * no scheme is taken to allow https only: CSP ties it to the page's scheme, which is not known
 * here, and https is allowed from either.
 */
export function lrsOriginAllowed(
  endpoint: string,
  allowed: readonly string[],
  self?: string,
): boolean {
  const list = sources(allowed)
  return ['statements', 'about'].every((resource) => {
    let url: URL
    try {
      url = new URL(resource, endpoint)
    } catch {
      return false
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return false
    return list.some((source) => sourceMatches(source, url, self))
  })
}

const HOST_SOURCE =
  /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*|(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*)(?::(\d+|\*))?(\/[^?#]*)?$/i

function sourceMatches(source: string, url: URL, self: string | undefined): boolean {
  const scheme = url.protocol.slice(0, -1)
  if (source.toLowerCase() === "'self'") return self !== undefined && sameOrigin(url, self)
  const schemeOnly = /^([a-z][a-z0-9+.-]*):$/i.exec(source)
  if (schemeOnly) return schemeMatches(schemeOnly[1]!.toLowerCase(), scheme)
  const parts = HOST_SOURCE.exec(source)
  if (!parts) return false
  // Schemes and hosts are matched in any case, paths exactly.
  const [, sourceScheme, host = '', port, path] = parts
  if (sourceScheme ? !schemeMatches(sourceScheme.toLowerCase(), scheme) : scheme !== 'https')
    return false
  return (
    hostMatches(host.toLowerCase(), url.hostname) &&
    portMatches(port, url) &&
    pathMatches(path, url)
  )
}

/** CSP lets `http:` sources reach https too: a secure upgrade is always allowed. */
const schemeMatches = (source: string, scheme: string) =>
  source === scheme || (source === 'http' && scheme === 'https')

function sameOrigin(url: URL, self: string): boolean {
  try {
    return new URL(self).origin === url.origin
  } catch {
    return false
  }
}

function hostMatches(host: string, hostname: string): boolean {
  if (host === '*') return true
  // `*.school.org` covers every subdomain, but not school.org itself.
  if (host.startsWith('*.')) return hostname.endsWith(host.slice(1))
  return host === hostname
}

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' }

/** No port in the source means the scheme's default; `new URL` leaves the default out as ''. */
function portMatches(port: string | undefined, url: URL): boolean {
  if (port === '*') return true
  if (port === undefined) return url.port === ''
  const wanted = String(Number(port))
  return url.port === wanted || (url.port === '' && DEFAULT_PORTS[url.protocol] === wanted)
}

/** A path ending '/' covers everything under it; any other path names one resource exactly. */
function pathMatches(path: string | undefined, url: URL): boolean {
  if (path === undefined) return true
  const decode = (text: string) => {
    try {
      return decodeURIComponent(text)
    } catch {
      return text
    }
  }
  const wanted = decode(path)
  const actual = decode(url.pathname)
  return wanted.endsWith('/') ? actual.startsWith(wanted) : actual === wanted
}

/** What one of Test connection's two requests got: an HTTP answer, or none at all. */
export type LrsAnswer = { status: number; body: string } | 'unreachable'

export type ConnectionProblem =
  'unreachable' | 'not-found' | 'not-xapi' | 'cors' | 'refused' | 'lrs-error'

/**
 * Test connection's verdict, for the panel to say in words: the problem, the HTTP status it came
 * with (where one did), and the `resource` that gave it (`about` proves the address, `statements`
 * the key).
 */
export type ConnectionVerdict =
  | { ok: true }
  | {
      ok: false
      problem: ConnectionProblem
      resource: 'about' | 'statements'
      status?: number
    }

/** The xAPI versions an `about` answer lists, or undefined when the body isn't one. */
function aboutVersions(body: string): string[] | undefined {
  try {
    const parsed: unknown = JSON.parse(body)
    const version = (parsed as { version?: unknown } | null)?.version
    return Array.isArray(version) ? version.filter((v) => typeof v === 'string') : undefined
  } catch {
    return undefined
  }
}

const refused = (
  problem: ConnectionProblem,
  resource: 'about' | 'statements',
  status?: number,
): ConnectionVerdict => ({
  ok: false,
  problem,
  resource,
  ...(status !== undefined ? { status } : {}),
})

/**
 * Test connection's verdict. `GET about` proves the address, the LRS's CORS and its xAPI
 * version. `POST statements` with `[]` stores nothing and proves the key: only 401 or 403 says it
 * is wrong (an LRS may answer 200 or 400 to an empty list; both got past the key). `statements`
 * is undefined when it was not tried.
 */
export function connectionVerdict(about: LrsAnswer, statements?: LrsAnswer): ConnectionVerdict {
  if (about === 'unreachable') return refused('unreachable', 'about')
  if (about.status === 404) return refused('not-found', 'about', 404)
  if (about.status === 401 || about.status === 403) return refused('refused', 'about', about.status)
  if (about.status >= 500) return refused('lrs-error', 'about', about.status)
  const versions = about.status >= 200 && about.status < 300 ? aboutVersions(about.body) : undefined
  if (!versions?.some((v) => v.startsWith('1.0.')))
    return refused('not-xapi', 'about', about.status)
  if (statements === undefined || statements === 'unreachable') return refused('cors', 'statements')
  if (statements.status === 401 || statements.status === 403)
    return refused('refused', 'statements', statements.status)
  if (statements.status === 404 || statements.status === 405)
    return refused('not-found', 'statements', statements.status)
  if (statements.status >= 500) return refused('lrs-error', 'statements', statements.status)
  return { ok: true }
}

const MAX_REASON = 300

/**
 * What an LRS said was wrong, from the body of its error answer: Learning Locker sends
 * `{"message": …}` or `{"warnings": […]}`; others send plain text. The key and the secret are cut
 * out wherever they appear: a reason is shown to the teacher and kept with the counts.
 */
export function lrsReason(body: string, config: Pick<LrsConfig, 'key' | 'secret'>): string {
  let reason = body.trim()
  try {
    const parsed = JSON.parse(body) as { message?: unknown; warnings?: unknown } | null
    if (typeof parsed?.message === 'string') reason = parsed.message
    else if (Array.isArray(parsed?.warnings)) reason = parsed.warnings.map(String).join('; ')
  } catch {
    // Not JSON: the text itself.
  }
  for (const secret of [config.secret, config.key, basicCredentials(config)])
    if (secret) reason = reason.split(secret).join('…')
  return reason.length > MAX_REASON ? `${reason.slice(0, MAX_REASON - 1)}…` : reason
}

/** `key:secret` in Base64 over UTF-8, as the Authorization header carries it (RFC 7617). */
export function basicCredentials(config: Pick<LrsConfig, 'key' | 'secret'>): string {
  let binary = ''
  for (const byte of new TextEncoder().encode(`${config.key}:${config.secret}`))
    binary += String.fromCharCode(byte)
  return btoa(binary)
}
