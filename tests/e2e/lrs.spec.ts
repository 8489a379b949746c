import { randomUUID } from 'node:crypto'
import { expect, test } from '@playwright/test'
import { LRS_URL, XAPI_HEADERS, readStatements, requireLrs, statementsUrl } from './support/lrs'

// The test LRS itself, as the cmi5 and kiosk specs rely on it: what it stores, what it refuses,
// and that a page of the app's origin may talk to it.
requireLrs(test)

const ANSWERED = 'http://adlnet.gov/expapi/verbs/answered'

/** An `answered` statement of one learner's run (`registration`), with its own id. */
function answered(registration: string, question: string, id: string = randomUUID()) {
  return {
    id,
    actor: {
      objectType: 'Agent',
      account: { homePage: 'https://factline.test', name: 'smoke-learner' },
    },
    verb: { id: ANSWERED, display: { en: 'answered' } },
    object: { objectType: 'Activity', id: `https://factline.test/quiz/smoke/${question}` },
    result: { success: true, score: { scaled: 1 } },
    context: { registration },
    timestamp: '2026-03-02T09:00:00.000Z',
  }
}

const json = { ...XAPI_HEADERS, 'Content-Type': 'application/json' }

test('it speaks xAPI 1.0.3', async ({ request }) => {
  const about = await request.get(`${LRS_URL}/about`)
  expect(about.status()).toBe(200)
  expect((await about.json()).version).toContain('1.0.3')
})

test('a statement sent again is stored once; another under its id is refused with its batch', async ({
  request,
}) => {
  const registration = randomUUID()
  const statement = answered(registration, 'q1')
  const post = (data: unknown) => request.post(statementsUrl(), { headers: json, data })

  const first = await post(statement)
  expect(first.status()).toBe(200)
  expect(await first.json()).toEqual([statement.id])
  // A retry after a lost answer sends the very same statement: accepted, not stored twice.
  const again = await post(statement)
  expect(again.status()).toBe(200)
  expect(await again.json()).toEqual([statement.id])

  const changed = { ...statement, verb: { id: 'http://adlnet.gov/expapi/verbs/failed' } }
  expect((await post(changed)).status()).toBe(409)
  // The whole batch is refused, the new statement in it too: a sender must split it to find out.
  const fresh = answered(registration, 'q2')
  expect((await post([fresh, changed])).status()).toBe(409)

  const stored = await readStatements({ registration })
  expect(stored.map((s) => s.id)).toEqual([statement.id])
  expect(stored[0]).toMatchObject({
    verb: { id: ANSWERED },
    result: { success: true, score: { scaled: 1 } },
    context: { registration },
    timestamp: statement.timestamp,
  })
})

test('statements are read back by registration, oldest first, page after page', async ({
  request,
}) => {
  const registration = randomUUID()
  const sent = ['q1', 'q2', 'q3'].map((q) => answered(registration, q))
  for (const statement of sent) {
    const response = await request.post(statementsUrl(), { headers: json, data: statement })
    expect(response.status()).toBe(200)
  }
  const other = await request.post(statementsUrl(), {
    headers: json,
    data: answered(randomUUID(), 'q1'),
  })
  expect(other.status()).toBe(200)

  const filter = { registration, ascending: 'true', limit: '2' }
  const firstPage = await (await request.get(statementsUrl(filter), { headers: json })).json()
  expect(firstPage.statements).toHaveLength(2)
  expect(firstPage.more).toMatch(/cursor=/)

  const stored = await readStatements(filter)
  expect(stored.map((s) => s.id).sort()).toEqual(sent.map((s) => s.id).sort())
  const times = stored.map((s) => s.stored)
  expect(times).toEqual([...times].sort())
})

test.describe('from the browser', () => {
  // The app's own policy (connect-src 'self') is not what this proves: the kiosk's build widens
  // it to the LRS. Here only the browser's CORS checks stand between the page and the LRS.
  test.use({ bypassCSP: true })

  test("the app's origin may send it statements: the preflight allows it, and so does the browser", async ({
    page,
    request,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin
    const preflight = await request.fetch(statementsUrl(), {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type,x-experience-api-version',
      },
    })
    expect(preflight.ok()).toBe(true)
    const allowed = preflight.headers()
    expect(allowed['access-control-allow-origin']).toBe(origin)
    expect(allowed['access-control-allow-methods']).toContain('POST')
    expect(allowed['access-control-allow-headers']?.split(',')).toEqual(
      expect.arrayContaining(['authorization', 'content-type', 'x-experience-api-version']),
    )

    const registration = randomUUID()
    const statement = answered(registration, 'from-the-page')
    await page.goto('/')
    const sent = await page.evaluate(
      async ({ url, headers, statement }) => {
        const response = await fetch(url, {
          method: 'POST',
          headers,
          body: JSON.stringify(statement),
        })
        return { status: response.status, ids: await response.json() }
      },
      { url: statementsUrl(), headers: json, statement },
    )
    expect(sent).toEqual({ status: 200, ids: [statement.id] })
    expect((await readStatements({ registration })).map((s) => s.id)).toEqual([statement.id])
  })
})
