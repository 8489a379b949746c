import { count, plural } from '../../plural'

/**
 * The worksheet page and what it prints: the sheet's fields and instructions, and the answer key,
 * in the interface language; the bank's questions stay as the bank writes them.
 * Plain strings, and functions for messages with values in them; no Vue (see plural.ts).
 */
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

const printPart = {
  print: {
    /** The document's title, which a saved PDF is named after: the bank's, then the page's. */
    title: (bank: string) => `${bank} · Worksheet`,
    notFound: 'Worksheet not found',
    noLink: 'This link names no question bank.',
    chooseBank: 'Choose a bank on the home page.',
    loading: 'Loading the worksheet…',
    empty: "No question matches this worksheet's topics, types and difficulty.",
    toolbar: {
      print: 'Print',
      versions: 'Versions',
      hint: 'Each version draws and orders its questions anew and has its own answer key, on a page of its own.',
    },
    sheet: {
      version: (version: number) => `Version ${count(version)}`,
      name: 'Name',
      class: 'Class',
      date: 'Date',
    },
    paper: {
      tickOne: 'Tick one.',
      tickAll: 'Tick all that apply.',
      answer: 'Answer:',
      /** Read out in place of a blank's line. */
      blank: (number: number) => `(blank ${count(number)})`,
      /** Read out before a drop-down blank's printed choices. */
      circleOne: (number: number) => `(blank ${count(number)}, circle one:)`,
      match: 'Write the letter of the matching text in each box.',
      order: 'Write the letters in the right order, the first in slot 1.',
      /** The letter that names the item or choice at `index` (from 0) on paper; past Z, its number. */
      letter: (index: number) => LETTERS[index] ?? count(index + 1),
    },
    key: {
      title: 'Answer key',
      version: (version: number) => `Answer key, version ${count(version)}`,
      sources: (headline: string, publisher: string, date: string) =>
        `Paragraphs are those of “${headline}”, ${publisher}, ${date}.`,
      /** `list`: the paragraphs' numbers, as a list. */
      source: (list: string, how: number) =>
        plural(how, { one: `Source: paragraph ${list}`, other: `Source: paragraphs ${list}` }),
      /** A match question's pair in the key: its left-hand text and the letter of its match. */
      pair: (left: string, letter: string) => `${left}: ${letter}`,
      /** Between an order question's letters: "B, A, C". */
      letterSeparator: ', ',
      /** Between a match question's pairs: "Truman: C; Mao: A". */
      pairSeparator: '; ',
    },
  },
}

export default printPart
export type PrintMessages = typeof printPart
