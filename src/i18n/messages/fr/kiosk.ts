import { count, plural } from '../../plural'
import type { KioskMessages } from '../en/kiosk'

/**
 * French, as in first.ts: the student is “vous”, and so is the teacher in the panel; a narrow
 * no-break space before ; : ! ? and inside « », the ellipsis …, the apostrophe ’. A kiosk is a
 * “borne”, an LRS keeps its English name (“LRS”, “instructions xAPI”).
 */
const seconds = (n: number) =>
  plural(n, {
    one: `${count(n)} seconde`,
    many: `${count(n)} de secondes`,
    other: `${count(n)} secondes`,
  })
const statements = (n: number) =>
  plural(n, {
    one: `${count(n)} instruction`,
    many: `${count(n)} d’instructions`,
    other: `${count(n)} instructions`,
  })

const kioskPart: KioskMessages = {
  kiosk: {
    title: 'Borne',
    separator: ', ',
    lead: (questions: number, topics: string) =>
      `${plural(questions, {
        one: `${count(questions)} question`,
        many: `${count(questions)} de questions`,
        other: `${count(questions)} questions`,
      })}${topics ? ` sur ${topics}` : ''}. Vos réponses ne sont pas conservées une fois le quiz terminé.`,
    start: 'Commencer',
    teacher: 'Professeur',
    missing:
      'La banque de questions de cette borne n’est plus sur ce site. Un professeur peut en choisir une autre : appuyez sur Professeur.',
    loading: 'Chargement…',
  },
  kioskIdle: {
    title: 'Vous êtes toujours là ?',
    text: 'Sans réponse de votre part, la borne recommence pour l’élève suivant.',
    left: (n: number) => `Encore ${seconds(n)}`,
    stay: 'Je suis là',
  },
  kioskSetup: {
    title: 'Configurer la borne',
    lead: 'Choisissez un code PIN de 4 à 8 chiffres. Il vous servira à modifier les réglages ou à quitter le mode borne.',
    bank: 'Banque de questions',
    topics: 'Thèmes',
    everyTopic: 'tous les thèmes',
    count: 'Questions par élève',
    idle: 'Retour au début après',
    idleValue: (n: number) => `${seconds(n)} sans contact`,
    pin: 'Code PIN du professeur',
    confirm: 'Confirmer le code PIN',
    start: 'Lancer la borne',
    leave: 'Partir sans borne',
    noCrypto:
      'Ce navigateur ne peut pas conserver un code PIN en sécurité sur cette page. Ouvrez Factline en https.',
    pinProblem: {
      digits: 'Le code PIN doit comporter de 4 à 8 chiffres.',
      mismatch: 'Les deux codes PIN ne sont pas identiques.',
    },
  },
  kioskUnlock: {
    title: 'Déverrouillage professeur',
    pin: 'Code PIN du professeur',
    unlock: 'Déverrouiller',
    cancel: 'Annuler',
    typePin: 'Saisissez le code PIN du professeur.',
    wrong: (tries: number, lockSeconds: number) =>
      `Code PIN incorrect. ${plural(tries, {
        one: `Encore ${count(tries)} essai`,
        many: `Encore ${count(tries)} d’essais`,
        other: `Encore ${count(tries)} essais`,
      })} avant une attente de ${count(lockSeconds)} secondes.`,
    tooMany: 'Trop de codes PIN incorrects.',
    tryAgainIn: (n: number) => `Réessayez dans ${seconds(n)}.`,
    tryAgainNow: 'Vous pouvez réessayer.',
    noPin: 'Cette borne n’a pas encore de code PIN professeur.',
  },
  kioskPanel: {
    title: 'Professeur',
    language:
      'La borne s’adresse à chaque élève dans cette langue ; un élève peut choisir la sienne le temps de son passage.',
    bank: 'Banque de questions',
    notFound: (bank: string) => `${bank} (introuvable)`,
    count: 'Questions par élève',
    topics: 'Thèmes',
    everyTopic: 'Aucun thème coché : tous les thèmes.',
    idle: 'Secondes avant la vérification d’inactivité',
    countRange: (min: number, max: number) =>
      `Le nombre de questions par élève doit être un nombre entier de ${count(min)} à ${count(max)}.`,
    idleRange: (min: number, max: number) =>
      `Le délai avant la vérification d’inactivité doit être un nombre entier de secondes de ${count(min)} à ${count(max)}.`,
    save: 'Enregistrer les réglages',
    saved: 'Réglages enregistrés.',
    classReport:
      'Pour toute la classe, depuis chaque borne : exportez les résultats de chacune, puis importez-les tous dans le bilan de la classe',
    classReportAfter: ' sur votre propre appareil.',
    export: 'Exporter les résultats (CSV)',
    clear: 'Effacer les résultats',
    clearConfirm:
      'Effacer les résultats de tous les élèves jusqu’ici ? Exportez-les d’abord pour les conserver.',
    cleared: 'Résultats effacés.',
    back: 'Retour à la borne',
    exit: 'Quitter la borne',
    remove: 'Retirer la borne de cet appareil',
    removeConfirm: (unsent: number | undefined) =>
      `Retirer la borne de cet appareil ? Ses réglages, son code PIN et ses résultats seront supprimés.${
        unsent === undefined
          ? ''
          : unsent === 0
            ? ' Ses réglages LRS seront supprimés aussi ; toutes les instructions ont été envoyées.'
            : ` Ses réglages LRS seront supprimés aussi, avec les instructions pas encore envoyées au LRS (${statements(unsent)}).`
      } Exportez d’abord les résultats pour les conserver.`,
    languageSaved: 'Langue enregistrée.',
    notSaved:
      'Le réglage n’a pas pu être enregistré : ce navigateur ne conserve aucune donnée ici.',
  },
  kioskResults: {
    title: 'Résultats de la classe',
    none: 'Aucun élève pour l’instant.',
    students: (n: number) => `Élèves passés : ${count(n)}`,
    average: (percent: string) => `Note moyenne : ${percent}`,
    caption: 'Par question, de la plus difficile à la plus facile',
    columns: {
      question: 'Question',
      answered: 'Réponses',
      correct: 'Justes',
      average: 'Moyenne',
    },
  },
  kioskLrs: {
    title: 'Entrepôt d’apprentissage (LRS)',
    lead: 'Les réponses et la note de chaque élève sont envoyées à votre LRS sous forme d’instructions xAPI, sous un nom anonyme. La clé et le secret restent sur cet appareil.',
    fields: {
      endpoint: 'Point d’accès',
      key: 'Clé',
      secret: 'Secret',
      className: 'Nom de la classe',
    },
    endpointHint: 'L’adresse xAPI du LRS, par exemple https://lrs.example.org/xAPI/.',
    noOrigins:
      'Cette copie de Factline ne peut envoyer vers aucun autre site : la personne qui la compile indique le LRS avec FACTLINE_LRS_ORIGINS.',
    origins: (origins: string) => `Cette copie de Factline peut envoyer vers ${origins}.`,
    secretSaved:
      'Un secret est enregistré. Laissez ce champ vide pour le garder, ou saisissez-en un nouveau pour le remplacer.',
    secretPlaceholder: 'enregistré',
    test: 'Tester la connexion',
    save: 'Enregistrer',
    remove: 'Retirer le LRS',
    testing: 'Test de la connexion…',
    savedFull:
      'Les réglages du LRS n’ont pas pu être enregistrés : le stockage de ce navigateur est plein.',
    savedUnavailable:
      'Les réglages du LRS n’ont pas pu être enregistrés : ce navigateur ne conserve aucune donnée ici.',
    saved:
      'Réglages du LRS enregistrés : les résultats de chaque élève partent désormais vers le LRS.',
    removeConfirm: (unsent: number) =>
      unsent === 0
        ? 'Retirer le LRS de cette borne ? Toutes les instructions ont été envoyées.'
        : `Retirer le LRS de cette borne ? Les instructions pas encore envoyées (${statements(unsent)}) seront supprimées.`,
    removed: 'LRS retiré : les résultats ne sont plus envoyés.',
    sendingNow: 'Envoi en cours.',
    waiting: (n: number) => `En attente d’envoi : ${count(n)}`,
    sent: (n: number) => `Envoyées : ${count(n)}`,
    dropped: (n: number) => `Abandonnées : ${count(n)}`,
    rejected: (n: number) => `Refusées : ${count(n)}`,
    sending: 'Envoi…',
    standby: 'Un autre onglet de ce navigateur les envoie.',
    paused: (problem: string) => `Envoi suspendu. ${problem}`,
    waitingToRetry: 'En attente d’un nouvel essai.',
    nextTry: (time: string) => ` Prochain essai à ${time}.`,
    lastProblem: (at: string, problem: string) => `Dernier problème : ${at} : ${problem}`,
    queueFull: (cap: number, dropped: number) =>
      `La file d’attente était pleine (${statements(cap)} en attente) ; nouvelles instructions non conservées : ${count(dropped)}.`,
    damaged: (n: number) =>
      plural(n, {
        one: `${count(n)} instruction en attente était endommagée et a été mise de côté.`,
        many: `${count(n)} d’instructions en attente étaient endommagées et ont été mises de côté.`,
        other: `${count(n)} instructions en attente étaient endommagées et ont été mises de côté.`,
      }),
    unavailable:
      'Ce navigateur ne conserve aucune donnée ici : les instructions ne peuvent pas attendre le réseau.',
    storageFull:
      'Le stockage de ce navigateur est plein : les résultats d’un élève n’ont pas pu être conservés pour le LRS.',
    storageUnavailable:
      'Ce navigateur ne conserve aucune donnée ici : les résultats d’un élève n’ont pas pu être conservés pour le LRS.',
    sendNow: 'Envoyer maintenant',
    sendProblems: {
      unreachable: 'Impossible de joindre le LRS : la borne va réessayer.',
      storage: 'Le stockage de ce navigateur n’a pas pu être lu ou écrit : la borne va réessayer.',
      slowDown: (status: number) =>
        `Le LRS a demandé de ralentir (${status}) : la borne réessaiera plus tard.`,
      credentials: (status: number) =>
        `Le LRS a refusé la clé et le secret (${status}) : vérifiez-les dans le panneau Professeur.`,
      answered: (status: number, because: string) =>
        `Le LRS a répondu ${status}${because ? ` : ${because}` : ''}. Vérifiez le point d’accès dans le panneau Professeur.`,
      lrsError: (status: number) =>
        `Le LRS a rencontré un problème (${status}) : la borne va réessayer.`,
      tooLarge: (status: number, because: string) =>
        `Une instruction était trop volumineuse pour le LRS (${status})${because ? ` : ${because}` : ''}`,
      invalid: (status: number, because: string) =>
        `Le LRS a refusé une instruction non valide (${status})${because ? ` : ${because}` : ''}`,
      conflict: (status: number, because: string) =>
        `Le LRS a déjà une autre instruction avec cet identifiant (${status})${because ? ` : ${because}` : ''}`,
    },
    problems: {
      endpointEmpty:
        'Saisissez le point d’accès du LRS, par exemple https://lrs.example.org/xAPI/.',
      scheme: 'Le point d’accès doit être une adresse web commençant par https:// ou http://.',
      credentials: 'Mettez la clé et le secret dans leurs propres champs, pas dans l’adresse.',
      query:
        'Le point d’accès s’arrête avant tout ? ou # : indiquez seulement l’adresse xAPI du LRS.',
      endpointTooLong: (max: number) =>
        `Le point d’accès peut compter au plus ${count(max)} caractères.`,
      notAllowed: (places: string, origin: string) =>
        `Cette copie de Factline ${places ? `ne peut envoyer que vers ${places}` : 'ne peut envoyer vers aucun LRS'}. La personne qui la compile ajoute ${origin} avec FACTLINE_LRS_ORIGINS.`,
      ownSite: 'son propre site',
      keyEmpty: 'Saisissez la clé (le nom d’utilisateur que le LRS a donné pour cette borne).',
      colon: 'La clé ne peut pas contenir de deux-points (:) : vérifiez ce qui a été collé.',
      keyTooLong: (max: number) => `La clé peut compter au plus ${count(max)} caractères.`,
      secretEmpty: 'Saisissez le secret (le mot de passe que le LRS a donné pour cette clé).',
      secretTooLong: (max: number) => `Le secret peut compter au plus ${count(max)} caractères.`,
      classEmpty:
        'Saisissez un nom de classe : c’est grâce à lui que le LRS distingue les résultats d’une classe de ceux d’une autre.',
      classTooLong: (max: number) =>
        `Le nom de la classe peut compter au plus ${count(max)} caractères.`,
    },
    verdict: {
      ok: 'Connexion établie : le LRS a accepté la clé et parle xAPI 1.0.',
      unreachable:
        'Impossible de joindre le LRS : vérifiez le point d’accès et le réseau. Le LRS doit aussi autoriser ce site (CORS).',
      noLrs:
        'Aucun LRS ne répond à cette adresse (404) : vérifiez le point d’accès. Il se termine souvent par /xAPI/ ou /data/xAPI/.',
      noStatements: (status: number) =>
        `Le LRS n’a pas de ressource « statements » à cette adresse (${status}) : vérifiez le point d’accès.`,
      refused: (status: number) =>
        `Le LRS a refusé la clé et le secret (${status}) : vérifiez-les.`,
      lrsError: (status: number) =>
        `Le LRS a rencontré un problème (${status}) : réessayez plus tard.`,
      notXapi: (status: number) =>
        `Le serveur à cette adresse n’indique pas parler xAPI 1.0 (${status}) : vérifiez le point d’accès.`,
      cors: 'Le LRS a répondu mais refuse les instructions venant de ce site : il doit autoriser ce site (CORS) à envoyer avec une clé.',
    },
  },
}

export default kioskPart
