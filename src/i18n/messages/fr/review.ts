import { count, plural } from '../../plural'
import type { ReviewMessages } from '../en/review'

/** French, as in first.ts: the learner is “vous”; a narrow no-break space before ; : ! ?. */
const reviewPart: ReviewMessages = {
  review: {
    loading: 'Recherche de ce qui est à réviser…',
    reviewed: (done: number, right: number) =>
      `Vous avez révisé ${plural(done, {
        one: `${count(done)} question`,
        many: `${count(done)} de questions`,
        other: `${count(done)} questions`,
      })} : ${plural(right, {
        one: `${count(right)} bonne réponse`,
        many: `${count(right)} de bonnes réponses`,
        other: `${count(right)} bonnes réponses`,
      })}.`,
    nothingDue: 'Rien à réviser',
    rightNow: ' pour le moment.',
    nextDue: (when: string) => `Le prochain fait reviendra en révision le ${when}.`,
    empty: {
      before: 'Répondez à des questions dans une ',
      link: 'leçon ou un quiz',
      after: ' : Factline ramènera ici chaque fait juste avant que vous ne l’oubliiez.',
    },
    position: (fact: number, facts: number) => `Fait à réviser ${count(fact)} sur ${count(facts)}`,
  },
}

export default reviewPart
