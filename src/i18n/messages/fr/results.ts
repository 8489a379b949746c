import { count } from '../../plural'
import type { ResultsMessages } from '../en/results'

/**
 * French, as in first.ts: the learner is “vous”; a narrow no-break space before ; : ! ?, the
 * ellipsis …, the apostrophe ’. A school's LMS course is “votre cours”.
 */
const resultsPart: ResultsMessages = {
  results: {
    title: 'Résultats',
    correct: (correct: number, total: number) =>
      `Bonnes réponses : ${count(correct)} sur ${count(total)}`,
    time: (duration: string) => `Temps passé : ${duration}`,
    retryWrong: 'Refaire les questions ratées',
    newQuiz: 'Nouveau quiz',
    print: 'Imprimer',
    worksheet: 'Imprimer la fiche d’exercices',
    nothingToRetry: 'Toutes les réponses sont justes : il n’y a rien à refaire.',
    share: 'Partager ce quiz',
    copy: 'Copier le lien',
    copied: 'Lien copié.',
    copyBlocked: 'La copie est bloquée ici : sélectionnez le lien et copiez-le.',
    byTopic: 'Par thème',
    columns: { topic: 'Thème', correct: 'Réponses justes', score: 'Réussite' },
    topicCorrect: (correct: number, total: number) => `${count(correct)} sur ${count(total)}`,
    answers: 'Vos réponses',
    verdict: {
      correct: 'Correct.',
      partial: 'Partiellement correct.',
      incorrect: 'Incorrect.',
    },
    yourAnswer: 'Votre réponse :',
    noAnswer: '(pas de réponse)',
    rightAnswer: 'Bonne réponse :',
    answerKey: 'Corrigé',
    nextStudent: 'Élève suivant',
  },
  resultsCourse: {
    title: (bank: string) => `${bank} : quiz`,
    untitled: 'Quiz Factline',
    notConnected: 'Aucune connexion à un cours : vos résultats ne sont pas envoyés.',
    review: 'Consultation : rien de ce que vous faites ici n’est enregistré.',
    browse: 'Mode aperçu : vos réponses ne sont pas notées.',
    missing: 'Quiz introuvable',
    missingHow:
      'Ce paquet ne contient aucun quiz. Exportez-le de nouveau avec npm run questions:export.',
    empty: 'Ce quiz ne contient aucune question.',
    done: 'Vous avez déjà terminé ce quiz : votre cours conserve votre résultat.',
    backToCourse: 'Retour à votre cours',
    refused: (what: string) =>
      `Votre cours n’a pas accepté ${what}. Vos réponses continuent d’être enregistrées ; prévenez votre professeur si le problème persiste.`,
    unreachable: (why: string) =>
      `Impossible de joindre votre cours (${why}) : vos résultats ne sont pas envoyés.`,
    changed: 'Ce quiz a changé depuis votre dernière visite : il recommence depuis le début.',
  },
}

export default resultsPart
