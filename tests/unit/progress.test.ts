import { describe, expect, it } from 'vitest'
import type { Attempt } from '@/domain/attempts'
import type { Bank, Question } from '@/domain/bank'
import {
  dailyActivity,
  OTHER_TOPIC,
  progressByTopic,
  progressOfBank,
  statsOf,
  streak,
  totalSeconds,
  weakestFacts,
} from '@/domain/progress'
import {
  factsToPractise,
  MASTERY_AHEAD_MS,
  masteryByTopic,
  progressTotals,
} from '@/domain/progress-report'
import { retrievability, scheduleFacts } from '@/domain/schedule'

const MINUTE = 60_000
const DAY = 86_400_000

let next = 0
const attempt = (extra: Partial<Attempt> = {}): Attempt => ({
  id: `a${String(++next).padStart(4, '0')}`,
  at: Date.UTC(2024, 2, 10, 12),
  bank: 'korea',
  question: 'q-armistice',
  facts: ['armistice'],
  type: 'truefalse',
  answer: { type: 'truefalse', choice: true },
  credit: 1,
  seconds: 5,
  context: 'quiz',
  ...extra,
})

/**
 * The UTC milliseconds of a local wall-clock time for a learner whose
 * `Date#getTimezoneOffset()` is `offset` (−120 in UTC+2, +300 in UTC−5).
 */
const local = (offset: number, y: number, m: number, d: number, h = 12, min = 0) =>
  Date.UTC(y, m - 1, d, h, min) + offset * MINUTE

const question = (id: string, topic: string, facts: string[]): Question => ({
  id,
  prompt: `Is ${id} true?`,
  type: 'truefalse',
  answer: true,
  topic,
  facts,
  difficulty: 2,
})

const bank: Bank = {
  id: 'korea',
  title: 'Korea',
  language: 'en',
  generate: false,
  topics: [
    { id: 'war', title: 'The war', order: 1 },
    { id: 'people', title: 'People', order: 2 },
    { id: 'places', title: 'Places', order: 3 },
  ],
  facts: [
    { id: 'armistice', topic: 'war', text: 'The armistice was signed in 1953.', paragraph: 1 },
    { id: 'outbreak', topic: 'war', text: 'The war broke out in 1950.', paragraph: 2 },
    { id: 'rhee', topic: 'people', text: 'Syngman Rhee led the South.', paragraph: 3 },
    { id: 'kim', topic: 'people', text: 'Kim Il Sung led the North.', paragraph: 4 },
    { id: 'dmz', topic: 'places', text: 'The DMZ is about 4 km wide.', paragraph: 5 },
  ],
  questions: [
    question('q-armistice', 'war', ['armistice']),
    question('q-leaders', 'war', ['armistice', 'rhee']),
    question('q-general', 'people', []),
  ],
}

describe('statsOf', () => {
  it('counts answers, full-credit answers, mean credit and seconds', () => {
    const attempts = [
      attempt({ credit: 1, seconds: 3 }),
      attempt({ credit: 0.5, seconds: 4.5 }),
      attempt({ credit: 0, seconds: 10 }),
      attempt({ credit: 1, seconds: 2 }),
    ]
    expect(statsOf(attempts)).toEqual({ answers: 4, correct: 2, accuracy: 0.625, seconds: 19.5 })
  })

  it('is all zeros without answers', () => {
    expect(statsOf([])).toEqual({ answers: 0, correct: 0, accuracy: 0, seconds: 0 })
  })

  it('leaves kiosk attempts out', () => {
    const attempts = [attempt({ credit: 1 }), attempt({ credit: 0, context: 'kiosk' })]
    expect(statsOf(attempts)).toEqual({ answers: 1, correct: 1, accuracy: 1, seconds: 5 })
    expect(statsOf([attempt({ context: 'kiosk' })]).answers).toBe(0)
  })
})

