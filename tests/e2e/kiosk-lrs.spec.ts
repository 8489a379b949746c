import { readFileSync } from 'node:fs'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { composeQuiz, type QuizQuestion } from '../../src/domain/quiz.ts'
import {
  answer,
  expectNoAxeViolations,
  INTERACTION_TYPES,
  loadBankForTest,
  visibleText,
} from './helpers'
import {
  LRS_ORIGIN,
  LRS_URL,
  readStatements,
  requireLrs,
  type StoredStatement,
} from './support/lrs'

// A classroom kiosk pointed at the real test LRS (tests/lrs/): students play, one of them while
// the network is gone, and the LRS ends up with every statement once.
requireLrs(test)
// Offline emulation skips service workers (Playwright issue 2311), and so must the page.
test.use({ serviceWorkers: 'block' })

const bank = loadBankForTest('questions/korea-2018')
/** Every question of the bank, to answer whichever the kiosk draws: it picks at random. */
const everyQuestion = composeQuiz([bank], { n: 1000, seed: 'all' })
const N = 4
const PIN = '2468'
const SECRET = 'pa55-Kiosk-Secret-7b'
const KEY = 'kiosk-7b-key'
const ANSWERED = 'http://adlnet.gov/expapi/verbs/answered'
const COMPLETED = 'http://adlnet.gov/expapi/verbs/completed'
const words = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Texts a question shows besides its prompt, which tell apart questions with the same prompt. */
function shownTexts(question: QuizQuestion): string[] {
  if (question.type === 'order') return question.items
  if (question.type === 'match') return question.pairs.map((pair) => pair.left)
  if (question.type === 'cloze') return question.text.split(/\{\{[\s\S]*?\}\}/)
  return []
}

/** The question on screen, found in the bank by its prompt and what else it shows. */
async function questionOn(form: Locator): Promise<QuizQuestion> {
  const prompt = words((await form.getByRole('heading', { level: 2 }).textContent()) ?? '')
  const shown = words((await form.textContent()) ?? '')
  const found = everyQuestion.filter(
    (q) =>
      words(visibleText(q.prompt, q.format)) === prompt &&
      shownTexts(q).every((text) => shown.includes(words(visibleText(text, q.format)))),
  )
  if (found.length !== 1)
    throw new Error(`${found.length} questions of ${bank.id} read "${prompt}"`)
  return found[0]!
}

