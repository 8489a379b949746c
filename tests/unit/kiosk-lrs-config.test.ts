import { describe, expect, it } from 'vitest'
import {
  LrsConfigSchema,
  basicCredentials,
  connectionVerdict,
  lrsOriginAllowed,
  lrsReason,
  readEndpoint,
  readLrsForm,
  OWN_SITE,
  type LrsFieldProblem,
  type LrsForm,
} from '@/domain/kiosk/lrs'

const form: LrsForm = {
  endpoint: 'https://lrs.district.org/xAPI',
  key: 'kiosk-3',
  secret: 's3cret:with-colon',
  className: '7B',
}
const ALLOWED = ['https://lrs.district.org']

describe('the LRS settings', () => {
  it('keeps the endpoint with one trailing slash, the host in lower case, no default port', () => {
    const cases: [string, string][] = [
      ['https://lrs.district.org/xAPI', 'https://lrs.district.org/xAPI/'],
      ['  https://LRS.District.org:443/xAPI/  ', 'https://lrs.district.org/xAPI/'],
      ['http://127.0.0.1:8080', 'http://127.0.0.1:8080/'],
      ['https://lrs.org/data/xAPI/', 'https://lrs.org/data/xAPI/'],
    ]
    for (const [typed, kept] of cases) {
      expect(readEndpoint(typed)).toEqual({ endpoint: kept })
      expect(LrsConfigSchema.parse({ ...form, endpoint: typed }).endpoint).toBe(kept)
    }
  })

  it('refuses an endpoint that is not a plain http(s) address, saying why', () => {
    const cases: [string, LrsFieldProblem][] = [
      ['', { kind: 'empty' }],
      ['lrs.district.org/xAPI', { kind: 'scheme' }],
      ['ftp://lrs.district.org/', { kind: 'scheme' }],
      ['javascript:alert(1)', { kind: 'scheme' }],
      ['https://key:secret@lrs.district.org/xAPI/', { kind: 'credentials' }],
      ['https://lrs.district.org/xAPI/?', { kind: 'query' }],
      ['https://lrs.district.org/xAPI/#top', { kind: 'query' }],
      [`https://lrs.org/${'a'.repeat(2000)}`, { kind: 'tooLong', max: 2000 }],
    ]
    for (const [typed, why] of cases) {
      expect(readEndpoint(typed), typed).toEqual({ problem: why })
      expect(LrsConfigSchema.safeParse({ ...form, endpoint: typed }).success, typed).toBe(false)
    }
  })

  it('trims the key and the class name, keeps the secret as typed, and needs all three', () => {
    const kept = LrsConfigSchema.parse({ ...form, key: ' kiosk-3 ', className: ' 7B ' })
    expect(kept).toEqual({
      endpoint: 'https://lrs.district.org/xAPI/',
      key: 'kiosk-3',
      secret: 's3cret:with-colon',
      className: '7B',
    })
    for (const bad of [
      { key: '' },
      { key: 'a:b' },
      { secret: '' },
      { className: '  ' },
      { className: 'x'.repeat(101) },
    ])
      expect(LrsConfigSchema.safeParse({ ...form, ...bad }).success, JSON.stringify(bad)).toBe(
        false,
      )
  })

  it('reads the panel’s form into settings, or each field’s problem', () => {
    expect(readLrsForm(form, ALLOWED)).toEqual({
      config: { ...form, endpoint: 'https://lrs.district.org/xAPI/' },
      problems: { endpoint: undefined, key: undefined, secret: undefined, className: undefined },
    })
    const { config, problems } = readLrsForm(
      { endpoint: 'https://lrs.district.org/xAPI', key: 'a:b', secret: '', className: '' },
      ALLOWED,
    )
    expect(config).toBeUndefined()
    expect(problems).toEqual({
      endpoint: undefined,
      key: { kind: 'colon' },
      secret: { kind: 'empty' },
      className: { kind: 'empty' },
    })
    expect(
      readLrsForm(
        { ...form, key: 'k'.repeat(501), secret: 's'.repeat(501), className: 'c'.repeat(101) },
        ALLOWED,
      ).problems,
    ).toMatchObject({
      key: { kind: 'tooLong', max: 500 },
      secret: { kind: 'tooLong', max: 500 },
      className: { kind: 'tooLong', max: 100 },
    })
  })

  it('refuses an endpoint the build does not allow, naming the origin to add', () => {
    const other = readLrsForm({ ...form, endpoint: 'https://evil.example/xAPI/' }, ALLOWED)
    expect(other.config).toBeUndefined()
    expect(other.problems.endpoint).toEqual({
      kind: 'notAllowed',
      origin: 'https://evil.example',
      places: ['https://lrs.district.org'],
    })
    expect(readLrsForm(form, []).problems.endpoint).toEqual({
      kind: 'notAllowed',
      origin: 'https://lrs.district.org',
      places: [],
    })
    // The page's own site is named as such, whatever case the build wrote it in.
    expect(
      readLrsForm({ ...form, endpoint: 'https://evil.example/' }, ["'SELF' https://a.org"]).problems
        .endpoint,
    ).toMatchObject({ places: [OWN_SITE, 'https://a.org'] })
  })
})

