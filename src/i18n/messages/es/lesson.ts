import type { LessonMessages } from '../en/lesson'

const lessonPart: LessonMessages = {
  lesson: {},
}

export default lessonPart
