import { afterEach, describe, expect, it, vi } from 'vitest'
import { Rating, State } from 'ts-fsrs'
import { byTime, factKey, type Attempt } from '@/domain/attempts'
import { createRandom, shuffle } from '@/domain/random'
import {
  dueFacts,
  extendSchedule,
  fromSnapshot,
  nextDueAt,
  ratingFor,
  retrievability,
  scheduleFacts,
  ScheduleSnapshotSchema,
  toSnapshot,
  type FactCard,
} from '@/domain/schedule'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
/** Monday 6 January 2025, 09:00 UTC. */
const T0 = Date.UTC(2025, 0, 6, 9)

/** A single-choice attempt on fact `f` of bank `b`, right (credit 1) in 10 s: rated Good. */
function attempt(over: Partial<Attempt> & Pick<Attempt, 'id' | 'at'>): Attempt {
  return {
    bank: 'b',
    question: 'q1',
    facts: ['f'],
    type: 'single',
    answer: { type: 'single', choice: 'Seoul' },
    credit: 1,
    seconds: 10,
    context: 'quiz',
    ...over,
  }
}

const card = (cards: ReadonlyMap<string, FactCard>, fact = 'f', bank = 'b'): FactCard => {
  const found = cards.get(factKey(bank, fact))
  if (!found) throw new Error(`no card for ${bank}/${fact}`)
  return found
}
const dueOf = (cards: ReadonlyMap<string, FactCard>, fact = 'f') =>
  card(cards, fact).card.due.getTime()

/** Right at T0, right again 10 minutes later: the card graduates to review, due in 2 days. */
const learnt = [attempt({ id: 'a1', at: T0 }), attempt({ id: 'a2', at: T0 + 10 * MINUTE })]

/**
 * Several months of practice on 12 facts in two banks: questions testing one to three facts,
 * every kind of rating, kiosk answers and attempts that share a timestamp.
 */
function history(idPrefix = 'id'): Attempt[] {
  const random = createRandom('schedule-history')
  const types = ['single', 'truefalse', 'numeric', 'cloze', 'order'] as const
  const attempts: Attempt[] = []
  let at = T0
  for (let i = 0; i < 300; i++) {
    at += random.int(4) === 0 ? 0 : random.int(3 * DAY)
    const bank = random.int(3) === 0 ? 'other' : 'b'
    const facts = Array.from({ length: 1 + random.int(3) }, () => `fact-${random.int(8)}`)
    attempts.push(
      attempt({
        id: `${idPrefix}-${i}`,
        at,
        bank,
        facts,
        type: types[random.int(types.length)],
        credit: [0, 0.5, 0.75, 1, 1, 1][random.int(6)],
        seconds: random.int(90),
        context: random.int(10) === 0 ? 'kiosk' : 'quiz',
      }),
    )
  }
  return attempts
}

afterEach(() => {
  vi.useRealTimers()
})

