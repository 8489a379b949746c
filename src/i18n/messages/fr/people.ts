import { count, plural } from '../../plural'
import type { PeopleMessages } from '../en/people'

/**
 * French, as in first.ts: the learner is “vous”; a narrow no-break space before ; : ! ? and
 * inside « », the apostrophe ’. Whoever uses the device is an “élève”, as in the kiosk.
 */
const peoplePart: PeopleMessages = {
  people: {
    me: 'Moi',
    open: (name: string) => `Élève : ${name}. Changer d’élève`,
    title: 'Qui apprend ?',
    intro: 'Chaque élève de cet appareil a sa propre progression. Aucun mot de passe.',
    learningNow: '(en ce moment)',
    newName: 'Nom du nouvel élève',
    add: 'Ajouter l’élève',
    elsewhere: 'Pour renommer ou retirer un élève, rendez-vous sur la page Progression.',
    close: 'Fermer',
  },
  peopleName: {
    empty: 'Saisissez un nom.',
    tooLong: (most: number) =>
      plural(most, {
        one: `Un nom compte au plus ${count(most)} caractère.`,
        many: `Un nom compte au plus ${count(most)} de caractères.`,
        other: `Un nom compte au plus ${count(most)} caractères.`,
      }),
    taken: (name: string) => `Le nom ${name} est déjà utilisé sur cet appareil.`,
  },
  peopleUpdate: {
    ready:
      'Une nouvelle version de Factline est prête. Elle démarre quand vous choisissez Mettre à jour.',
    update: 'Mettre à jour',
  },
  peopleNotice: {
    notKept:
      'Ce navigateur ne permet pas à Factline d’enregistrer votre progression (le stockage est désactivé) : elle sera perdue à la fermeture de l’onglet.',
    full: 'L’espace de stockage du navigateur est plein : vos dernières réponses risquent de ne pas être enregistrées. Votre progression antérieure ne craint rien ; libérez de l’espace ou exportez votre progression.',
    damaged: (answers: number) =>
      plural(answers, {
        one: `${count(answers)} réponse enregistrée était endommagée et n’a pas pu être lue. Une copie a été mise de côté ; le reste de votre progression est bien là.`,
        many: `${count(answers)} de réponses enregistrées étaient endommagées et n’ont pas pu être lues. Une copie a été mise de côté ; le reste de votre progression est bien là.`,
        other: `${count(answers)} réponses enregistrées étaient endommagées et n’ont pas pu être lues. Une copie a été mise de côté ; le reste de votre progression est bien là.`,
      }),
  },
  peopleImport: {
    notProgress: 'Ce fichier n’est pas un fichier de progression Factline.',
    newer: 'Ce fichier de progression vient d’une version plus récente de Factline.',
    damaged: 'Ce fichier de progression est endommagé et n’a pas pu être lu.',
    allDamaged: 'Aucune des réponses de ce fichier de progression n’a pu être lue.',
    tooLarge: 'Ce fichier de progression est trop volumineux pour être lu.',
    empty: 'Le fichier est vide.',
    unreadable: 'Le fichier n’a pas pu être lu.',
    notStored: 'Le navigateur n’a pas enregistré la progression importée ; rien n’a été modifié.',
  },
}

export default peoplePart
