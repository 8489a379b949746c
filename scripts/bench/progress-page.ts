// Runs in Chromium, served by Vite, driven by scripts/bench/progress.ts: the real persistence
// module and derivations over a generated record.
import type { Attempt } from '../../src/domain/attempts.ts'
import { base64url } from '../../src/domain/base64url.ts'
import {
  dailyActivity,
  statsOf,
  streak,
  totalSeconds,
  weakestFacts,
} from '../../src/domain/progress.ts'
import {
  extendSchedule,
  fromSnapshot,
  ScheduleSnapshotSchema,
  toSnapshot,
} from '../../src/domain/schedule.ts'
import { appendAttempt, loadAttempts, rewriteAttempts } from '../../src/persistence/attempts.ts'

const LEARNER = 'bench'
const types = ['single', 'truefalse', 'numeric', 'short'] as const

/** A learner's year: 100,000 answers over 85 questions and 37 facts, most of them right. */
function attempt(i: number, at: number): Attempt {
  // A question always has the same type and facts, as in a real bank.
  const q = (i * 7) % 85
  const type = types[q % types.length]!
  const answers: Attempt['answer'][] = [
    { type: 'single', choice: `Option ${i % 4}` },
    { type: 'truefalse', choice: i % 5 !== 0 },
    { type: 'numeric', text: String(28000 + (i % 40) * 500) },
    { type: 'short', text: `term ${i % 9}` },
  ]
  const answer = answers[q % types.length]!
  return {
    id: base64url(crypto.getRandomValues(new Uint8Array(16))),
    at,
    bank: 'korea-2018',
    question: `question-${q}`,
    facts: [`fact-${q % 37}`],
    type,
    answer,
    credit: i % 4 === 0 ? 0 : 1,
    seconds: 3 + (i % 20),
    context: (['quiz', 'lesson', 'review'] as const)[i % 3]!,
  }
}

const bench = {
  async seed(count: number) {
    const start = Date.UTC(2025, 0, 1)
    const list = Array.from({ length: count }, (_, i) => attempt(i, start + i * 300_000))
    const saved = await rewriteAttempts(LEARNER, () => list)
    return saved.result
  },
  async load() {
    const start = performance.now()
    const { attempts } = await loadAttempts(LEARNER)
    return { ms: performance.now() - start, count: attempts.length }
  },
  /** Main-thread time of one save: the synchronous part, and the whole write until committed. */
  async save(i: number) {
    const next = attempt(i, Date.UTC(2026, 0, 1) + i * 1000)
    const start = performance.now()
    const writing = appendAttempt(LEARNER, next)
    const sync = performance.now() - start
    const result = await writing
    return { sync, committed: performance.now() - start, result }
  },
  /** The review schedule: replayed in full, and continued by one answer from a saved snapshot. */
  async schedule() {
    const { attempts } = await loadAttempts(LEARNER)
    let start = performance.now()
    const full = extendSchedule(undefined, attempts)
    const replay = performance.now() - start
    const snapshot = JSON.parse(JSON.stringify(toSnapshot(full)))
    const next = [...attempts, attempt(attempts.length, Date.UTC(2027, 0, 1))]
    start = performance.now()
    const restored = fromSnapshot(ScheduleSnapshotSchema.parse(snapshot))
    const extended = extendSchedule(restored, next)
    const oneMore = performance.now() - start
    return { replay, oneMore, cards: extended.cards.size }
  },
  /** What the progress page derives from the whole record. */
  async dashboard() {
    const { attempts } = await loadAttempts(LEARNER)
    const now = Date.UTC(2026, 6, 1)
    const start = performance.now()
    statsOf(attempts)
    dailyActivity(attempts, now, 0)
    streak(attempts, now, 0)
    totalSeconds(attempts)
    weakestFacts(attempts, 5)
    return { ms: performance.now() - start }
  },
}

Object.assign(window, { bench })
