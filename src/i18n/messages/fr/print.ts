import { count, plural } from '../../plural'
import type { PrintMessages } from '../en/print'

/**
 * French, as in first.ts: the teacher and the students are “vous”; a narrow no-break space
 * (U+202F) before ; : ! ? and inside « ». School words: “fiche d’exercices”, “corrigé”, “cocher”,
 * “trou”, “case”.
 */
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

const printPart: PrintMessages = {
  print: {
    title: (bank: string) => `${bank} · Fiche d’exercices`,
    notFound: 'Fiche d’exercices introuvable',
    noLink: 'Ce lien ne désigne aucune banque de questions.',
    chooseBank: 'Choisissez une banque de questions sur la page d’accueil.',
    loading: 'Chargement de la fiche d’exercices…',
    empty:
      'Aucune question ne correspond aux thèmes, aux types et à la difficulté de cette fiche d’exercices.',
    toolbar: {
      print: 'Imprimer',
      versions: 'Versions',
      hint: 'Chaque version tire et ordonne ses questions à nouveau, et a son propre corrigé, sur une page à part.',
    },
    sheet: {
      version: (version: number) => `Version ${count(version)}`,
      name: 'Nom',
      class: 'Classe',
      date: 'Date',
    },
    paper: {
      tickOne: 'Cochez une seule réponse.',
      tickAll: 'Cochez toutes les bonnes réponses.',
      answer: 'Réponse\u202F:',
      blank: (number: number) => `(trou ${count(number)})`,
      circleOne: (number: number) => `(trou ${count(number)}, entourez la bonne réponse\u202F:)`,
      match: 'Écrivez dans chaque case la lettre du texte correspondant.',
      order: 'Écrivez les lettres dans le bon ordre, la première dans la case 1.',
      letter: (index: number) => LETTERS[index] ?? count(index + 1),
    },
    key: {
      title: 'Corrigé',
      version: (version: number) => `Corrigé, version ${count(version)}`,
      sources: (headline: string, publisher: string, date: string) =>
        `Les numéros de paragraphe renvoient à l’article «\u202F${headline}\u202F», ${publisher}, ${date}.`,
      source: (list: string, how: number) =>
        plural(how, {
          one: `Source\u202F: paragraphe ${list}`,
          many: `Source\u202F: paragraphes ${list}`,
          other: `Source\u202F: paragraphes ${list}`,
        }),
      pair: (left: string, letter: string) => `${left}\u202F: ${letter}`,
      letterSeparator: ', ',
      pairSeparator: '\u202F; ',
    },
  },
}

export default printPart
