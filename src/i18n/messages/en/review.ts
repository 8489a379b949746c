import { count, plural } from '../../plural'

/**
 * The review page (spaced repetition). Its title is pages.ts's.
 * Plain strings, and functions for messages with values in them; no Vue (see plural.ts).
 */
const reviewPart = {
  review: {
    loading: 'Finding what is due…',
    /** After a round: the questions answered, and how many of them right. */
    reviewed: (done: number, right: number) =>
      `You reviewed ${plural(done, { one: `${count(done)} question`, other: `${count(done)} questions` })}: ${count(right)} right.`,
    /** "[Nothing due] right now.", the first piece in bold. */
    nothingDue: 'Nothing due',
    rightNow: ' right now.',
    /** The date and time are written already: "Tuesday, March 3, 2026 at 9:10 AM". */
    nextDue: (when: string) => `The next fact comes back for review on ${when}.`,
    /** "Answer questions in a [lesson or a quiz], and Factline brings …": its pieces. */
    empty: {
      before: 'Answer questions in a ',
      link: 'lesson or a quiz',
      after: ', and Factline brings each fact back here just before you would forget it.',
    },
    position: (fact: number, facts: number) =>
      `Fact ${count(fact)} of ${count(facts)} due for review`,
  },
}

export default reviewPart
export type ReviewMessages = typeof reviewPart
