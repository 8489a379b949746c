import type { Answer, Grade, Verdict } from './answers.ts'
import { parseCloze, type ClozeBlank, type NumberTarget } from './bank/cloze.ts'
import type {
  ClozeQuestion,
  MatchQuestion,
  MultipleQuestion,
  NumericQuestion,
  OrderQuestion,
  Question,
  ShortQuestion,
  SingleQuestion,
  TrueFalseQuestion,
} from './bank/index.ts'
import {
  answerPieces,
  hasWildcard,
  keyOf,
  matchAnswer,
  type Match,
  type MatchOptions,
} from './text.ts'

import { isAnswered } from './answer-state.ts'

// What a question page needs before any answer is graded lives apart, on its first screen.
export { emptyAnswer, isAnswered, scoreQuiz, type QuizScore } from './answer-state.ts'

export type { Answer, Grade, Verdict } from './answers.ts'

/** The answer shape of one question type. */
export type AnswerOf<T extends Answer['type']> = Extract<Answer, { type: T }>

/** Credit this close to 1 counts as 1 (floating-point sums of thirds and the like). */
const FULL = 1 - 1e-9

export function verdictFor(credit: number): Verdict {
  if (credit >= FULL) return 'correct'
  return credit > 0 ? 'partial' : 'incorrect'
}

/**
 * A grade from raw credit: clamped to [0, 1], exactly 1 when full, else rounded to 4 decimals.
 * A `hint` is kept only on an answer short of full credit.
 */
function gradeOf(raw: number, parts?: boolean[], hint?: Grade['hint']): Grade {
  let credit = Number.isFinite(raw) ? Math.min(1, Math.max(0, raw)) : 0
  if (credit >= FULL) credit = 1
  // Rounding must not turn a partial answer into a correct one.
  else credit = Math.min(0.9999, Math.round(credit * 10_000) / 10_000)
  return {
    credit,
    verdict: verdictFor(credit),
    ...(parts ? { parts } : {}),
    ...(hint && credit < 1 ? { hint } : {}),
  }
}

/** How typed answers to a question are matched: its settings and its bank's language. */
const matchOptions = (question: {
  typos?: boolean
  language?: string
  case?: boolean
  wildcards?: boolean
}): MatchOptions => ({
  typos: question.typos === true,
  language: question.language ?? 'en',
  case: question.case === true,
  wildcards: question.wildcards === true,
})

/** The feedback hint for the near misses among some matches, spelling first. */
const hintOf = (matches: readonly Match[]): Grade['hint'] =>
  matches.includes('spelling') ? 'spelling' : matches.includes('unit') ? 'unit' : undefined

/**
 * Single choice: 1 for the right option, 0 for any other or none. With `weights` (percent per
 * option text), another option earns its weight / 100, floored at 0 and capped at 1; the right
 * option always earns 1.
 */
export function gradeSingle(
  question: Pick<SingleQuestion, 'answer' | 'weights'>,
  answer: AnswerOf<'single'>,
): Grade {
  const { choice } = answer
  if (choice === null) return gradeOf(0)
  if (choice === question.answer) return gradeOf(1)
  return gradeOf((question.weights?.[choice] ?? 0) / 100)
}

/**
 * Multiple choice: without `weights`, each right option picked earns 1/R (R right options) and
 * each wrong option picked costs 1/W (W wrong options; nothing when there are none); the credit
 * is the sum, floored at 0, capped at 1. With `weights`, the credit is the sum of the picked
 * options' weights / 100, clamped to [0, 1]. Texts that are not options are ignored. `parts`:
 * per option in `options` order, whether it was rightly picked or rightly left.
 */
