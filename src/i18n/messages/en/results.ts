import { count } from '../../plural'

/**
 * A quiz's results (the app's, the kiosk's and a course package's) and the course package's own page.
 * The results have their own verdict words: a quiz reloaded on its results shows them before the
 * grader, and the feedback's words with it, have loaded (src/stores/grader.ts).
 * Plain strings, and functions for messages with values in them; no Vue (see plural.ts).
 */
const resultsPart = {
  results: {
    title: 'Results',
    /** Answers that earned full credit, of all the questions. */
    correct: (correct: number, total: number) => `${count(correct)} of ${count(total)} correct`,
    /** The duration is written already: "4 min, 16 sec". */
    time: (duration: string) => `Time taken: ${duration}`,
    retryWrong: 'Retry wrong answers',
    newQuiz: 'New quiz',
    print: 'Print',
    worksheet: 'Print worksheet',
    nothingToRetry: 'Every answer was right: nothing to retry.',
    share: 'Share this quiz',
    copy: 'Copy link',
    copied: 'Link copied.',
    copyBlocked: 'Copying is blocked here: select the link and copy it.',
    byTopic: 'By topic',
    /** The by-topic table's column headers. */
    columns: { topic: 'Topic', correct: 'Correct', score: 'Score' },
    /** A topic's answers that earned full credit, of its questions. */
    topicCorrect: (correct: number, total: number) => `${count(correct)} of ${count(total)}`,
    answers: 'Your answers',
    /** The first words of an answer's line, its full stop included. */
    verdict: { correct: 'Correct.', partial: 'Partly correct.', incorrect: 'Incorrect.' },
    yourAnswer: 'Your answer:',
    /** An answer left empty, or a question not reached. */
    noAnswer: '(no answer)',
    rightAnswer: 'Right answer:',
    answerKey: 'Answer key',
    /** The kiosk's results: the way to hand the device to the next student. */
    nextStudent: 'Next student',
  },
  /** A course package's page (src/package), launched by a school's LMS. */
  resultsCourse: {
    /** The document's title: the bank's, or the app's when there is no bank. */
    title: (bank: string) => `${bank}: quiz`,
    untitled: 'Factline quiz',
    notConnected: 'Not connected to a course: your results are not sent.',
    review: 'Review: nothing you do here is recorded.',
    browse: 'Browsing: your answers are not scored.',
    missing: 'Quiz not found',
    missingHow: 'This package has no quiz in it. Export it again with npm run questions:export.',
    empty: 'This quiz has no questions.',
    done: 'You have finished this quiz already: your course keeps your result.',
    backToCourse: 'Back to your course',
    /** The course system refused a value; `what` is its own report, in its words. */
    refused: (what: string) =>
      `Your course did not accept ${what}. Your answers go on being saved; tell your teacher if this stays.`,
    /** The course system did not answer the launch; `why` is its own report. */
    unreachable: (why: string) =>
      `Your course could not be reached (${why}): your results are not sent.`,
    /** The kept answers belong to another quiz (the package was exported again). */
    changed: 'This quiz has changed since your last visit, so it starts again.',
  },
}

export default resultsPart
export type ResultsMessages = typeof resultsPart
