import type { Piece } from './text.ts'

/**
 * Number words read as numbers, so that "twenty-eight thousand" is 28000 and "one hundred and five"
 * is 105. English only for now: another language adds its own table.
 */

type Kind = 'unit' | 'teen' | 'ten' | 'hundred' | 'scale'

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

const TABLES: Record<string, { words: Record<string, [Kind, number]>; and?: string }> = {
  en: { words: ENGLISH, and: 'and' },
}

/** Which kind of word may follow which: "twenty-eight", never "eight twenty". */
const FOLLOWS: Record<Kind | 'start' | 'and' | 'digits', readonly Kind[]> = {
  start: ['unit', 'teen', 'ten', 'hundred', 'scale'],
  digits: ['hundred', 'scale'],
  unit: ['hundred', 'scale'],
  teen: ['hundred', 'scale'],
  ten: ['unit', 'hundred', 'scale'],
  hundred: ['unit', 'teen', 'ten', 'scale'],
  scale: ['unit', 'teen', 'ten', 'hundred', 'scale'],
  and: ['unit', 'teen', 'ten'],
}

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
  const kindOf = (piece: Piece | undefined) =>
    piece && 'word' in piece ? table.words[piece.word] : undefined
  const out: Piece[] = []
  let i = 0
  while (i < pieces.length) {
    const run = readRun(pieces, i, kindOf, table.and)
    if (!run) {
      out.push(pieces[i] as Piece)
      i++
      continue
    }
    // "nineteen fifty-three" is a year.
    const next =
      run.small && run.value >= 10 ? readRun(pieces, run.end, kindOf, table.and) : undefined
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
  kindOf: (piece: Piece | undefined) => [Kind, number] | undefined,
  and: string | undefined,
): Run | undefined {
  let total = 0
  let group = 0
  let last: keyof typeof FOLLOWS = 'start'
  let lastScale = Infinity
  let words = 0
  let small = true
  let j = start
  for (; j < pieces.length; j++) {
    const piece = pieces[j] as Piece
    if ('number' in piece) {
      // Digits count only before a multiplier: "28 thousand", "2.5 million".
      if (j !== start || !FOLLOWS.digits.includes(kindOf(pieces[j + 1])?.[0] as Kind)) break
      group = piece.number
      last = 'digits'
      continue
    }
    if (piece.word === and && (last === 'hundred' || last === 'scale')) {
      const after = kindOf(pieces[j + 1])?.[0]
      if (after && FOLLOWS.and.includes(after)) {
        last = 'and'
        continue
      }
      break
    }
    const entry = kindOf(piece)
    if (!entry || !FOLLOWS[last].includes(entry[0])) break
    const [kind, value] = entry
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
  }
  if (words === 0) return undefined
  return { value: total + group, end: j, small }
}
