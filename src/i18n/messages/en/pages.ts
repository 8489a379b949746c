import { plural } from '../../plural'
/**
 * What every page but a quiz's question needs: the pages' titles, and what the quiz page says when
 * it has no question to show. The router loads it with any other page; the quiz page when it
 * shows one of those notices.
 */
const pages = {
  titles: {
    lesson: 'Lesson',
    review: 'Review',
    progress: 'Progress',
    kiosk: 'Kiosk',
    author: 'Author',
    class: 'Class report',
    print: 'Worksheet',
    notFound: 'Page not found',
  },
  /** The banks a link names that do not exist: `missing` lists them, each `quoted`. */
  banks: {
    missing: (names: string, how: number) =>
      plural(how, {
        one: `There is no question bank called ${names}.`,
        other: `There are no question banks called ${names}.`,
      }),
    quoted: (name: string) => `“${name}”`,
  },
  quizNotice: {
    notFound: 'Quiz not found',
    chooseBank: 'Choose a bank on the home page.',
    empty: "No question matches this quiz's topics, types and difficulty.",
    another: 'Start another quiz.',
    studio: 'Trying the draft as a student: answers here are not kept.',
    backToDraft: 'Back to the draft',
  },
}

export default pages
export type PagesMessages = typeof pages
