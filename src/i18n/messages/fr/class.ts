import { count, plural } from '../../plural'
import type { ClassMessages } from '../en/class'

/**
 * French, as in first.ts: the teacher is “vous”; a narrow no-break space before ; : ! ? and
 * inside « », and before % (as Intl writes 27 %); the apostrophe ’. “1 000 000 de réponses” for
 * the `many` form. The buttons named in the import's paragraph are the kiosk's and the progress
 * page's, as kiosk.ts and progress.ts word them.
 */
const answers = (n: number) =>
  plural(n, {
    one: `${count(n)} réponse`,
    many: `${count(n)} de réponses`,
    other: `${count(n)} réponses`,
  })

const classPart: ClassMessages = {
  class: {
    title: 'Bilan de la classe',
    lead: 'Voyez comment votre classe s’en est sortie, question par question : lesquelles étaient trop faciles, lesquelles distinguent les élèves qui savent de ceux qui ne savent pas, et lesquelles ont un corrigé à vérifier.',
    export: 'Exporter le bilan (CSV)',
    clear: 'Effacer le bilan',
    clearConfirm:
      'Effacer le bilan ? Tous les résultats importés dans ce navigateur seront oubliés ; vos fichiers restent là où ils sont.',
    empty: 'Aucun résultat pour l’instant : importez un fichier pour voir le bilan.',

    import: {
      title: 'Résultats',
      introKiosks: 'Importez les fichiers de résultats de vos bornes (',
      kioskExport: 'Exporter les résultats (CSV)',
      introProgress:
        ' dans le panneau Professeur de la borne) et les exports de progression de vos élèves (',
      progressExport: 'Exporter la progression',
      introEnd:
        '), autant que vous voulez, de tous vos appareils et de tous les jours : une réponse importée deux fois ne compte qu’une fois. Rien ne quitte ce navigateur.',
      button: 'Importer des résultats',
      leftOut: 'Non importés',
      problemSeparator: ' : ',
    },

    problems: {
      noColumns: (columns: string, n: number) =>
        plural(n, {
          one: `pas un fichier de résultats de borne : il manque la colonne ${columns}`,
          many: `pas un fichier de résultats de borne : il manque les colonnes ${columns}`,
          other: `pas un fichier de résultats de borne : il manque les colonnes ${columns}`,
        }),
      shortRow: (cells: number, columns: number) =>
        `une ligne endommagée : ${plural(cells, {
          one: `${count(cells)} colonne`,
          many: `${count(cells)} de colonnes`,
          other: `${count(cells)} colonnes`,
        })} sur ${count(columns)}`,
      badRow: 'une ligne endommagée : il lui manque la session, la question ou un crédit de 0 à 1',
      quoteUnterminated: 'un champ entre guillemets n’est pas refermé',
      quoteMalformed: 'le guillemet fermant d’un champ entre guillemets est mal placé',
      noDelimiter: 'le séparateur de colonnes est introuvable : la virgule a été prise par défaut',
      progress: {
        notProgress: 'Ce fichier n’est pas un fichier de progression Factline.',
        newer: 'Ce fichier de progression vient d’une version plus récente de Factline.',
        damaged: 'Ce fichier de progression est endommagé et n’a pas pu être lu.',
        allDamaged: 'Aucune des réponses de ce fichier de progression n’a pu être lue.',
        tooLarge: 'Ce fichier de progression est trop volumineux pour être lu.',
        empty: 'Le fichier est vide.',
      },
      droppedAnswers: (n: number) =>
        plural(n, {
          one: `${count(n)} réponse endommagée écartée`,
          many: `${count(n)} de réponses endommagées écartées`,
          other: `${count(n)} réponses endommagées écartées`,
        }),
      empty: 'le fichier est vide',
      badJson: 'pas un export de progression (JSON invalide)',
      unknownFile:
        'ni un fichier de résultats de borne Factline (CSV), ni un export de progression (JSON)',
    },

    said: {
      unavailable:
        'Ce navigateur ne conserve aucune donnée ici : le bilan dure jusqu’à la fermeture de la page.',
      damaged: (n: number) =>
        plural(n, {
          one: `${count(n)} réponse endommagée n’a pas pu être relue et a été écartée.`,
          many: `${count(n)} de réponses endommagées n’ont pas pu être relues et ont été écartées.`,
          other: `${count(n)} réponses endommagées n’ont pas pu être relues et ont été écartées.`,
        }),
      imported: (added: number, files: number, already: number, problems: number) => {
        const news = plural(added, {
          one: `${count(added)} nouvelle réponse importée`,
          many: `${count(added)} de nouvelles réponses importées`,
          other: `${count(added)} nouvelles réponses importées`,
        })
        const from = plural(files, {
          one: `${count(files)} fichier`,
          many: `${count(files)} de fichiers`,
          other: `${count(files)} fichiers`,
        })
        const kept = ` (${answers(already)} déjà dans le bilan)`
        const below = plural(problems, {
          one: ` ; ${count(problems)} problème ci-dessous`,
          many: ` ; ${count(problems)} de problèmes ci-dessous`,
          other: ` ; ${count(problems)} problèmes ci-dessous`,
        })
        return `${news} depuis ${from}${already > 0 ? kept : ''}${problems > 0 ? below : ''}.`
      },
      notKept:
        'Ce navigateur n’a pas pu les conserver : elles restent jusqu’à la fermeture de la page.',
      cleared: 'Le bilan a été effacé.',
      notCleared: 'Le navigateur a refusé d’effacer les résultats conservés.',
      exported: (n: number) =>
        plural(n, {
          one: `${count(n)} question exportée.`,
          many: `${count(n)} de questions exportées.`,
          other: `${count(n)} questions exportées.`,
        }),
    },

    overview: {
      title: 'Vue d’ensemble',
      students: 'Élèves',
      answers: 'Réponses',
      meanScore: 'Score moyen',
      medianTime: 'Temps médian',
      reliability: (questions: number, students: number) =>
        `Fiabilité (alpha de Cronbach, pour ${plural(questions, {
          one: `${count(questions)} question`,
          many: `${count(questions)} de questions`,
          other: `${count(questions)} questions`,
        })} et ${plural(students, {
          one: `${count(students)} élève`,
          many: `${count(students)} d’élèves`,
          other: `${count(students)} élèves`,
        })}) :`,
      readings: {
        veryConsistent:
          ' : le test classe les élèves de façon très cohérente : ses scores sont fiables.',
        consistent: ' : le test classe les élèves de façon cohérente, comme un bon contrôle.',
        fair: ' : les scores ne sont que moyennement cohérents : regardez les questions signalées à vérifier, ou ajoutez des questions.',
        inconsistent:
          ' : les scores dépendent beaucoup des questions tombées à chaque élève : interprétez-les avec prudence, corrigez les questions signalées ou ajoutez des questions.',
      },
      noReliability:
        'Pour calculer la fiabilité, il faut au moins deux élèves ayant chacun répondu à deux questions ou plus.',
      byTopic: 'Par thème',
      topic: 'Thème',
      topicAnswers: 'Réponses',
      mean: 'Moyenne',
    },

    histogram: {
      caption: (zero: string, first: string, ninety: string, last: string) =>
        `Élèves par score, par tranches de dix points (${zero} = ${first}, ${ninety} = ${last}).`,
      tableCaption: 'Élèves par score',
      score: 'Score',
      students: 'Élèves',
    },

    questions: {
      title: 'Questions',
      intro:
        'Facilité : le crédit moyen, chaque élève compté sur sa première réponse. Discrimination : dans quelle mesure les élèves qui ont réussi le reste du test ont mieux réussi cette question (de −1 à 1 ; sous 0,2, elle est faible ; négative, vérifiez le corrigé). Choisissez une question pour voir ce que les élèves ont répondu.',
      columns: {
        question: 'Question',
        answered: 'Réponses',
        facility: 'Facilité',
        discrimination: 'Discrimination',
        verdict: 'Verdict',
        appeals: 'Contestations',
      },
      upperLower: 'S-I',
      upperLowerTitle: 'groupe supérieur moins groupe inférieur (27 %) : moins de 20 élèves',
      verdicts: {
        tooFew: 'trop peu',
        checkKey: 'corrigé à vérifier',
        tooEasy: 'trop facile',
        tooHard: 'très difficile',
        weak: 'faible',
        good: 'bonne',
      },
    },

    details: {
      verdict: (verdict: string) => ` : ${verdict}.`,
      verdicts: {
        tooFew: 'trop peu de réponses pour en juger',
        checkKey:
          'corrigé à vérifier : les élèves qui ont réussi ailleurs se sont trompés plus souvent',
        tooEasy: 'trop facile',
        tooHard: 'très difficile : vérifiez le corrigé et la formulation',
        weak: 'ne distingue pas les élèves qui savent de ceux qui ne savent pas',
        good: 'bonne question',
      },
      noDiscrimination:
        'Discrimination : pas assez d’élèves (ou tous au même niveau) pour en juger.',
      pointBiserial: (value: string) =>
        `Discrimination ${value} : la corrélation entre cette question et le score de chaque élève sur le reste du test.`,
      upperLower: (value: string) =>
        `Discrimination ${value} : la facilité chez les 27 % d’élèves les meilleurs (sur le reste du test) moins celle chez les 27 % les plus faibles ; avec moins de 20 élèves, une corrélation dirait peu de chose.`,
      gone: 'Cette question n’est plus dans aucune banque de ce site : son énoncé est celui que donnait le fichier de résultats.',
      options: 'Combien de fois chaque option a été choisie',
      mistakes: 'Les erreurs les plus fréquentes',
      wrongAnswers: 'Les réponses fausses, regroupées comme le correcteur les lit',
      noOption: 'Aucune option n’a été choisie.',
      allRight: 'Toutes les réponses étaient justes.',
      noAnswer: '(pas de réponse)',
      right: 'bonne réponse',
      appealed: (n: number) =>
        plural(n, {
          one: 'contestée une fois',
          many: `contestée ${count(n)} de fois`,
          other: `contestée ${count(n)} fois`,
        }),
      accept: 'Accepter',
      acceptAnswer: (answer: string) => ` « ${answer} »`,
      acceptEnd: ' comme bonne réponse',
      open: 'Ouvrir dans le studio',
      studioNote: '(le fichier de la banque, à cette question)',
      studioNoteAccept:
        '(le fichier de la banque, à cette question ; « Accepter comme bonne réponse » ajoute la réponse aux réponses acceptées, dans un brouillon)',
    },
  },
}

export default classPart
