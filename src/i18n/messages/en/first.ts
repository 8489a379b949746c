import { count } from '../../plural'

/**
 * What the header and a question show: the messages every page needs from its first paint. What
 * a checked answer shows is in feedback.ts, loaded with the grader; the other pages' messages are
 * in their own files, loaded with their page. Plain strings, and functions for messages with
 * values in them; no Vue (see plural.ts).
 */
const first = {
  app: {
    skip: 'Skip to content',
    dismiss: 'Dismiss',
    home: 'Factline home',
    main: 'Main',
    language: 'Language',
    nav: { home: 'Home', review: 'Review', progress: 'Progress', author: 'Author' },
    /** The document's title: a page's, then the app's. */
    page: (title: string) => `${title} · Factline`,
  },
  quiz: {
    title: 'Quiz',
    /** A quiz of one bank: the bank's title. */
    named: (bank: string) => `Quiz: ${bank}`,
    progress: 'Quiz progress',
    loading: 'Loading the quiz…',
  },
  question: {
    name: (number: number, total: number) => `Question ${count(number)} of ${count(total)}`,
    answerFirst: 'Answer the question, then check it.',
    check: 'Check answer',
    next: 'Next question',
    results: 'See results',
    chooseOne: 'Choose one',
    chooseAll: 'Choose all that apply',
    yourChoice: 'Your choice',
    rightAnswer: 'Right answer',
    yourAnswer: 'Your answer',
    true: 'True',
    false: 'False',
    choose: 'Choose…',
    blank: (number: number) => `Blank ${count(number)}`,
    orderList: 'Items in your order',
    moveUp: (item: string) => `Move ${item} up`,
    moveDown: (item: string) => `Move ${item} down`,
    moved: (item: string, position: number, total: number) =>
      `${item} moved to position ${count(position)} of ${count(total)}`,
  },
}

export default first
export type FirstMessages = typeof first
