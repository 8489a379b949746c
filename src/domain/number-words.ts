import type { Piece } from './text.ts'

/**
 * Number words read as numbers, so that "twenty-eight thousand" is 28000 and "one hundred and five"
 * is 105, "vingt-huit mille" 28000 and "septante-cinq" 75: each language has its table (by the
 * primary subtag of the bank's language); a language without one reads no words as numbers.
 */

/** A "sixty" is a ten that a teen may follow: French "soixante" ("soixante-dix" is 70). */
type Kind = 'unit' | 'teen' | 'ten' | 'sixty' | 'hundred' | 'scale'

const ENGLISH: Record<string, [Kind, number]> = {
  zero: ['unit', 0],
  one: ['unit', 1],
  two: ['unit', 2],
  three: ['unit', 3],
  four: ['unit', 4],
  five: ['unit', 5],
  six: ['unit', 6],
  seven: ['unit', 7],
  eight: ['unit', 8],
  nine: ['unit', 9],
  ten: ['teen', 10],
  eleven: ['teen', 11],
  twelve: ['teen', 12],
  thirteen: ['teen', 13],
  fourteen: ['teen', 14],
  fifteen: ['teen', 15],
  sixteen: ['teen', 16],
  seventeen: ['teen', 17],
  eighteen: ['teen', 18],
  nineteen: ['teen', 19],
  twenty: ['ten', 20],
  thirty: ['ten', 30],
  forty: ['ten', 40],
  fifty: ['ten', 50],
  sixty: ['ten', 60],
  seventy: ['ten', 70],
  eighty: ['ten', 80],
  ninety: ['ten', 90],
  hundred: ['hundred', 100],
  thousand: ['scale', 1e3],
  million: ['scale', 1e6],
  billion: ['scale', 1e9],
  trillion: ['scale', 1e12],
}

/**
 * French, as France, Belgium and Switzerland write it: "soixante-dix" is 60 + 10, "quatre-vingts" 4 ×
 * 20 (read as one word, see `pairs`), "septante", "huitante", "octante", "nonante" the Belgian and
 * Swiss 70, 80, 80, 90. Hyphens, the 1990 spelling's included ("deux-cent-trois"), only separate
 * words. No "milles": that is miles.
 */
const FRENCH: Record<string, [Kind, number]> = {
  zero: ['unit', 0],
  un: ['unit', 1],
  une: ['unit', 1],
  deux: ['unit', 2],
  trois: ['unit', 3],
  quatre: ['unit', 4],
  cinq: ['unit', 5],
  six: ['unit', 6],
  sept: ['unit', 7],
  huit: ['unit', 8],
  neuf: ['unit', 9],
  dix: ['teen', 10],
  onze: ['teen', 11],
  douze: ['teen', 12],
  treize: ['teen', 13],
  quatorze: ['teen', 14],
  quinze: ['teen', 15],
  seize: ['teen', 16],
  vingt: ['ten', 20],
  trente: ['ten', 30],
  quarante: ['ten', 40],
  cinquante: ['ten', 50],
  soixante: ['sixty', 60],
  septante: ['ten', 70],
  huitante: ['ten', 80],
  octante: ['ten', 80],
  nonante: ['ten', 90],
  cent: ['hundred', 100],
  cents: ['hundred', 100],
  mil: ['scale', 1e3],
  mille: ['scale', 1e3],
  million: ['scale', 1e6],
  millions: ['scale', 1e6],
  milliard: ['scale', 1e9],
  milliards: ['scale', 1e9],
  billion: ['scale', 1e12],
  billions: ['scale', 1e12],
}

/** Which kind of word may follow which: "twenty-eight", never "eight twenty". */
type Grammar = Record<Kind | 'start' | 'and' | 'digits', readonly Kind[]>

const FOLLOWS: Grammar = {
  start: ['unit', 'teen', 'ten', 'hundred', 'scale'],
  digits: ['hundred', 'scale'],
  unit: ['hundred', 'scale'],
  teen: ['hundred', 'scale'],
  ten: ['unit', 'hundred', 'scale'],
  sixty: [],
  hundred: ['unit', 'teen', 'ten', 'scale'],
  scale: ['unit', 'teen', 'ten', 'hundred', 'scale'],
  and: ['unit', 'teen', 'ten'],
}

/** French: "soixante" and "quatre-vingts" take a teen ("soixante-douze"), no ten takes "cent". */
const SUIVANTS: Grammar = {
  start: ['unit', 'teen', 'ten', 'sixty', 'hundred', 'scale'],
  digits: ['hundred', 'scale'],
  unit: ['hundred', 'scale'],
  teen: ['hundred', 'scale'],
  ten: ['unit', 'scale'],
  sixty: ['unit', 'teen', 'scale'],
  hundred: ['unit', 'teen', 'ten', 'sixty', 'scale'],
  scale: ['unit', 'teen', 'ten', 'sixty', 'hundred', 'scale'],
  and: ['unit', 'teen'],
}

