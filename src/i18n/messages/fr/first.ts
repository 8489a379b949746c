import { count } from '../../plural'
import type { FirstMessages } from '../en/first'

/**
 * French. The learner is addressed as “vous”: the app serves secondary schools, adults and their
 * teachers alike. French typography: a narrow no-break space (U+202F) before ; : ! ? and inside
 * « », the ellipsis character …, the apostrophe ’. School words: “cocher”, “texte à trous”,
 * “fiche d’exercices”, “bilan de la classe”.
 */
const first: FirstMessages = {
  app: {
    skip: 'Aller au contenu',
    dismiss: 'Fermer',
    home: 'Accueil de Factline',
    main: 'Menu principal',
    language: 'Langue',
    nav: { home: 'Accueil', review: 'Révisions', progress: 'Progression', author: 'Créer' },
    page: (title: string) => `${title} · Factline`,
  },
  quiz: {
    title: 'Quiz',
    named: (bank: string) => `Quiz : ${bank}`,
    progress: 'Progression dans le quiz',
    loading: 'Chargement du quiz…',
  },
  question: {
    name: (number: number, total: number) => `Question ${count(number)} sur ${count(total)}`,
    answerFirst: 'Répondez à la question, puis vérifiez votre réponse.',
    check: 'Vérifier la réponse',
    next: 'Question suivante',
    results: 'Voir les résultats',
    chooseOne: 'Cochez une seule réponse',
    chooseAll: 'Cochez toutes les bonnes réponses',
    yourChoice: 'Votre choix',
    rightAnswer: 'Bonne réponse',
    yourAnswer: 'Votre réponse',
    true: 'Vrai',
    false: 'Faux',
    choose: 'Choisir…',
    blank: (number: number) => `Trou ${count(number)}`,
    orderList: 'Les éléments dans votre ordre',
    moveUp: (item: string) => `Monter ${item}`,
    moveDown: (item: string) => `Descendre ${item}`,
    moved: (item: string, position: number, total: number) =>
      `${item} est maintenant en position ${count(position)} sur ${count(total)}`,
  },
}

export default first
