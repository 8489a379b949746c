import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { lrsOrigins } from 'virtual:factline/lrs-origins'
import type { Grade } from '@/domain/answers'
import type { Bank } from '@/domain/bank'
import {
  LrsConfigSchema,
  readEndpoint,
  readLrsForm,
  type ConnectionVerdict,
  type LrsConfig,
  type LrsForm,
} from '@/domain/kiosk/lrs'
import {
  answeredStatement,
  completedStatement,
  type KioskTurn,
  type XapiStatement,
} from '@/domain/lms/statements'
import { quizOutcome } from '@/domain/lms/status'
import { uuidV4 } from '@/domain/lms/uuid'
import { plainText } from '@/lms/course'
import {
  createLrsSender,
  testLrsConnection,
  type LrsSender,
  type SenderProblem,
  type SenderStatus,
} from '@/lms/lrs-sender'
import { localState, type WriteResult } from '@/persistence'
import * as lrsQueue from '@/persistence/lrs-queue'
import type { QueueCounts, QueueProblem, SettledProblem } from '@/persistence/lrs-queue'
import type { CheckedAnswer } from './run'

/** The saved settings as the panel may show them: everything but the secret. */
export interface LrsSettings {
  endpoint: string
  key: string
  className: string
}

/**
 * A problem the panel puts into words: why sending waits or pauses (`sending.problem`), or why
 * statements were dropped or rejected (`counts.problem.said`).
 */
export type LrsProblem = SenderProblem | SettledProblem | QueueProblem

/** The bank a student plays, as its statements name it. */
export type TurnBank = Pick<Bank, 'id' | 'title' | 'language'>

/** One quiz played at the kiosk: who (an anonymous account), which attempt, and since when. */
interface Run extends KioskTurn {
  bank: TurnBank
  startedAt: number
}

/**
 * Where the settings are kept. The kiosk store checks the same key to decide whether to load this
 * store at all; it can't import it from here without loading it.
 */
export const LRS_SETTINGS = 'kiosk:lrs'

const NO_COUNTS: QueueCounts = { waiting: 0, sent: 0, dropped: 0, rejected: 0, problem: null }

const newUuid = () => uuidV4(crypto.getRandomValues(new Uint8Array(16)))

/** Where the app is served, ending '/': the statements' addresses are under it. */
const siteAddress = () => new URL(import.meta.env.BASE_URL, window.location.href).href

const sameOrigin = (a: string, b: string) => new URL(a).origin === new URL(b).origin

/**
 * The kiosk's Learning Record Store: its settings (localStorage `kiosk:lrs`, on this device only),
 * the xAPI statements of each student's quizzes, queued in IndexedDB and sent by one sender, and
 * the counts the teacher panel shows. The kiosk store loads this only when an LRS is set, so a
 * kiosk without one, and every other page, loads none of it.
 *
 * Each student at the kiosk is an anonymous account of their own (a random name); each quiz they
 * play (the first, a retry, a new quiz) is a registration of its own. A statement's id and
 * timestamp are set when it is queued, so a retry re-posts the very same statement.
 *
 * The secret stays inside this store: the panel sees `settings`, without it, and a form's empty
 * secret keeps the saved one only for the same key and LRS, never handing it to another server.
 */
