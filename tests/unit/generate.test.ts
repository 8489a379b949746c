import { describe, expect, it } from 'vitest'
import { parseCloze, QuestionSchema, type Bank, type Fact, type Question } from '@/domain/bank'
import { generateQuestions, generateWithReport, type DroppedQuestion } from '@/domain/generate'
import { gradeAnswer, parseNumber } from '@/domain/grading'
import { createRandom, type Random } from '@/domain/random'
import { bankAt, compileLocation } from '../../scripts/bank-files'

type Of<T extends Question['type']> = Extract<Question, { type: T }>

const pick = <T>(random: Random, items: readonly T[]): T => items[random.int(items.length)] as T
const enUS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 })
const normal = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase()

// ---------------------------------------------------------------------------------------------
// Synthetic banks: random facts drawn from the seeded generator

interface NumberCase {
  value: number
  text: string
  tolerance?: number
  unit?: string
}

const w = (value: number, grouped = true) => (grouped ? enUS.format(value) : String(value))

/** Figures of every magnitude, as teachers write them, and texts that must not be blanked. */
const NUMBER_CASES: NumberCase[] = [
  { value: 5, text: 'Only 5 delegates signed.' },
  { value: 55, text: 'UN forces came from more than 55 nations.', unit: 'nations' },
  { value: 120, text: 'The talks lasted 120 minutes.', unit: 'minutes' },
  { value: 1950, text: 'The war broke out in 1950.' },
  {
    value: 28000,
    text: 'About 28,000 American troops are based there.',
    tolerance: 2000,
    unit: 'troops',
  },
  { value: 3500000, text: 'Some 3,500,000 people live in the province.', tolerance: 100000 },
  { value: 1, text: 'The parties held 1 formal meeting.' },
  { value: 9, text: 'They met 9 times in all.' },
  { value: 10, text: 'It took 10 days.' },
  { value: 99, text: 'A total of 99 ships took part.' },
  { value: 100, text: 'There were 100 observers.' },
  { value: 999, text: 'The list named 999 sites.' },
  { value: 1000, text: 'Around 1,000 guests attended.', tolerance: 50 },
  { value: 9000, text: 'Some 9,000 soldiers withdrew.' },
  { value: 64000, text: 'Up to 64000 tonnes were shipped.', unit: 'tonnes' },
  { value: 42, text: 'Roughly 42 percent agreed.', tolerance: 5 },
  { value: 750, text: 'About 750 guard posts line the border.', tolerance: 100 },
  { value: 250000, text: 'The fund held 250\u00a0000 dollars.' },
  { value: 7, text: 'On 7 May, 17 boats and 7.5 tonnes of rice arrived.' },
  { value: 55, text: 'Of the 1,055 ships, 55 reached port.' },
  { value: 3.5, text: 'Exports grew by 3.5 percent.', unit: 'percent' },
  { value: 12.75, text: 'A ticket cost 12.75 dollars.' },
  // No single-choice question can keep its distractors outside this tolerance.
  { value: 55, text: 'The vote drew 55 members.', tolerance: 50 },
  // Not in the text as a standalone figure, or more than once: no question.
  { value: 55, text: 'The fleet carried 5.55 tonnes and 155 crews.' },
  { value: 28000, text: 'Some 28 thousand troops remain.' },
  { value: 1950, text: 'In 1950 and again in 1950, floods came.' },
  { value: 3500000, text: 'About 3.5 million people live there.' },
]

function randomNumberCase(random: Random): NumberCase {
  const digits = 1 + random.int(7)
  const low = 10 ** (digits - 1)
  let value = low + random.int(9 * low)
  const step = 10 ** random.int(digits)
  if (String(Math.round(value / step) * step).length === digits)
    value = Math.round(value / step) * step
  const tolerance = random.next() < 0.5 ? 0 : Math.floor(value * random.next() * 0.1)
  const written = w(value, random.next() < 0.7)
  const text = pick(random, [
    `About ${written} people took part.`,
    `${written} boxes were counted in 2099 or so.`,
    `The report (page 0) lists ${written} items.`,
  ])
  return { value, text, ...(tolerance ? { tolerance } : {}) }
}

const DATES = [
  '1999',
  '2000',
  '2000-06',
  '2000-06-15',
  '2000-06-30',
  '2000-12',
  '2001',
  '2001-03-01',
]

