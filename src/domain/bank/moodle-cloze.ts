import { hasWildcard } from '../text.ts'

/**
 * Moodle's embedded answers (Cloze): `{1:SHORTANSWER:=Paris#Right~%50%paris}` inside a question
 * text. Each code is read as Moodle reads it (its weight, its type, its answers with their
 * fractions and feedback), with the offset of each part in the text, so that a problem is told at
 * its exact column; then turned into a Factline blank of the agreed kinds, or refused with why.
 */

export type MoodleClozeKind = 'typed' | 'typed-case' | 'choice' | 'multiresponse' | 'numeric'

/** Moodle's names of its Cloze types, short and long, and what each becomes. */
const TYPES: Record<string, MoodleClozeKind> = {}
const name = (kind: MoodleClozeKind, ...names: string[]) => {
  for (const n of names) TYPES[n] = kind
}
name('typed', 'SHORTANSWER', 'SA', 'MW')
name('typed-case', 'SHORTANSWER_C', 'SAC', 'MWC')
name('numeric', 'NUMERICAL', 'NM')
name(
  'choice',
  ...['MULTICHOICE', 'MC', 'MULTICHOICE_V', 'MCV', 'MULTICHOICE_H', 'MCH'],
  ...['MULTICHOICE_S', 'MCS', 'MULTICHOICE_VS', 'MCVS', 'MULTICHOICE_HS', 'MCHS'],
)
name(
  'multiresponse',
  ...['MULTIRESPONSE', 'MR', 'MULTIRESPONSE_H', 'MRH'],
  ...['MULTIRESPONSE_S', 'MRS', 'MULTIRESPONSE_HS', 'MRHS'],
)

export interface MoodleClozeAnswer {
  /** As Moodle keeps it: `\}` and `\#` read, HTML entities not yet. */
  text: string
  /** In percent: `=` is 100, `%50%` is 50, none is 0. */
  fraction: number
  feedback?: string
  /** Offset of the alternative (its `=` or `%`, or its first character) in the text. */
  start: number
}

export interface MoodleClozeCode {
  /** Offsets of its `{` and just past its `}`. */
  start: number
  end: number
  /** The `2` of `{2:…}`: the blank's share of the question's marks (1 when left out). */
  weight: number
  /** As written: `MCV`, `SHORTANSWER`… */
  type: string
  kind: MoodleClozeKind
  answers: MoodleClozeAnswer[]
}

export interface MoodleClozeScan {
  codes: MoodleClozeCode[]
  /** Things written like a code that Moodle would not read as one (so it shows them as text). */
  problems: { at: number; message: string }[]
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9'
const isTypeChar = (c: string | undefined) =>
  c !== undefined && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c === '_')

/** Every embedded answer of a question text, in reading order. */
export function scanMoodleCloze(text: string): MoodleClozeScan {
  const codes: MoodleClozeCode[] = []
  const problems: MoodleClozeScan['problems'] = []
  for (let i = text.indexOf('{'); i !== -1; i = text.indexOf('{', i + 1)) {
    let k = i + 1
    while (isDigit(text[k])) k++
    if (text[k] !== ':') continue
    const typeStart = k + 1
    k = typeStart
    while (isTypeChar(text[k])) k++
    const type = text.slice(typeStart, k)
    // `{1:` then a word in capitals: meant as a code.
    if (type === '' || type !== type.toUpperCase()) continue
    const kind = TYPES[type]
    if (!kind) {
      problems.push({
        at: i,
        message: `"${type}" is not a Cloze type Moodle knows (such as SHORTANSWER, MULTICHOICE or NUMERICAL); the code stays text`,
      })
      continue
    }
    if (text[k] !== ':') {
      problems.push({
        at: i,
        message: `the Cloze code {…:${type}…} has no answers: write it as {1:${type}:=right answer~wrong answer}; it stays text`,
      })
      continue
    }
    const read = readAnswers(text, k + 1)
    if ('problem' in read) {
      problems.push({ at: i, message: read.problem })
      continue
    }
    const weightText = text.slice(i + 1, typeStart - 1)
    codes.push({
      start: i,
      end: read.end,
      weight: weightText === '' ? 1 : Number(weightText),
      type,
      kind,
      answers: read.answers,
    })
    i = read.end - 1
  }
  return { codes, problems }
}

