import { count, plural } from '../../plural'
import type { AuthorMessages } from '../en/author'

/**
 * French, as in first.ts: the teacher is “vous”; a narrow no-break space before ; : ! ? and
 * inside « », the ellipsis …, the apostrophe ’. “1 000 000 de questions” for the `many` form.
 * Validator messages inserted here stay English.
 */
const questions = (n: number) =>
  plural(n, {
    one: `${count(n)} question`,
    many: `${count(n)} de questions`,
    other: `${count(n)} questions`,
  })
const topics = (n: number) =>
  plural(n, {
    one: `${count(n)} thème`,
    many: `${count(n)} de thèmes`,
    other: `${count(n)} thèmes`,
  })
const facts = (n: number) =>
  plural(n, { one: `${count(n)} fait`, many: `${count(n)} de faits`, other: `${count(n)} faits` })
const summary = (all: number, written: number, generated: number, topic: number, fact: number) =>
  `${questions(all)} (rédigées : ${count(written)}, générées : ${count(generated)}), ${topics(topic)}, ${facts(fact)}`

const authorPart: AuthorMessages = {
  author: {
    lead: 'Rédigez un fichier de questions en Factline YAML ou en Moodle GIFT, ou ouvrez-en un en Moodle XML ou en Aiken. Les problèmes s’affichent pendant la saisie ; l’aperçu montre chaque question telle que les élèves la verront. Les formats sont décrits dans le README, à la section « Writing question banks ».',
    file: 'Fichier de questions',
    toolbar: {
      draft: 'Brouillon',
      draftLabel: (name: string, when: string) => `${name} (${when})`,
      newDraft: 'Nouveau brouillon',
      open: 'Ouvrir un fichier de questions',
      format: 'Format',
    },
    actions: {
      saved: 'Enregistré dans ce navigateur.',
      notSaved:
        'Ce navigateur n’a pas pu enregistrer le brouillon : téléchargez-le pour le conserver.',
      tryAsStudent: 'Essayer en tant qu’élève',
      download: 'Télécharger',
      downloadGift: 'Télécharger en GIFT',
      copyLink: 'Copier le lien de partage',
    },
    problems: {
      title: 'Problèmes',
      checking: 'Vérification…',
      none: 'Aucun problème : le fichier est prêt à l’emploi.',
      summary: (errors: number, warnings: number) =>
        `${plural(errors, {
          one: `${count(errors)} erreur`,
          many: `${count(errors)} d’erreurs`,
          other: `${count(errors)} erreurs`,
        })}, ${plural(warnings, {
          one: `${count(warnings)} avertissement`,
          many: `${count(warnings)} d’avertissements`,
          other: `${count(warnings)} avertissements`,
        })}. Choisissez-en un pour vous rendre à son emplacement.`,
      item: (line: number, column: number, message: string) =>
        `ligne ${line}, colonne ${column} : ${message}`,
    },
    preview: {
      title: 'Aperçu',
      summary,
      fileSummary: (all: number, written: number, generated: number, topic: number, fact: number) =>
        `Ce fichier : ${summary(all, written, generated, topic, fact)}`,
      noWritten: 'Pas encore de question rédigée.',
      orphans: 'Générées à partir de faits qu’aucune question rédigée n’évalue',
      untested: 'Faits qu’aucune question n’évalue',
      more: (hidden: number) => `Afficher plus de questions (non affichées : ${count(hidden)})`,
      siblings: 'Générées à partir des mêmes faits :',
      answer: '— Réponse :',
    },
    refused: {
      xml: 'l’atelier n’ajoute de réponses qu’aux fichiers Factline YAML et Moodle GIFT, pas aux fichiers Moodle XML : ajoutez-la à la main, comme <answer fraction="100"> de la question, ou dans Moodle',
      aiken:
        'l’atelier n’ajoute de réponses qu’aux fichiers Factline YAML et Moodle GIFT, pas aux fichiers Aiken : une question Aiken est à choix unique, ses réponses se choisissent et ne se saisissent pas',
      noLetters: 'une réponse sans lettre ni chiffre n’accepte rien',
      noQuestion: (question: string) => `le fichier n’a pas de question « ${question} »`,
      cloze:
        'c’est un texte à trous : savoir quel trou la réponse remplit, et si elle y convient, demande votre jugement',
      numeric:
        'c’est une question numérique : sa réponse est un nombre avec une tolérance ou un intervalle, ce qui demande votre jugement',
      chosen: (type: string) =>
        `c’est ${type} : ses réponses se choisissent et ne se saisissent pas`,
      types: {
        single: 'une question à choix unique',
        multiple: 'une question à choix multiples',
        truefalse: 'une question vrai/faux',
        order: 'une question de classement',
        match: 'une question d’association',
      },
      otherType: (type: string) => `une question de type « ${type} »`,
      yamlSyntax: 'le fichier contient une erreur de syntaxe YAML : corrigez-la d’abord',
      giftSyntax: 'le fichier contient une erreur de syntaxe GIFT : corrigez-la d’abord',
      notList: 'ses réponses ne forment pas une liste de textes',
      changed:
        'impossible de l’ajouter sans modifier davantage le fichier : ajoutez-la aux réponses à la main',
      generated: (fact: string) =>
        `cette question est générée à partir du fait ${fact} et n’a donc pas de réponses propres ; modifiez le fait, ou rédigez une question à réponse courte`,
    },
    said: {
      openedFile: (file: string) => `Fichier ${file} ouvert.`,
      openedFileAs: (file: string, format: string) =>
        `Fichier ${file} ouvert : il est lu au format ${format}.`,
      notQuestionFile: (file: string, types: string, last: string) =>
        `${file} n’est pas un fichier de questions : ouvrez un fichier ${types} ou ${last}.`,
      notText: (file: string, line: number, column: number, reason: string) =>
        `${file} n’a pas été ouvert : ligne ${line}, colonne ${column} : ${reason}.`,
      pasted: (format: string, was: string) =>
        `Le texte collé est au format ${format} : le brouillon est désormais vérifié au format ${format}. Pour annuler, choisissez ${was} dans la liste Format.`,
      pastedRenamed: (format: string, name: string, was: string) =>
        `Le texte collé est au format ${format} : le brouillon est désormais vérifié au format ${format} et s’appelle ${name}. Pour annuler, choisissez ${was} dans la liste Format.`,
      otherFilesFailed: (bank: string) =>
        `Les autres fichiers de ${bank} n’ont pas pu être chargés : ce fichier est vérifié seul.`,
      noBank: (bank: string) =>
        `Il n’y a aucune banque « ${bank} » que l’atelier puisse ouvrir : rien n’a été ouvert.`,
      noQuestion: (bank: string, question: string) =>
        `La banque ${bank} n’a pas de question « ${question} » : rien n’a été ouvert.`,
      openedAt: (file: string, question: string, line: number) =>
        `Fichier ${file} ouvert à la question ${question} (ligne ${line}).`,
      openedDraftAt: (file: string, question: string, line: number) =>
        `Votre brouillon de ${file} est ouvert, avec vos modifications, à la question ${question} (ligne ${line}).`,
      openedAtFact: (file: string, fact: string, line: number, question: string) =>
        `Fichier ${file} ouvert au fait ${fact} (ligne ${line}) : la question ${question} est générée à partir de ce fait.`,
      openedDraftAtFact: (file: string, fact: string, line: number, question: string) =>
        `Votre brouillon de ${file} est ouvert, avec vos modifications, au fait ${fact} (ligne ${line}) : la question ${question} est générée à partir de ce fait.`,
      accepted: (answer: string, question: string, line: number) =>
        `La réponse « ${answer} » a été ajoutée aux réponses acceptées de ${question} (ligne ${line}). Vérifiez-la, puis téléchargez le fichier.`,
      alreadyAccepted: (answer: string, question: string, line: number, as: string) =>
        `La réponse « ${answer} » est déjà acceptée pour ${question} (ligne ${line}), comme « ${as} » : rien n’a changé.`,
      notAccepted: (answer: string, question: string, line: number, reason: string) =>
        `La réponse « ${answer} » n’a pas été ajoutée à ${question} (ligne ${line}) : ${reason}.`,
      sharedOpened: (name: string) => `Brouillon partagé ${name} ouvert.`,
      sharedDamaged: 'Ce lien de partage est endommagé : impossible d’ouvrir le brouillon.',
      tooLong: (length: number, most: number) =>
        `Ce brouillon est trop long pour un lien (${count(length)} caractères, ${count(most)} au maximum) : téléchargez plutôt le fichier pour l’envoyer.`,
      linkCopied: 'Lien de partage copié.',
      copyBlocked: (link: string) => `La copie est bloquée ici ; voici le lien : ${link}`,
    },
  },
  authorEditor: {
    Find: 'Rechercher',
    Replace: 'Remplacer',
    next: 'suivant',
    previous: 'précédent',
    all: 'tout',
    'match case': 'respecter la casse',
    regexp: 'expression régulière',
    'by word': 'mot entier',
    replace: 'remplacer',
    'replace all': 'tout remplacer',
    close: 'fermer',
    'current match': 'occurrence actuelle',
    'on line': 'à la ligne',
    'replaced match on line $': 'occurrence remplacée à la ligne $',
    'replaced $ matches': 'occurrences remplacées : $',
    'Go to line': 'Aller à la ligne',
    go: 'aller',
    'Folded lines': 'Lignes repliées',
    'Unfolded lines': 'Lignes dépliées',
    'Fold line': 'Replier la ligne',
    'Unfold line': 'Déplier la ligne',
    'folded code': 'code replié',
    unfold: 'déplier',
    to: 'à',
    'Selection deleted': 'Sélection supprimée',
    'Control character': 'Caractère de contrôle',
    Completions: 'Suggestions',
    Diagnostics: 'Diagnostics',
    'No diagnostics': 'Aucun diagnostic',
  },
}

export default authorPart
