import type { Question, QuestionType } from './bank/index.ts'
import { parseCloze } from './bank/cloze.ts'
import { normalizeAnswer } from './text.ts'

/**
 * The checks a generated question passes before a learner sees it, each answering what a teacher
 * would ask before signing it. A question that fails one is not generated; the report says which
 * gate stopped it and why, in words a teacher can act on.
 */

export type Gate =
  /** The fact's text leans on context a generated question does not carry ("They", "also"). */
  | 'context'
  /** A figure stated as a bound ("more than 55") would make other options true as well. */
  | 'bound'
  /** An approximate figure ("about 750") without a tolerance: no fair answer key. */
  | 'tolerance'
  /** A cloze blank that is not whole words, gives itself away, or another fill would fit. */
  | 'blank'
  /** Same type, same fact, same answer as one of the teacher's questions. */
  | 'duplicate'

/** A generated question that a gate stopped. `id` is the one it would have had. */
export interface DroppedQuestion {
  id: string
  type: QuestionType
  facts: string[]
  gate: Gate
  reason: string
}

/** The word lists below are English: a bank in another language passes these gates untouched. */
export const isEnglish = (language: string) => /^en(?:-|$)/iu.test(language)

// ---------------------------------------------------------------------------------------------
// Context: pronouns and back-references

/** Words that, opening a fact, point at something said before it. */
const OPENING_REFERENCES = new Set([
  'he',
  'she',
  'it',
  'they',
  'we',
  'him',
  'his',
  'her',
  'its',
  'their',
  'them',
  'this',
  'these',
  'that',
  'those',
  'such',
  'also',
  'then',
  'later',
  'afterwards',
  'meanwhile',
  'however',
  'but',
  'and',
  'yet',
  'instead',
  'likewise',
  'similarly',
  'moreover',
  'furthermore',
  'nevertheless',
  'therefore',
  'thus',
  'again',
  'another',
])

/** A group named by its size or its place: "The two leaders", "Both sides", "The latter". */
const OPENING_GROUP =
  /^(?:the\s+(?:two|three|four|five|latter|former|same|other)|both)(?![\p{L}\p{N}])/iu

/** "also" anywhere: it adds to something the fact does not say. */
const ALSO = /(?<![\p{L}\p{N}])also(?![\p{L}\p{N}])/iu

/** The words with which a fact's text leans on context it does not carry, and where they stand. */
export interface ContextReference {
  words: string
  index: number
  /** True when the text opens with the words; false for "also" further in. */
  opening: boolean
}

/**
 * Where a fact's text leans on what came before it: opening with a pronoun ("They", "His"), a
 * linking adverb ("However", "Then") or a group named only by its size ("The two leaders";
 * "The two Koreas" is a name and fine), or saying "also" anywhere. Undefined when the text
 * stands on its own.
 */
