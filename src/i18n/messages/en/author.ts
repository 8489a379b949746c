/**
 * The studio: its toolbar, editor, preview, problems and actions (validator messages stay English).
 * Plain strings, and functions for messages with values in them; no Vue (see plural.ts).
 */
const authorPart = {
  author: {},
}

export default authorPart
export type AuthorMessages = typeof authorPart