export function gradeMultiple(
  question: Pick<MultipleQuestion, 'options' | 'answers' | 'weights'>,
  answer: AnswerOf<'multiple'>,
): Grade {
  const picked = new Set(answer.choices)
  const right = new Set(question.answers)
  const options = [...new Set(question.options)]
  const parts = options.map((o) => picked.has(o) === right.has(o))
  const chosen = options.filter((o) => picked.has(o))
  if (question.weights) {
    const weights = question.weights
    return gradeOf(chosen.reduce((sum, o) => sum + (weights[o] ?? 0), 0) / 100, parts)
  }
  const rightCount = options.filter((o) => right.has(o)).length
  const wrongCount = options.length - rightCount
  const credit = chosen.reduce(
    (sum, o) => (right.has(o) ? sum + 1 / rightCount : wrongCount > 0 ? sum - 1 / wrongCount : sum),
    0,
  )
  return gradeOf(credit, parts)
}

/** True/false: 1 for the right value, 0 for the other or none. */
export function gradeTrueFalse(
  question: Pick<TrueFalseQuestion, 'answer'>,
  answer: AnswerOf<'truefalse'>,
): Grade {
  return gradeOf(answer.choice === question.answer ? 1 : 0)
}

function hits(target: NumberTarget, x: number): boolean {
  if (target.range) {
    const [a, b] = target.range
    const low = Math.min(a, b)
    const high = Math.max(a, b)
    const epsilon = 1e-9 * Math.max(1, Math.abs(low), Math.abs(high))
    return x >= low - epsilon && x <= high + epsilon
  }
  if (target.value === undefined) return false
  const tolerance = target.tolerance ?? 0
  const epsilon = 1e-9 * Math.max(1, Math.abs(target.value), tolerance)
  return Math.abs(x - target.value) <= tolerance + epsilon
}

/**
 * Numeric: the typed text is read by `readNumber` (the question's unit may follow the number, and
 * number words of the bank's language are numbers); unreadable text earns 0. Full credit when |x − value| ≤ tolerance (default 0), or when
 * lowest ≤ x ≤ highest for a range, both inclusive. Otherwise the first `partial` target the
 * number hits gives its credit; else 0.
 */
export function gradeNumeric(
  question: Pick<NumericQuestion, 'value' | 'tolerance' | 'range' | 'unit' | 'partial'> & {
    language?: string
  },
  answer: AnswerOf<'numeric'>,
): Grade {
  const x = readNumber(answer.text, question.unit, question.language)
  if (x === undefined) return gradeOf(0)
  if (hits(question, x)) return gradeOf(1)
  return gradeOf(question.partial?.find((target) => hits(target, x))?.credit ?? 0)
}

/**
 * Short answer: right when the text matches one accepted answer as `matchAnswer` compares them
 * (case, accents, a leading article, punctuation, spacing, hyphens and the way a number is written
 * do not count). With `typos: true`, one typo (one Damerau edit) in one word of 6 or more letters
 * is forgiven; never in shorter words, never more than one. With `case: true` the case counts;
 * with `wildcards: true` a `*` in an accepted answer stands for any run of characters. A near
 * miss earns 0 with a `hint`.
 */
export function gradeShort(
  question: Pick<ShortQuestion, 'answers' | 'typos' | 'case' | 'wildcards'> & {
    language?: string
  },
  answer: AnswerOf<'short'>,
): Grade {
  const match = matchAnswer(answer.text, question.answers, matchOptions(question))
  return gradeOf(match === 'right' ? 1 : 0, undefined, hintOf([match]))
}

/**
 * How a text stands against one cloze blank: typed like a short answer, a drop-down's choice
 * exactly (one of its right choices), a number as `gradeNumeric` reads it against its target.
 */
function matchBlank(blank: ClozeBlank | undefined, given: string, options: MatchOptions): Match {
  if (blank?.kind === 'choice') return blank.answers.includes(given) ? 'right' : 'wrong'
  if (blank?.kind === 'numeric') {
    const x = readNumber(given, undefined, options.language)
    return x !== undefined && hits(blank.target, x) ? 'right' : 'wrong'
  }
  return matchAnswer(given, blank?.answers ?? [], options)
}