/** Answers question `k` right or wrong, checks it and moves on; `between` runs after the check. */
async function play(page: Page, how: 'right' | 'wrong', between?: (k: number) => Promise<void>) {
  await page.getByRole('button', { name: 'Start' }).click()
  for (let k = 1; k <= N; k++) {
    const form = page.getByRole('form', { name: `Question ${k} of ${N}` })
    await expect(form).toBeVisible()
    await answer(form, await questionOn(form), how)
    await form.getByRole('button', { name: 'Check answer' }).click()
    await expect(form.getByRole('status')).toHaveText(how === 'right' ? /^Correct/ : /^Incorrect/)
    await between?.(k)
    await form.getByRole('button', { name: k === N ? 'See results' : 'Next question' }).click()
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results')
  await expect(page.getByText(`${how === 'right' ? N : 0} of ${N} correct`)).toBeVisible()
  await page.getByRole('button', { name: 'Next student' }).click()
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible()
}

async function unlockPanel(page: Page) {
  await page.getByRole('button', { name: 'Teacher' }).click()
  const unlock = page.getByRole('dialog', { name: 'Teacher unlock' })
  await unlock.getByLabel('Teacher PIN').fill(PIN)
  await unlock.getByRole('button', { name: 'Unlock' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Teacher')
  const lrs = page.getByRole('region', { name: 'Learning record store (LRS)' })
  await expect(lrs).toBeVisible()
  return lrs
}

/** The number the panel shows as `Waiting to send: N`. */
async function waiting(lrs: Locator): Promise<number> {
  const text = await lrs.getByText(/^Waiting to send: \d+$/).textContent()
  return Number(/\d+/.exec(text ?? '')![0])
}

test('a kiosk sends every student’s statements to the LRS once, through a network cut', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(300_000)
  // The students this page sent statements for (other runs may share the LRS and the address).
  const sentFor = new Set<string>()
  page.on('request', (request) => {
    if (request.method() !== 'POST' || request.url() !== `${LRS_URL}/statements`) return
    for (const s of JSON.parse(request.postData() ?? '[]') as StoredStatement[])
      sentFor.add(s.actor.account!.name)
  })
  const logged: string[] = []
  page.on('console', (message) => logged.push(message.text()))
  page.on('pageerror', (error) => logged.push(error.message))

  // Set-up, then the teacher's panel.
  await page.goto(`/kiosk?bank=${bank.id}&n=${N}&idle=600`)
  const setup = page.getByRole('dialog', { name: 'Set up kiosk' })
  await setup.getByLabel('Teacher PIN').fill(PIN)
  await setup.getByLabel('Confirm PIN').fill(PIN)
  await setup.getByRole('button', { name: 'Start kiosk' }).click()
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible()
  let lrs = await unlockPanel(page)
  await expect(lrs.getByText(/^Waiting to send/)).toHaveCount(0)

  // An LRS the build does not allow is refused, naming the build's setting.
  await lrs.getByLabel('Endpoint').fill('https://lrs.elsewhere.example/xAPI/')
  await lrs.getByLabel('Key').fill(KEY)
  await lrs.getByLabel('Secret').fill(SECRET)
  await lrs.getByLabel('Class name').fill('7B')
  await lrs.getByRole('button', { name: 'Test connection' }).click()
  await expect(lrs.getByLabel('Endpoint')).toHaveAttribute('aria-invalid', 'true')
  await expect(lrs.getByLabel('Endpoint')).toHaveAccessibleDescription(
    /Whoever builds it adds https:\/\/lrs\.elsewhere\.example with FACTLINE_LRS_ORIGINS\./,
  )
  await expect(lrs.getByLabel('Endpoint')).toBeFocused()
  await expectNoAxeViolations(page, 'the LRS settings with a problem')

  // The test LRS: the connection works, and the settings are saved.
  await lrs.getByLabel('Endpoint').fill(`${LRS_URL}/`)
  await lrs.getByRole('button', { name: 'Test connection' }).click()
  await expect(lrs.getByRole('status')).toHaveText(
    'Connected: the LRS took the key and speaks xAPI 1.0.',
  )
  await lrs.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(lrs.getByRole('status')).toHaveText(
    'LRS settings saved: each student’s results now go to the LRS.',
  )
  await expect(lrs.getByLabel('Secret')).toHaveValue('')
  await expect(lrs.getByLabel('Secret')).toHaveAccessibleDescription(/A secret is saved/)
  await expect(lrs.getByText('Waiting to send: 0')).toBeVisible()
  await expectNoAxeViolations(page, 'the LRS settings saved')
  // Every control of the section is at least 24 by 24 pixels, and the section reflows at 320 px.
  for (const control of await lrs.locator('button, input').all()) {
    const box = (await control.boundingBox())!
    expect(box.width).toBeGreaterThanOrEqual(24)
    expect(box.height).toBeGreaterThanOrEqual(24)
  }
  await page.setViewportSize({ width: 320, height: 800 })
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.getByRole('button', { name: 'Back to the kiosk' }).click()

  // Student 1 plays the whole quiz, every answer right.
  await play(page, 'right')

  // Student 2 answers half online, then the network goes: the rest waits on the device.
  await play(page, 'wrong', async (k) => {
    if (k === N / 2) await context.setOffline(true)
  })
  lrs = await unlockPanel(page)
  await expect.poll(() => waiting(lrs)).toBeGreaterThanOrEqual(N / 2 + 1)
  const kept = await waiting(lrs)

  // Back online but with the LRS still out of reach, a reload keeps every statement waiting.
  const lrsRequests = `${LRS_ORIGIN}/**`
  await page.route(lrsRequests, (route) => route.abort('internetdisconnected'))
  await context.setOffline(false)
  await page.reload()
  lrs = await unlockPanel(page)
  await expect(lrs.getByText(/^Waiting to send: \d+$/)).toHaveText(`Waiting to send: ${kept}`)
  await expect(lrs.getByText(/The LRS could not be reached/)).toBeVisible()

  // The network goes and comes back with the LRS in reach: the queue drains by itself.
  await context.setOffline(true)
  await page.unroute(lrsRequests)
  await context.setOffline(false)
  await expect(lrs.getByText('Waiting to send: 0')).toBeVisible({ timeout: 90_000 })
  await expect(lrs.getByText(/^Sent: \d+$/)).toHaveText(`Sent: ${2 * (N + 1)}`)
  await expect(lrs.getByText('Dropped: 0')).toBeVisible()
  await expect(lrs.getByText('Rejected: 0')).toBeVisible()

  // Read back from the LRS: each student is an anonymous account of the kiosk.
  const homePage = new URL('/kiosk', baseURL).href
  const classExtension = new URL('/xapi/class', baseURL).href
  // In the order the students played.
  const actors = [...sentFor]
  expect(actors).toHaveLength(2)
  const all: StoredStatement[] = []
  for (const [i, name] of actors.entries()) {
    const agent = JSON.stringify({ objectType: 'Agent', account: { homePage, name } })
    const mine = await readStatements({ agent, ascending: 'true' })
    all.push(...mine)
    const right = i === 0
    const answered = mine.filter((s) => s.verb.id === ANSWERED)
    const completed = mine.filter((s) => s.verb.id === COMPLETED)
    expect(answered, `student ${i + 1}`).toHaveLength(N)
    expect(completed, `student ${i + 1}`).toHaveLength(1)
    expect(mine.at(-1)!.verb.id).toBe(COMPLETED)
    for (const s of answered) {
      expect(s.result).toMatchObject({ success: right, score: { scaled: right ? 1 : 0 } })
      expect(s.result?.duration).toMatch(/^PT/)
      const id = decodeURIComponent(s.object.id.split('/questions/')[1]!)
      const question = everyQuestion.find((q) => q.id === id)!
      expect(s.object.definition?.interactionType, id).toBe(INTERACTION_TYPES[question.type])
      expect(s.object.id).toBe(new URL(`/banks/${bank.id}/questions/${id}`, baseURL).href)
    }
    expect(completed[0]!.result).toMatchObject({
      completion: true,
      score: { raw: right ? N : 0, min: 0, max: N, scaled: right ? 1 : 0 },
    })
    expect(completed[0]!.object.id).toBe(new URL(`/banks/${bank.id}`, baseURL).href)
    // One registration per student, the class on every statement.
    expect(new Set(mine.map((s) => s.context?.registration)).size).toBe(1)
    for (const s of mine) expect(s.context?.extensions?.[classExtension]).toBe('7B')
  }
  expect(all[0]!.context?.registration).not.toBe(all.at(-1)!.context?.registration)
  // Nothing sent twice: no id, and no (student, question, verb), appears twice.
  expect(new Set(all.map((s) => s.id)).size).toBe(all.length)
  const triples = all.map((s) => `${s.actor.account!.name} ${s.object.id} ${s.verb.id}`)
  expect(new Set(triples).size).toBe(triples.length)
  expect(all).toHaveLength(2 * (N + 1))
  expect(JSON.stringify(all)).not.toContain(SECRET)

  // The secret is nowhere but in its own setting: not in the CSV, the URL or another key.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export results (CSV)' }).click()
  const csv = readFileSync(await (await download).path(), 'utf8')
  expect(csv.trim().split('\r\n')).toHaveLength(1 + 2 * N)
  for (const text of [csv, page.url()]) {
    expect(text).not.toContain(SECRET)
    expect(text).not.toContain(KEY)
  }
  expect(await page.content()).not.toContain(SECRET)
  const stored = await page.evaluate(() => ({ ...localStorage }))
  expect(stored['factline:kiosk:lrs']).toContain(SECRET)
  for (const [key, value] of Object.entries(stored))
    if (key !== 'factline:kiosk:lrs') expect(value, key).not.toContain(SECRET)

  // Out of the kiosk, the learner's progress file holds none of it either.
  await page.getByRole('button', { name: 'Exit kiosk' }).click()
  await expect(page.getByRole('navigation')).toBeVisible()
  await page.goto('/progress')
  const exported = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export progress' }).click()
  expect(readFileSync(await (await exported).path(), 'utf8')).not.toContain(SECRET)

  // Removing the kiosk says what becomes of the statements, and deletes the settings and queue.
  await page.goto('/kiosk')
  lrs = await unlockPanel(page)
  await expect(lrs.getByText('Waiting to send: 0')).toBeVisible()
  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (dialog) => {
      resolve(dialog.message())
      void dialog.accept()
    }),
  )
  await page.getByRole('button', { name: 'Remove kiosk from this device' }).click()
  expect(await asked).toContain(
    'Its LRS settings will be deleted too; every statement has been sent.',
  )
  await expect(page.getByRole('navigation')).toBeVisible()
  await expect
    .poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('kiosk'))))
    .toEqual([])
  // The queue's database is emptied: nothing waits, and nothing is counted any more.
  const queueRecords = () =>
    page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('factline-lrs')
          open.onerror = () => reject(open.error)
          open.onsuccess = () => {
            const tx = open.result.transaction(['queue', 'meta'])
            const [queue, meta] = ['queue', 'meta'].map((name) => tx.objectStore(name).count())
            tx.oncomplete = () => resolve(queue!.result + meta!.result)
          }
        }),
    )
  await expect.poll(queueRecords).toBe(0)
  expect(logged.filter((text) => text.includes(SECRET) || text.includes(KEY))).toEqual([])
})
