import { editDistance } from './bank/keys.ts'

/** Damerau (optimal string alignment) distance: a swap of two neighbouring letters is one edit. */
export { editDistance }

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
}

/**
 * The form in which typed answers are compared: Unicode NFKD with the non-spacing marks
 * (accents, breves, cedillas…) stripped and the rest recomposed, lower case, apostrophes and the
 * dots of initials dropped ("P'yŏngyang" → "pyongyang", "U.S." → "us"), every other run of
 * punctuation, symbols and spaces turned into one space, trimmed. Letters and digits of any
 * script are kept.
 */
export function normalizeAnswer(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\p{Mn}\p{Me}]/gu, '')
      .normalize('NFC')
      .toLowerCase()
      // Lower-casing can bring marks back (İ → i + dot above).
      .replace(/[\p{Mn}\p{Me}]/gu, '')
      .replace(/[ßæœøłđðþıς]/gu, (letter) => FOLDED[letter] ?? letter)
      .replace(/['‘’ʼʻ`′]/gu, '')
      // The dot after a lone letter is an initial's: "U.S." is "US", "St. Louis" stays two words.
      .replace(/(?<=(?:^|[^\p{L}\p{N}\p{M}])\p{L}\p{M}*)\./gu, '')
      .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
      .trim()
  )
}

/** Words of this many letters or more may carry one forgiven typo. */
export const TYPO_MIN_LETTERS = 6

const letterCount = (word: string) => word.match(/\p{L}/gu)?.length ?? 0

/**
 * Whether a typed answer is one of the accepted ones. Both sides are compared after
 * `normalizeAnswer`; an empty answer never matches. With `allowTypos`, the answer may still be
 * off by one edit (Damerau: insertion, deletion, substitution or swap of two neighbouring letters)
 * in one single word of 6 or more letters of the accepted answer: word by word, the same number
 * of words, every word equal but at most that one. Shorter words and digits are never forgiven.
 */
export function matchesAccepted(
  given: string,
  accepted: readonly string[],
  allowTypos: boolean,
): boolean {
  const typed = normalizeAnswer(given)
  if (typed === '') return false
  return accepted.some((answer) => {
    const right = normalizeAnswer(answer)
    if (right === '') return false
    if (typed === right) return true
    return allowTypos && withinOneTypo(typed.split(' '), right.split(' '))
  })
}

function withinOneTypo(typed: string[], right: string[]): boolean {
  if (typed.length !== right.length) return false
  let typos = 0
  for (const [i, word] of right.entries()) {
    const given = typed[i] as string
    if (given === word) continue
    if (letterCount(word) < TYPO_MIN_LETTERS || editDistance(given, word) > 1) return false
    typos++
    if (typos > 1) return false
  }
  return typos === 1
}