describe('progressByTopic', () => {
  const attempts = [
    attempt({ question: 'q-armistice', facts: ['armistice'], credit: 1, seconds: 1 }),
    // Facts of two topics: counts once in each.
    attempt({ question: 'q-leaders', facts: ['armistice', 'rhee'], credit: 0.5, seconds: 2 }),
    // No facts: the question's topic.
    attempt({ question: 'q-general', facts: [], credit: 1, seconds: 4, context: 'lesson' }),
    // A fact the bank no longer has, on a question it still has: the question's topic.
    attempt({ question: 'q-armistice', facts: ['removed'], credit: 0, seconds: 8 }),
    // Neither fact nor question known any more: the other bucket.
    attempt({ question: 'q-removed', facts: ['removed'], credit: 0.25, seconds: 16 }),
    // Left out: a kiosk answer and an answer on another bank.
    attempt({ question: 'q-leaders', facts: ['kim'], context: 'kiosk' }),
    attempt({ bank: 'japan', question: 'q-armistice', facts: ['outbreak'] }),
  ]

  it('gives every topic in order, facts met and stats, then the other bucket', () => {
    expect(progressByTopic(bank, attempts)).toEqual([
      {
        topic: 'war',
        title: 'The war',
        factsMet: 1,
        factsTotal: 2,
        stats: { answers: 3, correct: 1, accuracy: 0.5, seconds: 11 },
      },
      {
        topic: 'people',
        title: 'People',
        factsMet: 1,
        factsTotal: 2,
        stats: { answers: 2, correct: 1, accuracy: 0.75, seconds: 6 },
      },
      {
        topic: 'places',
        title: 'Places',
        factsMet: 0,
        factsTotal: 1,
        stats: { answers: 0, correct: 0, accuracy: 0, seconds: 0 },
      },
      {
        topic: OTHER_TOPIC,
        title: 'Other',
        factsMet: 0,
        factsTotal: 0,
        stats: { answers: 1, correct: 0, accuracy: 0.25, seconds: 16 },
      },
    ])
  })

  it('has no other bucket when every answer has a place, and counts a fact met once', () => {
    const rows = progressByTopic(bank, [
      attempt({ facts: ['armistice'] }),
      attempt({ facts: ['armistice'] }),
      attempt({ facts: ['outbreak'] }),
    ])
    expect(rows.map((r) => r.topic)).toEqual(['war', 'people', 'places'])
    expect(rows[0]).toMatchObject({ factsMet: 2, factsTotal: 2, stats: { answers: 3 } })
  })

  it('shows every topic at zero before the first answer, and when only kiosk answers exist', () => {
    for (const list of [[], [attempt({ context: 'kiosk' })]]) {
      const rows = progressByTopic(bank, list)
      expect(rows).toHaveLength(3)
      expect(rows.every((r) => r.factsMet === 0 && r.stats.answers === 0)).toBe(true)
    }
  })

  it('puts unplaced answers into a topic the bank itself calls "other"', () => {
    const withOther: Bank = {
      ...bank,
      topics: [...bank.topics, { id: 'other', title: 'Odds and ends', order: 4 }],
    }
    const rows = progressByTopic(withOther, [attempt({ question: 'q-removed', facts: [] })])
    expect(rows.map((r) => [r.topic, r.title, r.stats.answers])).toEqual([
      ['war', 'The war', 0],
      ['people', 'People', 0],
      ['places', 'Places', 0],
      ['other', 'Odds and ends', 1],
    ])
  })
})

describe('progressOfBank', () => {
  it('counts each attempt once for the bank as a whole', () => {
    const attempts = [
      attempt({ facts: ['armistice', 'rhee'], credit: 1 }),
      attempt({ facts: ['removed'], credit: 0 }),
      attempt({ facts: ['dmz'], context: 'kiosk' }),
      attempt({ bank: 'japan', facts: ['kim'] }),
    ]
    expect(progressOfBank(bank, attempts)).toEqual({
      factsMet: 2,
      factsTotal: 5,
      stats: { answers: 2, correct: 1, accuracy: 0.5, seconds: 10 },
    })
  })
})