describe('ratingFor', () => {
  it('rates credit below 0.5 Again, however fast or slow', () => {
    for (const seconds of [0, 1, 10, 1000]) {
      expect(ratingFor(0, seconds, 'single')).toBe(Rating.Again)
      expect(ratingFor(0.49, seconds, 'cloze')).toBe(Rating.Again)
    }
  })

  it('rates partial credit from 0.5 up to 1 Hard, however fast or slow', () => {
    for (const seconds of [0, 1, 10, 1000]) {
      expect(ratingFor(0.5, seconds, 'match')).toBe(Rating.Hard)
      expect(ratingFor(0.99, seconds, 'truefalse')).toBe(Rating.Hard)
    }
  })

  it.each([
    ['single', 8],
    ['multiple', 8],
    ['truefalse', 8],
    ['numeric', 15],
    ['short', 15],
    ['match', 15],
    ['order', 15],
    ['cloze', 25],
  ] as const)(
    'rates full credit on %s by time: Easy ≤ %i s, Good, Hard beyond 4×',
    (type, quick) => {
      expect(ratingFor(1, 0, type)).toBe(Rating.Easy)
      expect(ratingFor(1, quick, type)).toBe(Rating.Easy)
      expect(ratingFor(1, quick + 0.01, type)).toBe(Rating.Good)
      expect(ratingFor(1, 4 * quick, type)).toBe(Rating.Good)
      expect(ratingFor(1, 4 * quick + 0.01, type)).toBe(Rating.Hard)
    },
  )

  it('tells the thresholds of the three groups of types apart', () => {
    expect(ratingFor(1, 12, 'multiple')).toBe(Rating.Good)
    expect(ratingFor(1, 12, 'short')).toBe(Rating.Easy)
    expect(ratingFor(1, 20, 'order')).toBe(Rating.Good)
    expect(ratingFor(1, 20, 'cloze')).toBe(Rating.Easy)
    expect(ratingFor(1, 40, 'truefalse')).toBe(Rating.Hard)
    expect(ratingFor(1, 40, 'numeric')).toBe(Rating.Good)
  })
})

