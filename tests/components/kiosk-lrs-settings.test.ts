import 'fake-indexeddb/auto'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { openDB } from 'idb'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import KioskLrsSettings from '@/components/kiosk/KioskLrsSettings.vue'
import { sendProblemText } from '@/components/kiosk/lrs-words'
import { emptyAnswer } from '@/domain/grading'
import { hashPin, type KioskConfig } from '@/domain/kiosk'
import type { XapiStatement } from '@/domain/lms/statements'
import * as lrsQueue from '@/persistence/lrs-queue'
import { LRS_SETTINGS as KIOSK_LRS_KEY, useKioskStore } from '@/stores/kiosk'
import { LRS_SETTINGS, useKioskLrsStore } from '@/stores/kiosk-lrs'
import { setLanguage } from '@/i18n/catalogue'
import { formatList } from '@/i18n/format'
import arKiosk from '@/i18n/messages/ar/kiosk'
import frKiosk from '@/i18n/messages/fr/kiosk'
import { byLabel, button } from './find'

vi.mock('virtual:factline/banks', () => import('../fixtures/sample-banks-module'))
vi.mock('virtual:factline/bank-loader', () => import('../fixtures/sample-banks-module'))
// The build's FACTLINE_LRS_ORIGINS.
vi.mock('virtual:factline/lrs-origins', () => ({ lrsOrigins: ['https://lrs.school.test'] }))

const ENDPOINT = 'https://lrs.school.test/xAPI/'
const SECRET = 'wh1sper-Secret-99'
const KEY = 'factline:kiosk:lrs'
const ABOUT = JSON.stringify({ version: ['1.0.3'] })

let pinia: Pinia
const mounted: VueWrapper[] = []
/** Every request the page made, as the LRS would see it. */
let requests: { url: string; method: string; headers: Record<string, string>; body: string }[]
/** The LRS's answer to a request. */
let answer: (url: string, method: string) => Response | 'offline'

beforeEach(async () => {
  localStorage.clear()
  pinia = createPinia()
  setActivePinia(pinia)
  await lrsQueue.clear()
  requests = []
  answer = (url) => new Response(url.endsWith('about') ? ABOUT : '[]', { status: 200 })
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const method = init.method ?? 'GET'
    requests.push({
      url,
      method,
      headers: init.headers as Record<string, string>,
      body: String(init.body ?? ''),
    })
    const reply = answer(url, method)
    if (reply === 'offline') throw new TypeError('Failed to fetch')
    return reply
  })
})

