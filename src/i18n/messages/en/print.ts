/**
 * The worksheet page and what it prints.
 * Plain strings, and functions for messages with values in them; no Vue (see plural.ts).
 */
const printPart = {
  print: {},
}

export default printPart
export type PrintMessages = typeof printPart