describe('weakestFacts', () => {
  const t = (minutes: number) => Date.UTC(2024, 2, 10) + minutes * MINUTE

  it('orders by accuracy of the last 5 answers, then fewer answers, then key', () => {
    const attempts = [
      // strong: 7 answers, wrong twice long ago, right the last 5 times (given out of order).
      ...[1, 1, 1, 0, 1, 0, 1].map((credit, i) =>
        attempt({ facts: ['strong'], credit, at: t([50, 60, 40, 2, 30, 1, 20][i]!) }),
      ),
      attempt({ facts: ['twice'], credit: 0.5, at: t(3) }),
      attempt({ facts: ['twice'], credit: 0.5, at: t(4) }),
      attempt({ facts: ['once-c'], credit: 0.5 }),
      attempt({ facts: ['once-e'], credit: 0.5 }),
      attempt({ bank: 'japan', facts: ['missed'], credit: 0 }),
      attempt({ facts: ['kiosk-only'], credit: 0, context: 'kiosk' }),
    ]
    expect(weakestFacts(attempts, 10)).toEqual([
      { key: 'japan/missed', bank: 'japan', fact: 'missed', accuracy: 0, attempts: 1 },
      { key: 'korea/once-c', bank: 'korea', fact: 'once-c', accuracy: 0.5, attempts: 1 },
      { key: 'korea/once-e', bank: 'korea', fact: 'once-e', accuracy: 0.5, attempts: 1 },
      { key: 'korea/twice', bank: 'korea', fact: 'twice', accuracy: 0.5, attempts: 2 },
      { key: 'korea/strong', bank: 'korea', fact: 'strong', accuracy: 1, attempts: 7 },
    ])
    expect(weakestFacts(attempts, 2).map((f) => f.fact)).toEqual(['missed', 'once-c'])
    expect(weakestFacts(attempts, 0)).toEqual([])
    expect(weakestFacts([], 5)).toEqual([])
  })

  it('takes the latest answers by time, not by their place in the list', () => {
    const attempts = [0, 0, 0, 0, 0, 1].map((credit, i) =>
      attempt({ facts: ['late'], credit, at: t(i === 5 ? 0 : 10 + i) }),
    )
    // The one right answer is the oldest of 6: outside the last 5.
    expect(weakestFacts(attempts, 1)[0]).toMatchObject({ accuracy: 0, attempts: 6 })
  })

  it('counts an attempt on two facts for both, and a fact listed twice once', () => {
    const attempts = [attempt({ facts: ['a', 'b', 'a'], credit: 0.5 })]
    expect(weakestFacts(attempts, 5).map((f) => [f.key, f.attempts])).toEqual([
      ['korea/a', 1],
      ['korea/b', 1],
    ])
  })

  it('keeps the same fact id in two banks apart', () => {
    const attempts = [
      attempt({ bank: 'korea', facts: ['x'], credit: 1 }),
      attempt({ bank: 'japan', facts: ['x'], credit: 0 }),
    ]
    expect(weakestFacts(attempts, 5).map((f) => f.key)).toEqual(['japan/x', 'korea/x'])
  })

  it('treats equal accuracies summed in another order as equal', () => {
    const attempts = [
      ...[0.1, 0.2, 0.3].map((credit, i) => attempt({ facts: ['a-up'], credit, at: t(i) })),
      ...[0.3, 0.2, 0.1].map((credit, i) => attempt({ facts: ['z-down'], credit, at: t(i) })),
    ]
    expect(weakestFacts(attempts, 5).map((f) => f.fact)).toEqual(['a-up', 'z-down'])
  })
})

describe('dailyActivity', () => {
  it('counts each answer on its local day: 23:30 and 00:30 are two days in UTC+2 and UTC−5', () => {
    for (const offset of [-120, 300]) {
      const now = local(offset, 2024, 3, 10, 15)
      const attempts = [
        attempt({ at: local(offset, 2024, 3, 9, 23, 30), credit: 1 }),
        attempt({ at: local(offset, 2024, 3, 10, 0, 30), credit: 0 }),
      ]
      expect(dailyActivity(attempts, now, offset, 3)).toEqual([
        { day: '2024-03-08', answers: 0, accuracy: 0 },
        { day: '2024-03-09', answers: 1, accuracy: 1 },
        { day: '2024-03-10', answers: 1, accuracy: 0 },
      ])
      // Seen from UTC, both answers fall on one day.
      const utc = dailyActivity(attempts, now, 0, 3)
      expect(utc.filter((d) => d.answers > 0)).toEqual([
        { day: offset < 0 ? '2024-03-09' : '2024-03-10', answers: 2, accuracy: 0.5 },
      ])
    }
  })

  it('ends today at local midnight, not at UTC midnight', () => {
    // 00:30 on 11 March in UTC+2 is still 10 March in UTC.
    const now = local(-120, 2024, 3, 11, 0, 30)
    const days = dailyActivity([attempt({ at: now })], now, -120, 2)
    expect(days).toEqual([
      { day: '2024-03-10', answers: 0, accuracy: 0 },
      { day: '2024-03-11', answers: 1, accuracy: 1 },
    ])
  })

  it('gives 30 days by default, oldest first, zero days included', () => {
    const now = local(0, 2024, 3, 10, 9)
    const attempts = [
      attempt({ at: local(0, 2024, 3, 10, 8), credit: 1 }),
      attempt({ at: local(0, 2024, 3, 10, 7), credit: 0.5 }),
      attempt({ at: local(0, 2024, 2, 20), credit: 0 }),
      attempt({ at: local(0, 2024, 2, 10) }), // the first of the 30 days
      attempt({ at: local(0, 2024, 2, 9) }), // one day too old
      attempt({ at: local(0, 2024, 3, 11) }), // tomorrow: a device clock ahead
      attempt({ at: local(0, 2024, 3, 5), context: 'kiosk' }),
    ]
    const days = dailyActivity(attempts, now, 0)
    expect(days).toHaveLength(30)
    expect(days[0]).toEqual({ day: '2024-02-10', answers: 1, accuracy: 1 })
    expect(days[19]).toEqual({ day: '2024-02-29', answers: 0, accuracy: 0 })
    expect(days[29]).toEqual({ day: '2024-03-10', answers: 2, accuracy: 0.75 })
    expect(days.find((d) => d.day === '2024-02-20')).toEqual({
      day: '2024-02-20',
      answers: 1,
      accuracy: 0,
    })
    expect(days.filter((d) => d.answers === 0)).toHaveLength(27)
    expect(days.reduce((n, d) => n + d.answers, 0)).toBe(4)
  })

  it('gives every day at zero without answers, and nothing for no days', () => {
    const now = local(0, 2024, 1, 2)
    expect(dailyActivity([], now, 0, 3)).toEqual([
      { day: '2023-12-31', answers: 0, accuracy: 0 },
      { day: '2024-01-01', answers: 0, accuracy: 0 },
      { day: '2024-01-02', answers: 0, accuracy: 0 },
    ])
    expect(dailyActivity([attempt({ at: now })], now, 0, 0)).toEqual([])
  })
})

