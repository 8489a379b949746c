import type { Bank, Fact, Question } from './bank/index.ts'
import {
  clozeBlank,
  contextAdvice,
  contextReference,
  handWrittenTwin,
  isEnglish,
  numberQualifier,
  type DroppedQuestion,
  type Gate,
} from './generate-gates.ts'
import { createRandom, shuffle, type Random } from './random.ts'

export type { DroppedQuestion, Gate } from './generate-gates.ts'

/**
 * Practice questions made from a bank's facts, right by construction: every answer is read off
 * the facts' structured data, and every distractor is checked against the rules that make it
 * wrong. Each generator draws from its own seeded generator (bank id, generator and fact), so
 * adding a fact leaves the questions of the other facts as they were. Every question then passes
 * the gates of generate-gates.ts, and one that fails a gate is not generated.
 */

const DIFFICULTY = 2
/** Most pairs or items in one generated match or order question. */
const GROUP_MAX = 4
const ORDER_MIN = 3
const PAIRS_MIN = 2

/** The questions generated from a bank, and those the gates stopped, each with its reason. */
export interface GenerationReport {
  kept: Question[]
  dropped: DroppedQuestion[]
}

/**
 * Whether the generators write questions in a bank's language: their prompts and word lists are
 * English, and a French bank's learners would get English questions. Other languages get none.
 */
export const generatesIn = isEnglish

/**
 * Questions generated from the bank's facts; [] when bank.generate is false or the bank is not
 * in a language the generators write (`generatesIn`). Deterministic: the
 * same bank always gives the same questions (the generators are seeded from the bank id).
 */
export function generateQuestions(bank: Bank): Question[] {
  return generateWithReport(bank).kept
}

/** A question made, one a gate stopped, or nothing when the fact has nothing to make it from. */
type Draft = Question | DroppedQuestion | undefined

const isDropped = (draft: Question | DroppedQuestion): draft is DroppedQuestion => 'gate' in draft

/** `generateQuestions`, with the questions the gates dropped and the gate that dropped each. */
export function generateWithReport(bank: Bank): GenerationReport {
  if (!bank.generate || !generatesIn(bank.language)) return { kept: [], dropped: [] }
  const seed = (...parts: string[]) => createRandom([bank.id, ...parts].join('/'))
  const dropped: DroppedQuestion[] = []
  const { language } = bank
  const perFact = (fact: Fact): Draft[] => [
    clozeFromTerm(fact, language),
    numericFromNumber(fact, language),
    singleFromNumber(fact, language, seed('single', fact.id)),
  ]

  // A fact that leans on context it does not carry makes no question, alone or in a group.
  const facts: Fact[] = []
  for (const fact of bank.facts) {
    const reference = contextReference(fact.text, language)
    if (!reference) {
      facts.push(fact)
      continue
    }
    const reason = contextAdvice(fact.id, reference)
    for (const draft of perFact(fact)) {
      if (draft) dropped.push(drop(draft, [fact.id], 'context', reason))
    }
    const groups: [string, Question['type'], unknown][] = [
      ['order', 'order', fact.event],
      ['match-people', 'match', fact.person],
      ['match-terms', 'match', fact.term],
    ]
    for (const [kind, type, data] of groups) {
      if (data) dropped.push(drop({ id: `gen-${kind}`, type }, [fact.id], 'context', reason))
    }
  }

  const drafts: Draft[] = [
    ...facts.map((fact) => clozeFromTerm(fact, language)),
    ...facts.map((fact) => numericFromNumber(fact, language)),
    ...facts.map((fact) => singleFromNumber(fact, language, seed('single', fact.id))),
    ...orderFromEvents(facts, seed('order')),
    ...matchQuestions(
      'people',
      'Match each person to their role.',
      facts.flatMap((f) => (f.person ? [{ fact: f, ...pair(f.person.name, f.person.role) }] : [])),
      seed('match-people'),
    ),
    ...matchQuestions(
      'terms',
      'Match each term to its meaning.',
      facts.flatMap((f) => (f.term ? [{ fact: f, ...pair(f.term.term, f.term.meaning) }] : [])),
      seed('match-terms'),
    ),
  ]
  // The teacher's questions by fact: a draft is compared only with those that share one.
  const writtenOn = new Map<string, Question[]>()
  for (const q of bank.questions) {
    for (const id of q.facts) {
      const list = writtenOn.get(id)
      if (list) list.push(q)
      else writtenOn.set(id, [q])
    }
  }
  const kept: Question[] = []
  for (const draft of drafts) {
    if (!draft) continue
    if (isDropped(draft)) {
      dropped.push(draft)
      continue
    }
    const twin = handWrittenTwin(draft, [
      ...new Set(draft.facts.flatMap((f) => writtenOn.get(f) ?? [])),
    ])
    if (twin) {
      const reason = `repeats the question "${twin.id}": same type, same fact, same answer`
      dropped.push(drop(draft, draft.facts, 'duplicate', reason))
    } else kept.push(draft)
  }

  // Reported in the order of the facts they come from, as a teacher reads the bank.
  const position = new Map(bank.facts.map((f, i) => [f.id, i]))
  const at = (d: DroppedQuestion) => position.get(d.facts[0] ?? '') ?? 0
  dropped.sort((a, b) => at(a) - at(b))

  // Ids never clash with the teacher's questions nor with each other.
  const taken = new Set(bank.questions.map((q) => q.id))
  return {
    kept: kept.map((question) => {
      let id = question.id
      for (let n = 2; taken.has(id); n++) id = `${question.id}-${n}`
      taken.add(id)
      // Answers are typed in the bank's language, as for the teacher's questions.
      return { ...question, id, language: bank.language }
    }),
    dropped,
  }
}