function randomDate(random: Random): string {
  if (random.next() < 0.4) return pick(random, DATES)
  const year = String(1990 + random.int(12))
  const month = String(1 + random.int(12)).padStart(2, '0')
  const day = String(1 + random.int(28)).padStart(2, '0')
  return pick(random, [year, `${year}-${month}`, `${year}-${month}-${day}`])
}

const NAMES = ['Ada Park', 'Ben Cho', 'Cleo Diaz', 'Dan Eto', 'Eva Fox', 'Finn Gray', 'Gus Hale']
const ROLES = ['Mayor of Oakton', 'Chief judge', 'Envoy to Seoul', 'Head of the navy', 'UN adviser']

const TERMS: [string, string][] = [
  ['armistice', 'an agreement that halts the fighting'],
  ['peace treaty', 'a formal agreement that ends a war'],
  ['Security Council', 'the UN body that can impose sanctions'],
  ['sanctions', 'penalties imposed to pressure a country'],
  ['summit', 'a meeting of heads of government'],
  ['guard posts', 'manned lookout positions along a border'],
  ['weapons of mass destruction', 'weapons able to kill huge numbers of people'],
  ['détente', 'an easing of hostility between countries'],
  ['launchpad', 'a platform from which missiles are fired'],
]

/** A text with the term, and whether a cloze blanks it, or the gate that drops the cloze. */
function termText(random: Random, term: string): { text: string; cloze: boolean | 'blank' } {
  const cased = pick(random, [term, term.toUpperCase(), term[0]!.toUpperCase() + term.slice(1)])
  return pick(random, [
    { text: `The ${cased} was discussed at length.`, cloze: true },
    { text: `${cased} mattered most to both sides.`, cloze: true },
    // Said twice, or in a plural besides: the text fills its own blank.
    { text: `Everyone spoke of the ${term}; the ${cased} came up again later.`, cloze: 'blank' },
    { text: `Several ${term}s were named before the ${term} itself.`, cloze: 'blank' },
    { text: `Braces {{like these}} surround the ${term}.`, cloze: false },
  ])
}

/** The head noun of a term of common nouns: the word before "of", or the last. */
function headOf(term: string): string | undefined {
  const words = term.toLowerCase().trim().split(/\s+/)
  if (words.length < 2 || term.split(/\s+/).every((w) => /^\p{Lu}/u.test(w))) return undefined
  const of = words.indexOf('of')
  return of > 0 ? words[of - 1] : words.at(-1)
}

/** Texts that lean on context the question does not carry (the gate's rule, written apart). */
const leansOnContext = (text: string) =>
  /^(they|it|he|she|this|these|its|their|then|however)\b|^the two \p{Ll}|\balso\b/iu.test(text)

/** How the text qualifies its figure: a bound, an approximation, or nothing. */
const qualifierOf = (text: string) =>
  /\b(more than|over|at least|up to|fewer than|less than|under)\s+\d/iu.test(text)
    ? 'bound'
    : /\b(about|around|roughly|some|nearly|almost)\s+\d/iu.test(text)
      ? 'approximate'
      : undefined

interface Expectations {
  /**
   * Fact id → whether its number makes a numeric question (it stands in the text exactly once,
   * the text does not lean on context, an "about" figure has a tolerance) and whether it may make
   * a single-choice one (not a bound either).
   */
  numbers: Map<string, { numeric: boolean; single: boolean }>
  clozes: Set<string>
  /** Fact id → the gate that drops its cloze. */
  droppedClozes: Map<string, string>
}

