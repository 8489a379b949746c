import { count, plural } from '../../plural'

/**
 * The progress page: summary, topics, weak facts, activity, appeals, the learner's settings and
 * data. Its title is pages.ts's; why an import failed is people.ts's.
 * Plain strings, and functions for messages with values in them; no Vue (see plural.ts).
 * A sentence with a link in it is in pieces: before the link, the link's words, after it.
 */
const progressPart = {
  progress: {
    learner: (name: string) => `Learner: ${name}`,
    loading: 'Loading your progress…',
    appeals: 'Your appeals',
    days: (days: number) =>
      plural(days, { one: `The last ${count(days)} day`, other: `The last ${count(days)} days` }),
  },
  /**
   * The learner's figures: each figure is shown in bold (written already), followed by its words;
   * each piece of words carries the space it needs after the figure.
   */
  progressSummary: {
    answers: (answers: number) => plural(answers, { one: ' answer', other: ' answers' }),
    accuracy: ' accuracy',
    streak: (days: number) => plural(days, { one: ' day in a row', other: ' days in a row' }),
    /** After the time spent, written already ("12 min"). */
    time: ' in all',
    /** "No answers yet. Start with a [lesson or a quiz]; your progress …": its pieces. */
    none: {
      before: 'No answers yet. Start with a ',
      link: 'lesson or a quiz',
      after: '; your progress is kept in this browser.',
    },
  },
  /** A bank's topics: facts met, mastery and accuracy. */
  progressTopics: {
    topic: 'Topic',
    factsMet: 'Facts met',
    mastery: 'Mastery',
    /** After "Mastery", for screen readers. */
    masteryHint: '(recall in a week)',
    accuracy: 'Accuracy',
    met: (met: number, facts: number) => `${count(met)} of ${count(facts)}`,
    note: "Mastery: how likely you are to still recall a topic's facts a week from now.",
  },
  progressWeak: {
    title: 'Facts to practise',
    /** The share is written already ("40%"). */
    lately: (share: string) => `(${share} right lately)`,
    practise: 'Practise this fact',
  },
  progressAppeals: {
    /** The answer is the learner's own text. */
    answer: (answer: string) => `Your answer: ${answer}`,
    /** Names the feedback's appeal button (feedback.ts's `appeal`) in the same words. */
    none: 'No appeals. When you think an answer marked wrong should count, press “My answer should count” under its feedback: it is kept here for your teacher.',
  },
  /** The chart of the last days' answers and accuracy, and its table for screen readers. */
  progressChart: {
    title: (days: number, answers: number) =>
      `Answers per day over the last ${plural(days, { one: `${count(days)} day`, other: `${count(days)} days` })}: ${count(answers)} in all. The table below has each day.`,
    /** The top is written already ("100%"). */
    caption: (top: string) => `Bars: answers per day. Dots: accuracy that day (top is ${top}).`,
    table: 'Answers and accuracy per day',
    day: 'Day',
    answers: 'Answers',
    accuracy: 'Accuracy',
  },
  progressLearner: {
    title: 'Learner',
    name: 'Name',
    save: 'Save name',
    renamed: (name: string) => `Renamed to ${name}.`,
    remove: 'Remove this learner',
    confirmRemove: (name: string) =>
      `Remove ${name} from this device? Every answer ${name} saved here will be deleted. Export the progress first to keep a copy.`,
    removed: (name: string) => `${name} was removed from this device.`,
    notRemoved: (name: string) => `The browser would not remove ${name}.`,
  },
  progressData: {
    title: 'Your data',
    intro:
      'Your answers stay in this browser. Export them to keep a copy or move them to another device.',
    export: 'Export progress',
    import: 'Import progress',
    reset: 'Reset progress',
    confirmReset: (name: string) =>
      `Reset progress? Every answer ${name} saved in this browser will be deleted. Export your progress first to keep a copy.`,
    exported: (answers: number) =>
      plural(answers, {
        one: `Exported ${count(answers)} answer.`,
        other: `Exported ${count(answers)} answers.`,
      }),
    imported: (added: number) =>
      plural(added, {
        one: `Imported ${count(added)} new answer.`,
        other: `Imported ${count(added)} new answers.`,
      }),
    /** Some answers or appeals of the file were damaged and left out. */
    importedLeftOut: (added: number, dropped: number) =>
      `Imported ${plural(added, { one: `${count(added)} new answer`, other: `${count(added)} new answers` })} (${plural(dropped, { one: `${count(dropped)} damaged one`, other: `${count(dropped)} damaged ones` })} left out).`,
    /** Why is people.ts's `peopleImport`, a sentence of its own. */
    notImported: (why: string) => `Nothing was imported: ${why}`,
    wasReset: 'Your progress was reset.',
    notReset: 'The browser would not reset your progress.',
  },
}

export default progressPart
export type ProgressMessages = typeof progressPart