/**
 * Cloze: each blank is graded by its kind (`matchBlank`; typed ones with the question's `typos`
 * and language); the typed blanks of one group (`{{@name: …}}`) take their answers in any order,
 * each typed answer filling at most one of them. The credit is right blanks / blanks, with no
 * penalty for wrong ones. `parts`: per blank, in reading order.
 */
export function gradeCloze(
  question: Pick<ClozeQuestion, 'text' | 'typos'> & { language?: string },
  answer: AnswerOf<'cloze'>,
): Grade {
  const { kinds, groups } = parseCloze(question.text)
  const options = matchOptions(question)
  const typed = (i: number) => answer.blanks[i] ?? ''
  const matches = kinds.map((blank, i) => matchBlank(blank, typed(i), options))
  const parts = matches.map((m) => m === 'right')
  for (const name of new Set(groups.filter((g) => g !== undefined))) {
    const members = groups.flatMap((g, i) => (g === name ? [i] : []))
    const fits = (i: number, j: number) => matchBlank(kinds[j], typed(i), options) === 'right'
    const filled = bestAssignment(members, fits)
    for (const i of members) parts[i] = filled.has(i)
  }
  const right = parts.filter(Boolean).length
  const hint = hintOf(matches.filter((_, i) => !parts[i]))
  return gradeOf(kinds.length === 0 ? 0 : right / kinds.length, parts, hint)
}

/**
 * The most blanks of one group that the typed answers can fill, each answer used once (Kuhn's
 * augmenting paths): the positions whose answer fills some blank of the group.
 */
function bestAssignment(
  members: readonly number[],
  fits: (typedAt: number, blank: number) => boolean,
): Set<number> {
  const filledBy = new Map<number, number>()
  const tryFill = (i: number, seen: Set<number>): boolean =>
    members.some((j) => {
      if (seen.has(j) || !fits(i, j)) return false
      seen.add(j)
      const holder = filledBy.get(j)
      if (holder === undefined || tryFill(holder, seen)) {
        filledBy.set(j, i)
        return true
      }
      return false
    })
  for (const i of members) tryFill(i, new Set())
  return new Set(filledBy.values())
}

/**
 * Order: the credit is the share of neighbouring pairs in the learner's order that also follow
 * each other, in that order, in the right order: pairs kept / (n − 1). Exactly 1 only for the
 * right order itself. `parts`: per position, whether the item there is in its right place.
 */
export function gradeOrder(
  question: Pick<OrderQuestion, 'items'>,
  answer: AnswerOf<'order'>,
): Grade {
  const right = question.items
  const given = answer.items
  const parts = right.map((item, i) => given[i] === item)
  if (given.length === right.length && parts.every(Boolean)) return gradeOf(1, parts)
  const pairs = new Set(right.slice(1).map((item, i) => pairKey(right[i] as string, item)))
  const kept = given
    .slice(1)
    .filter((item, i) => pairs.has(pairKey(given[i] as string, item))).length
  if (right.length < 2) return gradeOf(0, parts)
  // Any order but the right one stays below full credit, whatever it repeats or leaves out.
  const gaps = right.length - 1
  return gradeOf(Math.min(kept, gaps - 1) / gaps, parts)
}

const pairKey = (a: string, b: string) => JSON.stringify([a, b])

/**
 * Match: over n pairs, each pair matched right earns 1/n, each wrong choice costs 1/(2n), a pair
 * left empty costs nothing; the credit is the sum, floored at 0. `parts`: per pair, in the
 * question's order.
 */
export function gradeMatch(
  question: Pick<MatchQuestion, 'pairs'>,
  answer: AnswerOf<'match'>,
): Grade {
  const n = question.pairs.length
  if (n === 0) return gradeOf(0, [])
  let credit = 0
  const parts = question.pairs.map(({ left, right }) => {
    const choice = answer.choices[left] ?? ''
    if (choice === right) credit += 1 / n
    else if (choice.trim() !== '') credit -= 1 / (2 * n)
    return choice === right
  })
  return gradeOf(credit, parts)
}

