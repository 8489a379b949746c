import { byTime, factKey, type Attempt } from './attempts.ts'
import type { Bank } from './bank/index.ts'

/**
 * Everything the dashboard shows, derived from the attempts of the learning record.
 *
 * Kiosk attempts are answers given on a shared device and are not the learner's progress:
 * every function here leaves them out. Days are the learner's local days: `now` and
 * `timeZoneOffsetMinutes` (as `Date#getTimezoneOffset()` returns it: minutes to add to local
 * time to get UTC, so −120 in UTC+2) come in as arguments. The one offset is applied to every
 * attempt, so an answer given before a daylight-saving change may shift by an hour.
 */

export interface Stats {
  answers: number
  /** Answers with full credit. */
  correct: number
  /** Mean credit, 0 to 1; 0 when there are no answers. */
  accuracy: number
  seconds: number
}

export interface TopicProgress {
  /** The topic id, or `OTHER_TOPIC` for answers the bank can no longer place. */
  topic: string
  title: string
  /** Facts of the topic with at least one answer. */
  factsMet: number
  factsTotal: number
  stats: Stats
}

export interface WeakFact {
  /** `bank/fact`, as `factKey` makes it. */
  key: string
  bank: string
  fact: string
  /** Mean credit of the last `RECENT_ATTEMPTS` answers. */
  accuracy: number
  /** All answers on the fact. */
  attempts: number
}

export interface DayActivity {
  /** The local day, YYYY-MM-DD. */
  day: string
  answers: number
  /** Mean credit, 0 to 1; 0 on a day without answers. */
  accuracy: number
}

/** The bucket for answers whose facts and question the bank no longer knows. */
export const OTHER_TOPIC = 'other'
export const OTHER_TOPIC_TITLE = 'Other'

/** How many of a fact's latest answers its accuracy in `weakestFacts` is taken over. */
export const RECENT_ATTEMPTS = 5

const DAY_MS = 86_400_000
const MINUTE_MS = 60_000

const counted = (attempts: readonly Attempt[]) => attempts.filter((a) => a.context !== 'kiosk')

/** Answers, full-credit answers, mean credit and time; kiosk attempts left out. */
export function statsOf(attempts: readonly Attempt[]): Stats {
  return sum(counted(attempts))
}

function sum(attempts: readonly Attempt[]): Stats {
  let correct = 0
  let credit = 0
  let seconds = 0
  for (const a of attempts) {
    if (a.credit === 1) correct++
    credit += a.credit
    seconds += a.seconds
  }
  const answers = attempts.length
  return { answers, correct, accuracy: answers ? credit / answers : 0, seconds }
}

/**
 * Progress in each topic of `bank`, in the bank's order, topics without answers included.
 * An attempt counts in the topic of each fact it tests that the bank knows (once per topic);
 * an attempt with no known fact counts in its question's topic, or, when the bank no longer
 * has the question either, in a last `OTHER_TOPIC` row (present only when it has answers).
 * Only facts of the bank count as met. Attempts on other banks are ignored.
 */
export function progressByTopic(bank: Bank, attempts: readonly Attempt[]): TopicProgress[] {
  const topicOfFact = new Map(bank.facts.map((f) => [f.id, f.topic]))
  const topicOfQuestion = new Map(bank.questions.map((q) => [q.id, q.topic]))
  const hasTopic = new Set(bank.topics.map((t) => t.id))

  const byTopic = new Map<string, Attempt[]>()
  const met = new Map<string, Set<string>>()
  for (const attempt of counted(attempts)) {
    if (attempt.bank !== bank.id) continue
    const topics = new Set<string>()
    for (const fact of attempt.facts) {
      const topic = topicOfFact.get(fact)
      if (topic === undefined) continue
      topics.add(topic)
      getOrSet(met, topic, () => new Set()).add(fact)
    }
    if (topics.size === 0) {
      const topic = topicOfQuestion.get(attempt.question)
      topics.add(topic !== undefined && hasTopic.has(topic) ? topic : OTHER_TOPIC)
    }
    for (const topic of topics) getOrSet(byTopic, topic, () => []).push(attempt)
  }

  const rows: TopicProgress[] = bank.topics.map((t) => ({
    topic: t.id,
    title: t.title,
    factsMet: met.get(t.id)?.size ?? 0,
    factsTotal: bank.facts.filter((f) => f.topic === t.id).length,
    stats: sum(byTopic.get(t.id) ?? []),
  }))
  const other = byTopic.get(OTHER_TOPIC)
  // A bank with a topic called "other" takes these answers into it.
  if (other && !hasTopic.has(OTHER_TOPIC)) {
    rows.push({
      topic: OTHER_TOPIC,
      title: OTHER_TOPIC_TITLE,
      factsMet: 0,
      factsTotal: 0,
      stats: sum(other),
    })
  }
  return rows
}

