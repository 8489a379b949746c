/**
 * The review page (spaced repetition).
 * Plain strings, and functions for messages with values in them; no Vue (see plural.ts).
 */
const reviewPart = {
  review: {},
}

export default reviewPart
export type ReviewMessages = typeof reviewPart