afterEach(async () => {
  while (mounted.length) mounted.pop()?.unmount()
  // Stops the sender and empties the queue.
  await useKioskLrsStore(pinia).remove()
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

function mountSettings() {
  const wrapper = mount(KioskLrsSettings, { global: { plugins: [pinia] }, attachTo: document.body })
  mounted.push(wrapper)
  return wrapper
}

/** The texts an input is described by (aria-describedby), joined. */
const description = (w: VueWrapper, label: string) =>
  (byLabel(w, label).attributes('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent?.trim())
    .join(' | ')
const statusText = (w: VueWrapper) => w.get('[role=status]').text()

async function fill(w: VueWrapper, values: Partial<Record<string, string>>) {
  for (const [label, value] of Object.entries(values)) await byLabel(w, label).setValue(value)
}

async function saveSettings(w: VueWrapper, secret = SECRET) {
  await fill(w, { Endpoint: ENDPOINT, Key: 'kiosk-7b', Secret: secret, 'Class name': '7B' })
  await w.get('form').trigger('submit')
  await flushPromises()
}

describe('the LRS settings of the teacher panel', () => {
  it('labels every field, and names each problem next to its field', async () => {
    const w = mountSettings()
    expect(w.get('h2').text()).toBe('Learning record store (LRS)')
    expect(byLabel(w, 'Secret').attributes('type')).toBe('password')
    for (const label of ['Endpoint', 'Key', 'Class name'])
      expect(byLabel(w, label).attributes('type')).not.toBe('password')
    // Nothing saved yet: nothing to remove, nothing waiting.
    expect(w.findAll('button').map((b) => b.text())).toEqual(['Test connection', 'Save'])
    expect(w.text()).not.toContain('Waiting to send')

    await w.get('form').trigger('submit')
    await flushPromises()
    expect(description(w, 'Endpoint')).toContain('Enter the LRS endpoint')
    expect(description(w, 'Key')).toContain('Enter the key')
    expect(description(w, 'Secret')).toContain('Enter the secret')
    expect(description(w, 'Class name')).toContain('Enter a class name')
    for (const label of ['Endpoint', 'Key', 'Secret', 'Class name'])
      expect(byLabel(w, label).attributes('aria-invalid'), label).toBe('true')
    expect(document.activeElement).toBe(byLabel(w, 'Endpoint').element)
    expect(localStorage.getItem(KEY)).toBeNull()

    // Fixed fields lose their problem; the first left with one takes the focus.
    await fill(w, { Endpoint: ENDPOINT, Key: 'a:b', Secret: SECRET, 'Class name': '7B' })
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(byLabel(w, 'Endpoint').attributes('aria-invalid')).toBeUndefined()
    expect(description(w, 'Key')).toContain('cannot contain a colon')
    expect(document.activeElement).toBe(byLabel(w, 'Key').element)
    expect(localStorage.getItem(KEY)).toBeNull()
  })

  it('refuses an LRS the build does not allow, naming FACTLINE_LRS_ORIGINS', async () => {
    const w = mountSettings()
    expect(description(w, 'Endpoint')).toContain('may send to https://lrs.school.test')
    await fill(w, {
      Endpoint: 'https://records.elsewhere.test/xAPI/',
      Key: 'k',
      Secret: SECRET,
      'Class name': '7B',
    })
    await button(w, 'Test connection').trigger('click')
    await flushPromises()
    expect(description(w, 'Endpoint')).toContain(
      'This copy of Factline may send only to its own site and https://lrs.school.test. Whoever builds it adds https://records.elsewhere.test with FACTLINE_LRS_ORIGINS.',
    )
    // Refused before any request: the policy would block it anyway.
    expect(requests).toEqual([])
    expect(statusText(w)).toBe('')
  })

  it('tests the connection with the typed settings and says what the LRS answered', async () => {
    const w = mountSettings()
    await fill(w, { Endpoint: ENDPOINT, Key: 'kiosk-7b', Secret: SECRET, 'Class name': '7B' })
    await button(w, 'Test connection').trigger('click')
    await flushPromises()
    expect(statusText(w)).toBe('Connected: the LRS took the key and speaks xAPI 1.0.')
    expect(requests.map((r) => `${r.method} ${r.url}`).sort()).toEqual([
      `GET ${ENDPOINT}about`,
      `POST ${ENDPOINT}statements`,
    ])
    const basic = `Basic ${btoa(`kiosk-7b:${SECRET}`)}`
    expect(requests.every((r) => r.headers.Authorization === basic)).toBe(true)
    // Testing saves nothing.
    expect(localStorage.getItem(KEY)).toBeNull()

    answer = (url) =>
      url.endsWith('about')
        ? new Response(ABOUT, { status: 200 })
        : new Response(`{"message":"bad credentials ${SECRET}"}`, { status: 401 })
    await button(w, 'Test connection').trigger('click')
    await flushPromises()
    expect(statusText(w)).toBe('The LRS refused the key and secret (401): check them.')

    answer = () => 'offline'
    await button(w, 'Test connection').trigger('click')
    await flushPromises()
    expect(statusText(w)).toMatch(/^The LRS could not be reached/)
    expect(w.html()).not.toContain(SECRET)
  })

  it('never shows a saved secret again, and keeps it until it is replaced', async () => {
    const w = mountSettings()
    await saveSettings(w)
    expect(statusText(w)).toBe('LRS settings saved: each student’s results now go to the LRS.')
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({
      endpoint: ENDPOINT,
      key: 'kiosk-7b',
      secret: SECRET,
      className: '7B',
    })
    expect((byLabel(w, 'Secret').element as HTMLInputElement).value).toBe('')
    expect(description(w, 'Secret')).toContain('A secret is saved')
    expect(byLabel(w, 'Secret').attributes('placeholder')).toBe('saved')
    expect(w.html()).not.toContain(SECRET)
    // The store the panel reads holds everything but the secret.
    expect(JSON.stringify(useKioskLrsStore(pinia).settings)).not.toContain(SECRET)

    // Another visit to the panel: the settings are back, the secret is not.
    w.unmount()
    mounted.pop()
    setActivePinia((pinia = createPinia()))
    const again = mountSettings()
    expect((byLabel(again, 'Endpoint').element as HTMLInputElement).value).toBe(ENDPOINT)
    expect((byLabel(again, 'Class name').element as HTMLInputElement).value).toBe('7B')
    expect((byLabel(again, 'Secret').element as HTMLInputElement).value).toBe('')
    expect(again.html()).not.toContain(SECRET)

    // Saved with the secret left empty: the saved one stays, and tests the connection too.
    await fill(again, { 'Class name': '7C' })
    await again.get('form').trigger('submit')
    await flushPromises()
    expect(JSON.parse(localStorage.getItem(KEY)!)).toMatchObject({
      secret: SECRET,
      className: '7C',
    })
    requests = []
    await button(again, 'Test connection').trigger('click')
    await flushPromises()
    expect(requests[0]!.headers.Authorization).toBe(`Basic ${btoa(`kiosk-7b:${SECRET}`)}`)

    // Another key, or another LRS, must come with its own secret: the saved one is not sent there.
    await fill(again, { Key: 'another-key' })
    await again.get('form').trigger('submit')
    await flushPromises()
    expect(description(again, 'Secret')).toContain('Enter the secret')
    expect(JSON.parse(localStorage.getItem(KEY)!)).toMatchObject({ key: 'kiosk-7b' })

    // A new secret replaces it.
    await fill(again, { Key: 'kiosk-7b', Secret: 'a-new-one' })
    await again.get('form').trigger('submit')
    await flushPromises()
    expect(JSON.parse(localStorage.getItem(KEY)!)).toMatchObject({ secret: 'a-new-one' })
    expect(again.html()).not.toContain('a-new-one')
  })

  it('shows what waits to be sent, and removes the LRS with it after saying how many', async () => {
    answer = () => 'offline'
    const w = mountSettings()
    await saveSettings(w)
    const statement = (id: string) => ({ id, verb: { id: 'answered' } })
    await lrsQueue.enqueue([statement('s-1'), statement('s-2')])
    await useKioskLrsStore(pinia).refreshCounts()
    await vi.waitFor(() => expect(w.text()).toContain('Waiting to send: 2'))
    expect(w.text()).toContain('Sent: 0')
    expect(w.text()).toContain('Dropped: 0')
    expect(w.text()).toContain('Rejected: 0')
    // Queued behind the store's back, so the idle sender is told to look.
    await button(w, 'Send now').trigger('click')
    expect(statusText(w)).toBe('Sending now.')
    await vi.waitFor(() => expect(w.text()).toContain('The LRS could not be reached'))
    expect(w.text()).toMatch(/Next try at /)
    expect(w.text()).toContain('Waiting to send: 2')

    // Back online: Send now does not wait for the next try.
    answer = (url) => new Response(url.endsWith('about') ? ABOUT : '[]', { status: 200 })
    await button(w, 'Send now').trigger('click')
    await vi.waitFor(() => expect(w.text()).toContain('Waiting to send: 0'))
    expect(w.text()).toContain('Sent: 2')

    answer = () => 'offline'
    await lrsQueue.enqueue([statement('s-3')])
    await useKioskLrsStore(pinia).refreshCounts()
    await vi.waitFor(() => expect(w.text()).toContain('Waiting to send: 1'))
    const confirm = vi.fn<(message?: string) => boolean>(() => false)
    vi.stubGlobal('confirm', confirm)
    await button(w, 'Remove LRS').trigger('click')
    await vi.waitFor(() =>
      expect(confirm).toHaveBeenLastCalledWith(
        'Remove the LRS from this kiosk? 1 statement not sent yet will be deleted.',
      ),
    )
    expect(localStorage.getItem(KEY)).not.toBeNull()
    confirm.mockReturnValue(true)
    await button(w, 'Remove LRS').trigger('click')
    await vi.waitFor(() => expect(statusText(w)).toBe('LRS removed: results are no longer sent.'))
    expect(localStorage.getItem(KEY)).toBeNull()
    expect((await lrsQueue.counts()).waiting).toBe(0)
    expect(w.text()).not.toContain('Waiting to send')
    expect((byLabel(w, 'Endpoint').element as HTMLInputElement).value).toBe('')
  })
})

describe('the sender’s problems in the panel', () => {
  it('says each in the same English sentences as before', () => {
    const said: [Parameters<typeof sendProblemText>[0], string][] = [
      [{ kind: 'unreachable' }, 'The LRS could not be reached: trying again.'],
      [{ kind: 'storage' }, 'This browser’s storage could not be read or written: trying again.'],
      [{ kind: 'slowDown', status: 429 }, 'The LRS asked to slow down (429): trying again later.'],
      [
        { kind: 'credentials', status: 403 },
        'The LRS refused the key and secret (403): check them in the teacher panel.',
      ],
      [
        { kind: 'answered', status: 404, because: 'no such route' },
        'The LRS answered 404: no such route. Check the endpoint in the teacher panel.',
      ],
      [
        { kind: 'answered', status: 405 },
        'The LRS answered 405. Check the endpoint in the teacher panel.',
      ],
      [{ kind: 'lrsError', status: 503 }, 'The LRS had a problem (503): trying again.'],
      [{ kind: 'tooLarge', status: 413 }, 'A statement was too large for the LRS (413)'],
      [
        { kind: 'invalid', status: 400, because: 'no verb' },
        'The LRS refused a statement as invalid (400): no verb',
      ],
      [
        { kind: 'conflict', status: 409, because: 'conflict' },
        'The LRS holds another statement with this id (409): conflict',
      ],
    ]
    for (const [problem, text] of said) expect(sendProblemText(problem)).toBe(text)
  })

  it('shows a problem kept by an older version, in English only, as it is', async () => {
    const raw = await openDB('factline-lrs')
    const text = 'The LRS refused a statement as invalid (400): bad verb'
    await raw.put('meta', { sent: 1, dropped: 0, rejected: 1, problem: { at: 0, text } }, 'counts')
    raw.close()
    const w = mountSettings()
    await saveSettings(w)
    await vi.waitFor(() => expect(w.get('.kiosk-lrs__problem').text()).toMatch(/^Last problem: /))
    expect(w.get('.kiosk-lrs__problem').text().endsWith(`: ${text}`)).toBe(true)
  })
})

describe('the kiosk with an LRS', () => {
  let pin: KioskConfig['pin']
  beforeAll(async () => {
    pin = await hashPin('2468', crypto.subtle, crypto.getRandomValues(new Uint8Array(16)), 1000)
  })

  async function readyKiosk() {
    const config: KioskConfig = { bank: 'sample', n: 2, topics: [], idle: 60, pin }
    localStorage.setItem('factline:kiosk:config', JSON.stringify(config))
    const kiosk = useKioskStore()
    kiosk.lock()
    await kiosk.loadConfiguredBank()
    return kiosk
  }

  /** The statements the LRS was sent, in the order they were posted. */
  const posted = () =>
    requests
      .filter((r) => r.method === 'POST' && r.url.endsWith('statements'))
      .flatMap((r) => JSON.parse(r.body) as XapiStatement[])

  function play(kiosk: ReturnType<typeof useKioskStore>, from: number) {
    kiosk.startStudent(from)
    for (let i = 0; i < 2; i++) {
      kiosk.check(emptyAnswer(kiosk.current!), from + 1000 * (i + 1))
      kiosk.next(from + 1000 * (i + 1) + 500)
    }
  }

  it('keeps the settings under the key the kiosk store looks for', () => {
    expect(`factline:${LRS_SETTINGS}`).toBe(KEY)
    expect(KIOSK_LRS_KEY).toBe(LRS_SETTINGS)
  })

  it('without an LRS, never reaches for the LRS and sends nothing', async () => {
    const kiosk = await readyKiosk()
    play(kiosk, 1_000)
    kiosk.endStudent()
    await flushPromises()
    expect(await kiosk.lrsUnsent()).toBeUndefined()
    expect(requests).toEqual([])
    // The LRS's store was never created.
    expect(pinia.state.value['kiosk-lrs']).toBeUndefined()
  })

  it('sends each student’s answers and score, each student under a name of their own', async () => {
    const kiosk = await readyKiosk()
    const w = mountSettings()
    await saveSettings(w)
    play(kiosk, 1_000)
    kiosk.endStudent()
    play(kiosk, 10_000)
    await vi.waitFor(() => expect(posted()).toHaveLength(6))
    const statements = posted()
    expect(statements.map((s) => s.verb.display['en-US'])).toEqual([
      'answered',
      'answered',
      'completed',
      'answered',
      'answered',
      'completed',
    ])
    expect(new Set(statements.map((s) => s.id)).size).toBe(6)
    const [first, second] = [statements.slice(0, 3), statements.slice(3)]
    for (const turn of [first, second]) {
      expect(new Set(turn.map((s) => s.actor.account.name)).size).toBe(1)
      expect(new Set(turn.map((s) => s.context.registration)).size).toBe(1)
      for (const s of turn)
        expect(s.context.extensions).toEqual({ 'http://localhost:3000/xapi/class': '7B' })
    }
    expect(first[0]!.actor.account.name).not.toBe(second[0]!.actor.account.name)
    expect(first[0]!.actor.account.homePage).toBe('http://localhost:3000/kiosk')
    expect(first[0]!.timestamp).toBe(new Date(2_000).toISOString())
    expect(first[2]!.result).toMatchObject({ completion: true, score: { min: 0, max: 2 } })
    expect(first[2]!.result.duration).toBe('PT2.5S')
    // Nothing of the key or secret in what is sent, only in the header.
    expect(JSON.stringify(statements)).not.toContain(SECRET)

    // The same student again: the same name, a new attempt.
    kiosk.newQuiz(20_000)
    kiosk.check(emptyAnswer(kiosk.current!), 21_000)
    await vi.waitFor(() => expect(posted()).toHaveLength(7))
    const again = posted()[6]!
    expect(again.actor.account.name).toBe(second[0]!.actor.account.name)
    expect(again.context.registration).not.toBe(second[0]!.context.registration)

    // Removing the kiosk removes the LRS's settings and its queue.
    expect(await kiosk.lrsUnsent()).toBe(0)
    await kiosk.forget()
    expect(localStorage.getItem(KEY)).toBeNull()
    expect(await kiosk.lrsUnsent()).toBeUndefined()
  })
})

describe('the LRS settings in French', () => {
  afterEach(async () => {
    await setLanguage('en')
  })

  it('says each field’s problem, and Test connection’s verdict, in French', async () => {
    await setLanguage('fr')
    const w = mountSettings()
    const fields = frKiosk.kioskLrs.fields
    await fill(w, { [fields.endpoint]: 'https://elsewhere.test/xAPI/', [fields.key]: 'a:b' })
    await button(w, frKiosk.kioskLrs.test).trigger('click')
    await flushPromises()
    const problems = frKiosk.kioskLrs.problems
    expect(description(w, fields.endpoint)).toContain(
      // The page's own site, named as the teacher knows it, then the build's.
      problems.notAllowed(
        formatList([problems.ownSite, 'https://lrs.school.test']),
        'https://elsewhere.test',
      ),
    )
    expect(description(w, fields.key)).toBe(problems.colon)
    expect(description(w, fields.secret)).toBe(problems.secretEmpty)
    expect(description(w, fields.className)).toBe(problems.classEmpty)
    expect(requests).toEqual([])

    await fill(w, {
      [fields.endpoint]: ENDPOINT,
      [fields.key]: 'kiosk-7b',
      [fields.secret]: SECRET,
      [fields.className]: '7B',
    })
    answer = (url) => new Response(url.endsWith('about') ? ABOUT : '', { status: 401 })
    await button(w, frKiosk.kioskLrs.test).trigger('click')
    await vi.waitFor(() => expect(statusText(w)).toBe(frKiosk.kioskLrs.verdict.refused(401)))
  })

  it('says why sending waits, in French', async () => {
    await setLanguage('fr')
    answer = () => 'offline'
    const w = mountSettings()
    const fields = frKiosk.kioskLrs.fields
    await fill(w, {
      [fields.endpoint]: ENDPOINT,
      [fields.key]: 'kiosk-7b',
      [fields.secret]: SECRET,
      [fields.className]: '7B',
    })
    await w.get('form').trigger('submit')
    await flushPromises()
    await lrsQueue.enqueue([{ id: 's-1' }])
    await button(w, frKiosk.kioskLrs.sendNow).trigger('click')
    await vi.waitFor(() =>
      expect(w.get('.kiosk-lrs__sender').text()).toContain(
        frKiosk.kioskLrs.sendProblems.unreachable,
      ),
    )
    expect(w.text()).not.toContain('The LRS could not be reached')
  })
})

describe('the LRS settings in Arabic', () => {
  afterEach(async () => {
    await setLanguage('en')
  })

  it('says why a statement was rejected, the LRS’s reason left as it wrote it', async () => {
    await setLanguage('ar')
    answer = (_, method) =>
      method === 'POST'
        ? new Response('{"message":"statement has no verb"}', { status: 400 })
        : new Response(ABOUT, { status: 200 })
    const w = mountSettings()
    const fields = arKiosk.kioskLrs.fields
    await fill(w, {
      [fields.endpoint]: ENDPOINT,
      [fields.key]: 'kiosk-7b',
      [fields.secret]: SECRET,
      [fields.className]: '7B',
    })
    await w.get('form').trigger('submit')
    await flushPromises()
    await lrsQueue.enqueue([{ id: 's-1' }])
    await button(w, arKiosk.kioskLrs.sendNow).trigger('click')
    const words = arKiosk.kioskLrs.sendProblems.invalid(400, 'statement has no verb')
    await vi.waitFor(() => expect(w.find('.kiosk-lrs__problem').exists()).toBe(true))
    expect(w.get('.kiosk-lrs__problem').text()).toContain(words)
    expect(w.text()).toContain(arKiosk.kioskLrs.rejected(1))

    // A refused key pauses sending, said in Arabic too.
    answer = (_, method) =>
      method === 'POST' ? new Response('', { status: 401 }) : new Response(ABOUT)
    await lrsQueue.enqueue([{ id: 's-2' }])
    await button(w, arKiosk.kioskLrs.sendNow).trigger('click')
    await vi.waitFor(() =>
      expect(w.get('.kiosk-lrs__sender').text()).toBe(
        arKiosk.kioskLrs.paused(arKiosk.kioskLrs.sendProblems.credentials(401)),
      ),
    )
  })
})
