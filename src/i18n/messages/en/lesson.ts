/**
 * A lesson: its introduction, facts, questions, navigation and end.
 * Plain strings, and functions for messages with values in them; no Vue (see plural.ts).
 */
const lessonPart = {
  lesson: {},
}

export default lessonPart
export type LessonMessages = typeof lessonPart
