/** A number blank's target: a value (with a tolerance, default 0) or an inclusive range. */
export interface NumberTarget {
  value?: number
  tolerance?: number
  range?: [number, number]
}

/**
 * One blank of a cloze text, of one of three kinds. Typed, `{{a|b}}`: accepts a or b; with
 * `{{@name a|b}}` (or `{{@name: a|b}}`) one of a group, whose blanks take their answers in any
 * order. Choice, `{{Arizona|~California|~Nevada}}`: a drop-down, its `~` entries wrong, the others
 * right. Numeric: `{{#6.25:0.05}}` (value:tolerance), `{{#1953}}`, `{{#1..2}}` (inclusive range).
 */
export type ClozeBlank = { blank: number; group?: string } & BlankBody

/** A blank's kind and what it takes. */
type BlankBody = {
  /** Typed: the accepted answers; choice: the right choices; numeric: none. */
  answers: string[]
} & (
  | { kind: 'typed' }
  | { kind: 'choice'; wrong: string[] }
  | { kind: 'numeric'; target: NumberTarget }
)

/** A cloze text split into plain text and blanks. */
export type ClozeSegment = string | ClozeBlank

export interface ClozeParse {
  segments: ClozeSegment[]
  /** Per blank, in reading order. */
  kinds: ClozeBlank[]
  /** Per blank, its `answers`. */
  blanks: string[][]
  /** Per blank, its group's name, if any. */
  groups: (string | undefined)[]
  /** `index` is the character offset in the text where the problem is. */
  errors: { index: number; message: string }[]
}

type Errors = ClozeParse['errors']

/** `@name` opening a blank, then a space or a colon: the group it belongs to. */
const GROUP = /\s*@([\p{L}\p{N}_-]+)(?::\s*|\s+)/uy
/** What a backslash inside a blank makes plain text. */
const ESCAPES = '|}{~#\\'
const NUMBER_FORMS =
  'write {{#1953}}, {{#6.25:0.05}} (value:tolerance) or {{#1..2}} (a range), in digits with a point for decimals'

/** One `|`-separated entry of a blank: its text (escapes read, trimmed), where it starts, its mark. */
interface Entry {
  text: string
  at: number
  end: number
  mark?: '~' | '#'
}

/**
 * The entries of a blank whose inside starts at `from`, up to its `}}`; undefined when another
 * `{{` or the end of the text comes first. A `~` or `#` opening an entry, unescaped, is its mark.
 */
function readEntries(text: string, from: number, errors: Errors) {
  const entries: Entry[] = []
  let entry: Entry = { text: '', at: from, end: from }
  let started = false
  for (let i = from; i < text.length; i++) {
    const c = text[i] as string
    if (c === '|' || text.startsWith('}}', i)) {
      entries.push({ ...entry, text: entry.text.trim(), end: i })
      if (c !== '|') return { entries, close: i }
      entry = { text: '', at: i + 1, end: i + 1 }
      started = false
      continue
    }
    if (text.startsWith('{{', i)) return undefined
    let char = c
    const escaped = c === '\\' && ESCAPES.includes(text[i + 1] ?? '.')
    if (escaped) char = text[++i] as string
    else if (c === '\\')
      errors.push({
        index: i,
        message: `a backslash in a blank escapes | } { ~ # or \\ only: write \\\\ for a backslash`,
      })
    if (!started) {
      if (/\s/u.test(char)) continue
      started = true
      entry.at = escaped ? i - 1 : i
      if (!escaped && (char === '~' || char === '#')) {
        entry.mark = char
        continue
      }
    }
    entry.text += char
  }
  return undefined
}

/** `{{#…}}` after its `#`: a number, then perhaps `:tolerance` or `..highest`. */
const TARGET = /^\s*(-?(?:\d+(?:\.\d*)?|\.\d+))\s*(?:(:|\.\.)\s*(-?(?:\d+(?:\.\d*)?|\.\d+))\s*)?$/u

