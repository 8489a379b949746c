import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { Bank } from '@/domain/bank'
import { answerText, rightAnswerText } from '@/domain/grading'
import {
  addSession,
  afterRightPin,
  afterWrongPin,
  appealLatestAnswer,
  clampLockout,
  DEFAULT_IDLE_SECONDS,
  emptyTally,
  hashPin,
  isLocked,
  kioskScreen,
  KioskConfigSchema,
  LockoutSchema,
  MAX_WRONG,
  NO_LOCKOUT,
  nextStudent,
  resultsCsv,
  SALT_BYTES,
  secondsLocked,
  StoredTallySchema,
  tallyOf,
  topicTitles,
  upgradeTally,
  verifyPin,
  type KioskConfig,
  type KioskPhase,
  type KioskQuery,
  type KioskSession,
  type Lockout,
} from '@/domain/kiosk'
import { composeQuiz } from '@/domain/quiz'
import { DEFAULT_QUIZ_LENGTH } from '@/domain/quiz-url'
import { interfaceLanguage } from '@/i18n'
import { isLanguage, type Language } from '@/i18n/languages'
import { localState, type WriteResult } from '@/persistence'
import { kioskIsActive, setKioskActive } from '@/persistence/kiosk-lock'
import { useBanksStore } from './banks'
import { newId, newSeed } from './ids'
import type { useKioskLrsStore } from './kiosk-lrs'
import { deviceLanguage, showLanguage } from './language'
import { useRun } from './run'

const CONFIG = 'kiosk:config'
const LOCKOUT = 'kiosk:lockout'
const TALLY = 'kiosk:tally'
/**
 * The LRS's settings, kept by src/stores/kiosk-lrs.ts under the same key: their presence alone
 * says whether to load it. Written out here, as importing it would load that store.
 */
export const LRS_SETTINGS = 'kiosk:lrs'

type KioskLrs = ReturnType<typeof useKioskLrsStore>
let lrsModule: Promise<typeof import('./kiosk-lrs')> | undefined

export type UnlockResult = { ok: true } | { ok: false; wrong: boolean; secondsLocked: number }
export type KioskSettings = Pick<KioskConfig, 'bank' | 'n' | 'topics' | 'idle'>

/**
 * The classroom kiosk: its settings and teacher PIN, the anonymous class tally, and the one student
 * at the kiosk now. A student's answers live only in memory and in the anonymous tally: never in
 * a learner's record, never in the URL or the history, and gone when the next student starts.
 */