function syntheticBank(seed: string): { bank: Bank; expect: Expectations } {
  const random = createRandom(seed)
  const topics = ['alpha', 'beta', 'gamma']
  const facts: Fact[] = []
  const expectations: Expectations = {
    numbers: new Map(),
    clozes: new Set(),
    droppedClozes: new Map(),
  }
  const fact = (kind: string, text: string, extra: Partial<Fact> = {}): Fact => {
    const made: Fact = {
      id: `${kind}-${facts.length + 1}`,
      topic: pick(random, topics),
      text,
      paragraph: 1 + random.int(9),
      ...extra,
    }
    facts.push(made)
    return made
  }

  for (let i = random.int(5); i > 0; i--) {
    const c = random.next() < 0.6 ? pick(random, NUMBER_CASES) : randomNumberCase(random)
    const number = {
      value: c.value,
      ...(c.unit ? { unit: c.unit } : {}),
      ...(c.tolerance !== undefined ? { tolerance: c.tolerance } : {}),
    }
    const made = fact('number', c.text, { number })
    const qualifier = qualifierOf(c.text)
    const numeric =
      standaloneCount(c.text, c.value) === 1 &&
      !leansOnContext(c.text) &&
      (qualifier !== 'approximate' || c.tolerance !== undefined)
    expectations.numbers.set(made.id, { numeric, single: numeric && qualifier !== 'bound' })
  }
  const names: string[] = []
  for (let i = random.int(9); i > 0; i--) {
    const name = random.next() < 0.1 && names.length > 0 ? pick(random, names) : `Event ${i}`
    names.push(name)
    const date = randomDate(random)
    fact('event', `${name} took place in ${date}.`, { event: { name, date } })
  }
  if (random.next() < 0.3) fact('year', 'A year with no event.', { year: 2001 })
  for (let i = random.int(8); i > 0; i--) {
    const name = pick(random, NAMES)
    const role = random.next() < 0.1 ? pick(random, ROLES).toUpperCase() : pick(random, ROLES)
    fact('person', `${name} served as ${role}.`, { person: { name, role } })
  }
  for (let i = random.int(8); i > 0; i--) {
    const [term, meaning] = pick(random, TERMS)
    const { text, cloze } = termText(random, term)
    const made = fact('term', text, { term: { term, meaning } })
    if (cloze === true) expectations.clozes.add(made.id)
    if (cloze === 'blank') expectations.droppedClozes.set(made.id, 'blank')
  }

  // Teacher questions whose ids a generator would pick first.
  const firstTerm = facts.find((f) => f.term)
  const firstNumber = facts.find((f) => f.number)
  const taken = [
    'question-1',
    ...(firstTerm ? [`gen-cloze-${firstTerm.id}`] : []),
    ...(firstNumber ? [`gen-numeric-${firstNumber.id}`] : []),
  ]
  const bank: Bank = {
    id: `synthetic-${seed}`,
    title: 'Synthetic bank',
    language: 'en',
    generate: true,
    topics: topics.map((id, i) => ({ id, title: id, order: i + 1 })),
    facts,
    questions: taken.map((id) => ({
      id,
      type: 'truefalse',
      prompt: 'True?',
      answer: true,
      topic: 'alpha',
      facts: [],
      difficulty: 2,
    })),
  }
  return { bank, expect: expectations }
}

/** How often a value stands in a text as a whole figure (1,055 does not hold 55). */
function standaloneCount(text: string, value: number): number {
  const figures = text.match(/(?<![\d.])\d(?:[\d,.\u00a0]*\d)?/g) ?? []
  return figures.filter((f) => Number(f.replace(/[,\u00a0]/g, '')) === value).length
}

// ---------------------------------------------------------------------------------------------
// Independent checks of the rules

interface Span {
  start: number
  end: number
}

function span(date: string): Span {
  const [y = 0, m, d] = date.split('-').map(Number)
  if (d !== undefined) return { start: y * 10000 + m! * 100 + d, end: y * 10000 + m! * 100 + d }
  if (m !== undefined) return { start: y * 10000 + m * 100 + 1, end: y * 10000 + m * 100 + 31 }
  return { start: y * 10000 + 101, end: y * 10000 + 1231 }
}

const before = (a: Span, b: Span) => a.end < b.start

/** The most disjoint groups of 3 events in a strict order, by exhaustive search. */
function maxTimelineGroups(spans: Span[]): number {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end)
  const memo = new Map<number, number>()
  const best = (used: number): number => {
    const first = sorted.findIndex((_, i) => !(used & (1 << i)))
    if (first === -1) return 0
    const known = memo.get(used)
    if (known !== undefined) return known
    let result = best(used | (1 << first))
    const a = sorted[first]!
    sorted.forEach((b, j) => {
      if (used & (1 << j) || !before(a, b)) return
      sorted.forEach((c, k) => {
        if (used & (1 << k) || !before(b, c)) return
        result = Math.max(result, 1 + best(used | (1 << first) | (1 << j) | (1 << k)))
      })
    })
    memo.set(used, result)
    return result
  }
  return best(0)
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items]
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  )
}

const credit = (question: Question, answer: Parameters<typeof gradeAnswer>[1]) =>
  gradeAnswer(question, answer).credit

/** What the blank in a blanked sentence stands for, given the full sentence. */
function filling(full: string, blanked: string): string | undefined {
  const at = blanked.indexOf('___')
  if (at === -1) return undefined
  const tail = blanked.length - at - 3
  if (full.slice(0, at) !== blanked.slice(0, at)) return undefined
  if (full.slice(full.length - tail) !== blanked.slice(at + 3)) return undefined
  return full.slice(at, full.length - tail)
}

