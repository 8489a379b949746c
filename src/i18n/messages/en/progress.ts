/**
 * The progress page: summary, topics, weak facts, activity, appeals, the learner's settings and data.
 * Plain strings, and functions for messages with values in them; no Vue (see plural.ts).
 */
const progressPart = {
  progress: {},
}

export default progressPart
export type ProgressMessages = typeof progressPart