describe('the build’s allow-list of LRS addresses (CSP connect-src sources)', () => {
  const allowed = (endpoint: string, sources: string[], self?: string) =>
    lrsOriginAllowed(endpoint, sources, self)

  it('matches a host source on scheme, host and port', () => {
    expect(allowed('https://lrs.district.org/xAPI/', ['https://lrs.district.org'])).toBe(true)
    expect(allowed('https://lrs.district.org/xAPI/', ['https://LRS.district.org:443'])).toBe(true)
    expect(allowed('http://lrs.district.org/xAPI/', ['https://lrs.district.org'])).toBe(false)
    expect(allowed('https://lrs.district.org:8443/', ['https://lrs.district.org'])).toBe(false)
    expect(allowed('https://lrs.district.org:8443/', ['https://lrs.district.org:8443'])).toBe(true)
    expect(allowed('https://other.org/xAPI/', ['https://lrs.district.org'])).toBe(false)
    expect(allowed('https://lrs.district.org.evil.org/', ['https://lrs.district.org'])).toBe(false)
  })

  it('takes a port wildcard, a host wildcard and a scheme alone, as CSP does', () => {
    expect(allowed('http://127.0.0.1:43117/xAPI/', ['http://127.0.0.1:*'])).toBe(true)
    expect(allowed('http://127.0.0.2:43117/xAPI/', ['http://127.0.0.1:*'])).toBe(false)
    expect(allowed('https://lrs.district.org/', ['https://*.district.org'])).toBe(true)
    expect(allowed('https://a.b.district.org/', ['*.district.org'])).toBe(true)
    expect(allowed('https://district.org/', ['https://*.district.org'])).toBe(false)
    expect(allowed('https://anything.org/xAPI/', ['https:'])).toBe(true)
    expect(allowed('http://anything.org/xAPI/', ['https:'])).toBe(false)
    expect(allowed('https://anything.org/', ['*'])).toBe(true)
  })

  it('lets an http source reach https (a secure upgrade) but not the other way', () => {
    expect(allowed('https://lrs.org/', ['http://lrs.org'])).toBe(true)
    expect(allowed('https://lrs.org/', ['http:'])).toBe(true)
    expect(allowed('http://lrs.org/', ['https://lrs.org'])).toBe(false)
  })

  it('takes a source without a scheme to allow https only', () => {
    expect(allowed('https://lrs.org/xAPI/', ['lrs.org'])).toBe(true)
    expect(allowed('http://lrs.org/xAPI/', ['lrs.org'])).toBe(false)
  })

  it('needs both resources under a source’s path', () => {
    expect(allowed('https://lrs.org/xAPI/', ['https://lrs.org/xAPI/'])).toBe(true)
    expect(allowed('https://lrs.org/other/', ['https://lrs.org/xAPI/'])).toBe(false)
    // Paths are matched exactly, hosts in any case.
    expect(allowed('https://lrs.org/xAPI/', ['https://LRS.org/xapi/'])).toBe(false)
    expect(allowed('https://lrs.org/xAPI/', ['https://LRS.org/xAPI/'])).toBe(true)
    expect(allowed('https://lrs.org/xAPI/', ['https://lrs.org/xAPI/statements'])).toBe(false)
    expect(
      allowed('https://lrs.org/xAPI/', [
        'https://lrs.org/xAPI/statements',
        'https://lrs.org/xAPI/about',
      ]),
    ).toBe(true)
  })

  it('counts self only when the page’s origin is given, and ignores other keywords', () => {
    expect(allowed('https://school.org/lrs/', ["'self'"])).toBe(false)
    expect(allowed('https://school.org/lrs/', ["'self'"], 'https://school.org')).toBe(true)
    expect(allowed('https://lrs.org/', ["'self'"], 'https://school.org')).toBe(false)
    expect(allowed('https://lrs.org/', ["'none'", "'unsafe-inline'", 'data:'])).toBe(false)
  })

  it('reads a list given as one space-separated text, and allows nothing when empty', () => {
    expect(allowed('https://b.org/', ['https://a.org https://b.org'])).toBe(true)
    expect(allowed('https://b.org/', [])).toBe(false)
    expect(allowed('https://b.org/', ['', '  '])).toBe(false)
    expect(allowed('not an address', ['*'])).toBe(false)
  })
})