export const useKioskStore = defineStore('kiosk', () => {
  /**
   * Hands the LRS's store to `use` when the teacher has set an LRS; undefined without one. Its
   * code (xAPI, the queue, the sender) loads only then: a kiosk without an LRS never fetches it.
   * Calls share one import, so they reach the store in the order they were made.
   */
  function withLrs<T>(use: (lrs: KioskLrs) => T | Promise<T>): Promise<T | undefined> {
    if (!hasLrs()) return Promise.resolve(undefined)
    lrsModule ??= import('./kiosk-lrs')
    return lrsModule.then(({ useKioskLrsStore }) => use(useKioskLrsStore()))
  }

  const config = ref<KioskConfig | undefined>(localState.read(CONFIG, KioskConfigSchema))
  const active = ref(kioskIsActive())
  const lockout = ref<Lockout>(localState.read(LOCKOUT, LockoutSchema) ?? NO_LOCKOUT)
  const stored = localState.read(TALLY, StoredTallySchema)
  const tally = shallowRef(stored ? upgradeTally(stored) : emptyTally())
  const bank = shallowRef<Bank | undefined>()
  /** The configured bank is gone from the site: a teacher must choose another. */
  const bankMissing = ref(false)
  const unlocked = ref(false)

  // The student at the kiosk now: memory only.
  let session: KioskSession | undefined
  const run = useRun({
    onCheck({ question, answer, grade, now, shownAt }) {
      if (!session) return undefined
      void withLrs((lrs) => lrs.answered({ question, answer, grade, now, shownAt }))
      // Into the anonymous tally at once: a student who walks away still counts.
      keep({
        ...session,
        answers: [
          ...session.answers,
          {
            key: question.key,
            prompt: question.prompt,
            type: question.type,
            answer: answerText(question, answer),
            right: rightAnswerText(question),
            credit: grade.credit,
            seconds: Math.max(0, (now - shownAt) / 1000),
            appealed: false,
          },
        ],
      })
      // Kept in this student's session, where an appeal marks it.
      return session.id
    },
    // The student's "my answer should count": marked on their answer for the teacher's CSV.
    onAppeal: () => session && keep(appealLatestAnswer(session)),
    onFinish(now) {
      if (!session) return
      keep({ ...session, finishedAt: now })
      const grades = [...run.grades.value]
      void withLrs((lrs) => lrs.completed(grades, now))
    },
  })
  const phase = computed<KioskPhase>(() => {
    if (!config.value) return 'setup'
    if (run.questions.value.length === 0) return 'attract'
    return run.finished.value ? 'results' : 'quiz'
  })
  /** What the kiosk page shows now. */
  const screen = computed(() =>
    kioskScreen(phase.value, unlocked.value, !bankMissing.value && bank.value !== undefined),
  )
  /** Students can't leave the kiosk; an unlocked teacher can. */
  const locked = computed(() => active.value && !unlocked.value)
  /** A student is at the kiosk: on a question or on their results. */
  const studentActive = computed(() => phase.value === 'quiz' || phase.value === 'results')
  /** The attract screen's topics, by title. */
  const topicNames = computed(() => topicTitles(config.value?.topics ?? [], bank.value?.topics))

  /** The language the teacher chose for the kiosk; undefined follows the device's. */
  const language = computed<Language | undefined>(() => {
    const chosen = config.value?.language
    return isLanguage(chosen) ? chosen : undefined
  })
  /** What every student finds on the attract screen; a student's own choice lasts their turn. */
  const kioskLanguage = computed(() => language.value ?? deviceLanguage())
  /**
   * Someone who may walk away: a student, a teacher with the panel open, or a student who chose
   * their language on the attract screen and left it there.
   */
  const inUse = computed(
    () =>
      studentActive.value ||
      unlocked.value ||
      (phase.value === 'attract' && interfaceLanguage() !== kioskLanguage.value),
  )

  const classTally = computed(() => tallyOf(tally.value.sessions))
  const idleSeconds = computed(() => config.value?.idle ?? DEFAULT_IDLE_SECONDS)
  /** Wrong PINs still allowed before the 60-second wait (kept across reloads). */
  const triesLeft = computed(() => MAX_WRONG - lockout.value.wrong)

  function saveTally() {
    localState.write(TALLY, tally.value)
  }

  /** Loads the configured bank; false when it no longer exists. */
  async function loadConfiguredBank(): Promise<boolean> {
    if (!config.value) return false
    if (bank.value?.id !== config.value.bank)
      bank.value = await useBanksStore().bank(config.value.bank)
    bankMissing.value = bank.value === undefined
    return !bankMissing.value
  }

  /** The kiosk page opened, or reloaded: a kiosk set up locks again and loads its bank. */
  function resume() {
    if (!config.value) return
    lock()
    void showLanguage(kioskLanguage.value)
    void loadConfiguredBank()
    // What earlier visits left unsent goes out now, before any student.
    void withLrs((lrs) => lrs.startSending())
  }

  /**
   * Sets the kiosk up from the link's settings and the teacher's new PIN, and locks it. It keeps
   * the language it was set up in.
   */
  async function setUp(
    pin: string,
    query: KioskQuery,
    fallbackBank: string,
    chosen: Language = interfaceLanguage(),
  ) {
    const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES))
    config.value = {
      bank: query.bank ?? fallbackBank,
      n: query.n ?? DEFAULT_QUIZ_LENGTH,
      topics: query.topics ?? [],
      idle: query.idle ?? DEFAULT_IDLE_SECONDS,
      pin: await hashPin(pin, crypto.subtle, salt),
      language: chosen,
    }
    localState.write(CONFIG, config.value)
    lock()
    await loadConfiguredBank()
  }

  /** Locks the device in kiosk mode (the router then keeps every URL on /kiosk). */
  function lock() {
    active.value = true
    unlocked.value = false
    setKioskActive(true)
  }

  function startStudent(now = Date.now(), sameStudent = false) {
    const settings = config.value
    if (!bank.value || !settings) return
    session = {
      id: newId(),
      student: nextStudent(tally.value),
      bank: bank.value.id,
      startedAt: now,
      finishedAt: null,
      answers: [],
    }
    const questions = composeQuiz([bank.value], {
      n: settings.n,
      seed: newSeed(),
      ...(settings.topics.length ? { topics: settings.topics } : {}),
    })
    run.start(questions, now)
    beginLrsRun(bank.value, now, sameStudent)
  }

  /** Each quiz played is an attempt of its own at the LRS; `sameStudent` keeps the student's account. */
  function beginLrsRun(played: Bank, now: number, sameStudent: boolean) {
    const { id, title, language } = played
    void withLrs((lrs) => lrs.beginRun({ id, title, language }, now, sameStudent))
  }

  /** The student's session as it is now, into the anonymous tally. */
  function keep(changed: KioskSession) {
    session = changed
    tally.value = addSession(tally.value, changed)
    saveTally()
  }

  /** The same student again, on the questions they got wrong. */
  function retryWrong(now = Date.now()) {
    const wrong = run.wrongQuestions.value
    if (wrong.length === 0) return
    run.start(wrong, now)
    if (bank.value) beginLrsRun(bank.value, now, true)
  }

  /** The same student, a new set of questions. */
  function newQuiz(now = Date.now()) {
    const student = session
    startStudent(now, student !== undefined)
    if (student && session) session = { ...session, student: student.student }
  }

  /** Forgets everything of the student at the kiosk. */
  function forgetStudent() {
    session = undefined
    run.start([], 0)
    void withLrs((lrs) => lrs.endRun())
  }

  /** Next student, or the idle reset: nothing of the student is left, their language neither. */
  function endStudent() {
    forgetStudent()
    void showLanguage(kioskLanguage.value)
  }

  /** No answer to the idle check: the next student finds the attract screen, and no open panel. */
  function startOver() {
    endStudent()
    if (unlocked.value) lock()
  }

  /** Checks the teacher's PIN, counting wrong ones towards the lockout (kept across reloads). */
  async function unlock(pin: string, now = Date.now()): Promise<UnlockResult> {
    const settings = config.value
    // A clock set back must not stretch the wait: the shortened lock is kept at once.
    lockout.value = clampLockout(lockout.value, now)
    localState.write(LOCKOUT, lockout.value)
    if (!settings || isLocked(lockout.value, now))
      return { ok: false, wrong: false, secondsLocked: secondsLocked(lockout.value, now) }
    const right = await verifyPin(pin, settings.pin, crypto.subtle)
    lockout.value = right ? afterRightPin() : afterWrongPin(lockout.value, now)
    localState.write(LOCKOUT, lockout.value)
    if (!right) return { ok: false, wrong: true, secondsLocked: secondsLocked(lockout.value, now) }
    unlocked.value = true
    // The panel speaks the kiosk's language, whatever the student at it chose.
    void showLanguage(kioskLanguage.value)
    return { ok: true }
  }

  function lockedFor(now = Date.now()): number {
    return secondsLocked(clampLockout(lockout.value, now), now)
  }

  /** The teacher's changes; the PIN stays. Values the kiosk can't run with change nothing. */
  async function updateSettings(settings: KioskSettings): Promise<boolean> {
    if (!config.value) return false
    const next = KioskConfigSchema.safeParse({ ...config.value, ...settings })
    if (!next.success) return false
    config.value = next.data
    localState.write(CONFIG, config.value)
    await loadConfiguredBank()
    return true
  }

  /** The teacher's language for the whole kiosk: shown at once, and kept for every reload. */
  function setLanguage(code: Language): WriteResult {
    if (!config.value) return 'unavailable'
    config.value = { ...config.value, language: code }
    void showLanguage(code)
    return localState.write(CONFIG, config.value)
  }

  function resultsFile(): string {
    return resultsCsv(tally.value.sessions)
  }

  /** Starts a new class: the tally is emptied (export it first). */
  function clearTally() {
    tally.value = emptyTally()
    saveTally()
  }

  /** Leaves kiosk mode; the settings and PIN stay for the next time. */
  function exit() {
    forgetStudent()
    active.value = false
    unlocked.value = false
    setKioskActive(false)
    // Out of kiosk mode, the device speaks its own language again.
    void showLanguage(deviceLanguage())
  }

  /** Whether the teacher has set an LRS (its code is not loaded for this). */
  function hasLrs(): boolean {
    return localState.has(LRS_SETTINGS)
  }

  /** Statements not sent to the LRS yet; undefined when no LRS is set. */
  function lrsUnsent(): Promise<number | undefined> {
    return withLrs((lrs) => lrs.unsent())
  }

  /**
   * Removes the kiosk from this device: settings, PIN and tally, and the LRS's settings with the
   * statements not sent yet. All but the last are gone when this returns; the promise is the last.
   */
  async function forget() {
    exit()
    config.value = undefined
    tally.value = emptyTally()
    for (const key of [CONFIG, LOCKOUT, TALLY]) localState.remove(key)
    lockout.value = NO_LOCKOUT
    await withLrs((lrs) => lrs.remove())
  }

  return {
    config,
    active,
    bank,
    bankMissing,
    phase,
    screen,
    unlocked,
    locked,
    studentActive,
    inUse,
    language,
    kioskLanguage,
    topicNames,
    ...run,
    classTally,
    idleSeconds,
    triesLeft,
    loadConfiguredBank,
    resume,
    setUp,
    lock,
    startStudent,
    retryWrong,
    newQuiz,
    endStudent,
    startOver,
    unlock,
    lockedFor,
    updateSettings,
    setLanguage,
    resultsFile,
    clearTally,
    exit,
    hasLrs,
    lrsUnsent,
    forget,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useKioskStore, import.meta.hot))
