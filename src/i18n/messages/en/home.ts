import { count, plural } from '../../plural'

/**
 * The home page (the banks and their quizzes) and the page not found.
 * Plain strings, and functions for messages with values in them; no Vue (see plural.ts).
 * A sentence with links in it is in pieces: the text before each link, the link's words, the
 * text after; each piece carries its own spaces.
 */
const homePart = {
  home: {
    lead: 'Learn a news story fact by fact: short lessons, quizzes that cite the source, and progress kept in this browser.',
    /** A link to the review page. */
    due: (facts: number) =>
      plural(facts, {
        one: `${count(facts)} fact due for review`,
        other: `${count(facts)} facts due for review`,
      }),
    /** "Teachers: write questions in the [studio], and see how a class did in the [class report]." */
    teachers: {
      before: 'Teachers: write questions in the ',
      studio: 'studio',
      between: ', and see how a class did in the ',
      classReport: 'class report',
      after: '.',
    },
  },
  /** A bank's card on the home page. */
  homeBank: {
    lessons: 'Lessons',
    /** A lesson's state; the score is written already ("80%"). */
    complete: (score: string) => `Complete, ${score}`,
    inProgress: 'In progress',
    notStarted: 'Not started',
    quiz: 'Quiz',
    /** The quiz's length. */
    questions: 'Questions',
    /** The longest quiz: every question of the bank. */
    all: (questions: number) => `All ${count(questions)}`,
    start: 'Start quiz',
    worksheet: 'Print worksheet',
    /** The worksheet link's name, with the bank's title. */
    worksheetOf: (bank: string) => `Print worksheet: ${bank}`,
  },
  /** The page not found (its title is pages.ts's). */
  homeMissing: {
    nothing: 'There is nothing at this address.',
    back: 'Back to the home page',
  },
}

export default homePart
export type HomeMessages = typeof homePart