/** A number blank's target from the text after its `#`, which stands at `at`. */
function readTarget(raw: string, at: number, errors: Errors): NumberTarget | undefined {
  const [, first, separator, second = '0'] = TARGET.exec(raw.replaceAll('\u2212', '-')) ?? []
  const [a, b] = [Number(first), Number(second)]
  if (first === undefined || (separator === ':' && b < 0)) {
    errors.push({ index: at, message: `{{#${raw.trim()}}} is not a number blank: ${NUMBER_FORMS}` })
    return undefined
  }
  if (separator === ':') return { value: a, tolerance: b }
  if (!separator) return { value: a }
  if (a <= b) return { range: [a, b] }
  errors.push({ index: at, message: `the range is empty: ${a} is more than ${b}` })
  return undefined
}

/** What a blank's entries make of it: its kind and answers, or the errors that stop it. */
function readBlank(
  text: string,
  open: number,
  entries: Entry[],
  group: string | undefined,
  errors: Errors,
): BlankBody {
  const count = errors.length
  const fail = (index: number, message: string) => errors.push({ index, message })
  const [first] = entries
  const numeric = first?.mark === '#'
  const choice = !numeric && entries.some((e) => e.mark === '~')
  if (entries.some((e) => e.text === '' && e.mark !== '#'))
    fail(open, 'a blank has an empty answer: write {{answer}} or {{answer|other answer}}')
  const mixed = entries.find((e, i) => i > 0 && (numeric || e.mark === '#'))
  if (mixed)
    fail(
      mixed.at,
      'a number blank holds one number only; to accept words too, write a typed blank: {{1953|nineteen fifty-three}}',
    )
  if ((numeric || choice) && group !== undefined)
    fail(open, 'a drop-down or number blank cannot be in a group: write it without @name')
  const twice = choice && entries.find((e, i) => entries.slice(0, i).some((o) => o.text === e.text))
  if (twice) fail(twice.at, `the choice "${twice.text}" appears twice in this blank`)
  const texts = (right: boolean) =>
    entries.filter((e) => (e.mark === '~') !== right).map((e) => e.text)
  if (choice && texts(true).length === 0)
    fail(open, 'a drop-down needs a right choice, written without ~: {{Arizona|~Nevada}}')
  if (numeric && !mixed && first) {
    const target = readTarget(text.slice(first.at + 1, first.end), first.at, errors)
    if (target && errors.length === count) return { kind: 'numeric', answers: [], target }
  }
  if (choice && errors.length === count)
    return { kind: 'choice', answers: texts(true), wrong: texts(false) }
  return { kind: 'typed', answers: entries.map((e) => e.text) }
}

/**
 * Splits a cloze text into text and blanks (see `ClozeBlank`). Inside a blank, `\|` `\}` `\{`
 * `\~` `\#` and `\\` are those characters; outside, the text is as written.
 */
export function parseCloze(text: string): ClozeParse {
  const segments: ClozeSegment[] = []
  const kinds: ClozeBlank[] = []
  const errors: Errors = []
  let rest = 0
  for (;;) {
    const open = text.indexOf('{{', rest)
    const strayClose = text.indexOf('}}', rest)
    if (strayClose !== -1 && (open === -1 || strayClose < open)) {
      errors.push({ index: strayClose, message: 'a blank ends with }} but never started with {{' })
    }
    if (open === -1) break
    GROUP.lastIndex = open + 2
    const group = GROUP.exec(text)
    const scan: Errors = []
    const read = readEntries(text, open + 2 + (group?.[0].length ?? 0), scan)
    if (!read) {
      errors.push({ index: open, message: 'this blank is not closed: write {{answer}}' })
      break
    }
    errors.push(...scan)
    if (!group && read.entries[0]?.text.startsWith('@')) {
      errors.push({
        index: open,
        message:
          'a blank of a group is written {{@name answer}}, with a name of letters and digits',
      })
    }
    if (open > rest) segments.push(text.slice(rest, open))
    const blank = {
      blank: kinds.length,
      ...readBlank(text, open, read.entries, group?.[1], errors),
      ...(group ? { group: group[1] } : {}),
    } as ClozeBlank
    segments.push(blank)
    kinds.push(blank)
    rest = read.close + 2
  }
  if (rest < text.length) segments.push(text.slice(rest))
  if (kinds.length === 0 && errors.length === 0) {
    errors.push({ index: 0, message: 'a cloze text needs at least one blank, written {{answer}}' })
  }
  return {
    segments,
    kinds,
    blanks: kinds.map((k) => k.answers),
    groups: kinds.map((k) => k.group),
    errors,
  }
}