export const useKioskLrsStore = defineStore('kiosk-lrs', () => {
  // Damaged settings are set aside under a backup key by localState, and read as none.
  let config: LrsConfig | undefined = localState.read(LRS_SETTINGS, LrsConfigSchema)
  const settings = shallowRef<LrsSettings | undefined>(shown(config))
  const counts = shallowRef<QueueCounts>(NO_COUNTS)
  /** What the sender is doing: sending, waiting to try again (and why), paused. */
  const sending = shallowRef<SenderStatus | undefined>()
  /** A statement this browser could not keep: its storage is full, or switched off. */
  const storageProblem = shallowRef<'full' | 'unavailable' | undefined>()
  const configured = computed(() => settings.value !== undefined)

  let sender: LrsSender | undefined
  let run: Run | undefined
  /** Statements are queued one call after the other, so the queue keeps the order they came in. */
  let queueing: Promise<void> = Promise.resolve()
  let countsAsked = 0

  function shown(saved: LrsConfig | undefined): LrsSettings | undefined {
    return saved && { endpoint: saved.endpoint, key: saved.key, className: saved.className }
  }

  /** Reads the queue's counts; an answer overtaken by a later one is dropped. */
  async function refreshCounts() {
    const asked = ++countsAsked
    const read = await lrsQueue.counts()
    if (asked === countsAsked) counts.value = read
  }

  /** Starts the sender, once; it drains what earlier visits left in the queue. */
  function startSending() {
    if (!config || sender) return
    sender = createLrsSender({ config })
    sending.value = sender.status()
    sender.subscribe((status) => {
      sending.value = status
      void refreshCounts()
    })
    void refreshCounts()
  }

  function queue(statements: XapiStatement[]) {
    queueing = queueing.then(async () => {
      const { result, dropped } = await lrsQueue.enqueue(statements)
      storageProblem.value = result === 'saved' ? undefined : result
      if (result === 'saved' && dropped < statements.length) sender?.wake()
      await refreshCounts()
    })
  }

  /**
   * A quiz starts: a new registration, and a new anonymous account unless the same student goes
   * on (`Retry wrong answers`, `New quiz`). Without settings, nothing is recorded.
   */
  function beginRun(bank: TurnBank, now: number, sameStudent: boolean) {
    run = config && {
      site: siteAddress(),
      session: sameStudent && run ? run.session : newUuid(),
      registration: newUuid(),
      className: config.className,
      language: bank.language,
      bank,
      startedAt: now,
    }
    startSending()
  }

  /** A checked answer: its `answered` statement, timed from when the question appeared. */
  function answered({ question, answer, grade, now, shownAt }: CheckedAnswer) {
    if (!run) return
    queue([
      answeredStatement(run, {
        id: newUuid(),
        at: now,
        question,
        answer,
        grade,
        ms: Math.max(0, now - shownAt),
        plain: plainText,
      }),
    ])
  }

  /** The quiz's last question is done: `completed`, with the score of the whole quiz. */
  function completed(grades: readonly (Grade | undefined)[], now: number) {
    if (!run) return
    const { id, title } = run.bank
    queue([
      completedStatement(run, {
        id: newUuid(),
        at: now,
        bank: { id, title },
        outcome: quizOutcome(grades, undefined),
        ms: Math.max(0, now - run.startedAt),
      }),
    ])
  }

  /** The student left (Next student, or the idle reset): the next one is someone new. */
  function endRun() {
    run = undefined
  }

  /**
   * The panel's form as settings, or each field's problem. An empty secret keeps the saved one,
   * but only for the same key on the same LRS: a secret is never handed to another server.
   */
  function readForm(form: LrsForm) {
    const endpoint = readEndpoint(form.endpoint)
    const keepSecret =
      form.secret === '' &&
      config !== undefined &&
      'endpoint' in endpoint &&
      sameOrigin(endpoint.endpoint, config.endpoint) &&
      form.key.trim() === config.key
    const typed = keepSecret && config ? { ...form, secret: config.secret } : form
    return readLrsForm(typed, ["'self'", ...lrsOrigins], window.location.origin)
  }

  /** Test connection, with the form as typed (saved or not). */
  function testConnection(tried: LrsConfig): Promise<ConnectionVerdict> {
    return testLrsConnection(tried)
  }

  /** Keeps the settings on this device and sends with them from now on. */
  function save(next: LrsConfig): WriteResult {
    const written = localState.write(LRS_SETTINGS, next)
    if (written !== 'saved') return written
    config = next
    settings.value = shown(next)
    if (sender) sender.resume(next)
    else startSending()
    return written
  }

  /** Statements not sent yet, once those being queued are in. */
  async function unsent(): Promise<number> {
    await queueing
    await refreshCounts()
    return counts.value.waiting
  }

  /** `Send now`: tries at once, cutting a wait or a pause short. */
  function sendNow() {
    if (sender) sender.sendNow()
    else startSending()
  }

  /** Forgets the LRS: its settings, and the statements not sent (they can go nowhere now). */
  async function remove(): Promise<WriteResult> {
    sender?.stop()
    sender = undefined
    sending.value = undefined
    run = undefined
    config = undefined
    settings.value = undefined
    localState.remove(LRS_SETTINGS)
    await queueing
    const cleared = await lrsQueue.clear()
    await refreshCounts()
    return cleared
  }

  startSending()

  return {
    /** The LRS origins this build may reach besides its own (FACTLINE_LRS_ORIGINS). */
    allowedOrigins: lrsOrigins,
    settings,
    configured,
    counts,
    sending,
    storageProblem,
    refreshCounts,
    startSending,
    beginRun,
    answered,
    completed,
    endRun,
    readForm,
    testConnection,
    save,
    unsent,
    sendNow,
    remove,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useKioskLrsStore, import.meta.hot))
