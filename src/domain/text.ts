import { readNumberWords } from './number-words.ts'

/** Damerau (optimal string alignment) distance: a swap of two neighbouring letters is one edit. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...new Array<number>(b.length).fill(0),
  ])
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[]
    const prev = rows[i - 1] as number[]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, ((rows[i - 2] as number[])[j - 2] as number) + 1)
      }
      row[j] = value
    }
  }
  return (rows[a.length] as number[])[b.length] as number
}

/** Letters no Unicode decomposition takes apart, written the way a learner without them would. */
const FOLDED: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ς: 'σ',
  // Capitals, for answers compared with their case.
  ẞ: 'SS',
  Æ: 'AE',
  Œ: 'OE',
  Ø: 'O',
  Ł: 'L',
  Đ: 'D',
  Ð: 'D',
  Þ: 'TH',
}

function arabicDigit(character: string): string {
  const code = character.charCodeAt(0)
  if (code === 0x066b) return '.'
  if (code === 0x066c) return ','
  return String(code - (code >= 0x06f0 ? 0x06f0 : 0x0660))
}

const APOSTROPHES = /['‘’ʼʻ`′]/gu

/**
 * Accents stripped (NFKD, which also turns compatibility forms such as "₂" and "ﬁ" into plain
 * ones, then the non-spacing marks dropped), lower case unless `keepCase`, letters that do not
 * decompose folded. Punctuation and spacing are left as they were.
 */
function fold(text: string, keepCase = false): string {
  const plain = text
    .normalize('NFKD')
    .replace(/[\p{Mn}\p{Me}]/gu, '')
    .normalize('NFC')
  return (
    (keepCase ? plain : plain.toLowerCase())
      // Lower-casing can bring marks back (İ → i + dot above).
      .replace(/[\p{Mn}\p{Me}]/gu, '')
      .replace(/[ßæœøłđðþıςẞÆŒØŁĐÐÞ]/gu, (letter) => FOLDED[letter] ?? letter)
      // The digits of the Arabic script (٠–٩, and ۰–۹ of Persian and Urdu keyboards) as digits,
      // its decimal and thousands separators as a point and a comma: "١٩٥٣" is 1953.
      .replace(/[\u0660-\u0669\u06f0-\u06f9\u066b\u066c]/gu, arabicDigit)
  )
}

/** The dot after a lone letter is an initial's: "U.S." is "US", "St. Louis" stays two words. */
const INITIAL_DOT = /(?<=(?:^|[^\p{L}\p{N}\p{M}])\p{L}\p{M}*)\./gu

/**
 * The form in which typed answers are shown side by side: `fold`ed, apostrophes and the dots of
 * initials dropped ("P'yŏngyang" → "pyongyang", "U.S." → "us"), every other run of punctuation,
 * symbols and spaces turned into one space, trimmed. Letters and digits of any script are kept.
 */
export function normalizeAnswer(text: string): string {
  return fold(text)
    .replace(APOSTROPHES, '')
    .replace(INITIAL_DOT, '')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim()
}

/**
 * Leading articles a grader ignores, by the primary subtag of the bank's language. Elided ones
 * ("l'", "d'") are written with their apostrophe, which any apostrophe a learner types matches;
 * a space in one ("de la") matches any spacing.
 */
export const ARTICLES: Record<string, readonly string[]> = {
  en: ['the', 'an', 'a'],
  fr: ['les', 'le', 'la', "l'", 'une', 'un', 'des', 'du', 'de la', "de l'", "d'"],
  es: ['los', 'las', 'el', 'la', 'unos', 'unas', 'una', 'un'],
  de: ['der', 'die', 'das', 'den', 'dem', 'des', 'eine', 'einen', 'einem', 'einer', 'eines', 'ein'],
}

const primary = (language: string) => language.toLowerCase().split('-')[0] ?? ''

/** A folded text without its leading article, when something is left after it. */
function withoutArticle(folded: string, language: string): string {
  const text = folded.replace(/^[^\p{L}\p{N}]+/u, '')
  for (const article of ARTICLES[primary(language)] ?? []) {
    const elided = article.endsWith("'")
    const head = (elided ? article.slice(0, -1) : article).replace(/ /g, '\\s+')
    const pattern = elided
      ? new RegExp(`^${head}${APOSTROPHES.source}\\s*(?=[\\p{L}\\p{N}])`, 'iu')
      : new RegExp(`^${head}\\s+(?=[\\p{L}\\p{N}])`, 'iu')
    if (pattern.test(text)) return text.replace(pattern, '')
  }
  return text
}

/**
 * A number as typed: digits grouped by commas or by spaces (any kind, groups of three), or
 * ungrouped; then a decimal part after a point, or after a comma not followed by exactly three
 * digits. Never inside a word ("38th", "CO2").
 */
const NUMBER =
  /(?<![\p{L}\p{N}])(\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u2007\u2009\u202f]\d{3})+(?!\d)|\d+)(?:[.,](\d+))?(?![\p{L}\p{N}])/u
