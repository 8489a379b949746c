import { count } from '../../plural'

/**
 * A lesson: its introduction, facts, questions, navigation and end. The page's title while it
 * loads is `t.titles.lesson` (pages.ts), "Source:" the feedback's and "Home" the header's: the
 * lesson's route loads both parts with this one.
 * Plain strings, and functions for messages with values in them; no Vue (see plural.ts).
 */
const lessonPart = {
  lesson: {
    notFound: 'Lesson not found',
    noSuchLesson: 'There is no such lesson.',
    chooseLesson: 'Choose a lesson on the home page.',
    loading: 'Loading the lesson…',
    /** After the bank's title: "Korea 2018 · Lesson 2". */
    number: (order: number) => `Lesson ${count(order)}`,
    progress: 'Lesson progress',
    step: (step: number, total: number) => `Step ${count(step)} of ${count(total)}`,
    about: 'What this lesson is about',
    whereFrom: 'Where the facts come from',
    /** A bank with no source of its own: the bank is the source. */
    bankSource: (bank: string) => `Source: the question bank “${bank}”.`,
    facts: (part: number, parts: number) => `Facts, part ${count(part)} of ${count(parts)}`,
    /** A fact's place in a bank's text, where the bank names no source. */
    paragraph: (number: number) => `Paragraph ${count(number)}`,
    back: 'Back',
    next: 'Next',
    /** What kind of question a question step is, above it. */
    kind: {
      quiz: 'Lesson quiz',
      retry: 'Once more: a question you missed earlier',
      check: 'Check what you just read',
    },
    complete: 'Lesson complete',
    /** The lesson quiz's score: answers that earned full credit. */
    correct: (correct: number, total: number) => `${count(correct)} of ${count(total)} correct`,
    nextLesson: (topic: string) => `Next lesson: ${topic}`,
    wholeBank: 'Quiz on the whole bank',
    again: 'Start this lesson again',
  },
}

export default lessonPart
export type LessonMessages = typeof lessonPart
