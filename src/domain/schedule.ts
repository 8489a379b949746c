import {
  createEmptyCard,
  fsrs,
  generatorParameters,
  Rating,
  StrategyMode,
  type Card,
  type FSRS,
  type Grade,
} from 'ts-fsrs'
import { factKey, type Attempt } from './attempts.ts'
import type { QuestionType } from './bank/index.ts'

/**
 * The review schedule: which facts to bring back, and when. It is derived from the attempt log
 * alone, by replaying every attempt through FSRS (the ts-fsrs scheduler, default parameters,
 * fuzz on). Nothing here reads the clock or an unseeded random source, so the same attempts always
 * give the same schedule, on every device.
 */

/** Answers at or below this many seconds count as quick (Easy when fully right). */
const QUICK_SECONDS: Record<QuestionType, number> = {
  single: 8,
  multiple: 8,
  truefalse: 8,
  numeric: 15,
  short: 15,
  match: 15,
  order: 15,
  cloze: 25,
}

/** A fully right answer slower than this many times the quick threshold counts as Hard. */
const SLOW_FACTOR = 4

/**
 * The FSRS rating of one attempt, from its credit, its time and its question type:
 *
 * - credit below 0.5 → Again
 * - credit from 0.5 up to (not including) 1 → Hard
 * - credit 1, slower than 4× the quick threshold → Hard
 * - credit 1, at most the quick threshold → Easy
 * - credit 1 otherwise → Good
 *
 * The quick threshold depends on the question type: 8 s for single, multiple and truefalse;
 * 15 s for numeric, short, match and order; 25 s for cloze. So a truefalse question answered
 * right in 8 s is Easy, in 8.1–32 s Good, and in more than 32 s Hard.
 *
 * The result is a ts-fsrs `Grade`: a `Rating` other than `Rating.Manual`.
 */
export function ratingFor(credit: number, seconds: number, type: QuestionType): Grade {
  if (!(credit >= 0.5)) return Rating.Again
  if (credit < 1) return Rating.Hard
  const quick = QUICK_SECONDS[type]
  if (seconds > SLOW_FACTOR * quick) return Rating.Hard
  if (seconds <= quick) return Rating.Easy
  return Rating.Good
}

/** One fact the learner has met, with its FSRS card after the last attempt on it. */
export interface FactCard {
  /** `bank/fact`, as `factKey` gives it. */
  key: string
  bank: string
  fact: string
  /** The ts-fsrs card: `due`, `stability`, `difficulty`, `state`, `last_review`… */
  card: Card
  /** How many attempts were replayed into the card. */
  reviews: number
  /** When the last of those attempts was checked (ms since 1970). */
  lastAttemptAt: number
}

/** Attempts in the order they happened: by `at`, ties by `id` (code-unit order, not locale). */
function byTime(a: Attempt, b: Attempt): number {
  if (a.at !== b.at) return a.at - b.at
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/**
 * A ts-fsrs scheduler with default parameters and fuzz on, whose fuzz seed is whatever text the
 * caller last put in `seed.text`. ts-fsrs asks its seed strategy for a seed once per review (when
 * `next` builds its scheduler) and feeds it to its own Alea generator, so setting the text right
 * before each synchronous `next` call seeds exactly that review.
 */
function seededScheduler(): { scheduler: FSRS; seed: { text: string } } {
  const seed = { text: '' }
  const scheduler = fsrs(generatorParameters({ enable_fuzz: true })).useStrategy(
    StrategyMode.SEED,
    () => seed.text,
  )
  return { scheduler, seed }
}

/**
 * Replays the attempts through FSRS and gives one card per fact the learner has met, keyed by
 * `factKey(bank, fact)`, in the order the facts were first met.
 *
 * - Attempts are replayed in time order (`at`, ties by `id`), whatever the input order.
 * - Attempts given in the kiosk are ignored: a shared device is no one's memory.
 * - An attempt reviews every fact it tests (each once, even if listed twice), with the rating
 *   `ratingFor` gives it. Every attempt counts, even several in the same minute: FSRS's
 *   (re)learning steps handle short intervals.
 * - Fuzz (the small random spread ts-fsrs adds to intervals of 2.5 days or more, so that cards
 *   learnt together do not stay together) is seeded with the text `<fact key>|<attempt id>`, so
 *   a review's spread depends only on which fact and which attempt it is.
 */
export function scheduleFacts(attempts: readonly Attempt[]): Map<string, FactCard> {
  const { scheduler, seed } = seededScheduler()
  const cards = new Map<string, FactCard>()
  const replay = attempts.filter((attempt) => attempt.context !== 'kiosk').sort(byTime)
  for (const attempt of replay) {
    const grade = ratingFor(attempt.credit, attempt.seconds, attempt.type)
    for (const fact of new Set(attempt.facts)) {
      const key = factKey(attempt.bank, fact)
      const known = cards.get(key)
      // Always a Date, never a bare number: ts-fsrs reads a falsy time (at = 0) as "now".
      const card = known?.card ?? createEmptyCard<Card>(new Date(attempt.at))
      seed.text = `${key}|${attempt.id}`
      const next = scheduler.next(card, new Date(attempt.at), grade).card
      cards.set(key, {
        key,
        bank: attempt.bank,
        fact,
        card: next,
        reviews: (known?.reviews ?? 0) + 1,
        lastAttemptAt: attempt.at,
      })
    }
  }
  return cards
}

const dueTime = (card: FactCard) => card.card.due.getTime()

/** The facts due at `now` (`card.due <= now`), most overdue first; ties by key. */
export function dueFacts(cards: ReadonlyMap<string, FactCard>, now: number): FactCard[] {
  return [...cards.values()]
    .filter((card) => dueTime(card) <= now)
    .sort((a, b) => dueTime(a) - dueTime(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}

/** The earliest due time after `now` among the cards not yet due, or undefined if none. */
export function nextDueAt(cards: ReadonlyMap<string, FactCard>, now: number): number | undefined {
  let earliest: number | undefined
  for (const card of cards.values()) {
    const due = dueTime(card)
    if (due > now && (earliest === undefined || due < earliest)) earliest = due
  }
  return earliest
}

/** Default parameters: the forgetting curve does not depend on fuzz or its seed. */
const curve = fsrs()

/**
 * The probability (0–1) that the learner still recalls the fact at `now`, from the FSRS
 * forgetting curve of its card; 0 for a fact never met. As in ts-fsrs, time since the last review
 * counts in whole days (rounded down), so it stays at 1 for the first 24 hours after a review
 * and steps down day by day; a `now` before the last review counts as no time at all.
 */
export function retrievability(card: FactCard | undefined, now: number): number {
  if (!card) return 0
  // Always a Date: ts-fsrs reads a falsy time (now = 0) as the wall clock.
  return curve.get_retrievability(card.card, new Date(now), false)
}
