import type { Answer, Grade } from '../answers.ts'
import { parseCloze, type ClozeBlank, type NumberTarget } from '../bank/cloze.ts'
import type { MatchQuestion, Question } from '../bank/index.ts'
import { isAnswered, readNumber, rightAnswer } from '../grading.ts'
import type { QuizQuestion } from '../quiz.ts'
import type { RichNode } from '../rich/nodes.ts'
import { hasWildcard } from '../text.ts'

/**
 * One checked answer as SCORM 1.2, SCORM 2004 4th edition and xAPI 1.0.3 (cmi5) report it: an
 * interaction's type, the learner's response and the right responses, in each standard's format.
 *
 * Ids follow the bank's order, never the shuffled order a quiz shows: an option, an order item, a
 * match's left or right text is `a`…`z`, then `0`…`9` (`idOf`). SCORM 1.2 allows only those 36
 * single characters in a choice, a sequencing or a matching; SCORM 2004 promises no more than 36 of
 * them in one response. A question with more options, items or texts is reported as 1.2's
 * `performance` or 2004's `long-fill-in`, its ids written out in plain text; so is a cloze of more
 * than the 10 blanks a 2004 fill-in holds. SCORM 1.2 calls its strings ASCII: a learner's other
 * letters are kept as typed rather than lost.
 */

export type ScormVersion = '1.2' | '2004'

export type ScormInteractionType =
  | 'true-false'
  | 'choice'
  | 'fill-in'
  | 'long-fill-in'
  | 'numeric'
  | 'sequencing'
  | 'matching'
  | 'performance'

/** What `cmi.interactions.n` gets for one answer. */
export interface ScormInteraction {
  /** 1.2 `cmi.interactions.n.id` (CMIIdentifier), 2004 a URN (long_identifier_type). */
  id: string
  type: ScormInteractionType
  /**
   * 1.2 `student_response`, 2004 `learner_response`; undefined when there is nothing to write in
   * the standard's format: an answer left empty (2004 refuses an empty choice, numeric, sequencing,
   * matching or true-false response, and 1.2 has no empty form for them), or a number that does not
   * read as one. The result still says how the answer was graded.
   */
  response?: string
  /** `correct_responses.n.pattern`, in order. */
  patterns: string[]
  /** `correct`, `wrong` (1.2) or `incorrect` (2004), or the partial credit as a decimal: `0.5`. */
  result: string
  /** 2004 only: the prompt as plain text, at most 250 characters. */
  description?: string
}

export type XapiInteractionType = XapiDefinition['interactionType']

/** An option, an order item, or a match's left or right text, as xAPI lists them. */
export interface XapiComponent {
  id: string
  description: Record<string, string>
}

/**
 * An interaction activity's definition, one shape per type as xAPI 1.0.3 (and @xapi/cmi5's types)
 * give them: choices beside a choice or a sequencing, source and target beside a matching.
 */
export type XapiDefinition = {
  type: 'http://adlnet.gov/expapi/activities/cmi.interaction'
  name: Record<string, string>
  description: Record<string, string>
} & (
  | { interactionType: 'true-false'; correctResponsesPattern: ['true'] | ['false'] }
  | {
      interactionType: 'fill-in' | 'long-fill-in' | 'numeric' | 'other'
      correctResponsesPattern: string[]
    }
  | {
      interactionType: 'choice' | 'sequencing'
      correctResponsesPattern: string[]
      choices: XapiComponent[]
    }
  | {
      interactionType: 'matching'
      correctResponsesPattern: string[]
      source: XapiComponent[]
      target: XapiComponent[]
    }
)

/** The `object.definition` and `result.response` of an xAPI `answered` statement. */
export interface XapiInteraction {
  definition: XapiDefinition
  /** '' for an answer left empty, or a number that does not read as one. */
  response: string
  /** A numeric answer's text as typed, when it does not read as a number (for a result extension). */
  typed?: string
}

/**
 * A bank text (its question's `format`) as plain words. The default keeps the text as written; the
 * package passes one that reads the nodes its build compiled (`nodesText`), so that no Markdown or
 * HTML parser loads in a learner's page.
 */
export type PlainText = (text: string, format: 'markdown' | 'html' | 'plain') => string

