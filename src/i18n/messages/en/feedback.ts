import { plural } from '../../plural'

/**
 * What a checked answer shows: the verdict, the right answer, the source, the appeal. Loaded with
 * the grader (src/stores/grader.ts), after the first screen: no feedback shows before it is in.
 */
const feedback = {
  feedback: {
    verdict: { correct: 'Correct', partial: 'Partly correct', incorrect: 'Incorrect' },
    spelling: 'Almost: check the spelling.',
    unit: 'Almost: add the unit after the number.',
    rightAnswer: 'The right answer:',
    matchKey: (right: string) => `Right answer: ${right}`,
    source: 'Source:',
    paragraphs: (list: string, how: number) =>
      plural(how, { one: `Paragraph ${list} of `, other: `Paragraphs ${list} of ` }),
    appealKept: 'Appeal kept.',
    appealSeen: 'Your teacher can see it; your score stays as it is.',
    appeal: 'My answer should count',
  },
}

export default feedback
export type FeedbackMessages = typeof feedback