/** Grades an answer by its question's type; an answer of another type than the question earns 0. */
export function gradeAnswer(question: Question, answer: Answer): Grade {
  switch (question.type) {
    case 'single':
      return answer.type === 'single' ? gradeSingle(question, answer) : gradeOf(0)
    case 'multiple':
      return answer.type === 'multiple' ? gradeMultiple(question, answer) : gradeOf(0)
    case 'truefalse':
      return answer.type === 'truefalse' ? gradeTrueFalse(question, answer) : gradeOf(0)
    case 'numeric':
      return answer.type === 'numeric' ? gradeNumeric(question, answer) : gradeOf(0)
    case 'short':
      return answer.type === 'short' ? gradeShort(question, answer) : gradeOf(0)
    case 'cloze':
      return answer.type === 'cloze' ? gradeCloze(question, answer) : gradeOf(0)
    case 'order':
      return answer.type === 'order' ? gradeOrder(question, answer) : gradeOf(0)
    case 'match':
      return answer.type === 'match' ? gradeMatch(question, answer) : gradeOf(0)
  }
}

/** The first accepted text that a learner can type: one that does not normalize to nothing. */
const typeable = (accepted: readonly string[]) =>
  accepted.find((text) => matchAnswer(text, [text]) === 'right') ?? accepted[0] ?? ''

/** A number target's right number: the value, or the lowest of the range. */
function targetNumber(target: NumberTarget): string {
  const value = target.range ? Math.min(...target.range) : target.value
  return value === undefined ? '' : formatNumber(value)
}

/**
 * A short question's answers as a learner reads them. With wildcards, those without a star come
 * first, and a star shows as "…" (`\*` as a star): a pattern is never shown as if it were a word.
 */
function readableAnswers(question: ShortQuestion): string[] {
  if (!question.wildcards) return question.answers
  return [
    ...question.answers.filter((a) => !hasWildcard(a)),
    ...question.answers.filter(hasWildcard),
  ].map((a) => a.replace(/\\\*|\*/g, (star) => (star === '*' ? '…' : '*')))
}

/** What fills a cloze blank rightly: its first typeable answer, its first right choice, its number. */
function rightFill(blank: ClozeBlank): string {
  if (blank.kind === 'numeric') return targetNumber(blank.target)
  return blank.kind === 'choice' ? (blank.answers[0] ?? '') : typeable(blank.answers)
}

/**
 * An answer that earns full credit: the right option or options (with weights, those of positive
 * weight), the value or the lowest number of the range, the first accepted text (a wildcard's
 * star as "…"), each blank filled by `rightFill`, the items in their right order, every pair matched. Only a faulty bank (weights short of
 * 100%) keeps it below 1.
 */
export function rightAnswer(question: Question): Answer {
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: question.answer }
    case 'multiple': {
      const weights = question.weights
      const choices = weights
        ? question.options.filter((o) => (weights[o] ?? 0) > 0)
        : question.options.filter((o) => question.answers.includes(o))
      return { type: 'multiple', choices: [...new Set(choices)] }
    }
    case 'truefalse':
      return { type: 'truefalse', choice: question.answer }
    case 'numeric':
      return { type: 'numeric', text: targetNumber(question) }
    case 'short':
      return { type: 'short', text: typeable(readableAnswers(question)) }
    case 'cloze':
      return { type: 'cloze', blanks: parseCloze(question.text).kinds.map(rightFill) }
    case 'order':
      return { type: 'order', items: [...question.items] }
    case 'match':
      return {
        type: 'match',
        choices: Object.fromEntries(question.pairs.map(({ left, right }) => [left, right])),
      }
  }
}

const SEPARATORS = /[\s\u00a0\u2007\u2009\u202f]+/gu