const asWritten: PlainText = (text) => text

/** Block elements: their text is set apart from what comes before and after it. */
const BLOCKS = new Set(['p', 'li', 'tr', 'th', 'td', 'pre', 'blockquote', 'caption'])

/** The words of compiled nodes (rich/nodes.ts): a picture by its alt text, a blank as `___`. */
export function nodesText(nodes: readonly RichNode[]): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return node
      if ('blank' in node) return '___'
      if (node.tag === 'img') return node.alt
      if (node.tag === 'br') return ' '
      const text = nodesText(node.children)
      return BLOCKS.has(node.tag) ? ` ${text} ` : text
    })
    .join('')
}

// ——— ids ———

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'

/** The id of the `index`-th option, item or text in the bank's order: `a`, …, `9`, then `i37`, …. */
export const idOf = (index: number): string => ALPHABET[index] ?? `i${index + 1}`

/** Most ids SCORM 1.2 can write in one choice, sequencing or matching (and 2004 promises). */
const MOST_IDS = ALPHABET.length

/** A single or multiple question's options in the bank's order, each once. */
export const optionsOf = (question: { options: readonly string[] }): string[] => [
  ...new Set(question.options),
]

/** A match question's right-hand texts in the bank's order: its pairs', then its distractors'. */
export const rightTextsOf = (question: Pick<MatchQuestion, 'pairs' | 'distractors'>): string[] => [
  ...new Set([...question.pairs.map((p) => p.right), ...(question.distractors ?? [])]),
]

/** The positions of `given` texts in `list`, a repeated text taking the next place it holds. */
export function positionsIn(list: readonly string[], given: readonly string[]): number[] {
  const taken = new Set<number>()
  return given.flatMap((text) => {
    const at = list.findIndex((item, i) => item === text && !taken.has(i))
    if (at < 0) return []
    taken.add(at)
    return [at]
  })
}

/** SCORM 1.2's CMIIdentifier: no spaces, at most 255 characters; kept to letters, digits, _ and -. */
const scorm12Id = (question: QuizQuestion) =>
  `${question.bankId}__${question.id}`.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 255)

/** SCORM 2004's long_identifier_type: a URN of the bank and the question. */
const scorm2004Id = (question: QuizQuestion) =>
  `urn:factline:${encodeURIComponent(question.bankId)}:${encodeURIComponent(question.id)}`

// ——— what an answer says, before any standard's format ———

type Pair = readonly [left: number, right: number]

/**
 * An answer read against its question, in the bank's order; `given` is undefined for an answer
 * left empty (or of another type than its question).
 */
type Reading =
  | { type: 'true-false'; given?: boolean; right: boolean }
  | { type: 'choice' | 'sequencing'; size: number; given?: number[]; right: number[] }
  | { type: 'matching'; size: number; given?: Pair[]; right: Pair[] }
  | { type: 'numeric'; given?: number; typed: string; right: NumberTarget }
  | { type: 'fill-in'; blanks: number; given?: string[]; right: string[][]; caseMatters: boolean }

/** The ids an answer picks, orders or matches (undefined: nothing), in the bank's order. */
function picked(question: Question, answer: Answer): number[] | Pair[] | undefined {
  if (!isAnswered(answer)) return undefined
  if (answer.type === 'single' && question.type === 'single' && answer.choice !== null) {
    const at = optionsOf(question).indexOf(answer.choice)
    return at < 0 ? undefined : [at]
  }
  if (answer.type === 'multiple' && question.type === 'multiple') {
    const options = optionsOf(question)
    const ids = options.flatMap((option, i) => (answer.choices.includes(option) ? [i] : []))
    return ids.length > 0 ? ids : undefined
  }
  if (answer.type === 'order' && question.type === 'order') {
    const ids = positionsIn(question.items, answer.items)
    return ids.length > 0 ? ids : undefined
  }
  if (answer.type === 'match' && question.type === 'match') {
    const rights = rightTextsOf(question)
    const pairs = question.pairs.flatMap(({ left }, i): Pair[] => {
      const at = rights.indexOf(answer.choices[left] ?? '')
      return at < 0 ? [] : [[i, at]]
    })
    return pairs.length > 0 ? pairs : undefined
  }
  return undefined
}