describe('scheduleFacts', () => {
  it('gives an empty schedule for no attempts', () => {
    expect(scheduleFacts([])).toEqual(new Map())
  })

  it('keeps one card per fact met, and an attempt updates every fact it tests', () => {
    const cards = scheduleFacts([
      attempt({ id: 'a1', at: T0, facts: ['capital', 'river'] }),
      attempt({ id: 'a2', at: T0 + HOUR, facts: ['river', 'river', 'mountain'] }),
      attempt({ id: 'a3', at: T0 + 2 * HOUR, bank: 'other', facts: ['capital'] }),
      attempt({ id: 'a4', at: T0 + 3 * HOUR, facts: [] }),
    ])
    expect([...cards.keys()]).toEqual(['b/capital', 'b/river', 'b/mountain', 'other/capital'])
    expect(card(cards, 'capital')).toMatchObject({
      key: 'b/capital',
      bank: 'b',
      fact: 'capital',
      reviews: 1,
      lastAttemptAt: T0,
    })
    // Listed twice in one attempt, reviewed once by it.
    expect(card(cards, 'river')).toMatchObject({ reviews: 2, lastAttemptAt: T0 + HOUR })
    expect(card(cards, 'river').card.reps).toBe(2)
    expect(card(cards, 'capital', 'other')).toMatchObject({ bank: 'other', reviews: 1 })
  })

  it('gives the same schedule for the same attempts in any order', () => {
    const attempts = history()
    const schedule = scheduleFacts(attempts)
    expect(schedule.size).toBeGreaterThan(10)
    expect(scheduleFacts(attempts)).toEqual(schedule)
    expect(scheduleFacts(attempts.slice().reverse())).toEqual(schedule)
    for (const seed of ['one', 'two', 'three']) {
      expect(scheduleFacts(shuffle(attempts, createRandom(seed)))).toEqual(schedule)
    }
    // Long enough for fuzz to apply (intervals of 2.5 days or more).
    expect([...schedule.values()].some((c) => c.card.scheduled_days >= 3)).toBe(true)
  })

  it('does not depend on the clock, even for an attempt at time 0', () => {
    const attempts = [attempt({ id: 'zero', at: 0 }), ...history()]
    vi.useFakeTimers()
    vi.setSystemTime(Date.UTC(2024, 5, 1))
    const before = scheduleFacts(attempts)
    vi.setSystemTime(Date.UTC(2031, 11, 31))
    expect(scheduleFacts(attempts)).toEqual(before)
    expect(card(before).card.last_review?.getTime()).toBe(0)
    expect(card(before).card.due.getTime()).toBe(10 * MINUTE)
    // ts-fsrs reads a time of 0 as "now": the schedule must not pass it on as a bare number.
    const atZero = scheduleFacts([attempt({ id: 'zero', at: 0 })])
    expect(retrievability(card(atZero), 0)).toBe(1)
  })

  it('orders attempts with the same time by id', () => {
    const wrong = attempt({ id: 'x', at: T0 + 3 * DAY, credit: 0 })
    const right = attempt({ id: 'y', at: T0 + 3 * DAY, credit: 1 })
    const a = scheduleFacts([...learnt, wrong, right])
    expect(scheduleFacts([right, wrong, ...learnt.slice().reverse()])).toEqual(a)
    // x (wrong) first, then y (right): back in review after a lapse.
    expect(card(a).card).toMatchObject({ lapses: 1, state: State.Review })
    // With the ids the other way round, the wrong answer comes last.
    const swapped = scheduleFacts([...learnt, { ...wrong, id: 'y' }, { ...right, id: 'x' }])
    expect(card(swapped).card).toMatchObject({ lapses: 1, state: State.Relearning })
  })

  it('seeds the fuzz with the fact and the attempt: new ids move due dates, not memory', () => {
    const a = scheduleFacts(history('id'))
    const b = scheduleFacts(history('other-id'))
    expect([...b.keys()]).toEqual([...a.keys()])
    let moved = 0
    for (const [key, fact] of a) {
      const other = b.get(key)
      expect(other?.card.stability).toBe(fact.card.stability)
      expect(other?.card.difficulty).toBe(fact.card.difficulty)
      if (other?.card.due.getTime() !== fact.card.due.getTime()) moved++
    }
    expect(moved).toBeGreaterThan(0)
  })

  it('spreads facts learnt together over several days', () => {
    // Ten facts answered right quickly together, twice, eight days apart.
    const facts = Array.from({ length: 10 }, (_, i) => `fact-${i}`)
    const cards = scheduleFacts([
      attempt({ id: 'first', at: T0, facts, seconds: 3 }),
      attempt({ id: 'second', at: T0 + 8 * DAY, facts, seconds: 3 }),
    ])
    const dues = new Set(facts.map((fact) => dueOf(cards, fact)))
    expect(dues.size).toBeGreaterThan(1)
  })

  it('puts a right answer later than a wrong one, and Easy > Good > Hard > Again', () => {
    const due = (credit: number, seconds: number) =>
      dueOf(scheduleFacts([attempt({ id: 'a', at: T0, credit, seconds })]))
    expect(due(1, 10)).toBeGreaterThan(due(0, 10))
    expect(due(1, 3)).toBeGreaterThan(due(1, 10))
    expect(due(1, 10)).toBeGreaterThan(due(0.5, 10))
    expect(due(0.5, 10)).toBeGreaterThan(due(0.2, 10))
    // The default (re)learning steps of ts-fsrs: Again 1 min, Hard 6 min, Good 10 min.
    expect(due(0, 10)).toBe(T0 + MINUTE)
    expect(due(0.5, 10)).toBe(T0 + 6 * MINUTE)
    expect(due(1, 10)).toBe(T0 + 10 * MINUTE)
    expect(due(1, 3)).toBeGreaterThanOrEqual(T0 + 2 * DAY)
  })

  it('brings a fact back sooner after a wrong answer that follows right ones', () => {
    const later = T0 + 3 * DAY
    const good = scheduleFacts([...learnt, attempt({ id: 'a3', at: later })])
    const again = scheduleFacts([...learnt, attempt({ id: 'a3', at: later, credit: 0 })])
    expect(dueOf(scheduleFacts(learnt))).toBeGreaterThan(T0 + DAY)
    expect(dueOf(good)).toBeGreaterThan(later + 2 * DAY)
    expect(dueOf(again)).toBeLessThan(later + HOUR)
    expect(card(again).card).toMatchObject({ state: State.Relearning, lapses: 1 })
    expect(card(again).card.stability).toBeLessThan(card(good).card.stability)
  })

  it('counts every attempt, even several in the same minute', () => {
    const cards = scheduleFacts([
      attempt({ id: 'a1', at: T0 }),
      attempt({ id: 'a2', at: T0 + 20_000 }),
      attempt({ id: 'a3', at: T0 + 40_000 }),
    ])
    expect(card(cards)).toMatchObject({ reviews: 3, lastAttemptAt: T0 + 40_000 })
  })

  it('ignores kiosk attempts', () => {
    const kiosk = (id: string, at: number, facts: string[], credit = 0) =>
      attempt({ id, at, facts, credit, context: 'kiosk' })
    const withKiosk = scheduleFacts([
      ...learnt,
      kiosk('k1', T0 + DAY, ['f']),
      kiosk('k2', T0 + DAY, ['only-in-kiosk'], 1),
    ])
    expect(withKiosk).toEqual(scheduleFacts(learnt))
    expect(withKiosk.has('b/only-in-kiosk')).toBe(false)
    expect(scheduleFacts([kiosk('k', T0, ['f'])]).size).toBe(0)
  })

  it('replays 100,000 attempts', () => {
    const random = createRandom('large')
    const attempts: Attempt[] = Array.from({ length: 100_000 }, (_, i) =>
      attempt({
        id: `attempt-${i}`,
        at: T0 + i * 7 * MINUTE,
        facts: [`fact-${random.int(1000)}`],
        credit: random.int(4) / 3,
        seconds: random.int(40),
      }),
    )
    const facts = new Set(attempts.map((a) => a.facts[0]))
    const cards = scheduleFacts(attempts)
    expect(cards.size).toBe(facts.size)
    expect([...cards.values()].reduce((sum, c) => sum + c.reviews, 0)).toBe(100_000)
  })
})

