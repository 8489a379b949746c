/**
 * The learner picker, the name form and the update prompt: the header's tools, loaded with the learner picker after the first screen.
 * Plain strings, and functions for messages with values in them; no Vue (see plural.ts).
 */
const peoplePart = {
  people: {},
}

export default peoplePart
export type PeopleMessages = typeof peoplePart