/**
 * The bank as a whole: facts met, facts in the bank and the stats of its attempts, each
 * attempt once (topic rows can count an attempt on facts of two topics in both).
 */
export function progressOfBank(
  bank: Bank,
  attempts: readonly Attempt[],
): { factsMet: number; factsTotal: number; stats: Stats } {
  const own = counted(attempts).filter((a) => a.bank === bank.id)
  const known = new Set(bank.facts.map((f) => f.id))
  const met = new Set(own.flatMap((a) => a.facts.filter((f) => known.has(f))))
  return { factsMet: met.size, factsTotal: known.size, stats: sum(own) }
}

/**
 * Every fact answered at least once, with the mean credit of its last `RECENT_ATTEMPTS`
 * answers: weakest first; on equal accuracy, fewer answers first, then by key. At most `limit`.
 */
export function weakestFacts(attempts: readonly Attempt[], limit: number): WeakFact[] {
  const byFact = new Map<string, { bank: string; fact: string; attempts: Attempt[] }>()
  for (const attempt of counted(attempts)) {
    for (const fact of new Set(attempt.facts)) {
      const key = factKey(attempt.bank, fact)
      getOrSet(byFact, key, () => ({ bank: attempt.bank, fact, attempts: [] })).attempts.push(
        attempt,
      )
    }
  }
  const facts = [...byFact].map(([key, { bank, fact, attempts: list }]): WeakFact => {
    const recent = [...list].sort(byTime).slice(-RECENT_ATTEMPTS)
    const accuracy = recent.reduce((total, a) => total + a.credit, 0) / recent.length
    return { key, bank, fact, accuracy, attempts: list.length }
  })
  // Rounded for comparing, so that sums in another order do not split equal accuracies.
  const level = (accuracy: number) => Math.round(accuracy * 1e9)
  facts.sort(
    (a, b) =>
      level(a.accuracy) - level(b.accuracy) ||
      a.attempts - b.attempts ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  )
  return facts.slice(0, Math.max(0, Math.floor(limit)))
}

/**
 * The last `days` local days ending today, oldest first, days without answers included.
 * Attempts later than `now` (a device clock ahead) fall outside and are not counted.
 */
export function dailyActivity(
  attempts: readonly Attempt[],
  now: number,
  timeZoneOffsetMinutes: number,
  days = 30,
): DayActivity[] {
  const count = Math.max(0, Math.floor(days))
  const today = localDay(now, timeZoneOffsetMinutes)
  const first = today - count + 1
  const perDay = Array.from({ length: count }, () => ({ answers: 0, credit: 0 }))
  for (const attempt of counted(attempts)) {
    const day = perDay[localDay(attempt.at, timeZoneOffsetMinutes) - first]
    if (!day) continue
    day.answers++
    day.credit += attempt.credit
  }
  return perDay.map(({ answers, credit }, i) => ({
    day: dayString(first + i),
    answers,
    accuracy: answers ? credit / answers : 0,
  }))
}

/**
 * Consecutive local days with at least one answer, ending today, or yesterday when there is
 * no answer yet today: a streak is not lost before the day is over.
 */
export function streak(
  attempts: readonly Attempt[],
  now: number,
  timeZoneOffsetMinutes: number,
): number {
  const active = new Set(counted(attempts).map((a) => localDay(a.at, timeZoneOffsetMinutes)))
  let day = localDay(now, timeZoneOffsetMinutes)
  if (!active.has(day)) day--
  let length = 0
  while (active.has(day)) {
    length++
    day--
  }
  return length
}

/** Seconds spent answering, kiosk attempts left out. */
export function totalSeconds(attempts: readonly Attempt[]): number {
  return counted(attempts).reduce((total, a) => total + a.seconds, 0)
}

/** The number of the local day of `ms`: days since 1970-01-01 in the learner's zone. */
function localDay(ms: number, timeZoneOffsetMinutes: number): number {
  return Math.floor((ms - timeZoneOffsetMinutes * MINUTE_MS) / DAY_MS)
}

function dayString(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

function getOrSet<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key)
  if (value === undefined) {
    value = make()
    map.set(key, value)
  }
  return value
}