/** A number target's one right number, where a single one is written: the value, or the lowest. */
function rightNumber({ value, range }: NumberTarget): string[] {
  const number = range ? Math.min(...range) : value
  return number === undefined ? [] : [decimal(number)]
}

/** A cloze blank's right fill: its first accepted answer, its first right choice, its number. */
const blankPattern = (blank: ClozeBlank): string =>
  blank.kind === 'numeric' ? (rightNumber(blank.target)[0] ?? '') : (blank.answers[0] ?? '')

/** With wildcards, an accepted answer with a `*` is a pattern no LMS can compare: it is left out. */
function acceptedTexts(question: Extract<Question, { type: 'short' }>): string[] {
  if (!question.wildcards) return question.answers
  return question.answers.filter((a) => !hasWildcard(a)).map((a) => a.replace(/\\\*/g, '*'))
}

function readAnswer(question: Question, answer: Answer): Reading {
  switch (question.type) {
    case 'truefalse':
      return {
        type: 'true-false',
        given: answer.type === 'truefalse' ? (answer.choice ?? undefined) : undefined,
        right: question.answer,
      }
    case 'single':
    case 'multiple':
    case 'order':
      return {
        type: question.type === 'order' ? 'sequencing' : 'choice',
        size: question.type === 'order' ? question.items.length : optionsOf(question).length,
        given: picked(question, answer) as number[] | undefined,
        right: (picked(question, rightAnswer(question)) ?? []) as number[],
      }
    case 'match':
      return {
        type: 'matching',
        size: Math.max(question.pairs.length, rightTextsOf(question).length),
        given: picked(question, answer) as Pair[] | undefined,
        right: (picked(question, rightAnswer(question)) ?? []) as Pair[],
      }
    case 'numeric': {
      const typed = answer.type === 'numeric' ? answer.text.trim() : ''
      return {
        type: 'numeric',
        given: typed ? readNumber(typed, question.unit, question.language) : undefined,
        typed,
        right: question,
      }
    }
    case 'short':
      return {
        type: 'fill-in',
        blanks: 1,
        given: answer.type === 'short' && isAnswered(answer) ? [answer.text] : undefined,
        right: acceptedTexts(question).map((text) => [text]),
        caseMatters: question.case === true,
      }
    case 'cloze': {
      const { kinds } = parseCloze(question.text)
      return {
        type: 'fill-in',
        blanks: kinds.length,
        given:
          answer.type === 'cloze' && isAnswered(answer)
            ? kinds.map((_, i) => answer.blanks[i] ?? '')
            : undefined,
        right: [kinds.map(blankPattern)],
        caseMatters: false,
      }
    }
  }
}

// ——— the standards' formats ———

/**
 * A number as a plain decimal (CMIDecimal, real(10,7)): never `1e+21`, never `0.30000000000000004`
 * where the bank says 0.3.
 */
export function decimal(value: number): string {
  const tidy = Number(value.toPrecision(12))
  const text = String(tidy)
  return /e/i.test(text)
    ? tidy.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
    : text
}

/** A numeric target as its lowest and highest right number. */
function bounds({ value, tolerance = 0, range }: NumberTarget): [number, number] | undefined {
  if (range) return [Math.min(...range), Math.max(...range)]
  return value === undefined ? undefined : [value - tolerance, value + tolerance]
}

/** Spaces and line breaks run together: a learner's or a bank's text on one line. */
const oneLine = (text: string) => text.replace(/\s+/gu, ' ').trim()

/** At most `most` UTF-16 units, never half a surrogate pair. */
function cut(text: string, most: number): string {
  if (text.length <= most) return text
  const end = /[\uD800-\uDBFF]/.test(text[most - 1] ?? '') ? most - 1 : most
  return text.slice(0, end)
}

/**
 * A text inside a SCORM 2004 or xAPI value. Both reserve `[,]`, `[.]` and `[:]` as separators
 * wherever they stand, and `{lang=…}`, `{case_matters=…}`, `{order_matters=…}` at the start of a
 * value, and neither defines a way to escape them: a learner who types `a[,]b` into a fill-in would
 * be read as giving two answers, and a text opening with `{` as opening a delimiter (scorm-again,
 * which checks values by the 2004 book, does both). So such a token's brackets are written as
 * parentheses, `a(,)b`, and an opening `{` as `(`: the words stay readable and the value keeps
 * the meaning the format gives it.
 */