describe('Test connection’s verdict', () => {
  const about = { status: 200, body: '{"version":["1.0.3","1.0.0"]}' }
  const verdict = (...args: Parameters<typeof connectionVerdict>) => {
    const v = connectionVerdict(...args)
    return v.ok ? 'ok' : v.problem
  }

  it('accepts an LRS that speaks xAPI 1.0 and gets past the key', () => {
    expect(verdict(about, { status: 200, body: '[]' })).toBe('ok')
    // An LRS may refuse an empty list as invalid: the key was still accepted.
    expect(verdict(about, { status: 400, body: '{"message":"no statements"}' })).toBe('ok')
    expect(connectionVerdict(about, { status: 200, body: '[]' })).toEqual({ ok: true })
  })

  it('says the key and secret were refused on 401 or 403', () => {
    expect(verdict(about, { status: 401, body: '' })).toBe('refused')
    expect(verdict(about, { status: 403, body: '' })).toBe('refused')
    expect(verdict({ status: 401, body: '' }, 'unreachable')).toBe('refused')
    expect(connectionVerdict(about, { status: 401, body: '' })).toEqual({
      ok: false,
      problem: 'refused',
      resource: 'statements',
      status: 401,
    })
  })

  it('tells an unreachable address from a wrong one and from a server that is not an LRS', () => {
    expect(verdict('unreachable', 'unreachable')).toBe('unreachable')
    expect(verdict({ status: 404, body: 'Not Found' }, { status: 404, body: '' })).toBe('not-found')
    expect(verdict({ status: 200, body: '<html>' }, { status: 200, body: '' })).toBe('not-xapi')
    expect(verdict({ status: 200, body: '{"version":["0.95"]}' }, undefined)).toBe('not-xapi')
    expect(verdict({ status: 200, body: 'null' }, undefined)).toBe('not-xapi')
    expect(verdict(about, { status: 404, body: '' })).toBe('not-found')
    // Which of the two requests said so: no LRS at the address, or no statements resource in it.
    expect(connectionVerdict({ status: 404, body: '' })).toMatchObject({ resource: 'about' })
    expect(connectionVerdict(about, { status: 405, body: '' })).toEqual({
      ok: false,
      problem: 'not-found',
      resource: 'statements',
      status: 405,
    })
  })

  it('tells a CORS refusal of the post and an LRS in trouble', () => {
    expect(verdict(about, 'unreachable')).toBe('cors')
    expect(verdict(about, undefined)).toBe('cors')
    expect(verdict({ status: 503, body: '' }, 'unreachable')).toBe('lrs-error')
    expect(verdict(about, { status: 500, body: '' })).toBe('lrs-error')
  })
})

describe('what the LRS said, for the teacher', () => {
  const config = { key: 'kiosk-3', secret: 'p4ss' }

  it('takes the message or the warnings of a JSON answer, or the text itself', () => {
    expect(lrsReason('{"message":"bad verb"}', config)).toBe('bad verb')
    expect(lrsReason('{"warnings":["a","b"]}', config)).toBe('a; b')
    expect(lrsReason('  plain words \n', config)).toBe('plain words')
    expect(lrsReason('', config)).toBe('')
  })

  it('never carries the key, the secret or the Authorization value', () => {
    const token = basicCredentials(config)
    const said = lrsReason(`{"message":"user kiosk-3 with p4ss (Basic ${token}) refused"}`, config)
    expect(said).toBe('user … with … (Basic …) refused')
  })

  it('is cut to 300 characters', () => {
    const said = lrsReason('x'.repeat(1000), config)
    expect(said).toHaveLength(300)
    expect(said.endsWith('…')).toBe(true)
  })

  it('encodes key:secret in Base64 over UTF-8', () => {
    expect(basicCredentials({ key: 'a', secret: 'b' })).toBe('YTpi')
    expect(Buffer.from(basicCredentials({ key: 'é', secret: 'ü:1' }), 'base64').toString()).toBe(
      'é:ü:1',
    )
  })
})