/** Checks everything a generated question promises; returns it for further checks. */
function checkCommon(question: Question, bank: Bank) {
  const byId = new Map(bank.facts.map((f) => [f.id, f]))
  const facts = question.facts.map((id) => byId.get(id))
  expect(facts.every(Boolean)).toBe(true)
  expect(question.generated).toBe(true)
  expect(question.difficulty).toBe(2)
  expect(question.topic).toBe(facts[0]!.topic)
  expect(question.id).toMatch(/^gen-(cloze|numeric|single|order|match)-/)
  for (const fact of facts) expect(question.explanation).toContain(fact!.text)
  expect(question.language).toBe(bank.language)
  const { topic: _topic, generated: _generated, language: _language, ...input } = question
  const parsed = QuestionSchema.safeParse(input)
  expect(parsed.success).toBe(true)
  expect(parsed.data).toEqual(input)
  return facts as Fact[]
}

function checkSingle(question: Of<'single'>, fact: Fact) {
  const { value, tolerance = 0 } = fact.number!
  const blank = filling(
    fact.text,
    question.prompt.replace('Which number completes the sentence? ', ''),
  )
  expect(question.prompt.startsWith('Which number completes the sentence? ')).toBe(true)
  expect(blank).toBe(question.answer)
  expect(parseNumber(question.answer)).toBe(value)
  expect(question.options).toHaveLength(4)
  expect(new Set(question.options).size).toBe(4)
  expect(question.options.filter((o) => o === question.answer)).toHaveLength(1)
  let unit = 1
  while (value % (unit * 10) === 0 && unit * 10 <= value) unit *= 10
  const grouped = /[,\u00a0]/.test(question.answer)
  for (const option of question.options) {
    // Written like the figure in the text: grouped or not, never a stray decimal point.
    expect(option).toMatch(grouped ? /^\d{1,3}([,\u00a0]\d{3})*$/ : /^\d+$/)
    if (option === question.answer) continue
    const d = parseNumber(option)!
    expect(d).toBeGreaterThan(0)
    expect(String(d)).toHaveLength(String(value).length)
    expect(d % unit).toBe(0)
    expect(Math.abs(d - value)).toBeGreaterThan(tolerance)
    expect(Math.abs(d - value)).toBeGreaterThanOrEqual(unit)
    expect(credit(question, { type: 'single', choice: option })).toBe(0)
  }
  expect(credit(question, { type: 'single', choice: question.answer })).toBe(1)
}

function checkNumeric(question: Of<'numeric'>, fact: Fact, single?: Of<'single'>) {
  const { value, tolerance = 0, unit } = fact.number!
  expect(question.prompt.startsWith('Complete with a number: ')).toBe(true)
  const blank = filling(fact.text, question.prompt.replace('Complete with a number: ', ''))
  expect(blank).toBeDefined()
  expect(parseNumber(blank!)).toBe(value)
  expect(question.value).toBe(value)
  expect(question.tolerance).toBe(tolerance)
  expect(question.unit).toBe(unit)
  expect(credit(question, { type: 'numeric', text: enUS.format(value) })).toBe(1)
  if (unit)
    expect(credit(question, { type: 'numeric', text: `${enUS.format(value)} ${unit}` })).toBe(1)
  for (const option of single?.options ?? []) {
    if (option === single!.answer) continue
    expect(credit(question, { type: 'numeric', text: enUS.format(parseNumber(option)!) })).toBe(0)
  }
}