describe('dueFacts and nextDueAt', () => {
  it('holds a fact answered right until its due time', () => {
    const cards = scheduleFacts([attempt({ id: 'a', at: T0 })])
    const due = dueOf(cards)
    expect(due).toBe(T0 + 10 * MINUTE)
    expect(dueFacts(cards, T0)).toEqual([])
    expect(dueFacts(cards, T0 + MINUTE)).toEqual([])
    expect(nextDueAt(cards, T0 + MINUTE)).toBe(due)
    expect(dueFacts(cards, due).map((c) => c.key)).toEqual(['b/f'])
    expect(nextDueAt(cards, due)).toBeUndefined()
  })

  it('holds a learnt fact for days, then brings it back', () => {
    const cards = scheduleFacts(learnt)
    const due = dueOf(cards)
    expect(dueFacts(cards, T0 + 11 * MINUTE)).toEqual([])
    expect(dueFacts(cards, T0 + DAY)).toEqual([])
    expect(nextDueAt(cards, T0 + DAY)).toBe(due)
    expect(dueFacts(cards, due + DAY)).toHaveLength(1)
  })

  it('lists the most overdue first and finds the next one to come', () => {
    const cards = scheduleFacts([
      attempt({ id: '1', at: T0, facts: ['good'] }),
      attempt({ id: '2', at: T0, facts: ['easy'], seconds: 2 }),
      attempt({ id: '3', at: T0, facts: ['again'], credit: 0 }),
      attempt({ id: '4', at: T0, facts: ['hard'], credit: 0.6 }),
      attempt({ id: '5', at: T0, facts: ['again-too'], credit: 0.1 }),
    ])
    const keys = (now: number) => dueFacts(cards, now).map((c) => c.fact)
    expect(keys(T0 + 365 * DAY)).toEqual(['again', 'again-too', 'hard', 'good', 'easy'])
    expect(keys(T0 + 8 * MINUTE)).toEqual(['again', 'again-too', 'hard'])
    expect(nextDueAt(cards, T0)).toBe(T0 + MINUTE)
    expect(nextDueAt(cards, T0 + 8 * MINUTE)).toBe(T0 + 10 * MINUTE)
    expect(nextDueAt(cards, T0 + 10 * MINUTE)).toBe(dueOf(cards, 'easy'))
    expect(nextDueAt(cards, T0 + 365 * DAY)).toBeUndefined()
  })

  it('handles an empty schedule', () => {
    expect(dueFacts(new Map(), T0)).toEqual([])
    expect(nextDueAt(new Map(), T0)).toBeUndefined()
  })
})

