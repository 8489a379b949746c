/**
 * A quiz's results (the app's, the kiosk's and a course package's) and the course package's own page.
 * Plain strings, and functions for messages with values in them; no Vue (see plural.ts).
 */
const resultsPart = {
  results: {},
}

export default resultsPart
export type ResultsMessages = typeof resultsPart