/** Plural and singular spellings of a unit, longest first: troops → troops, troop. */
function unitForms(unit: string): string[] {
  const forms = new Set([unit])
  if (/ies$/i.test(unit)) forms.add(`${unit.slice(0, -3)}y`)
  else if (/(?:ch|sh|ss|x|z)es$/i.test(unit)) forms.add(unit.slice(0, -2))
  else if (/[^s]s$/i.test(unit)) forms.add(unit.slice(0, -1))
  else if (/[^aeiou]y$/i.test(unit)) forms.add(`${unit.slice(0, -1)}ies`)
  else if (/(?:ch|sh|s|x|z)$/i.test(unit)) forms.add(`${unit}es`)
  else forms.add(`${unit}s`)
  return [...forms].sort((a, b) => b.length - a.length)
}

/**
 * Reads a typed number: an optional sign (+, -, −), digits with optional thousands separators
 * (commas, or spaces including no-break and thin ones; one kind per number, groups of three), and
 * an optional decimal part after a point, or after a comma not followed by exactly three digits
 * ("3,5" is 3.5, "3,500" is 3500). Surrounding spaces are fine, and so is the question's unit after
 * the number, in any case, singular or plural, with or without a space ("28,000troops",
 * "28 000 Troop"). Anything else (words, "28k", "about 28000", nothing) gives undefined.
 */
export function parseNumber(text: string, unit?: string): number | undefined {
  let rest = text.replace(SEPARATORS, ' ').trim()
  const unitText = unit?.replace(SEPARATORS, ' ').trim()
  if (unitText) {
    const form = unitForms(unitText).find(
      (f) => rest.length > f.length && rest.slice(-f.length).toLowerCase() === f.toLowerCase(),
    )
    if (form) rest = rest.slice(0, -form.length).trimEnd()
  }
  const match = /^([+\-\u2212]?)(\d+(?:[, ]\d{3})*)?(?:([.,])(\d+))?$/u.exec(rest)
  if (!match) return undefined
  const [, sign = '', whole = '', point, fraction] = match
  if (whole === '' && (point !== '.' || fraction === undefined)) return undefined
  const separators = new Set(whole.replace(/\d/g, ''))
  if (separators.size > 1) return undefined
  if (separators.size === 1) {
    const [head = ''] = whole.split(/[, ]/)
    if (head.length > 3) return undefined
    if (point === ',' && separators.has(',')) return undefined
  }
  const digits = `${whole.replace(/[, ]/g, '') || '0'}${fraction !== undefined ? `.${fraction}` : ''}`
  const value = Number(`${sign === '' || sign === '+' ? '' : '-'}${digits}`)
  return Number.isFinite(value) ? value : undefined
}

/**
 * Reads a typed number the way a fair teacher would: `parseNumber`'s digits (after NFKC, so
 * full-width digits count, and with trailing punctuation ignored: "1953."), or failing that one
 * number in words or digits of the bank's language, alone or followed by the unit ("twenty-eight
 * thousand", "28 thousand troops"). Anything more ("about 28000") gives undefined.
 */
export function readNumber(text: string, unit?: string, language = 'en'): number | undefined {
  const plain = text.normalize('NFKC').replace(/[\s.!?;:…]+$/u, '')
  const strict = parseNumber(plain, unit)
  if (strict !== undefined) return strict
  const [first, ...rest] = answerPieces(plain, language)
  if (!first || !('number' in first)) return undefined
  const after = keyOf(rest)
  const units = unit ? unitForms(unit).map((form) => keyOf(answerPieces(form, language))) : []
  return after === '' || units.includes(after) ? first.number : undefined
}

// Made on first use, one per locale: building a number format loads locale data, a long task on a
// slow phone that the first question does not need.
const numberFormats = new Map<string, Intl.NumberFormat>()

/**
 * A number as the app shows it, grouped from five digits: 28,000, 1953 or -3.5 in `en-US`, the
 * locale of the English sentences it goes into here; 28 000 (a narrow no-break space) in `fr`.
 */
