import { plural } from '../../plural'
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
  banks: {
    missing: (names: string, how: number) =>
      plural(how, {
        one: `Il n’y a pas de banque de questions nommée ${names}.`,
        many: `Il n’y a pas de banques de questions nommées ${names}.`,
        other: `Il n’y a pas de banques de questions nommées ${names}.`,
      }),
    quoted: (name: string) => `«\u202F${name}\u202F»`,
  },
  quizNotice: {
    notFound: 'Quiz introuvable',
    chooseBank: 'Choisissez une banque de questions sur la page d’accueil.',
    empty: 'Aucune question ne correspond aux thèmes, aux types et à la difficulté de ce quiz.',
    another: 'Commencez un autre quiz.',
    studio: 'Essai du brouillon côté élève : les réponses données ici ne sont pas enregistrées.',
    backToDraft: 'Retour au brouillon',
  },
}

export default pages