const TOKEN = new RegExp(`${NUMBER.source}|[\\p{L}\\p{N}\\p{M}]+`, 'gu')

/** One word of an answer, or one number (its value, whatever way it was written). */
export type Piece = { word: string } | { number: number }

/** How an answer is read besides its language (see `answerPieces`). */
interface Reading {
  /** Keep upper and lower case apart (a short question's `case: true`). */
  keepCase?: boolean
  /** Drop a leading article: true, except inside a wildcard pattern, after a star. */
  article?: boolean
}

/**
 * An answer as the grader reads it: folded (`fold`), its leading article dropped (the bank's
 * language chooses the list), apostrophes and initials' dots dropped, then read as words and
 * numbers. Numbers in digits lose their grouping ("28,000", "28 000" and "28000" are one number);
 * number words of the language are read as numbers ("twenty-eight thousand"). Everything else
 * (punctuation, hyphens, spaces) only separates pieces.
 */
export function answerPieces(
  text: string,
  language = 'en',
  { keepCase = false, article = true }: Reading = {},
): Piece[] {
  const folded = fold(text, keepCase)
  const plain = (article ? withoutArticle(folded, language) : folded)
    .replace(APOSTROPHES, '')
    .replace(INITIAL_DOT, '')
  const pieces: Piece[] = []
  for (const match of plain.matchAll(TOKEN)) {
    const [token, whole, fraction] = match
    if (whole === undefined) pieces.push({ word: token })
    else pieces.push({ number: Number(`${whole.replace(/\D/g, '')}.${fraction ?? '0'}`) })
  }
  return readNumberWords(pieces, primary(language))
}

/**
 * The key two answers share when a fair teacher would call them the same: words run together (so
 * spacing and hyphens do not count: "launch pad" is "launchpad", "Moon Jae-in" is "moonjaein"),
 * each number marked off by `#` so that "19 53" never becomes 1953.
 */
export const keyOf = (pieces: readonly Piece[]) =>
  pieces.map((p) => ('word' in p ? p.word : `#${p.number}#`)).join('')

/** Words of this many letters or more may carry one forgiven typo. */
export const TYPO_MIN_LETTERS = 6
/** A word this long or longer, one edit away, earns the hint "check the spelling". */
const NEAR_MIN_LETTERS = 4

const letterCount = (word: string) => word.match(/\p{L}/gu)?.length ?? 0

/** How a typed answer stands against the accepted ones. */
export type Match =
  /** Equal to an accepted answer, or within the one forgiven typo. */
  | 'right'
  /** Not accepted, but one edit away in one word: "Almost: check the spelling". */
  | 'spelling'
  /** Not accepted, but an accepted answer's number without the words after it. */
  | 'unit'
  | 'wrong'

export interface MatchOptions {
  /** Forgive one typo in one word of 6 or more letters. */
  typos?: boolean
  /** The bank's language: which articles are ignored and which number words are read. */
  language?: string
  /** Compare with case (Moodle's usecase); an answer off by its case alone is a near miss. */
  case?: boolean
  /** In accepted answers, `*` stands for any run of characters (perhaps none), `\*` for a star. */
  wildcards?: boolean
}

/** A star that is not escaped: a wildcard, in answers that have them. */
const WILDCARD = /(?<!\\)\*/u

/** Whether an accepted answer holds a wildcard (`*`, not `\*`). */
export const hasWildcard = (answer: string) => WILDCARD.test(answer)