export function formatNumber(value: number, locale = 'en-US'): string {
  let format = numberFormats.get(locale)
  if (!format) {
    // `min2`: no separator in a four-digit number, so a year reads 1953, not 1,953; 28,000 keeps it.
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 20, useGrouping: 'min2' })
    numberFormats.set(locale, format)
  }
  return format.format(value)
}

const withUnit = (text: string, unit: string | undefined) => (unit ? `${text} ${unit}` : text)

/**
 * The locale a question's numbers are shown in: its language's (28 000 in a French bank, where
 * 28,000 would read as a decimal), `en-US` for English, whose sentences here are written for it.
 */
const numberLocale = (language: string | undefined) =>
  !language || /^en(?:-|$)/i.test(language) ? 'en-US' : language

/**
 * A number target as the right answer reads: "28,000 troops (±2,000)", "between 1 and 2"; in a
 * bank in another language, its numbers in that language and a range as a range ("13–14 ans").
 */
function targetText(target: NumberTarget, language: string | undefined, unit?: string): string {
  const locale = numberLocale(language)
  const number = (value: number) => formatNumber(value, locale)
  if (target.range) {
    const [low, high] = target.range
    return withUnit(
      locale === 'en-US'
        ? `between ${number(low)} and ${number(high)}`
        : `${number(low)}–${number(high)}`,
      unit,
    )
  }
  if (target.value === undefined) return ''
  const tolerance = target.tolerance ?? 0
  const text = withUnit(number(target.value), unit)
  return tolerance > 0 ? `${text} (±${number(tolerance)})` : text
}

/** Blanks, pairs and choices the learner left empty show as this. */
const EMPTY = '___'

/** The text a learner reads as "the right answer" in feedback and results. */
export function rightAnswerText(question: Question): string {
  switch (question.type) {
    case 'single':
      return question.answer
    case 'multiple':
      return question.options.filter((o) => question.answers.includes(o)).join('; ')
    case 'truefalse':
      return question.answer ? 'True' : 'False'
    case 'numeric':
      return targetText(question, question.language, question.unit)
    case 'short':
      return readableAnswers(question)[0] ?? ''
    case 'cloze':
      return parseCloze(question.text)
        .segments.map((s) =>
          typeof s === 'string'
            ? s
            : s.kind === 'numeric'
              ? targetText(s.target, question.language)
              : (s.answers[0] ?? ''),
        )
        .join('')
    case 'order':
      return question.items.join(' → ')
    case 'match':
      return question.pairs.map(({ left, right }) => `${left} → ${right}`).join('; ')
  }
}

/** The learner's answer as text, in the style of `rightAnswerText`; "(no answer)" when none. */
export function answerText(question: Question, answer: Answer | undefined): string {
  if (answer === undefined || !isAnswered(answer)) return '(no answer)'
  switch (answer.type) {
    case 'single':
      return answer.choice ?? ''
    case 'multiple': {
      const options = question.type === 'multiple' ? question.options : []
      const known = options.filter((o) => answer.choices.includes(o))
      return [...known, ...answer.choices.filter((c) => !options.includes(c))].join('; ')
    }
    case 'truefalse':
      return answer.choice ? 'True' : 'False'
    case 'numeric':
    case 'short':
      return answer.text.trim()
    case 'cloze': {
      const filled = answer.blanks.map((text) => text.trim() || EMPTY)
      if (question.type !== 'cloze') return filled.join('; ')
      return parseCloze(question.text)
        .segments.map((s) => (typeof s === 'string' ? s : (filled[s.blank] ?? EMPTY)))
        .join('')
    }
    case 'order':
      return answer.items.join(' → ')
    case 'match': {
      const lefts =
        question.type === 'match' ? question.pairs.map((p) => p.left) : Object.keys(answer.choices)
      return lefts.map((left) => `${left} → ${answer.choices[left]?.trim() || EMPTY}`).join('; ')
    }
  }
}