describe('retrievability', () => {
  it('is 0 for a fact never met', () => {
    expect(retrievability(undefined, T0)).toBe(0)
  })

  it('is about 1 right after a good review and falls over time', () => {
    const fact = card(scheduleFacts(learnt))
    const reviewed = T0 + 10 * MINUTE
    expect(retrievability(fact, reviewed)).toBeGreaterThan(0.99)
    expect(retrievability(fact, reviewed + HOUR)).toBeGreaterThan(0.99)
    const later = [1, 2, 5, 10, 30, 365].map((days) => retrievability(fact, reviewed + days * DAY))
    for (let i = 1; i < later.length; i++) expect(later[i]).toBeLessThan(later[i - 1] as number)
    for (const r of later) expect(r).toBeGreaterThan(0)
    // Scheduled for a 90 % chance of recall (the default requested retention).
    expect(retrievability(fact, dueOf(scheduleFacts(learnt)))).toBeCloseTo(0.9, 1)
  })

  it('falls faster for a fact answered wrong than for one answered right easily', () => {
    const cards = scheduleFacts([
      attempt({ id: '1', at: T0, facts: ['wrong'], credit: 0 }),
      attempt({ id: '2', at: T0, facts: ['easy'], seconds: 2 }),
    ])
    const now = T0 + 3 * DAY
    expect(retrievability(card(cards, 'wrong'), now)).toBeLessThan(
      retrievability(card(cards, 'easy'), now),
    )
  })
})

describe('extendSchedule: the next answer costs one review, not a replay', () => {
  const sorted = history().sort(byTime)

  it('continues a schedule answer by answer to the same cards as a full replay', () => {
    const full = scheduleFacts(sorted)
    let schedule = extendSchedule(undefined, [])
    for (let n = 1; n <= sorted.length; n += 1 + (n % 7)) {
      schedule = extendSchedule(schedule, sorted.slice(0, n))
    }
    schedule = extendSchedule(schedule, sorted)
    expect(schedule.replayed).toBe(sorted.length)
    expect(schedule.cards).toEqual(full)
  })

  it('hands back the same schedule when nothing was added', () => {
    const schedule = extendSchedule(undefined, sorted)
    expect(extendSchedule(schedule, sorted)).toBe(schedule)
  })

  it('replays from the start when the record changed before its end (an import, a reset)', () => {
    const schedule = extendSchedule(undefined, sorted.slice(0, 200))
    const older = attempt({ id: 'imported', at: sorted[10]!.at + 1, facts: ['fact-1'] })
    const changed = [...sorted, older].sort(byTime)
    expect(extendSchedule(schedule, changed).cards).toEqual(scheduleFacts(changed))
    expect(extendSchedule(schedule, []).cards.size).toBe(0)
    expect(extendSchedule(schedule, sorted.slice(0, 100)).cards).toEqual(
      scheduleFacts(sorted.slice(0, 100)),
    )
  })

  it('is kept between visits as a snapshot that gives the same schedule back', () => {
    const schedule = extendSchedule(undefined, sorted.slice(0, 250))
    const stored = JSON.parse(JSON.stringify(toSnapshot(schedule)))
    const snapshot = ScheduleSnapshotSchema.parse(stored)
    const restored = fromSnapshot(snapshot)
    expect(restored.cards).toEqual(schedule.cards)
    expect(extendSchedule(restored, sorted).cards).toEqual(scheduleFacts(sorted))
    expect(ScheduleSnapshotSchema.safeParse({ ...stored, cards: [{ key: 1 }] }).success).toBe(false)
  })
})