function checkCloze(question: Of<'cloze'>, fact: Fact) {
  const term = fact.term!.term
  const { blanks, segments, errors } = parseCloze(question.text)
  expect(errors).toEqual([])
  expect(blanks).toHaveLength(1)
  const written = blanks[0]![0]!
  expect(normal(written)).toBe(normal(term))
  // The term as written, and its head noun (as written too) when it has one.
  const quoted = /["“]\{\{/u.test(question.text)
  const head = quoted ? undefined : headOf(term)
  expect(blanks[0]!.map(normal)).toEqual(head ? [normal(term), head] : [normal(term)])
  expect(segments.map((s) => (typeof s === 'string' ? s : written)).join('')).toBe(fact.text)
  // The blank is the first occurrence standing as whole words.
  const before = question.text.slice(0, question.text.indexOf('{{'))
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const whole = new RegExp(`(^|[^\\p{L}])${escaped}([^\\p{L}]|$)`, 'iu')
  expect(whole.test(before)).toBe(false)
  // The blank stands as whole words whenever the term does somewhere in the text.
  if (whole.test(fact.text)) {
    const after = question.text.slice(question.text.indexOf('}}') + 2)
    expect(before).toMatch(/(^|[^\p{L}\p{N}])$/u)
    expect(after).toMatch(/^($|[^\p{L}\p{N}])/u)
  }
  const words = term.trim().split(/\s+/)
  expect(question.prompt).toBe(
    words.length === 1 ? 'Fill in the missing word.' : 'Fill in the missing words.',
  )
  expect(question.typos === true).toBe(
    term.split(/[^\p{L}]+/u).some((word) => [...word].length >= 6),
  )
  expect(credit(question, { type: 'cloze', blanks: [term] })).toBe(1)
  expect(credit(question, { type: 'cloze', blanks: [written] })).toBe(1)
  if (head) expect(credit(question, { type: 'cloze', blanks: [head] })).toBe(1)
  // The text says the term once: nothing outside the blank fills it.
  const outside = segments.filter((s) => typeof s === 'string').join(' ')
  expect(normal(outside)).not.toContain(normal(term))
  if (head) expect(normal(outside)).not.toMatch(new RegExp(`\\b${head}`))
  expect(credit(question, { type: 'cloze', blanks: ['xyzzy'] })).toBe(0)
}

function checkOrder(question: Of<'order'>, facts: Fact[]) {
  expect(question.prompt).toBe('Put these events in order, earliest first.')
  expect(question.items.length).toBeGreaterThanOrEqual(3)
  expect(question.items.length).toBeLessThanOrEqual(4)
  expect(question.items).toEqual(facts.map((f) => f.event!.name))
  expect(new Set(question.items).size).toBe(question.items.length)
  const spans = facts.map((f) => span(f.event!.date))
  // Strictly increasing and comparable pair by pair, not only neighbour by neighbour.
  spans.forEach((a, i) => spans.slice(i + 1).forEach((b) => expect(before(a, b)).toBe(true)))
  for (const f of facts) expect(question.explanation).toContain(`${f.event!.date}: `)
  expect(credit(question, { type: 'order', items: question.items })).toBe(1)
  for (const order of permutations(question.items)) {
    if (order.every((item, i) => item === question.items[i])) continue
    expect(credit(question, { type: 'order', items: order })).toBeLessThan(1)
  }
}

function checkMatch(question: Of<'match'>, facts: Fact[], kind: 'person' | 'term') {
  const pairOf = (f: Fact) =>
    kind === 'person'
      ? { left: f.person!.name, right: f.person!.role }
      : { left: f.term!.term, right: f.term!.meaning }
  expect(question.prompt).toBe(
    kind === 'person' ? 'Match each person to their role.' : 'Match each term to its meaning.',
  )
  expect(question.pairs.length).toBeGreaterThanOrEqual(2)
  expect(question.pairs.length).toBeLessThanOrEqual(4)
  expect(question.pairs).toEqual(facts.map(pairOf))
  const lefts = question.pairs.map((p) => normal(p.left))
  const rights = question.pairs.map((p) => normal(p.right))
  expect(new Set(lefts).size).toBe(lefts.length)
  expect(new Set(rights).size).toBe(rights.length)
  expect(question.distractors?.length ?? 0).toBeLessThanOrEqual(1)
  for (const d of question.distractors ?? []) expect(rights).not.toContain(normal(d))
  const right = Object.fromEntries(question.pairs.map((p) => [p.left, p.right]))
  expect(credit(question, { type: 'match', choices: right })).toBe(1)
  const swapped = { ...right, [question.pairs[0]!.left]: question.pairs[1]!.right }
  swapped[question.pairs[1]!.left] = question.pairs[0]!.right
  expect(credit(question, { type: 'match', choices: swapped })).toBeLessThan(1)
  if (question.distractors?.[0]) {
    const fooled = { ...right, [question.pairs[0]!.left]: question.distractors[0] }
    expect(credit(question, { type: 'match', choices: fooled })).toBeLessThan(1)
  }
}

/** The facts whose pairs can stand together: first come, no repeated left or right text. */
function eligible(facts: Fact[], kind: 'person' | 'term'): Fact[] {
  const lefts = new Set<string>()
  const rights = new Set<string>()
  return facts.filter((f) => {
    const pair =
      kind === 'person'
        ? f.person && [f.person.name, f.person.role]
        : f.term && [f.term.term, f.term.meaning]
    if (!pair || leansOnContext(f.text)) return false
    const [left, right] = pair.map(normal) as [string, string]
    if (lefts.has(left) || rights.has(right)) return false
    lefts.add(left)
    rights.add(right)
    return true
  })
}

/** A teacher's question the generated one repeats: same type, a fact in common, same answer. */
function repeatsTeacher(question: Question, bank: Bank): boolean {
  const accepted = (q: Of<'cloze'>) => parseCloze(q.text).blanks.flat().map(normal)
  const digits = (text: string) => text.replace(/\D/g, '')
  return bank.questions.some((q) => {
    if (q.type !== question.type || !q.facts.some((f) => question.facts.includes(f))) return false
    if (q.type === 'numeric' && question.type === 'numeric') {
      const [low, high] = q.range ?? [q.value, q.value]
      return low! <= question.value! && question.value! <= high!
    }
    if (q.type === 'single' && question.type === 'single')
      return digits(q.answer) !== '' && digits(q.answer) === digits(question.answer)
    if (q.type === 'cloze' && question.type === 'cloze')
      return accepted(question).some((a) => accepted(q).includes(a))
    if (q.type === 'order') return [...q.facts].sort().join() === [...question.facts].sort().join()
    if (q.type === 'match' && question.type === 'match')
      return question.pairs.every((p) => q.pairs.some((r) => normal(r.left) === normal(p.left)))
    return false
  })
}

const GATES = ['context', 'bound', 'tolerance', 'blank', 'duplicate']

function checkDropped(dropped: DroppedQuestion[], questions: Question[], bank: Bank) {
  const ids = new Set(questions.map((q) => q.id))
  for (const d of dropped) {
    expect(GATES).toContain(d.gate)
    expect(d.reason.length).toBeGreaterThan(10)
    expect(ids.has(d.id)).toBe(false)
    expect(d.id).toMatch(new RegExp(`^gen-${d.type === 'match' ? 'match-(people|terms)' : d.type}`))
    for (const id of d.facts) expect(bank.facts.some((f) => f.id === id)).toBe(true)
    if (d.gate === 'context') expect(d.facts.every((id) => leansOnContext(byFact(bank, id).text)))
    if (d.gate === 'duplicate') expect(d.reason).toMatch(/^repeats the question "[a-z0-9-]+"/)
  }
}

const byFact = (bank: Bank, id: string) => bank.facts.find((f) => f.id === id)!

function checkBank(bank: Bank, expectations?: Expectations) {
  const { kept: questions, dropped } = generateWithReport(bank)
  expect(generateQuestions(bank)).toEqual(questions)
  const ids = questions.map((q) => q.id)
  expect(new Set(ids).size).toBe(ids.length)
  for (const q of bank.questions) expect(ids).not.toContain(q.id)
  for (const q of questions) expect(repeatsTeacher(q, bank)).toBe(false)
  checkDropped(dropped, questions, bank)
  const repeated = (type: string, prefix: string) =>
    dropped
      .filter((d) => d.gate === 'duplicate' && d.type === type && d.id.startsWith(prefix))
      .flatMap((d) => d.facts)

  const singles = new Map<string, Of<'single'>>()
  for (const q of questions) if (q.type === 'single') singles.set(q.facts[0]!, q)
  const matched = { person: [] as Fact[], term: [] as Fact[] }
  const ordered: Fact[] = []
  for (const question of questions) {
    const facts = checkCommon(question, bank)
    switch (question.type) {
      case 'single':
        expect(question.id).toBe(`gen-single-${facts[0]!.id}`)
        checkSingle(question, facts[0]!)
        break
      case 'numeric':
        expect(question.id).toMatch(new RegExp(`^gen-numeric-${facts[0]!.id}(-\\d+)?$`))
        checkNumeric(question, facts[0]!, singles.get(facts[0]!.id))
        break
      case 'cloze':
        expect(question.id).toMatch(new RegExp(`^gen-cloze-${facts[0]!.id}(-\\d+)?$`))
        checkCloze(question, facts[0]!)
        break
      case 'order':
        checkOrder(question, facts)
        ordered.push(...facts)
        break
      case 'match': {
        const kind = question.prompt.includes('person') ? 'person' : 'term'
        checkMatch(question, facts, kind)
        matched[kind].push(...facts)
        break
      }
      default:
        throw new Error(`unexpected ${question.type} question`)
    }
  }

  // Nothing used twice; every fact that can make a question makes it, or the gates say why not.
  expect(new Set(ordered).size).toBe(ordered.length)
  const events = bank.facts.filter(
    (f, i) =>
      f.event &&
      !leansOnContext(f.text) &&
      bank.facts.findIndex((g) => g.event?.name === f.event!.name && !leansOnContext(g.text)) === i,
  )
  const orders = questions.filter((q) => q.type === 'order')
  const repeatedOrders = dropped.filter((d) => d.gate === 'duplicate' && d.type === 'order')
  expect(orders.length + repeatedOrders.length).toBe(
    maxTimelineGroups(events.map((f) => span(f.event!.date))),
  )
  for (const kind of ['person', 'term'] as const) {
    const can = eligible(bank.facts, kind)
    const all = [
      ...matched[kind],
      ...repeated('match', kind === 'person' ? 'gen-match-people' : 'gen-match-terms').map((id) =>
        byFact(bank, id),
      ),
    ]
    expect(new Set(all).size).toBe(all.length)
    const expected = can.length < 2 ? 0 : can.length - (can.length % 4 === 1 ? 1 : 0)
    expect(all.length).toBe(expected)
  }
  if (expectations) {
    for (const [id, found] of expectations.numbers) {
      const fact = byFact(bank, id)
      const numeric = questions.some((q) => q.type === 'numeric' && q.facts[0] === id)
      expect(numeric).toBe(found.numeric)
      const { value, tolerance = 0 } = fact.number!
      if (found.single && Number.isInteger(value) && tolerance <= value * 0.1) {
        expect(singles.has(id)).toBe(true)
      }
      if (!found.single || !Number.isInteger(value)) expect(singles.has(id)).toBe(false)
    }
    const clozes = questions.filter((q) => q.type === 'cloze').map((q) => q.facts[0])
    expect(new Set(clozes)).toEqual(expectations.clozes)
    for (const [id, gate] of expectations.droppedClozes) {
      expect(dropped.find((d) => d.id === `gen-cloze-${id}`)?.gate).toBe(gate)
    }
  }
  return questions
}

// ---------------------------------------------------------------------------------------------

describe('generateQuestions on synthetic banks', () => {
  const seeds = Array.from({ length: 250 }, (_, i) => `bank-${i}`)

  it('makes only questions whose right answer is right and whose distractors are wrong', () => {
    const counts: Record<string, number> = {}
    for (const seed of seeds) {
      const { bank, expect: expectations } = syntheticBank(seed)
      for (const q of checkBank(bank, expectations)) counts[q.type] = (counts[q.type] ?? 0) + 1
    }
    // The banks exercise every generator many times over.
    for (const type of ['cloze', 'numeric', 'single', 'order', 'match']) {
      expect(counts[type]).toBeGreaterThan(100)
    }
  })

  it('is deterministic: the same bank always gives the same questions', () => {
    for (const seed of seeds.slice(0, 40)) {
      const { bank } = syntheticBank(seed)
      expect(generateQuestions(structuredClone(bank))).toEqual(generateQuestions(bank))
    }
  })

  it('keeps the distractors of about 28,000 (give or take 2,000) well away from it', () => {
    const seen = new Set<string>()
    for (const seed of seeds) {
      const { bank } = syntheticBank(seed)
      const fact: Fact = {
        id: 'troops',
        topic: 'alpha',
        text: 'About 28,000 American troops are based in South Korea.',
        paragraph: 3,
        number: { value: 28000, unit: 'troops', tolerance: 2000 },
      }
      const single = generateQuestions({ ...bank, facts: [fact] }).find((q) => q.type === 'single')
      expect(single?.type).toBe('single')
      if (single?.type !== 'single') continue
      expect(single.answer).toBe('28,000')
      for (const option of single.options) {
        seen.add(option)
        expect(option).toMatch(/^\d\d,000$/)
        expect(['27,000', '27,900', '29,000', '30,000']).not.toContain(option)
      }
    }
    // Seeded by the bank id: different banks draw different distractors.
    expect(seen.size).toBeGreaterThan(20)
  })

  it('orders only events whose order is unambiguous at their precision', () => {
    const bank = syntheticBank('dates').bank
    const event = (id: string, date: string): Fact => ({
      id,
      topic: 'alpha',
      text: `Something happened in ${date}.`,
      paragraph: 1,
      event: { name: `Event ${id}`, date },
    })
    const some = (facts: Fact[]) =>
      generateQuestions({ ...bank, facts }).filter((q) => q.type === 'order')
    // 2018 and 2018-06 overlap: no three events in a certain order.
    expect(some([event('a', '2017'), event('b', '2018'), event('c', '2018-06')])).toEqual([])
    expect(some([event('a', '2018-05'), event('b', '2018-05'), event('c', '2018-06')])).toEqual([])
    const [question] = some([
      event('a', '2017'),
      event('b', '2018'),
      event('c', '2018-06'),
      event('d', '2019-01-02'),
    ])
    expect(question?.type === 'order' && question.items.length).toBe(3)
    expect(question?.facts[0]).toBe('a')
    expect(question?.facts[2]).toBe('d')
  })

  it('spreads long timelines over as many groups as they allow, each across the timeline', () => {
    const bank = syntheticBank('long').bank
    const years = (count: number): Fact[] =>
      Array.from({ length: count }, (_, i) => ({
        id: `year-${i}`,
        topic: 'alpha',
        text: `Event ${i} happened in ${2000 + i}.`,
        paragraph: 1,
        event: { name: `Event ${i}`, date: String(2000 + i) },
      }))
    const twelve = generateQuestions({ ...bank, facts: years(12) })
    expect(twelve).toHaveLength(4)
    for (const q of twelve) {
      checkCommon(q, { ...bank, facts: years(12) })
      const first = Number(q.facts[0]!.slice(5))
      const last = Number(q.facts.at(-1)!.slice(5))
      expect(last - first).toBeGreaterThanOrEqual(6)
    }
    // Past what the exhaustive search takes on, dealing still fills every group.
    const forty = generateQuestions({ ...bank, facts: years(40) })
    expect(forty).toHaveLength(13)
    for (const q of forty)
      if (q.type === 'order')
        checkOrder(
          q,
          years(40).filter((f) => q.facts.includes(f.id)),
        )
  })

  it('makes nothing for a bank with generate: false', () => {
    const { bank } = syntheticBank('off')
    expect(generateQuestions({ ...bank, generate: false })).toEqual([])
  })
})

describe('generateQuestions on the korea-2018 bank', () => {
  const bank = compileLocation(bankAt('questions/korea-2018'), process.cwd()).bank!
  const questions = generateQuestions(bank)

  it('makes only valid and right questions, and says why it dropped the others', () => {
    checkBank(bank)
    const { dropped } = generateWithReport(bank)
    const types = new Set([...questions, ...dropped].map((q) => q.type))
    for (const type of ['cloze', 'numeric', 'single', 'order', 'match'] as const) {
      expect(types).toContain(type)
    }
    expect(questions.length).toBeGreaterThan(0)
  })

  it('drops exactly the questions that repeat one of the teacher', () => {
    const alone = generateQuestions({ ...bank, questions: [] })
    const repeats = alone.filter((q) => repeatsTeacher(q, bank)).map((q) => q.id)
    expect(repeats.length).toBeGreaterThan(0)
    const { dropped } = generateWithReport(bank)
    const duplicates = dropped.filter((d) => d.gate === 'duplicate').map((d) => d.id)
    expect(new Set(duplicates)).toEqual(new Set(repeats))
  })

  it('blanks the figures of the article, an "about" figure with its tolerance', () => {
    const alone = generateQuestions({ ...bank, questions: [] })
    const fact = bank.facts.find((f) => f.id === 'us-troops-28000')!
    const troops = alone.find((q) => q.id === 'gen-numeric-us-troops-28000')
    expect(troops).toMatchObject({
      type: 'numeric',
      value: fact.number!.value,
      tolerance: fact.number!.tolerance,
      prompt: expect.stringMatching(/^Complete with a number: About ___ /),
    })
    expect(fact.number!.tolerance).toBeGreaterThan(0)
    // No figure stated as a bound becomes a choice of numbers.
    for (const f of bank.facts.filter((f) => f.number && qualifierOf(f.text) === 'bound')) {
      expect(alone.some((q) => q.type === 'single' && q.facts.includes(f.id))).toBe(false)
    }
  })

  it('gives ids unique and apart from the bank, the same every time', () => {
    const ids = new Set(questions.map((q) => q.id))
    expect(ids.size).toBe(questions.length)
    for (const q of bank.questions) expect(ids.has(q.id)).toBe(false)
    expect(generateQuestions(bank)).toEqual(questions)
  })

  it('makes nothing when the bank says generate: false', () => {
    expect(generateQuestions({ ...bank, generate: false })).toEqual([])
  })
})