/**
 * An accepted answer with wildcards as a test of typed keys: its parts between the stars keyed
 * like any answer (only the first may lose a leading article), any run of characters in place of
 * each star. Comparing keys, a star stands for anything the grader reads, spaces and punctuation
 * included.
 */
function wildcardTest(answer: string, language: string, keepCase: boolean): RegExp {
  const parts = answer
    .split(new RegExp(WILDCARD.source, 'gu'))
    .map((part, i) => keyOf(answerPieces(part, language, { keepCase, article: i === 0 })))
  const literal = parts.map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`^${literal.join('.*')}$`, 'u')
}

/**
 * Whether a typed answer is one of the accepted ones, compared by `keyOf(answerPieces(…))`; an
 * empty answer never matches. With `typos`, the answer may still be off by one edit (Damerau:
 * insertion, deletion, substitution or swap of two neighbouring letters) inside one word of 6 or
 * more letters of an accepted answer, everything around that word being equal. Digits are never
 * forgiven. With `case`, upper and lower case must be as accepted; with `wildcards`, an accepted
 * answer with `*` is a pattern (no typo is forgiven against it). A near miss that is not accepted
 * is told apart (`spelling`, `unit`) for feedback only; a difference of case alone is `spelling`.
 */
export function matchAnswer(
  given: string,
  accepted: readonly string[],
  options: MatchOptions = {},
): Match {
  const { typos = false, language = 'en', case: keepCase = false, wildcards = false } = options
  const read = (text: string, article = true) =>
    keyOf(answerPieces(text, language, { keepCase, article }))
  const typed = read(given)
  if (typed === '') return 'wrong'
  const isPattern = (answer: string) => wildcards && hasWildcard(answer)
  const patterns = accepted.filter(isPattern).map((a) => wildcardTest(a, language, keepCase))
  // A pattern opening with an article ("The *") is met by the answer with its article.
  const whole = patterns.length > 0 ? read(given, false) : typed
  if (patterns.some((p) => p.test(typed) || p.test(whole))) return 'right'
  const rights = accepted
    .filter((a) => !isPattern(a))
    .map((a) => answerPieces(a, language, { keepCase }))
    .filter((p) => keyOf(p) !== '')
  if (rights.some((pieces) => keyOf(pieces) === typed)) return 'right'
  const near = (minLetters: number) => rights.some((p) => oneEditInOneWord(typed, p, minLetters))
  if (typos && near(TYPO_MIN_LETTERS)) return 'right'
  if (keepCase && matchAnswer(given, accepted, { ...options, case: false }) === 'right')
    return 'spelling'
  if (near(NEAR_MIN_LETTERS)) return 'spelling'
  return rights.some((pieces) => isNumberWithoutUnit(typed, pieces)) ? 'unit' : 'wrong'
}

/** `matchAnswer(…) === 'right'`. */
export function matchesAccepted(
  given: string,
  accepted: readonly string[],
  options: MatchOptions = {},
): boolean {
  return matchAnswer(given, accepted, options) === 'right'
}

/** Whether `typed` is `right` with one word of `minLetters` or more letters one edit off. */
function oneEditInOneWord(typed: string, right: readonly Piece[], minLetters: number): boolean {
  return right.some((piece, i) => {
    if (!('word' in piece) || letterCount(piece.word) < minLetters) return false
    const before = keyOf(right.slice(0, i))
    const after = keyOf(right.slice(i + 1))
    if (typed.length < before.length + after.length) return false
    if (!typed.startsWith(before) || !typed.endsWith(after)) return false
    const middle = typed.slice(before.length, typed.length - after.length)
    // A difference of case alone (answers compared with their case) is no typo.
    if (middle.toLowerCase() === piece.word.toLowerCase()) return false
    return !/[#\d]/u.test(middle) && editDistance(middle, piece.word) <= 1
  })
}

/** "28,000" against "28,000 troops": the number is there, the words after it are not. */
function isNumberWithoutUnit(typed: string, right: readonly Piece[]): boolean {
  const last = right.reduce((at, p, i) => ('number' in p ? i : at), -1)
  return last >= 0 && last < right.length - 1 && keyOf(right.slice(0, last + 1)) === typed
}