/** A `~`, `#` or `}` ends an answer unless a backslash or an entity's `&` comes just before. */
function endsAnswer(text: string, i: number): boolean {
  const c = text[i]
  if (c !== '~' && c !== '#' && c !== '}') return false
  const before = text.slice(Math.max(0, i - 5), i)
  return !before.endsWith('\\') && !before.endsWith('&') && !before.endsWith('&amp;')
}

const endsFeedback = (text: string, i: number) =>
  (text[i] === '~' || text[i] === '}') && text[i - 1] !== '\\'

/** `%50%`, `%-33.3%` or `%12,5%` at `i`: the fraction and where it ends. */
function percentAt(text: string, i: number): { fraction: number; end: number } | undefined {
  if (text[i] !== '%') return undefined
  let k = i + 1
  if (text[k] === '-') k++
  const digits = k
  while (isDigit(text[k])) k++
  if (k === digits) return undefined
  if (text[k] === '.' || text[k] === ',') {
    k++
    while (isDigit(text[k])) k++
  }
  if (text[k] !== '%') return undefined
  return { fraction: Number(text.slice(i + 1, k).replace(',', '.')), end: k + 1 }
}

/** Moodle reads `\}` and `\#` (and, here, `\~`) in answers and feedback as the characters. */
const unescape = (text: string) => text.replace(/\\([}#~])/g, '$1')

function readAnswers(
  text: string,
  from: number,
): { answers: MoodleClozeAnswer[]; end: number } | { problem: string } {
  const answers: MoodleClozeAnswer[] = []
  let i = from
  for (;;) {
    const start = i
    let fraction = 0
    if (text[i] === '=') {
      fraction = 100
      i++
    } else {
      const percent = percentAt(text, i)
      if (percent) {
        fraction = percent.fraction
        i = percent.end
      }
    }
    const answerStart = i
    while (i < text.length && !endsAnswer(text, i)) i++
    if (i >= text.length) return { problem: 'this Cloze code is never closed with }' }
    const answer = text.slice(answerStart, i)
    let feedback: string | undefined
    if (text[i] === '#') {
      const feedbackStart = ++i
      while (i < text.length && !endsFeedback(text, i)) i++
      if (i >= text.length) return { problem: 'this Cloze code is never closed with }' }
      feedback = unescape(text.slice(feedbackStart, i)).trim()
    }
    answers.push({
      text: unescape(answer).trim(),
      fraction,
      ...(feedback ? { feedback } : {}),
      start,
    })
    if (text[i] === '}') return { answers, end: i + 1 }
    i++
  }
}

/** A Factline blank made from a code, or why the question can't be imported. */
export type ClozeBlankResult =
  { blank: string; warnings: { at: number; message: string }[] } | { skip: string; at: number }

/** What a blank's entries need escaped to read as text. */
export const escapeEntry = (text: string) => text.replace(/[\\|{}~#]/g, (c) => `\\${c}`)

/** A fraction as a teacher reads it: `33.33333%`. */
export const percent = (n: number) => `${Math.round(n * 100000) / 100000}%`

/** Moodle's numbers: `-1,5`, `.5`, `2e3`. */
export function readMoodleNumber(text: string): number | undefined {
  const t = text.trim().replace(',', '.')
  return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t) ? Number(t) : undefined
}

/**
 * The blank for code `code` (the `number`-th of its question, from 1). `plain` turns an answer's
 * HTML into the text a learner types or picks; `group` is the name of the blank's group, if any.
 */
export function clozeBlank(
  code: MoodleClozeCode,
  number: number,
  plain: (html: string) => string,
  group?: string,
): ClozeBlankResult {
  const warnings: { at: number; message: string }[] = []
  const answers = code.answers.filter((a) => a.text !== '')
  const right = answers.filter((a) => a.fraction >= 100)
  const partial = answers.filter((a) => a.fraction > 0 && a.fraction < 100)
  const blank = `blank ${number}`
  if (code.kind === 'multiresponse') {
    return {
      skip: `${blank} (${code.type}) lets learners tick several answers, which a Factline blank can't; skipped`,
      at: code.start,
    }
  }
  if (code.kind === 'numeric') return numericBlank(code, blank, right, partial)
  if (right.length === 0) {
    return { skip: `${blank} has no answer worth 100%; skipped`, at: code.start }
  }
  if (code.kind === 'choice') {
    const rights = unique(right.map((a) => plain(a.text)))
    const wrongs = unique(answers.filter((a) => a.fraction < 100).map((a) => plain(a.text))).filter(
      (w) => !rights.includes(w),
    )
    if (rights.length + wrongs.length < 2) {
      return {
        skip: `${blank} ${ONLY_ONE_CHOICE}`,
        at: code.start,
      }
    }
    if (partial.length > 0) warnings.push({ at: code.start, message: partialLost(blank, partial) })
    return { blank: choiceBlank(rights, wrongs), warnings }
  }
  // Typed: a `*` in Moodle matches anything, which a blank can't; `\*` is a star.
  const wild = right.filter((a) => hasWildcard(a.text))
  const kept = unique(
    right.filter((a) => !wild.includes(a)).map((a) => plain(a.text).replace(/\\\*/g, '*')),
  )
  if (wild.length > 0) {
    warnings.push({
      at: wild[0]!.start,
      message: `${blank}: answers with the wildcard * can't be used in a blank (only in a short-answer question), dropped: ${wild.map((a) => `"${a.text}"`).join(', ')}`,
    })
  }
  if (kept.length === 0) {
    return { skip: `${blank} has no answer worth 100% without a wildcard; skipped`, at: code.start }
  }
  if (partial.length > 0) {
    warnings.push({
      at: partial[0]!.start,
      message: `${blank}: partial-credit answers are dropped (a blank accepts only fully right ones): ${partial.map((a) => `"${a.text}" (${percent(a.fraction)})`).join(', ')}`,
    })
  }
  if (code.kind === 'typed-case') {
    warnings.push({
      at: code.start,
      message: `${blank} is case-sensitive in Moodle (${code.type}); Factline's blanks accept any case`,
    })
  }
  const prefix = group ? `@${group} ` : ''
  return { blank: `{{${prefix}${kept.map(escapeEntry).join('|')}}}`, warnings }
}

function numericBlank(
  code: MoodleClozeCode,
  blank: string,
  right: MoodleClozeAnswer[],
  partial: MoodleClozeAnswer[],
): ClozeBlankResult {
  const main = right[0]
  if (!main) return { skip: `${blank} has no answer worth 100%; skipped`, at: code.start }
  const [valueText = '', toleranceText] = main.text.split(':')
  const value = readMoodleNumber(valueText)
  const tolerance = toleranceText === undefined ? 0 : readMoodleNumber(toleranceText)
  if (value === undefined || tolerance === undefined) {
    return {
      skip: `${blank}: "${main.text}" is not a number (write =42 or =42:0.5, a value and its tolerance); skipped`,
      at: main.start,
    }
  }
  const warnings: { at: number; message: string }[] = []
  const dropped = [...right.slice(1), ...partial].filter((a) => a.text !== '*')
  if (dropped.length > 0) {
    warnings.push({
      at: dropped[0]!.start,
      message: `${blank}: a number blank has one right answer; dropped: ${dropped.map((a) => `"${a.text}" (${percent(a.fraction)})`).join(', ')}`,
    })
  }
  const target = tolerance === 0 ? `${value}` : `${value}:${Math.abs(tolerance)}`
  return { blank: `{{#${target}}}`, warnings }
}

/** A drop-down blank: `{{right|~wrong|~wrong}}`. */
export const choiceBlank = (rights: string[], wrongs: string[]) =>
  `{{${[...rights.map(escapeEntry), ...wrongs.map((w) => `~${escapeEntry(w)}`)].join('|')}}}`

/** Why a blank with a single choice is refused, after its name (`blank 2 offers…`). */
const ONLY_ONE_CHOICE =
  'offers only one choice: a drop-down needs a right one and a wrong one; skipped'

const unique = (texts: string[]) => [...new Set(texts.filter((t) => t !== ''))]

function partialLost(blank: string, partial: MoodleClozeAnswer[]): string {
  return `${blank}: a drop-down is right or wrong, so these partly right choices now count as wrong: ${partial.map((a) => `"${a.text}" (${percent(a.fraction)})`).join(', ')}`
}
