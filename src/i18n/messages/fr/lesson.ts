import { count } from '../../plural'
import type { LessonMessages } from '../en/lesson'

/**
 * French, as in first.ts: the learner is “vous”; a narrow no-break space before ; : ! ? and
 * inside « », the ellipsis …, the apostrophe ’.
 */
const lessonPart: LessonMessages = {
  lesson: {
    notFound: 'Leçon introuvable',
    noSuchLesson: 'Cette leçon n’existe pas.',
    chooseLesson: 'Choisissez une leçon sur la page d’accueil.',
    loading: 'Chargement de la leçon…',
    number: (order: number) => `Leçon ${count(order)}`,
    progress: 'Progression dans la leçon',
    step: (step: number, total: number) => `Étape ${count(step)} sur ${count(total)}`,
    about: 'De quoi parle cette leçon',
    whereFrom: 'D’où viennent les faits',
    bankSource: (bank: string) => `Source : la banque de questions « ${bank} ».`,
    facts: (part: number, parts: number) =>
      `Faits à retenir, partie ${count(part)} sur ${count(parts)}`,
    paragraph: (number: number) => `Paragraphe ${count(number)}`,
    back: 'Retour',
    next: 'Suivant',
    kind: {
      quiz: 'Quiz de la leçon',
      retry: 'Encore une fois : une question que vous aviez manquée',
      check: 'Vérifiez ce que vous venez de lire',
    },
    complete: 'Leçon terminée',
    correct: (correct: number, total: number) =>
      `Bonnes réponses : ${count(correct)} sur ${count(total)}`,
    nextLesson: (topic: string) => `Leçon suivante : ${topic}`,
    wholeBank: 'Quiz sur toute la banque',
    again: 'Recommencer cette leçon',
  },
}

export default lessonPart