export const delimiterSafe = (text: string) =>
  oneLine(text)
    .replace(/\[([,.:])\]/g, '($1)')
    .replace(/^\{/, '(')

/** How one standard writes what `Reading` says. */
interface Format {
  /** Between the ids of a list, the pairs of a matching and the blanks of a fill-in. */
  list: string
  /** Between a matched left and right id. */
  pair: string
  truth: (value: boolean) => string
  /** One text of a fill-in, as the standard holds it. */
  text: (text: string) => string
  /** A whole value, cut to the most the standard holds. */
  whole: (text: string) => string
  /** A numeric question's right responses. */
  range: (target: NumberTarget) => string[]
  /** Most ids in one list, blanks in one fill-in, patterns of a fill-in. */
  most: { ids: number; blanks: number; patterns: number }
  /** The type of a question with more ids or blanks than `most`. */
  overflow: ScormInteractionType
  /** Whether a fill-in pattern may open with `{case_matters=true}`. */
  caseMatters: boolean
}

/** 2004 and xAPI write a right number as a range, `min[:]max` (a value ± its tolerance). */
const rangePattern = (target: NumberTarget) => {
  const found = bounds(target)
  return found ? [found.map(decimal).join('[:]')] : []
}

// SCORM 2004 4th edition RTE: the reserved `[,]` and `[.]`; a fill-in holds 10 texts of 250
// characters, a long-fill-in 4,000; an LMS must keep 5 patterns of a fill-in.
const SCORM_2004: Format = {
  list: '[,]',
  pair: '[.]',
  truth: String,
  text: (text) => cut(delimiterSafe(text), 250),
  whole: (text) => cut(text, 4000),
  range: rangePattern,
  most: { ids: MOST_IDS, blanks: 10, patterns: 5 },
  overflow: 'long-fill-in',
  caseMatters: true,
}

const FORMATS: Record<ScormVersion | 'xapi', Format> = {
  // SCORM 1.2 RTE: single characters [0-9a-z] joined by commas, `t`/`f`, CMIDecimal, and
  // CMIString255 for fill-ins (one string: the blanks joined by commas for reading only).
  '1.2': {
    list: ',',
    pair: '.',
    truth: (value) => (value ? 't' : 'f'),
    text: oneLine,
    whole: (text) => cut(text, 255),
    // No ranges in 1.2: the value, or the lowest number of the range.
    range: rightNumber,
    most: { ids: MOST_IDS, blanks: Infinity, patterns: Infinity },
    overflow: 'performance',
    caseMatters: false,
  },
  '2004': SCORM_2004,
  // xAPI 1.0.3 takes 2004's formats without their limits.
  xapi: {
    ...SCORM_2004,
    text: delimiterSafe,
    whole: (text) => text,
    most: { ids: Infinity, blanks: Infinity, patterns: Infinity },
  },
}

/** An answer's reading in one format: its type, response and patterns. */
function write(reading: Reading, format: Format) {
  const { list, pair, whole } = format
  switch (reading.type) {
    case 'true-false': {
      const { given, right } = reading
      return {
        type: reading.type,
        response: given === undefined ? undefined : format.truth(given),
        patterns: [format.truth(right)],
      }
    }
    case 'choice':
    case 'sequencing':
    case 'matching': {
      const over = reading.size > format.most.ids
      // Past the most ids, the plain-text type takes them with plain separators.
      const ids = (entries: readonly (number | Pair)[]) =>
        whole(
          entries
            .map((e) => (typeof e === 'number' ? idOf(e) : e.map(idOf).join(over ? '.' : pair)))
            .join(over ? ',' : list),
        )
      return {
        type: over ? format.overflow : reading.type,
        response: reading.given && ids(reading.given),
        patterns: reading.right.length > 0 ? [ids(reading.right)] : [],
      }
    }
    case 'numeric':
      return {
        type: reading.type,
        response: reading.given === undefined ? undefined : decimal(reading.given),
        patterns: format.range(reading.right),
      }
    case 'fill-in': {
      const over = reading.blanks > format.most.blanks
      const texts = (parts: readonly string[]) =>
        whole(parts.map(format.text).join(over ? ' | ' : list))
      const prefix = reading.caseMatters && format.caseMatters ? '{case_matters=true}' : ''
      return {
        type: over ? format.overflow : reading.type,
        response: reading.given && texts(reading.given),
        patterns: reading.right
          .slice(0, format.most.patterns)
          .map((parts) => `${prefix}${texts(parts)}`),
      }
    }
  }
}

/** `correct` for full credit, `wrong` (1.2) or `incorrect` (2004) for none, else the credit. */
function resultOf(version: ScormVersion, credit: number): string {
  if (credit >= 1) return 'correct'
  if (credit <= 0) return version === '1.2' ? 'wrong' : 'incorrect'
  return decimal(credit)
}

/** The question as one plain line: its prompt, in its format. */
const promptText = (question: Question, plain: PlainText) =>
  oneLine(plain(question.prompt, question.format ?? 'markdown'))

/**
 * One checked answer as a SCORM 1.2 or 2004 interaction: its id (1.2 `bank__question`, 2004
 * `urn:factline:bank:question`), type, response, patterns and result. `grade` is the answer's
 * grade from `gradeAnswer`; `plain` reads the prompt's markup for 2004's description.
 */
export function scormInteraction(
  version: ScormVersion,
  question: QuizQuestion,
  answer: Answer,
  grade: Grade,
  plain: PlainText = asWritten,
): ScormInteraction {
  const { type, response, patterns } = write(readAnswer(question, answer), FORMATS[version])
  const written = {
    type,
    ...(response === undefined ? {} : { response }),
    patterns,
    result: resultOf(version, grade.credit),
  }
  if (version === '1.2') return { id: scorm12Id(question), ...written }
  const description = cut(delimiterSafe(promptText(question, plain)), 250)
  return { id: scorm2004Id(question), ...written, description }
}

/**
 * One answer as the definition and response of an xAPI (cmi5) `answered` statement, its texts
 * under `language` (the bank's). A cloze is described by its text with the blanks as `___`.
 */
export function xapiInteraction(
  question: QuizQuestion,
  answer: Answer,
  language: string,
  plain: PlainText = asWritten,
): XapiInteraction {
  const format = question.format ?? 'markdown'
  const inLanguage = (text: string) => ({ [language]: oneLine(plain(text, format)) })
  const list = (texts: readonly string[]): XapiComponent[] =>
    texts.map((text, i) => ({ id: idOf(i), description: inLanguage(text) }))
  const reading = readAnswer(question, answer)
  const { response, patterns } = write(reading, FORMATS.xapi)
  const described =
    question.type === 'cloze'
      ? parseCloze(question.text)
          .segments.map((s) => (typeof s === 'string' ? s : '___'))
          .join('')
      : question.prompt
  const base = {
    type: 'http://adlnet.gov/expapi/activities/cmi.interaction' as const,
    name: inLanguage(question.prompt),
    description: inLanguage(described),
  }
  const definition = ((): XapiDefinition => {
    switch (question.type) {
      case 'truefalse':
        return {
          ...base,
          interactionType: 'true-false',
          correctResponsesPattern: question.answer ? ['true'] : ['false'],
        }
      case 'single':
      case 'multiple':
      case 'order': {
        const texts = question.type === 'order' ? question.items : optionsOf(question)
        const interactionType = question.type === 'order' ? 'sequencing' : 'choice'
        return { ...base, interactionType, correctResponsesPattern: patterns, choices: list(texts) }
      }
      case 'match':
        return {
          ...base,
          interactionType: 'matching',
          correctResponsesPattern: patterns,
          source: list(question.pairs.map((p) => p.left)),
          target: list(rightTextsOf(question)),
        }
      default:
        return {
          ...base,
          interactionType: reading.type === 'numeric' ? 'numeric' : 'fill-in',
          correctResponsesPattern: patterns,
        }
    }
  })()
  const typed =
    reading.type === 'numeric' && reading.given === undefined && reading.typed !== ''
      ? reading.typed
      : undefined
  return { definition, response: response ?? '', ...(typed === undefined ? {} : { typed }) }
}