describe('streak', () => {
  const offset = 300
  const now = local(offset, 2024, 3, 10, 18)
  const on = (day: number, hour = 12, extra: Partial<Attempt> = {}) =>
    attempt({ at: local(offset, 2024, 3, day, hour), ...extra })

  it('counts consecutive days ending today', () => {
    expect(streak([on(10), on(9), on(9, 8), on(8), on(6)], now, offset)).toBe(3)
  })

  it('keeps the streak alive when there is no answer yet today', () => {
    expect(streak([on(9), on(8), on(7), on(5)], now, offset)).toBe(3)
  })

  it('is lost after a whole day without answers', () => {
    expect(streak([on(8), on(7)], now, offset)).toBe(0)
    expect(streak([], now, offset)).toBe(0)
  })

  it('uses local days: 23:30 yesterday and 00:30 today are two days', () => {
    const attempts = [
      attempt({ at: local(offset, 2024, 3, 9, 23, 30) }),
      attempt({ at: local(offset, 2024, 3, 10, 0, 30) }),
    ]
    expect(streak(attempts, now, offset)).toBe(2)
    // In UTC both fall on 10 March (04:30 and 05:30): one day.
    expect(streak(attempts, now, 0)).toBe(1)
  })

  it('does not count kiosk answers or answers from the future', () => {
    expect(streak([on(10, 12, { context: 'kiosk' }), on(9)], now, offset)).toBe(1)
    expect(streak([on(11), on(9)], now, offset)).toBe(1)
    expect(streak([on(11)], now, offset)).toBe(0)
  })

  it('runs back over month and year ends', () => {
    const attempts = Array.from({ length: 400 }, (_, i) => attempt({ at: now - i * DAY }))
    expect(streak(attempts, now, offset)).toBe(400)
  })
})

describe('totalSeconds', () => {
  it('adds the seconds of every answer but kiosk ones', () => {
    const attempts = [
      attempt({ seconds: 2.5 }),
      attempt({ seconds: 10, context: 'review' }),
      attempt({ seconds: 100, context: 'kiosk' }),
    ]
    expect(totalSeconds(attempts)).toBe(12.5)
    expect(totalSeconds([])).toBe(0)
  })
})

/** The progress page's figures (src/domain/progress-report.ts), at the time of `attempt()`. */
const NOW = Date.UTC(2024, 2, 10, 12)

