import type { test as base } from '@playwright/test'

/**
 * The test LRS that scripts/test.mjs starts (tests/lrs/): its xAPI base URL, without a trailing
 * slash, e.g. `http://127.0.0.1:43950/xAPI`. Undefined when it is not running (test.mjs then
 * passes it empty).
 */
export const LRS_URL = process.env.LRS_URL?.replace(/\/+$/, '') || undefined

/** Its origin, which a page must be allowed to reach (connect-src) to send it statements. */
export const LRS_ORIGIN = LRS_URL && new URL(LRS_URL).origin

/** The headers every xAPI request needs; the test LRS takes any Basic credentials. */
export const XAPI_HEADERS = {
  'X-Experience-API-Version': '1.0.3',
  Authorization: `Basic ${Buffer.from('factline-test:any-secret').toString('base64')}`,
} as const

/** What the specs read of a stored statement (the LRS adds `stored`, `authority`, `version`). */
export interface StoredStatement {
  id: string
  actor: { objectType?: string; name?: string; account?: { homePage: string; name: string } }
  verb: { id: string; display?: Record<string, string> }
  object: { id: string; objectType?: string; definition?: Record<string, unknown> }
  result?: {
    score?: { scaled?: number; raw?: number; min?: number; max?: number }
    success?: boolean
    completion?: boolean
    response?: string
    duration?: string
    extensions?: Record<string, unknown>
  }
  context?: {
    registration?: string
    contextActivities?: Record<string, { id: string }[]>
    extensions?: Record<string, unknown>
  }
  timestamp: string
  stored: string
}

/** The URL of the `statements` resource with `filter` as its query. */
export function statementsUrl(filter: Record<string, string> = {}): string {
  if (!LRS_URL) throw new Error('LRS_URL is not set: call skipWithoutLrs(test) in this spec.')
  return `${LRS_URL}/statements?${new URLSearchParams(filter)}`
}

/**
 * Every statement matching `filter` (the xAPI query parameters: `registration`, `agent` as JSON,
 * `verb`, `ascending`, `limit`...), following the `more` cursor through every page.
 */
export async function readStatements(
  filter: Record<string, string> = {},
): Promise<StoredStatement[]> {
  const statements: StoredStatement[] = []
  let next: string | undefined = statementsUrl(filter)
  while (next) {
    const response = await fetch(next, { headers: XAPI_HEADERS })
    if (!response.ok) throw new Error(`GET ${next}: ${response.status} ${await response.text()}`)
    const page = (await response.json()) as { statements: StoredStatement[]; more?: string }
    statements.push(...page.statements)
    // `more` is relative to the server, as the spec allows ("/xAPI/statements?...&cursor=").
    next = page.more ? new URL(page.more, next).href : undefined
  }
  return statements
}

const NO_LRS =
  'LRS_URL is not set, so the test LRS is not running: run these specs through `npm test` or ' +
  '`npm run test:e2e` (scripts/test.mjs installs and starts it; see tests/lrs/README.md).'

/**
 * Call at the top of a spec that needs the LRS. Without one its tests fail, saying how to start
 * it: a test that cannot run is a failure to mend, never a pass by omission.
 */
export function requireLrs(test: typeof base): void {
  if (LRS_URL) return
  test.beforeEach(() => {
    throw new Error(`These browser tests need the LRS. ${NO_LRS}`)
  })
}
