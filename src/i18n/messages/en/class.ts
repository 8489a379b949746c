/**
 * The class report: import, overview, questions and their details.
 * Plain strings, and functions for messages with values in them; no Vue (see plural.ts).
 */
const classPart = {
  class: {},
}

export default classPart
export type ClassMessages = typeof classPart
