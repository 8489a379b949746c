import { z } from 'zod/mini'

/**
 * The kiosk's Learning Record Store: where it sends each student's xAPI statements. The secret
 * is kept on the device in plain form (the kiosk sends while locked, so it can't wait for the
 * PIN); it never goes into a URL, the CSV or an export.
 */

const MAX_ENDPOINT = 2000
const MAX_CREDENTIAL = 500
export const MAX_CLASS_NAME = 100

/** The endpoint as the kiosk keeps it, or a sentence saying what is wrong with what was typed. */
export function readEndpoint(text: string): { endpoint: string } | { problem: string } {
  const typed = text.trim()
  if (typed === '')
    return { problem: 'Enter the LRS endpoint, e.g. https://lrs.example.org/xAPI/.' }
  let url: URL | undefined
  try {
    url = new URL(typed)
  } catch {
    url = undefined
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
    return { problem: 'The endpoint must be a web address that starts with https:// or http://.' }
  if (url.username || url.password)
    return { problem: 'Put the key and the secret in their own fields, not in the address.' }
  // `new URL` drops an empty `?` or `#`, so the typed text is checked, not only the parsed one.
  if (/[?#]/.test(typed))
    return { problem: 'The endpoint ends before any ? or #: give the LRS’s xAPI address only.' }
  if (typed.length > MAX_ENDPOINT)
    return { problem: `The endpoint can be at most ${MAX_ENDPOINT} characters long.` }
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
 * The panel's fields as the kiosk keeps them, with a sentence per field ('' where the field is
 * fine). `allowed` is the build's list of LRS addresses (see lrsOriginAllowed); `self` the page's
 * origin, for an LRS served beside the app.
 */
export function readLrsForm(form: LrsForm, allowed: readonly string[], self?: string) {
  const read = readEndpoint(form.endpoint)
  const problems: Record<keyof LrsForm, string> = {
    endpoint:
      'problem' in read
        ? read.problem
        : lrsOriginAllowed(read.endpoint, allowed, self)
          ? ''
          : notAllowed(read.endpoint, allowed),
    key: keyProblem(form.key.trim()),
    secret:
      form.secret === ''
        ? 'Enter the secret (the password the LRS gave for this key).'
        : form.secret.length > MAX_CREDENTIAL
          ? `The secret can be at most ${MAX_CREDENTIAL} characters long.`
          : '',
    className:
      form.className.trim() === ''
        ? 'Enter a class name: the LRS tells one class’s results from another’s by it.'
        : form.className.trim().length > MAX_CLASS_NAME
          ? `The class name can be at most ${MAX_CLASS_NAME} characters long.`
          : '',
  }
  const fine = Object.values(problems).every((p) => p === '')
  const config = fine ? LrsConfigSchema.safeParse(form).data : undefined
  return { config, problems }
}

function keyProblem(key: string): string {
  if (key === '') return 'Enter the key (the user name the LRS gave for this kiosk).'
  if (key.includes(':')) return 'The key cannot contain a colon (:): check what was pasted.'
  if (key.length > MAX_CREDENTIAL)
    return `The key can be at most ${MAX_CREDENTIAL} characters long.`
  return ''
}

/** `'self'`, which the page's own policy always holds, is named as the teacher knows it. */
function notAllowed(endpoint: string, allowed: readonly string[]): string {
  const origin = new URL(endpoint).origin
  const places = sources(allowed).map((s) => (s.toLowerCase() === "'self'" ? 'its own site' : s))
  const may =
    places.length === 0
      ? 'to no LRS'
      : `only to ${new Intl.ListFormat('en', { type: 'conjunction' }).format(places)}`
  return `This copy of Factline may send ${may}. Whoever builds it adds ${origin} with FACTLINE_LRS_ORIGINS.`
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

export type ConnectionVerdict =
  { ok: true; message: string } | { ok: false; problem: ConnectionProblem; message: string }

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

const refused = (problem: ConnectionProblem, message: string): ConnectionVerdict => ({
  ok: false,
  problem,
  message,
})

/**
 * Test connection's verdict. `GET about` proves the address, the LRS's CORS and its xAPI
 * version. `POST statements` with `[]` stores nothing and proves the key: only 401 or 403 says it
 * is wrong (an LRS may answer 200 or 400 to an empty list; both got past the key). `statements`
 * is undefined when it was not tried.
 */
export function connectionVerdict(about: LrsAnswer, statements?: LrsAnswer): ConnectionVerdict {
  if (about === 'unreachable')
    return refused(
      'unreachable',
      'The LRS could not be reached: check the endpoint and the network. The LRS must also allow this site (CORS).',
    )
  if (about.status === 404)
    return refused(
      'not-found',
      'No LRS answers at this address (404): check the endpoint. It often ends with /xAPI/ or /data/xAPI/.',
    )
  if (about.status === 401 || about.status === 403)
    return refused('refused', `The LRS refused the key and secret (${about.status}): check them.`)
  if (about.status >= 500)
    return refused('lrs-error', `The LRS had a problem (${about.status}): try again later.`)
  const versions = about.status >= 200 && about.status < 300 ? aboutVersions(about.body) : undefined
  if (!versions?.some((v) => v.startsWith('1.0.')))
    return refused(
      'not-xapi',
      `The server at this address does not say it speaks xAPI 1.0 (${about.status}): check the endpoint.`,
    )
  if (statements === undefined || statements === 'unreachable')
    return refused(
      'cors',
      'The LRS answered but would not take statements from this site: it must allow this site (CORS) to send with a key.',
    )
  if (statements.status === 401 || statements.status === 403)
    return refused(
      'refused',
      `The LRS refused the key and secret (${statements.status}): check them.`,
    )
  if (statements.status === 404 || statements.status === 405)
    return refused(
      'not-found',
      `The LRS has no statements resource at this address (${statements.status}): check the endpoint.`,
    )
  if (statements.status >= 500)
    return refused('lrs-error', `The LRS had a problem (${statements.status}): try again later.`)
  return { ok: true, message: 'Connected: the LRS took the key and speaks xAPI 1.0.' }
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
