import { count, plural } from '../../plural'
import type { HomeMessages } from '../en/home'

/** French, as in first.ts: the learner is “vous”; a narrow no-break space before ; : ! ?. */
const homePart: HomeMessages = {
  home: {
    lead: 'Apprenez un article d’actualité fait par fait : des leçons courtes, des quiz qui citent leurs sources, et une progression conservée dans ce navigateur.',
    due: (facts: number) =>
      plural(facts, {
        one: `${count(facts)} fait à réviser`,
        many: `${count(facts)} de faits à réviser`,
        other: `${count(facts)} faits à réviser`,
      }),
    teachers: {
      before: 'Enseignants : rédigez des questions dans l’',
      studio: 'atelier de création',
      between: ' et voyez les résultats d’une classe dans le ',
      classReport: 'bilan de la classe',
      after: '.',
    },
  },
  homeBank: {
    lessons: 'Leçons',
    complete: (score: string) => `Terminée, ${score}`,
    inProgress: 'En cours',
    notStarted: 'Pas commencée',
    quiz: 'Quiz',
    questions: 'Questions',
    all: (questions: number) => `Toutes les ${count(questions)}`,
    start: 'Commencer le quiz',
    worksheet: 'Imprimer la fiche d’exercices',
    worksheetOf: (bank: string) => `Imprimer la fiche d’exercices : ${bank}`,
  },
  homeMissing: {
    nothing: 'Il n’y a rien à cette adresse.',
    back: 'Retour à la page d’accueil',
  },
}

export default homePart
