import { plural } from '../../plural'
import type { FeedbackMessages } from '../en/feedback'

/**
 * French, as in first.ts: the learner is “vous”; a narrow no-break space before ; : ! ?, the
 * ellipsis …, the apostrophe ’.
 */
const feedback: FeedbackMessages = {
  feedback: {
    verdict: { correct: 'Correct', partial: 'Partiellement correct', incorrect: 'Incorrect' },
    spelling: 'Presque : vérifiez l’orthographe.',
    unit: 'Presque : ajoutez l’unité après le nombre.',
    rightAnswer: 'La bonne réponse :',
    matchKey: (right: string) => `Bonne réponse : ${right}`,
    source: 'Source :',
    // “de l’article” before the headline: “de” alone would have to become “d’” before a vowel.
    paragraphs: (list: string, how: number) =>
      plural(how, {
        one: `Paragraphe ${list} de l’article `,
        many: `Paragraphes ${list} de l’article `,
        other: `Paragraphes ${list} de l’article `,
      }),
    appealKept: 'Contestation enregistrée.',
    appealSeen: 'Votre professeur peut la consulter ; votre note ne change pas.',
    appeal: 'Ma réponse devrait être acceptée',
  },
}

export default feedback