export function contextReference(text: string, language = 'en'): ContextReference | undefined {
  if (!isEnglish(language)) return undefined
  const start = /^[\s"'“‘(]*/u.exec(text)?.[0].length ?? 0
  const rest = text.slice(start)
  const group = OPENING_GROUP.exec(rest)?.[0]
  if (group) {
    const next = /^\s+([\p{L}'’-]+)/u.exec(rest.slice(group.length))?.[1] ?? ''
    // A capital after it makes a name ("The two Koreas"); "both … and" names its two.
    const named = /^\p{Lu}/u.test(next) || (/^both$/iu.test(group) && /\sand\s/u.test(rest))
    if (!named) {
      const noun = /^\p{Ll}/u.test(next) && !/latter|former/iu.test(group) ? ` ${next}` : ''
      return { words: `${group}${noun}`, index: start, opening: true }
    }
  }
  const first = /^[\p{L}'’]+/u.exec(rest)?.[0]
  if (first && OPENING_REFERENCES.has(first.toLowerCase())) {
    return { words: first, index: start, opening: true }
  }
  const also = ALSO.exec(text)
  if (also) return { words: also[0], index: also.index, opening: also.index === start }
  return undefined
}

/** What to tell the author of a fact that leans on context: the problem, then what to do. */
export function contextAdvice(factId: string, reference: ContextReference): string {
  const { words, opening } = reference
  if (words.toLowerCase() === 'also' && !opening) {
    return `fact "${factId}" says "${words}", which a generated question can't explain out of context: say what it adds to, or leave the word out`
  }
  return `fact "${factId}" starts with "${words}", which a generated question can't explain out of context: name who or what it is`
}

// ---------------------------------------------------------------------------------------------
// Numbers stated as bounds or as approximations

export type NumberQualifier = {
  kind: 'lower' | 'upper' | 'approximate'
  /** The qualifier with the figure, as written: "more than 55", "about 28,000". */
  words: string
}

const MODIFIER = '(?:(?:just|well|slightly|a\\s+little|a\\s+bit|far|much|a\\s+few)\\s+)?'

const BEFORE: [NumberQualifier['kind'], string[]][] = [
  [
    'lower',
    [
      'more than',
      'over',
      'above',
      'at least',
      'no fewer than',
      'no less than',
      'not less than',
      'upwards of',
      'in excess of',
      'a minimum of',
      'beyond',
    ],
  ],
  [
    'upper',
    [
      'less than',
      'fewer than',
      'under',
      'below',
      'up to',
      'at most',
      'no more than',
      'not more than',
      'a maximum of',
      'as many as',
    ],
  ],
  [
    'approximate',
    [
      'about',
      'around',
      'roughly',
      'approximately',
      'approx\\.',
      'some',
      'nearly',
      'almost',
      'close to',
      'an estimated',
      'estimated',
      'circa',
      'c\\.',
      'more or less',
    ],
  ],
]

const AFTER: [NumberQualifier['kind'], string][] = [
  ['lower', '(?:\\s*\\+|[\\s-]*plus\\b|\\s+or\\s+(?:more|over|above)\\b)'],
  ['upper', '\\s+or\\s+(?:less|fewer|under|below)\\b'],
  ['approximate', '(?:\\s+or\\s+so\\b|[\\s-]*odd\\b)'],
]

const phrases = (list: string[]) => list.map((p) => p.replace(/ /g, '\\s+')).join('|')

const BEFORE_PATTERNS = BEFORE.map(
  ([kind, list]) =>
    [kind, new RegExp(`(?:^|[^\\p{L}])(${MODIFIER}(?:${phrases(list)}))\\s*$`, 'iu')] as const,
)
const TILDE = /[~≈]\s*$/u
const AFTER_PATTERNS = AFTER.map(([kind, p]) => [kind, new RegExp(`^${p}`, 'iu')] as const)

/**
 * How the text qualifies the figure written at `index` (`length` characters): a lower bound
 * ("more than 55", "55 or more"), an upper bound ("up to 64,000") or an approximation ("about
 * 28,000", "nearly 3,000", "55-odd"). Undefined for a figure stated as it is.
 */
export function numberQualifier(
  text: string,
  index: number,
  length: number,
  language = 'en',
): NumberQualifier | undefined {
  if (!isEnglish(language)) return undefined
  const before = text.slice(0, index)
  const after = text.slice(index + length)
  const figure = text.slice(index, index + length)
  for (const [kind, pattern] of BEFORE_PATTERNS) {
    const match = pattern.exec(before)
    if (match?.[1]) return { kind, words: `${match[1].replace(/\s+/gu, ' ')} ${figure}` }
  }
  if (TILDE.test(before)) return { kind: 'approximate', words: `~${figure}` }
  for (const [kind, pattern] of AFTER_PATTERNS) {
    const match = pattern.exec(after)
    if (match) return { kind, words: `${figure}${match[0]}` }
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Cloze blanks

/** Words after which a noun phrase goes on as a complement: the head noun stands before them. */
const PREPOSITIONS = new Set([
  'of',
  'for',
  'in',
  'on',
  'at',
  'to',
  'from',
  'with',
  'between',
  'against',
  'by',
])
const ARTICLES = new Set(['a', 'an', 'the'])

/** Lower-case words that may stand inside a name: Bank of Korea, Rosemary di Carlo. */
const NAME_LINKS = new Set(['of', 'the', 'and', 'for', 'de', 'di', 'da', 'van', 'von', 'del'])

/** A name or a figure is a fixed term: nothing shorter stands for it. */
function isFixedTerm(term: string): boolean {
  const words = term.trim().split(/\s+/u)
  if (/\p{N}/u.test(term)) return true
  return words.every((w) => /^\p{Lu}/u.test(w) || NAME_LINKS.has(w.toLowerCase()))
}

/**
 * Where the head noun of a term of several words stands among them: the last word, or the word
 * before the first preposition ("weapons of mass destruction" → "weapons"). Undefined for one
 * word and for fixed terms (names, figures).
 */
export function headNounIndex(term: string): number | undefined {
  const words = term.trim().split(/\s+/u)
  if (words.length < 2 || isFixedTerm(term)) return undefined
  const preposition = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w.toLowerCase()))
  return preposition > 0 ? preposition - 1 : words.length - 1
}

/**
 * The shorter parts of a term that would fill its blank on their own besides its head noun:
 * runs of its words that keep the head and end with it or with the term ("joint military
 * committee" → "military committee"). A blank accepts the term and its head noun only, so a
 * term with such parts makes no cloze.
 */
function rivalParts(words: string[], head: number): string[] {
  const first = ARTICLES.has(words[0]?.toLowerCase() ?? '') ? 1 : 0
  const last = words.length - 1
  const parts: string[] = []
  for (let i = first; i <= head; i++) {
    for (const j of new Set([head, last])) {
      if ((i === first && j === last) || (i === head && j === head)) continue
      parts.push(words.slice(i, j + 1).join(' '))
    }
  }
  return parts
}

export type ClozeBlank =
  | { text: string; answers: string[] }
  | { reason: string }
  /** The term is not in the text, or its writing there would break the blank's syntax. */
  | undefined

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The text as a whole word or words, with the plural an English noun may take. */
const wholeWords = (words: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(words.trim())}(?:s|es)?(?![\\p{L}\\p{N}])`, 'iu')

/**
 * A cloze text blanking the fact's key term where it first stands as whole words, accepting the
 * term as written and its head noun ("{{nuclear arsenal|arsenal}}"); spacing variants, articles
 * and number words are the grader's. A reason instead when no teacher would sign the blank: the
 * term stands only inside a longer word, the text says it (or its head noun) again outside the
 * blank, or a shorter part of it would fill the blank and not be accepted. Head nouns are
 * found in English terms only, and never in a name, a figure or a quotation.
 */
export function clozeBlank(text: string, term: string, language = 'en'): ClozeBlank {
  const trimmed = term.trim()
  if (trimmed === '' || text.includes('{{') || text.includes('}}')) return undefined
  const pattern = escapeRegExp(trimmed)
  const found = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'iu').exec(text)
  if (!found) {
    const inside = new RegExp(`[\\p{L}\\p{N}]*${pattern}[\\p{L}\\p{N}]*`, 'iu').exec(text)
    if (!inside) return undefined
    return {
      reason: `"${trimmed}" stands in the text only inside "${inside[0]}": a blank takes whole words, so make the term the whole word`,
    }
  }
  const written = found[0]
  // The blank's answer is the text as written; a | or brace in it would change the blank.
  if (/[{}|]/.test(written)) return undefined
  const words = written.split(/\s+/u)
  // A term in quotation marks is quoted verbatim: a fixed term, like a name.
  const quoted =
    /["“‘']$/u.test(text.slice(0, found.index)) &&
    /^["”’']/u.test(text.slice(found.index + written.length))
  const head = isEnglish(language) && !quoted ? headNounIndex(trimmed) : undefined
  const headWord = head === undefined ? undefined : words[head]
  if (head !== undefined) {
    const [rival] = rivalParts(words, head)
    if (rival) {
      return {
        reason: `"${rival}" would fill the blank of "${written}" as well, and a generated blank accepts only the term and its head noun "${headWord}": shorten the term`,
      }
    }
  }
  const outside = `${text.slice(0, found.index)} ${text.slice(found.index + written.length)}`
  for (const said of [written, ...(headWord ? [headWord] : [])]) {
    const again = wholeWords(said).exec(outside)
    if (again) {
      return {
        reason: `the text says "${again[0]}" outside the blank too, which gives the answer away: blank a term the fact says once`,
      }
    }
  }
  const answers = headWord ? [written, headWord] : [written]
  const cloze = `${text.slice(0, found.index)}{{${answers.join('|')}}}${text.slice(found.index + written.length)}`
  const parsed = parseCloze(cloze)
  if (parsed.errors.length > 0 || parsed.blanks.length !== 1) return undefined
  if (parsed.blanks[0]?.join('|') !== answers.join('|')) return undefined
  return { text: cloze, answers }
}

// ---------------------------------------------------------------------------------------------
// Repeats of the teacher's questions

/** The figures written in a text: "About 28,000" → [28000]. */
function figuresIn(text: string): number[] {
  return (text.match(/\d+(?:[,\u00a0\u202f ]\d{3})*(?:\.\d+)?/gu) ?? []).map((f) =>
    Number(f.replace(/[,\u00a0\u202f ]/gu, '')),
  )
}

/** Two option texts name the same answer: the same words, or the same lone figure. */
function sameAnswerText(a: string, b: string): boolean {
  if (normalizeAnswer(a) === normalizeAnswer(b)) return true
  const [x, ...moreX] = figuresIn(a)
  const [y, ...moreY] = figuresIn(b)
  return x !== undefined && moreX.length === 0 && moreY.length === 0 && x === y
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x))

/** Whether the teacher's question asks what the generated one asks, answer for answer. */
function sameAnswer(generated: Question, written: Question): boolean {
  switch (generated.type) {
    case 'single':
      return written.type === 'single' && sameAnswerText(generated.answer, written.answer)
    case 'numeric': {
      if (written.type !== 'numeric' || generated.value === undefined) return false
      if (written.value !== undefined) return written.value === generated.value
      return (
        !!written.range &&
        written.range[0] <= generated.value &&
        generated.value <= written.range[1]
      )
    }
    case 'cloze': {
      if (written.type !== 'cloze') return false
      const accepted = new Set(parseCloze(written.text).blanks.flat().map(normalizeAnswer))
      return parseCloze(generated.text)
        .blanks.flat()
        .some((answer) => accepted.has(normalizeAnswer(answer)))
    }
    case 'order':
      return (
        written.type === 'order' &&
        (sameSet(generated.facts, written.facts) ||
          sameSet(generated.items.map(normalizeAnswer), written.items.map(normalizeAnswer)))
      )
    case 'match': {
      if (written.type !== 'match') return false
      const lefts = new Set(written.pairs.map((p) => normalizeAnswer(p.left)))
      return generated.pairs.every((p) => lefts.has(normalizeAnswer(p.left)))
    }
    default:
      return false
  }
}

/**
 * The teacher's question that a generated one would repeat: the same type, a fact in common and
 * the same answer (the same option, value, blank, order of those facts or pairs).
 */
export function handWrittenTwin(
  generated: Question,
  written: readonly Question[],
): Question | undefined {
  return written.find(
    (q) =>
      q.type === generated.type &&
      q.facts.some((f) => generated.facts.includes(f)) &&
      sameAnswer(generated, q),
  )
}
