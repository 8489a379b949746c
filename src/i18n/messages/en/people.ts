import { count, plural } from '../../plural'

/**
 * The learner picker, the name form and the update prompt: the header's tools, loaded with the
 * learner picker after the first screen. Also what the app says about the learner's saved
 * progress (storage off or full, damaged answers), which may show on any page, and why a progress
 * file could not be imported. Plain strings, and functions for messages with values in them; no
 * Vue (see plural.ts).
 */
const peoplePart = {
  people: {
    /**
     * The first learner's name while nobody has changed it: every device starts with one learner,
     * stored as "Me", and shown in the interface's language until it is renamed.
     */
    me: 'Me',
    /** The learner button's name: it holds the name on show (WCAG 2.5.3). */
    open: (name: string) => `Learner: ${name}. Change learner`,
    title: 'Who is learning?',
    intro: 'Each learner on this device has their own progress. No passwords.',
    /** Beside the current learner in the list. */
    learningNow: '(learning now)',
    newName: 'New learner’s name',
    add: 'Add learner',
    elsewhere: 'Rename or remove learners on the Progress page.',
    close: 'Close',
  },
  /** Why a learner's name can't be used. */
  peopleName: {
    empty: 'Type a name.',
    tooLong: (most: number) =>
      plural(most, {
        one: `A name can be at most ${count(most)} character.`,
        other: `A name can be at most ${count(most)} characters.`,
      }),
    taken: (name: string) => `${name} is already on this device.`,
  },
  peopleUpdate: {
    ready: 'A new version of Factline is ready. It starts when you choose Update.',
    /** The button the sentence above names. */
    update: 'Update',
  },
  /** What the app says, on any page, about the learner's saved progress. */
  peopleNotice: {
    notKept:
      'This browser does not let Factline keep your progress (storage is switched off), so it will be lost when you close the tab.',
    full: 'The browser’s storage is full, so your latest answers may not be saved. Your earlier progress is safe; free some space or export your progress.',
    damaged: (answers: number) =>
      plural(answers, {
        one: `${count(answers)} saved answer was damaged and could not be read. A copy was kept aside; the rest of your progress is here.`,
        other: `${count(answers)} saved answers were damaged and could not be read. A copy was kept aside; the rest of your progress is here.`,
      }),
  },
  /** Why a progress file was not imported. */
  peopleImport: {
    notProgress: 'The file is not a Factline progress file.',
    newer: 'This progress file comes from a newer version of Factline.',
    damaged: 'This progress file is damaged and could not be read.',
    allDamaged: 'None of the answers in this progress file could be read.',
    tooLarge: 'This progress file is too large to read.',
    empty: 'The file is empty.',
    unreadable: 'The file could not be read.',
    notStored: 'The browser would not store the imported progress; nothing was changed.',
  },
}

export default peoplePart
export type PeopleMessages = typeof peoplePart
