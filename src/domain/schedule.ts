import {
  createEmptyCard,
  fsrs,
  generatorParameters,
  Rating,
  State,
  StrategyMode,
  type Card,
  type FSRS,
  type Grade,
} from 'ts-fsrs'
import { z } from 'zod/mini'
import { byTime, factKey, type Attempt } from './attempts.ts'
import { schemaOnFirstUse } from './schema-on-first-use.ts'
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
  return extendSchedule(undefined, [...attempts].sort(byTime)).cards
}

/**
 * The schedule after a number of attempts of a record: the cards, and where the replay stopped,
 * so that the next answer costs one review, not a replay of the whole record (about 8 µs an
 * attempt: a second for 100,000, see npm run bench).
 */
export interface Schedule {
  cards: Map<string, FactCard>
  /** How many attempts of the record, from its start, were replayed. */
  replayed: number
  /** The id of the last attempt replayed: the record must still hold it at that place. */
  lastId?: string
}

/**
 * The schedule of a record sorted by time (as the store keeps it). It continues `from` when the
 * record still starts with what `from` replayed (answers were added at the end); otherwise (an
 * import of older answers, a reset) it replays the record from the start. Same result either way.
 */
export function extendSchedule(from: Schedule | undefined, sorted: readonly Attempt[]): Schedule {
  const continues =
    from !== undefined &&
    from.replayed <= sorted.length &&
    (from.replayed === 0 ? true : sorted[from.replayed - 1]?.id === from.lastId)
  if (continues && from.replayed === sorted.length) return from
  const cards = continues ? new Map(from.cards) : new Map<string, FactCard>()
  const start = continues ? from.replayed : 0
  const { scheduler, seed } = seededScheduler()
  for (let i = start; i < sorted.length; i++) {
    const attempt = sorted[i]!
    if (attempt.context === 'kiosk') continue
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
  return { cards, replayed: sorted.length, lastId: sorted.at(-1)?.id }
}

/** A schedule as stored between visits, so a page needs no replay to show what is due. */
export const ScheduleSnapshotSchema = schemaOnFirstUse(() => {
  const Time = z.int().check(z.nonnegative())
  return z.object({
    v: z.literal(1),
    replayed: z.int().check(z.nonnegative()),
    lastId: z.optional(z.string()),
    cards: z.array(
      z.object({
        key: z.string(),
        bank: z.string(),
        fact: z.string(),
        reviews: z.int().check(z.positive()),
        lastAttemptAt: Time,
        card: z.object({
          due: Time,
          stability: z.number(),
          difficulty: z.number(),
          elapsed_days: z.number(),
          scheduled_days: z.number(),
          learning_steps: z.number(),
          reps: z.int().check(z.nonnegative()),
          lapses: z.int().check(z.nonnegative()),
          state: z.enum(State),
          last_review: z.optional(Time),
        }),
      }),
    ),
  })
})
export type ScheduleSnapshot = z.infer<typeof ScheduleSnapshotSchema>

export function toSnapshot(schedule: Schedule): ScheduleSnapshot {
  return {
    v: 1,
    replayed: schedule.replayed,
    ...(schedule.lastId === undefined ? {} : { lastId: schedule.lastId }),
    cards: [...schedule.cards.values()].map(({ card, ...rest }) => ({
      ...rest,
      card: {
        ...card,
        due: card.due.getTime(),
        last_review: card.last_review?.getTime(),
      },
    })),
  }
}

export function fromSnapshot(snapshot: ScheduleSnapshot): Schedule {
  const cards = new Map<string, FactCard>()
  for (const { card, ...rest } of snapshot.cards) {
    cards.set(rest.key, {
      ...rest,
      card: {
        ...card,
        due: new Date(card.due),
        last_review: card.last_review === undefined ? undefined : new Date(card.last_review),
      },
    })
  }
  return { cards, replayed: snapshot.replayed, lastId: snapshot.lastId }
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
