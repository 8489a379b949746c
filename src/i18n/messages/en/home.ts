/**
 * The home page (the banks and their quizzes) and the page not found.
 * Plain strings, and functions for messages with values in them; no Vue (see plural.ts).
 */
const homePart = {
  home: {},
}

export default homePart
export type HomeMessages = typeof homePart