interface Table {
  words: Record<string, [Kind, number]>
  /** Two words that make one number: "dix sept" is 17 (one teen), "quatre vingts" 80. */
  pairs?: Record<string, [Kind, number]>
  follows: Grammar
  /** "one hundred and five", "vingt et un": the joining word, after these kinds... */
  and: string
  andAfter: readonly Kind[]
  /** ...and before these values only, when the language limits it ("et" before un, une, onze). */
  andBefore?: readonly number[]
  /** Two numbers under 100 in a row read as a year: "nineteen fifty-three". */
  years?: boolean
}

const TABLES: Record<string, Table> = {
  en: { words: ENGLISH, follows: FOLLOWS, and: 'and', andAfter: ['hundred', 'scale'], years: true },
  fr: {
    words: FRENCH,
    pairs: {
      'dix sept': ['teen', 17],
      'dix huit': ['teen', 18],
      'dix neuf': ['teen', 19],
      'quatre vingt': ['sixty', 80],
      'quatre vingts': ['sixty', 80],
    },
    follows: SUIVANTS,
    and: 'et',
    andAfter: ['ten', 'sixty', 'hundred', 'scale'],
    andBefore: [1, 11],
  },
}

/** A number word (or pair of words) at some place: its kind, its value, how many pieces it takes. */
type Entry = [kind: Kind, value: number, width: number]

interface Run {
  value: number
  end: number
  /** Only tens and units ("nineteen", "fifty-three"): two of these in a row read as a year. */
  small: boolean
}

/** Pieces with every run of number words replaced by one number. */
export function readNumberWords(pieces: readonly Piece[], language: string): Piece[] {
  const table = TABLES[language]
  if (!table) return [...pieces]
  const entryAt = (j: number): Entry | undefined => {
    const word = (piece: Piece | undefined) => (piece && 'word' in piece ? piece.word : '')
    const pair = table.pairs?.[`${word(pieces[j])} ${word(pieces[j + 1])}`]
    const one = table.words[word(pieces[j])]
    return pair ? [...pair, 2] : one && [...one, 1]
  }
  const out: Piece[] = []
  let i = 0
  while (i < pieces.length) {
    const run = readRun(pieces, i, entryAt, table)
    if (!run) {
      out.push(pieces[i] as Piece)
      i++
      continue
    }
    // "nineteen fifty-three" is a year.
    const next =
      table.years && run.small && run.value >= 10
        ? readRun(pieces, run.end, entryAt, table)
        : undefined
    if (next?.small && next.value >= 10) {
      out.push({ number: run.value * 100 + next.value })
      i = next.end
    } else {
      out.push({ number: run.value })
      i = run.end
    }
  }
  return out
}

function readRun(
  pieces: readonly Piece[],
  start: number,
  entryAt: (j: number) => Entry | undefined,
  { follows, and, andAfter, andBefore }: Table,
): Run | undefined {
  let total = 0
  let group = 0
  let last: keyof Grammar = 'start'
  let lastScale = Infinity
  let words = 0
  let small = true
  let j = start
  while (j < pieces.length) {
    const piece = pieces[j] as Piece
    if ('number' in piece) {
      // Digits count only before a multiplier: "28 thousand", "2.5 million".
      if (j !== start || !follows.digits.includes(entryAt(j + 1)?.[0] as Kind)) break
      group = piece.number
      last = 'digits'
      j++
      continue
    }
    if (piece.word === and && (andAfter as readonly string[]).includes(last)) {
      const [after, value] = entryAt(j + 1) ?? []
      if (
        after &&
        follows.and.includes(after) &&
        follows[last].includes(after) &&
        (!andBefore || andBefore.includes(value as number))
      ) {
        last = 'and'
        j++
        continue
      }
      break
    }
    const entry = entryAt(j)
    if (!entry || !follows[last].includes(entry[0])) break
    const [kind, value, width] = entry
    if (kind === 'hundred') {
      if (group >= 100) break
      group = (group || 1) * 100
      small = false
    } else if (kind === 'scale') {
      if (value >= lastScale) break
      total += (group || 1) * value
      group = 0
      lastScale = value
      small = false
    } else {
      group += value
    }
    last = kind
    words++
    j += width
  }
  if (words === 0) return undefined
  return { value: total + group, end: j, small }
}
