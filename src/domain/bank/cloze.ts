/**
 * A cloze text split into plain text and blanks; `{{a|b}}` is a blank accepting a or b, and
 * `{{@name a|b}}` (or `{{@name: a|b}}`) one of a group: the blanks of one group take their answers
 * in any order.
 */
export type ClozeSegment = string | { blank: number; answers: string[]; group?: string }

export interface ClozeParse {
  segments: ClozeSegment[]
  blanks: string[][]
  /** Per blank, in reading order, its group's name, if any. */
  groups: (string | undefined)[]
  /** `index` is the character offset in the text where the problem is. */
  errors: { index: number; message: string }[]
}

/** `@name` opening a blank, then a space or a colon: the group it belongs to. */
const GROUP = /^\s*@([\p{L}\p{N}_-]+)(?::\s*|\s+)/u

export function parseCloze(text: string): ClozeParse {
  const segments: ClozeSegment[] = []
  const blanks: string[][] = []
  const groups: (string | undefined)[] = []
  const errors: ClozeParse['errors'] = []
  let rest = 0
  for (;;) {
    const open = text.indexOf('{{', rest)
    const strayClose = text.indexOf('}}', rest)
    if (strayClose !== -1 && (open === -1 || strayClose < open)) {
      errors.push({ index: strayClose, message: 'a blank ends with }} but never started with {{' })
    }
    if (open === -1) break
    const close = text.indexOf('}}', open + 2)
    const nextOpen = text.indexOf('{{', open + 2)
    if (close === -1 || (nextOpen !== -1 && nextOpen < close)) {
      errors.push({ index: open, message: 'this blank is not closed: write {{answer}}' })
      break
    }
    if (open > rest) segments.push(text.slice(rest, open))
    let inside = text.slice(open + 2, close)
    const group = GROUP.exec(inside)
    if (group) inside = inside.slice(group[0].length)
    else if (inside.trimStart().startsWith('@')) {
      errors.push({
        index: open,
        message:
          'a blank of a group is written {{@name answer}}, with a name of letters and digits',
      })
    }
    const answers = inside.split('|').map((a) => a.trim())
    if (answers.some((a) => a === '')) {
      errors.push({
        index: open,
        message: 'a blank has an empty answer: write {{answer}} or {{answer|other answer}}',
      })
    }
    segments.push({ blank: blanks.length, answers, ...(group ? { group: group[1] } : {}) })
    blanks.push(answers)
    groups.push(group?.[1])
    rest = close + 2
  }
  if (rest < text.length) segments.push(text.slice(rest))
  if (blanks.length === 0 && errors.length === 0) {
    errors.push({ index: 0, message: 'a cloze text needs at least one blank, written {{answer}}' })
  }
  return { segments, blanks, groups, errors }
}
