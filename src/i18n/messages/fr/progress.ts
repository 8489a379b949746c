import { count, plural } from '../../plural'
import type { ProgressMessages } from '../en/progress'

/**
 * French, as in first.ts: the learner is “vous”; a narrow no-break space before ; : ! ? and
 * inside « ». An appeal is a “contestation”, as in feedback.ts.
 */
const progressPart: ProgressMessages = {
  progress: {
    learner: (name: string) => `Élève : ${name}`,
    loading: 'Chargement de votre progression…',
    appeals: 'Vos contestations',
    days: (days: number) =>
      `Les ${count(days)} ${plural(days, { one: 'dernier jour', many: 'derniers jours', other: 'derniers jours' })}`,
  },
  progressSummary: {
    answers: (answers: number) =>
      plural(answers, { one: ' réponse', many: ' de réponses', other: ' réponses' }),
    accuracy: ' de réussite',
    streak: (days: number) =>
      plural(days, {
        one: ' jour d’affilée',
        many: ' de jours d’affilée',
        other: ' jours d’affilée',
      }),
    time: ' au total',
    none: {
      before: 'Aucune réponse pour l’instant. Commencez par une ',
      link: 'leçon ou un quiz',
      after: ' ; votre progression est conservée dans ce navigateur.',
    },
  },
  progressTopics: {
    topic: 'Thème',
    factsMet: 'Faits vus',
    mastery: 'Maîtrise',
    masteryHint: '(souvenir dans une semaine)',
    accuracy: 'Réussite',
    met: (met: number, facts: number) => `${count(met)} sur ${count(facts)}`,
    note: 'Maîtrise : la probabilité que vous vous souveniez encore des faits d’un thème dans une semaine.',
  },
  progressWeak: {
    title: 'Faits à retravailler',
    lately: (share: string) => `(${share} de réussite ces derniers temps)`,
    practise: 'S’entraîner sur ce fait',
  },
  progressAppeals: {
    answer: (answer: string) => `Votre réponse : ${answer}`,
    none: 'Aucune contestation. Si vous pensez qu’une réponse jugée fausse devrait compter, appuyez sur « Ma réponse devrait être acceptée » sous la correction : votre contestation est conservée ici pour votre professeur.',
  },
  progressChart: {
    title: (days: number, answers: number) =>
      `Réponses par jour sur ${plural(days, {
        one: `${count(days)} jour`,
        many: `${count(days)} de jours`,
        other: `${count(days)} jours`,
      })} : ${count(answers)} au total. Le tableau ci-dessous donne chaque jour.`,
    caption: (top: string) =>
      `Barres : réponses par jour. Points : réussite du jour (le haut vaut ${top}).`,
    table: 'Réponses et réussite par jour',
    day: 'Jour',
    answers: 'Réponses',
    accuracy: 'Réussite',
  },
  progressLearner: {
    title: 'Élève',
    name: 'Nom',
    save: 'Enregistrer le nom',
    renamed: (name: string) => `Nouveau nom : ${name}.`,
    remove: 'Retirer cet élève',
    confirmRemove: (name: string) =>
      `Retirer ${name} de cet appareil ? Toutes les réponses enregistrées ici par ${name} seront supprimées. Exportez d’abord la progression pour en garder une copie.`,
    removed: (name: string) => `${name} ne figure plus sur cet appareil.`,
    notRemoved: (name: string) => `Le navigateur n’a pas pu retirer ${name}.`,
  },
  progressData: {
    title: 'Vos données',
    intro:
      'Vos réponses restent dans ce navigateur. Exportez-les pour en garder une copie ou les transférer sur un autre appareil.',
    export: 'Exporter la progression',
    import: 'Importer une progression',
    reset: 'Réinitialiser la progression',
    confirmReset: (name: string) =>
      `Réinitialiser la progression ? Toutes les réponses enregistrées par ${name} dans ce navigateur seront supprimées. Exportez d’abord votre progression pour en garder une copie.`,
    exported: (answers: number) =>
      plural(answers, {
        one: `${count(answers)} réponse exportée.`,
        many: `${count(answers)} de réponses exportées.`,
        other: `${count(answers)} réponses exportées.`,
      }),
    imported: (added: number) =>
      plural(added, {
        one: `${count(added)} nouvelle réponse importée.`,
        many: `${count(added)} de nouvelles réponses importées.`,
        other: `${count(added)} nouvelles réponses importées.`,
      }),
    importedLeftOut: (added: number, dropped: number) =>
      `${plural(added, {
        one: `${count(added)} nouvelle réponse importée`,
        many: `${count(added)} de nouvelles réponses importées`,
        other: `${count(added)} nouvelles réponses importées`,
      })} (${plural(dropped, {
        one: `${count(dropped)} réponse endommagée laissée de côté`,
        many: `${count(dropped)} de réponses endommagées laissées de côté`,
        other: `${count(dropped)} réponses endommagées laissées de côté`,
      })}).`,
    notImported: (why: string) => `Rien n’a été importé : ${why}`,
    wasReset: 'Votre progression a été réinitialisée.',
    notReset: 'Le navigateur n’a pas pu réinitialiser votre progression.',
  },
}

export default progressPart