describe('progressTotals', () => {
  it('counts answers, accuracy, the streak and whole minutes, kiosk answers left out', () => {
    const attempts = [
      attempt({ at: NOW - 2 * DAY, credit: 0, seconds: 50 }),
      attempt({ at: NOW - DAY, credit: 1, seconds: 60 }),
      attempt({ at: NOW - 10 * MINUTE, credit: 0.5, seconds: 10 }),
      attempt({ at: NOW, context: 'kiosk', seconds: 600 }),
    ]
    expect(progressTotals(attempts, NOW, 0)).toEqual({
      answers: 3,
      accuracy: 0.5,
      streak: 3,
      minutes: 2,
    })
  })

  it('counts days in the learner’s time zone', () => {
    // 23:30 UTC on the 9th is already the 10th in UTC+2 (offset −120): one day, not two.
    const attempts = [attempt({ at: NOW - 12.5 * 60 * MINUTE }), attempt({ at: NOW })]
    expect(progressTotals(attempts, NOW, 0).streak).toBe(2)
    expect(progressTotals(attempts, NOW, -120).streak).toBe(1)
  })

  it('is all zeros without answers', () => {
    expect(progressTotals([], NOW, 0)).toEqual({ answers: 0, accuracy: 0, streak: 0, minutes: 0 })
  })
})

describe('masteryByTopic', () => {
  const attempts = [
    attempt({ facts: ['armistice'], credit: 1 }),
    attempt({ facts: ['outbreak'], credit: 0 }),
  ]
  const cards = scheduleFacts(attempts)
  const recall = (fact: string) =>
    retrievability(cards.get(`korea/${fact}`), NOW + MASTERY_AHEAD_MS)

  it('is the mean recall a week ahead of the topic’s facts met, beside its progress', () => {
    const [war, people, places] = masteryByTopic(bank, attempts, cards, NOW)
    expect(war).toMatchObject({ topic: 'war', title: 'The war', factsMet: 2, factsTotal: 2 })
    expect(war!.stats.answers).toBe(2)
    expect(war!.mastery).toBeCloseTo((recall('armistice') + recall('outbreak')) / 2, 12)
    // A fact answered right is recalled better a week on than one answered wrong.
    expect(recall('armistice')).toBeGreaterThan(recall('outbreak'))
    expect(people).toMatchObject({ topic: 'people', factsMet: 0, mastery: 0 })
    expect(places).toMatchObject({ topic: 'places', factsMet: 0, mastery: 0 })
  })

  it('falls as the week ahead moves further from the answers', () => {
    const [now] = masteryByTopic(bank, attempts, cards, NOW)
    const [later] = masteryByTopic(bank, attempts, cards, NOW + 30 * DAY)
    expect(later!.mastery).toBeLessThan(now!.mastery)
  })

  it('counts only facts the schedule has a card for, so kiosk answers give no mastery', () => {
    const kiosk = [attempt({ question: 'q-leaders', facts: ['rhee'], context: 'kiosk' })]
    const topics = masteryByTopic(bank, kiosk, scheduleFacts(kiosk), NOW)
    expect(topics.map((t) => t.mastery)).toEqual([0, 0, 0])
  })
})

describe('factsToPractise', () => {
  const generated = { ...bank, generated: [question('q-generated', 'war', ['armistice'])] }
  const attempts = [
    attempt({ facts: ['armistice'], credit: 0 }),
    attempt({ question: 'q-leaders', facts: ['rhee'], credit: 0.5 }),
    attempt({ facts: ['outbreak'], credit: 1 }),
  ]

  it('gives the weakest facts first, each with its text and a quiz on its questions', () => {
    expect(factsToPractise(attempts, [generated], 2)).toEqual([
      {
        key: 'korea/armistice',
        bank: 'korea',
        fact: 'armistice',
        accuracy: 0,
        attempts: 1,
        text: 'The armistice was signed in 1953.',
        language: 'en',
        // Generated questions on the fact are part of its quiz too.
        practise: {
          bank: 'korea',
          n: '3',
          keys: 'korea/q-armistice,korea/q-leaders,korea/q-generated',
        },
      },
      {
        key: 'korea/rhee',
        bank: 'korea',
        fact: 'rhee',
        accuracy: 0.5,
        attempts: 1,
        text: 'Syngman Rhee led the South.',
        language: 'en',
        practise: { bank: 'korea', n: '1', keys: 'korea/q-leaders' },
      },
    ])
  })

  it('leaves out facts of banks not loaded and facts their bank no longer has', () => {
    const gone = [
      attempt({ bank: 'japan', facts: ['edo'], credit: 0 }),
      attempt({ facts: ['removed'], credit: 0 }),
      ...attempts,
    ]
    expect(factsToPractise(gone, [bank], 3).map((f) => f.key)).toEqual(['korea/armistice'])
    expect(factsToPractise(attempts, [], 5)).toEqual([])
  })
})
