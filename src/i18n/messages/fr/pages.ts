import type { PagesMessages } from '../en/pages'

const pages: PagesMessages = {
  titles: {
    lesson: 'Leçon',
    review: 'Révisions',
    progress: 'Progression',
    kiosk: 'Mode kiosque',
    author: 'Créer',
    class: 'Bilan de la classe',
    print: 'Fiche d’exercices',
    notFound: 'Page introuvable',
  },
  quizNotice: {
    notFound: 'Quiz introuvable',
    noBank: (names: string) => `Il n’y a pas de banque de questions nommée ${names}.`,
    chooseBank: 'Choisissez une banque de questions sur la page d’accueil.',
    empty: 'Aucune question ne correspond aux thèmes, aux types et à la difficulté de ce quiz.',
    another: 'Commencez un autre quiz.',
    studio: 'Essai du brouillon côté élève : les réponses données ici ne sont pas enregistrées.',
    backToDraft: 'Retour au brouillon',
  },
}

export default pages