function drop(
  draft: { id: string; type: Question['type'] },
  facts: string[],
  gate: Gate,
  reason: string,
): DroppedQuestion {
  return { id: draft.id, type: draft.type, facts, gate, reason }
}

// ---------------------------------------------------------------------------------------------
// Shared pieces

function base(kind: string, facts: Fact[], explanation: string) {
  return {
    id: ['gen', kind, ...facts.map((f) => f.id)].join('-'),
    topic: facts[0]?.topic ?? '',
    facts: facts.map((f) => f.id),
    difficulty: DIFFICULTY,
    generated: true,
    explanation,
  }
}

/** The question of one fact and one type that a gate stopped. */
const stopped = (type: Question['type'], fact: Fact, gate: Gate, reason: string): DroppedQuestion =>
  drop({ id: base(type, [fact], '').id, type }, [fact.id], gate, reason)

/** Ends a text with a full stop unless it already ends a sentence. */
const sentence = (text: string) => (/[.!?…]["'”’)]*$/u.test(text) ? text : `${text}.`)

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Compares texts as a reader would: case, surrounding and repeated spaces do not matter. */
const normalize = (text: string) => text.trim().replace(/\s+/gu, ' ').toLocaleLowerCase('en')

// ---------------------------------------------------------------------------------------------
// 1. Cloze from key terms

function clozeFromTerm(fact: Fact, language: string): Draft {
  if (!fact.term) return undefined
  const blank = clozeBlank(fact.text, fact.term.term, language)
  if (!blank) return undefined
  if ('reason' in blank) return stopped('cloze', fact, 'blank', blank.reason)
  const [written = ''] = blank.answers
  const oneWord = written.trim().split(/\s+/u).length === 1
  const longWord = written.split(/[^\p{L}]+/u).some((word) => [...word].length >= 6)
  return {
    ...base('cloze', [fact], sentence(fact.text)),
    type: 'cloze',
    prompt: oneWord ? 'Fill in the missing word.' : 'Fill in the missing words.',
    text: blank.text,
    ...(longWord ? { typos: true } : {}),
  }
}

// ---------------------------------------------------------------------------------------------
// 2 and 3. Numeric and single-choice questions from numbers

interface WrittenNumber {
  /** Where the number stands in the fact's text, and how it is written there. */
  index: number
  written: string
  /** The thousands separator used in the text, '' for none. */
  separator: string
  /** The text with the number replaced by ___. */
  blanked: string
}

const SEPARATORS = [',', '\u00a0', '\u202f']

/**
 * The fact's number as it stands in the text, with or without thousands separators, as long as
 * it stands there exactly once and is not part of a longer number (55 is not in 1,055 or 5.55).
 */
function findNumber(fact: Fact): WrittenNumber | undefined {
  const value = fact.number?.value
  if (value === undefined || !Number.isFinite(value) || value < 0) return undefined
  const plain = String(value)
  if (!/^\d+(\.\d+)?$/.test(plain)) return undefined // e.g. 1e+21
  const [whole = '', fraction] = plain.split('.')
  const groups: string[] = []
  for (let end = whole.length; end > 0; end -= 3)
    groups.unshift(whole.slice(Math.max(0, end - 3), end))
  const wholes = [whole, ...(groups.length > 1 ? SEPARATORS.map((s) => groups.join(s)) : [])]
  const digits = `(?:${wholes.map(escapeRegExp).join('|')})${fraction ? `\\.${fraction}` : ''}`
  const pattern = new RegExp(
    // Not glued to letters or digits, not the tail of a longer number, not negative.
    `(?<![\\p{L}\\p{N}_])(?<!\\p{N}[.,\\u00a0\\u202f])(?<!(?:^|[\\s(])[-−])${digits}(?![\\p{L}\\p{N}_])(?![.,\\u00a0\\u202f]\\p{N})`,
    'gu',
  )
  const matches = [...fact.text.matchAll(pattern)]
  const match = matches[0]
  if (matches.length !== 1 || !match) return undefined
  const written = match[0]
  return {
    index: match.index,
    written,
    separator: SEPARATORS.find((s) => written.includes(s)) ?? '',
    blanked: `${fact.text.slice(0, match.index)}___${fact.text.slice(match.index + written.length)}`,
  }
}

function numericFromNumber(fact: Fact, language: string): Draft {
  const found = findNumber(fact)
  if (!fact.number || !found) return undefined
  const unfair = approximateWithoutTolerance(fact, found, language)
  if (unfair) return stopped('numeric', fact, 'tolerance', unfair)
  return {
    ...base('numeric', [fact], sentence(fact.text)),
    type: 'numeric',
    prompt: `Complete with a number: ${found.blanked}`,
    value: fact.number.value,
    tolerance: fact.number.tolerance ?? 0,
    ...(fact.number.unit ? { unit: fact.number.unit } : {}),
  }
}

/**
 * Why an "about" figure makes no fair question: without the fact's tolerance, 27,000 would be
 * wrong for "about 28,000" and an option of 27,000 would be right as well.
 */
function approximateWithoutTolerance(
  fact: Fact,
  found: WrittenNumber,
  language: string,
): string | undefined {
  const qualifier = numberQualifier(fact.text, found.index, found.written.length, language)
  if (qualifier?.kind !== 'approximate' || fact.number?.tolerance !== undefined) return undefined
  return `"${qualifier.words}" is approximate and the fact gives no tolerance: add number.tolerance, how far off still counts`
}

/** A whole number grouped in threes with the given separator ('' for none). */
function formatWhole(value: number, separator: string): string {
  const digits = String(value)
  return separator ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator) : digits
}

/** The largest power of ten that divides a positive whole number, at least 1. */
function roundingUnit(value: number): number {
  let unit = 1
  while (value % (unit * 10) === 0 && unit * 10 <= value) unit *= 10
  return unit
}

const digitCount = (value: number) => String(Math.trunc(Math.abs(value))).length

/** Multiplicative factors to try, as [lowest, highest) ranges, and how many draws for each set. */
const FACTOR_ROUNDS: { ranges: [number, number][]; draws: number }[] = [
  {
    ranges: [
      [0.5, 0.85],
      [1.2, 2.5],
    ],
    draws: 60,
  },
  {
    ranges: [
      [0.1, 0.95],
      [1.05, 10],
    ],
    draws: 240,
  },
]

/**
 * Three wrong numbers for a single-choice question: as many integer digits as the answer, whole
 * multiples of its rounding unit, distinct, positive, and each further from the answer than its
 * tolerance and than one rounding unit. Undefined when three cannot be found.
 */
function numberDistractors(value: number, tolerance: number, random: Random): number[] | undefined {
  if (!Number.isSafeInteger(value) || value <= 0) return undefined
  const unit = roundingUnit(value)
  const digits = digitCount(value)
  const chosen: number[] = []
  const fits = (d: number) =>
    d > 0 &&
    Number.isSafeInteger(d) &&
    digitCount(d) === digits &&
    Math.abs(d - value) > tolerance &&
    Math.abs(d - value) >= unit &&
    !chosen.includes(d)
  for (const { ranges, draws } of FACTOR_ROUNDS) {
    for (let i = 0; i < draws && chosen.length < 3; i++) {
      // Below or above the answer at random, so the right option is not always an extreme.
      const [low, high] = ranges[random.int(ranges.length)] as [number, number]
      const factor = low + random.next() * (high - low)
      const candidate = Math.round((value * factor) / unit) * unit
      if (fits(candidate)) chosen.push(candidate)
    }
    if (chosen.length === 3) return chosen
  }
  return undefined
}

function singleFromNumber(fact: Fact, language: string, random: Random): Draft {
  const found = findNumber(fact)
  if (!fact.number || !found) return undefined
  const { value } = fact.number
  // Only whole numbers: a rounding unit of at least 1 makes no sense for 3.5.
  if (found.written.includes('.') || !Number.isSafeInteger(value)) return undefined
  const qualifier = numberQualifier(fact.text, found.index, found.written.length, language)
  if (qualifier?.kind === 'lower' || qualifier?.kind === 'upper') {
    const side = qualifier.kind === 'lower' ? 'smaller' : 'larger'
    const reason = `"${qualifier.words}" is a bound, not a figure: with any ${side} number the sentence is true as well, so no option can be the one right answer`
    return stopped('single', fact, 'bound', reason)
  }
  const unfair = approximateWithoutTolerance(fact, found, language)
  if (unfair) return stopped('single', fact, 'tolerance', unfair)
  const distractors = numberDistractors(value, fact.number.tolerance ?? 0, random)
  if (!distractors) return undefined
  const answer = formatWhole(value, found.separator)
  if (answer !== found.written) return undefined
  const options = shuffle(
    [answer, ...distractors.map((d) => formatWhole(d, found.separator))],
    random,
  )
  return {
    ...base('single', [fact], sentence(fact.text)),
    type: 'single',
    prompt: `Which number completes the sentence? ${found.blanked}`,
    options,
    answer,
  }
}

// ---------------------------------------------------------------------------------------------
// 4. Order questions (timelines) from dated events

/** An event's date as the span of days it may stand for, e.g. 2018-06 is 2018-06-01 to -31. */
interface DateSpan {
  start: string
  end: string
}

function dateSpan(date: string): DateSpan | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date)
  if (!match) return undefined
  const [, year, month, day] = match
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return undefined
  if (day !== undefined && (Number(day) < 1 || Number(day) > 31)) return undefined
  if (day !== undefined) return { start: date, end: date }
  if (month !== undefined) return { start: `${year}-${month}-01`, end: `${year}-${month}-31` }
  return { start: `${year}-01-01`, end: `${year}-12-31` }
}

