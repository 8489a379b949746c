import { count } from '../../plural'
import type { ReviewMessages } from '../en/review'

/** Spanish, as in first.ts: the learner is “tú”, in neutral international Spanish. */
const reviewPart: ReviewMessages = {
  review: {
    loading: 'Buscando lo que toca repasar…',
    reviewed: (done: number, right: number) =>
      `Preguntas repasadas: ${count(done)}. Correctas: ${count(right)}.`,
    nothingDue: 'Nada que repasar',
    rightNow: ' por ahora.',
    nextDue: (when: string) => `El próximo dato volverá para repasarlo el ${when}.`,
    empty: {
      before: 'Responde preguntas en una ',
      link: 'lección o un cuestionario',
      after: ', y Factline traerá cada dato de vuelta aquí justo antes de que lo olvides.',
    },
    position: (fact: number, facts: number) =>
      `Dato ${count(fact)} de ${count(facts)} para repasar`,
  },
}

export default reviewPart