/** True when a certainly happened before b: 2017 < 2018-06, but not 2018 < 2018-06. */
const happenedBefore = (a: DateSpan, b: DateSpan) => a.end < b.start

interface DatedEvent extends DateSpan {
  fact: Fact
  name: string
  /** As written in the bank: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string
}

const ORDER_ATTEMPTS = 12

function orderFromEvents(facts: Fact[], random: Random): Question[] {
  const names = new Set<string>()
  const events: DatedEvent[] = []
  for (const fact of facts) {
    const span = fact.event && dateSpan(fact.event.date)
    if (!fact.event || !span) continue
    // Two events of the same name could not be told apart among the items.
    const key = normalize(fact.event.name)
    if (names.has(key)) continue
    names.add(key)
    events.push({ fact, name: fact.event.name, date: fact.event.date, ...span })
  }
  return timelineGroups(events, random).map((group) => ({
    // Each event's date, then its fact: "1950: The Korean War broke out in 1950. 2017: …".
    ...base(
      'order',
      group.map((e) => e.fact),
      group.map((e) => `${e.date}: ${sentence(e.fact.text)}`).join(' '),
    ),
    type: 'order',
    prompt: 'Put these events in order, earliest first.',
    items: group.map((e) => e.name),
  }))
}

/**
 * As many disjoint groups of 3 or 4 events as can be found, each in a strict, unambiguous order.
 * The most groups possible comes from an exhaustive search (`bestPacking`). For that many
 * groups, events are first dealt in date order to the shortest group they can follow, ties
 * drawn at random, so that every group runs across the timeline; when dealing cannot fill every
 * group, the search's own groups are used, each topped up with a fitting unused event.
 */
function timelineGroups<T extends DateSpan>(events: T[], random: Random): T[][] {
  const sorted = events
    .map((event, i) => ({ event, i }))
    .sort(
      (a, b) =>
        a.event.start.localeCompare(b.event.start) ||
        a.event.end.localeCompare(b.event.end) ||
        a.i - b.i,
    )
    .map(({ event }) => event)
  const best = bestPacking(sorted)
  // Without a finished search (very long timelines), dealing alone tries every count.
  for (let count = best?.length ?? Math.floor(sorted.length / ORDER_MIN); count >= 1; count--) {
    for (let attempt = 0; attempt < ORDER_ATTEMPTS; attempt++) {
      const groups = deal(sorted, count, random)
      if (groups) return groups.map((g) => spread(g, GROUP_MAX, random))
    }
    if (best && count === best.length) return topUp(best, sorted, random)
  }
  return []
}

/** Events dealt in date order to `count` groups, each to the shortest it can follow. */
function deal<T extends DateSpan>(sorted: T[], count: number, random: Random): T[][] | undefined {
  const groups: T[][] = Array.from({ length: count }, () => [])
  for (const event of sorted) {
    const open = groups.filter((g) => {
      const last = g.at(-1)
      return !last || happenedBefore(last, event)
    })
    if (open.length === 0) continue
    const shortest = Math.min(...open.map((g) => g.length))
    const ties = open.filter((g) => g.length === shortest)
    ties[random.int(ties.length)]?.push(event)
  }
  return groups.every((g) => g.length >= ORDER_MIN) ? groups : undefined
}

/** Each group given, at most once, one unused event that fits into its order, drawn at random. */
function topUp<T extends DateSpan>(groups: T[][], sorted: T[], random: Random): T[][] {
  const used = new Set(groups.flat())
  return groups.map((group) => {
    if (group.length >= GROUP_MAX) return group
    const fits = sorted.filter(
      (e) => !used.has(e) && group.every((g) => happenedBefore(g, e) || happenedBefore(e, g)),
    )
    const extra = fits.length > 0 ? fits[random.int(fits.length)] : undefined
    if (!extra) return group
    used.add(extra)
    return sorted.filter((e) => e === extra || group.includes(e))
  })
}

/** Calls of the exhaustive search before it gives up; plenty for the timelines of a bank. */
const SEARCH_BUDGET = 10_000
const SEARCH_MAX_EVENTS = 30

/**
 * The most disjoint chains of 3 events (each strictly before the next), by exhaustive search with
 * memo over the set of events still free; undefined when the timeline is too long to search.
 * Events come sorted by start: the free event that starts first, if used, opens its chain,
 * since nothing free can end before it starts.
 */
function bestPacking<T extends DateSpan>(sorted: T[]): T[][] | undefined {
  const n = sorted.length
  if (n > SEARCH_MAX_EVENTS) return undefined
  const memo = new Map<number, number[][]>()
  let calls = 0
  const solve = (taken: number, free: number): number[][] | undefined => {
    const first = sorted.findIndex((_, i) => !(taken & (1 << i)))
    if (first === -1 || free < ORDER_MIN) return []
    const known = memo.get(taken)
    if (known) return known
    if (++calls > SEARCH_BUDGET) return undefined
    const bound = Math.floor(free / ORDER_MIN)
    const a = sorted[first] as T
    let best: number[][] | undefined
    for (let j = first + 1; j < n && (best?.length ?? 0) < bound; j++) {
      const b = sorted[j] as T
      if (taken & (1 << j) || !happenedBefore(a, b)) continue
      for (let k = j + 1; k < n && (best?.length ?? 0) < bound; k++) {
        if (taken & (1 << k) || !happenedBefore(b, sorted[k] as T)) continue
        const rest = solve(taken | (1 << first) | (1 << j) | (1 << k), free - 3)
        if (!rest) return undefined
        if (rest.length + 1 > (best?.length ?? 0)) best = [[first, j, k], ...rest]
      }
    }
    if ((best?.length ?? 0) < bound) {
      const rest = solve(taken | (1 << first), free - 1)
      if (!rest) return undefined
      if (rest.length > (best?.length ?? 0)) best = rest
    }
    memo.set(taken, best ?? [])
    return best ?? []
  }
  return solve(0, n)?.map((chain) => chain.map((i) => sorted[i] as T))
}

/** At most `size` items of a list, in their order, one drawn from each of `size` equal stretches. */
function spread<T>(items: T[], size: number, random: Random): T[] {
  if (items.length <= size) return items
  const picked: T[] = []
  for (let k = 0; k < size; k++) {
    const from = Math.floor((k * items.length) / size)
    const to = Math.floor(((k + 1) * items.length) / size)
    picked.push(items[from + random.int(to - from)] as T)
  }
  return picked
}

// ---------------------------------------------------------------------------------------------
// 5 and 6. Match questions from people and their roles, terms and their meanings

interface Pair {
  fact: Fact
  left: string
  right: string
}

const pair = (left: string, right: string) => ({ left: left.trim(), right: right.trim() })

/**
 * Pairs in groups of up to 4, drawn at random; each question also offers the right-hand text of
 * one pair from outside it as a distractor when there is one. A left or right text that repeats
 * an earlier pair's (ignoring case and spaces) is left out, so every match is unambiguous.
 */
function matchQuestions(kind: string, prompt: string, all: Pair[], random: Random): Question[] {
  const lefts = new Set<string>()
  const rights = new Set<string>()
  const pairs = all.filter((p) => {
    const left = normalize(p.left)
    const right = normalize(p.right)
    if (!left || !right || lefts.has(left) || rights.has(right)) return false
    lefts.add(left)
    rights.add(right)
    return true
  })
  if (pairs.length < PAIRS_MIN) return []
  const shuffled = shuffle(pairs, random)
  const groups: Pair[][] = []
  for (let i = 0; i < shuffled.length; i += GROUP_MAX) groups.push(shuffled.slice(i, i + GROUP_MAX))
  // A lone pair left over cannot make a question; it serves as a distractor instead.
  if ((groups.at(-1)?.length ?? 0) < PAIRS_MIN) groups.pop()
  return groups.map((group) => {
    const others = pairs.filter((p) => !group.includes(p))
    const distractor = others.length > 0 ? others[random.int(others.length)] : undefined
    const facts = group.map((p) => p.fact)
    const explanation = group
      .map((p) => `${sentence(`${p.left}: ${p.right}`)} ${sentence(p.fact.text)}`)
      .join(' ')
    return {
      ...base(`match-${kind}`, facts, explanation),
      type: 'match',
      prompt,
      pairs: group.map(({ left, right }) => ({ left, right })),
      ...(distractor ? { distractors: [distractor.right] } : {}),
    }
  })
}
