import { count, plural } from '../../plural'

/**
 * The kiosk: its students' screens and the teacher's panel. Students are spoken to as in
 * first.ts; the panel and its dialogs speak to the teacher. What a kiosk writes for machines (the
 * results CSV, xAPI statements) stays in src/domain/kiosk and is never translated.
 * Plain strings, and functions for messages with values in them; no Vue (see plural.ts).
 */
const seconds = (n: number) =>
  plural(n, { one: `${count(n)} second`, other: `${count(n)} seconds` })
const statements = (n: number) =>
  plural(n, { one: `${count(n)} statement`, other: `${count(n)} statements` })

const kioskPart = {
  kiosk: {
    title: 'Kiosk',
    /** Between the topics or addresses of a list, in the kiosk's order. */
    separator: ', ',
    /** The attract screen, under the bank's title; `topics` is the list, or '' for every topic. */
    lead: (questions: number, topics: string) =>
      `${plural(questions, { one: `${count(questions)} question`, other: `${count(questions)} questions` })}${
        topics ? ` on ${topics}` : ''
      }. Your answers are not kept after you finish.`,
    start: 'Start',
    teacher: 'Teacher',
    missing:
      "This kiosk's question bank is no longer on this site. A teacher can choose another one: press Teacher.",
    loading: 'Loading…',
  },
  kioskIdle: {
    title: 'Are you still there?',
    text: 'The kiosk starts over for the next student unless you answer.',
    left: (n: number) => `${seconds(n)} left`,
    stay: "I'm still here",
  },
  kioskSetup: {
    title: 'Set up kiosk',
    lead: 'Choose a PIN of 4 to 8 digits. You will need it to change the settings or leave kiosk mode.',
    bank: 'Question bank',
    topics: 'Topics',
    everyTopic: 'every topic',
    count: 'Questions per student',
    idle: 'Back to the start after',
    idleValue: (n: number) => `${seconds(n)} without a touch`,
    pin: 'Teacher PIN',
    confirm: 'Confirm PIN',
    start: 'Start kiosk',
    leave: 'Leave without a kiosk',
    noCrypto: 'This browser cannot keep a PIN safely on this page. Open Factline over https.',
    /** What is wrong with the PIN typed (src/domain/kiosk/pin.ts). */
    pinProblem: {
      digits: 'The PIN must be 4 to 8 digits.',
      mismatch: 'The two PINs are not the same.',
    },
  },
  kioskUnlock: {
    title: 'Teacher unlock',
    pin: 'Teacher PIN',
    unlock: 'Unlock',
    cancel: 'Cancel',
    typePin: 'Type the teacher PIN.',
    /** Starts with "Wrong PIN", as the teacher reads it. */
    wrong: (tries: number, lockSeconds: number) =>
      `Wrong PIN. ${plural(tries, { one: `${count(tries)} try`, other: `${count(tries)} tries` })} left before a ${count(lockSeconds)}-second wait.`,
    tooMany: 'Too many wrong PINs.',
    tryAgainIn: (n: number) => `Try again in ${seconds(n)}.`,
    tryAgainNow: 'You can try again now.',
    noPin: 'This kiosk has no teacher PIN yet.',
  },
  kioskPanel: {
    title: 'Teacher',
    language:
      'The kiosk speaks this language to every student; a student can choose their own for their turn.',
    bank: 'Question bank',
    /** A saved bank that is gone from the site. */
    notFound: (bank: string) => `${bank} (not found)`,
    count: 'Questions per student',
    topics: 'Topics',
    everyTopic: 'None checked means every topic.',
    idle: 'Seconds before the idle check',
    /** A typed number out of its range (src/domain/kiosk/config.ts). */
    countRange: (min: number, max: number) =>
      `Questions per student must be a whole number from ${count(min)} to ${count(max)}.`,
    idleRange: (min: number, max: number) =>
      `Seconds before the idle check must be a whole number from ${count(min)} to ${count(max)}.`,
    save: 'Save settings',
    saved: 'Settings saved.',
    /** Around the class report's address (shown as code, in brackets): the text before and after. */
    classReport:
      'For the whole class, from every kiosk: export the results of each, then import them all in the class report',
    classReportAfter: ' on your own device.',
    export: 'Export results (CSV)',
    clear: 'Clear results',
    clearConfirm: 'Clear the results of every student so far? Export them first to keep them.',
    cleared: 'Results cleared.',
    back: 'Back to the kiosk',
    exit: 'Exit kiosk',
    remove: 'Remove kiosk from this device',
    /** `unsent` is undefined without an LRS. */
    removeConfirm: (unsent: number | undefined) =>
      `Remove the kiosk from this device? Its settings, PIN and results will be deleted.${
        unsent === undefined
          ? ''
          : unsent === 0
            ? ' Its LRS settings will be deleted too; every statement has been sent.'
            : ` Its LRS settings will be deleted too, with ${statements(unsent)} not sent to the LRS yet.`
      } Export the results first to keep them.`,
    languageSaved: 'Language saved.',
    notSaved: 'The setting could not be saved: this browser keeps no data here.',
  },
  kioskResults: {
    title: 'Class results',
    none: 'No students yet.',
    students: (n: number) => `Students served: ${count(n)}`,
    average: (percent: string) => `Average score: ${percent}`,
    caption: 'Per question, hardest first',
    columns: { question: 'Question', answered: 'Answered', correct: 'Correct', average: 'Average' },
  },
  kioskLrs: {
    title: 'Learning record store (LRS)',
    lead: 'Each student’s answers and score go to your LRS as xAPI statements, under an anonymous name. The key and secret stay on this device.',
    fields: { endpoint: 'Endpoint', key: 'Key', secret: 'Secret', className: 'Class name' },
    endpointHint: 'The LRS’s xAPI address, such as https://lrs.example.org/xAPI/.',
    noOrigins:
      'This copy of Factline may send to no other site: whoever builds it names the LRS with FACTLINE_LRS_ORIGINS.',
    origins: (origins: string) => `This copy of Factline may send to ${origins}.`,
    secretSaved: 'A secret is saved. Leave this empty to keep it, or type a new one to replace it.',
    secretPlaceholder: 'saved',
    test: 'Test connection',
    save: 'Save',
    remove: 'Remove LRS',
    testing: 'Testing the connection…',
    savedFull: 'The LRS settings could not be saved: this browser’s storage is full.',
    savedUnavailable: 'The LRS settings could not be saved: this browser keeps no data here.',
    saved: 'LRS settings saved: each student’s results now go to the LRS.',
    removeConfirm: (unsent: number) =>
      unsent === 0
        ? 'Remove the LRS from this kiosk? Every statement has been sent.'
        : `Remove the LRS from this kiosk? ${statements(unsent)} not sent yet will be deleted.`,
    removed: 'LRS removed: results are no longer sent.',
    sendingNow: 'Sending now.',
    waiting: (n: number) => `Waiting to send: ${count(n)}`,
    sent: (n: number) => `Sent: ${count(n)}`,
    dropped: (n: number) => `Dropped: ${count(n)}`,
    rejected: (n: number) => `Rejected: ${count(n)}`,
    sending: 'Sending…',
    standby: 'Another tab of this browser is sending them.',
    /** The sender's problem follows, in words already (`sendProblems`). */
    paused: (problem: string) => `Sending paused. ${problem}`,
    waitingToRetry: 'Waiting to try again.',
    nextTry: (time: string) => ` Next try at ${time}.`,
    /** The instant and the problem are written already. */
    lastProblem: (at: string, problem: string) => `Last problem: ${at}: ${problem}`,
    queueFull: (cap: number, dropped: number) =>
      `The queue was full (${statements(cap)} waiting): ${count(dropped)} new ones were not kept.`,
    damaged: (n: number) =>
      plural(n, {
        one: `${count(n)} queued statement was damaged and set aside.`,
        other: `${count(n)} queued statements were damaged and set aside.`,
      }),
    unavailable: 'This browser keeps no data here: statements cannot wait for the network.',
    storageFull:
      'This browser’s storage is full: a student’s results could not be kept for the LRS.',
    storageUnavailable:
      'This browser keeps no data here: a student’s results could not be kept for the LRS.',
    sendNow: 'Send now',
    /**
     * Why sending waits or pauses (src/lms/lrs-sender.ts), or why a statement was rejected or
     * dropped (src/persistence/lrs-queue.ts). `status` is the HTTP status; `because` the LRS's
     * own reason as it wrote it (untranslated), or '' when it gave none.
     */
    sendProblems: {
      unreachable: 'The LRS could not be reached: trying again.',
      storage: 'This browser’s storage could not be read or written: trying again.',
      slowDown: (status: number) => `The LRS asked to slow down (${status}): trying again later.`,
      credentials: (status: number) =>
        `The LRS refused the key and secret (${status}): check them in the teacher panel.`,
      answered: (status: number, because: string) =>
        `The LRS answered ${status}${because ? `: ${because}` : ''}. Check the endpoint in the teacher panel.`,
      lrsError: (status: number) => `The LRS had a problem (${status}): trying again.`,
      tooLarge: (status: number, because: string) =>
        `A statement was too large for the LRS (${status})${because ? `: ${because}` : ''}`,
      invalid: (status: number, because: string) =>
        `The LRS refused a statement as invalid (${status})${because ? `: ${because}` : ''}`,
      conflict: (status: number, because: string) =>
        `The LRS holds another statement with this id (${status})${because ? `: ${because}` : ''}`,
    },
    /** What is wrong with a field of the form (src/domain/kiosk/lrs.ts). */
    problems: {
      endpointEmpty: 'Enter the LRS endpoint, e.g. https://lrs.example.org/xAPI/.',
      scheme: 'The endpoint must be a web address that starts with https:// or http://.',
      credentials: 'Put the key and the secret in their own fields, not in the address.',
      query: 'The endpoint ends before any ? or #: give the LRS’s xAPI address only.',
      endpointTooLong: (max: number) =>
        `The endpoint can be at most ${count(max)} characters long.`,
      /** `places` is a list already, or '' when the build allows no LRS. */
      notAllowed: (places: string, origin: string) =>
        `This copy of Factline may send ${places ? `only to ${places}` : 'to no LRS'}. Whoever builds it adds ${origin} with FACTLINE_LRS_ORIGINS.`,
      ownSite: 'its own site',
      keyEmpty: 'Enter the key (the user name the LRS gave for this kiosk).',
      colon: 'The key cannot contain a colon (:): check what was pasted.',
      keyTooLong: (max: number) => `The key can be at most ${count(max)} characters long.`,
      secretEmpty: 'Enter the secret (the password the LRS gave for this key).',
      secretTooLong: (max: number) => `The secret can be at most ${count(max)} characters long.`,
      classEmpty: 'Enter a class name: the LRS tells one class’s results from another’s by it.',
      classTooLong: (max: number) => `The class name can be at most ${count(max)} characters long.`,
    },
    /** Test connection's verdicts (src/domain/kiosk/lrs.ts); `status` is the HTTP status. */
    verdict: {
      ok: 'Connected: the LRS took the key and speaks xAPI 1.0.',
      unreachable:
        'The LRS could not be reached: check the endpoint and the network. The LRS must also allow this site (CORS).',
      noLrs:
        'No LRS answers at this address (404): check the endpoint. It often ends with /xAPI/ or /data/xAPI/.',
      noStatements: (status: number) =>
        `The LRS has no statements resource at this address (${status}): check the endpoint.`,
      refused: (status: number) => `The LRS refused the key and secret (${status}): check them.`,
      lrsError: (status: number) => `The LRS had a problem (${status}): try again later.`,
      notXapi: (status: number) =>
        `The server at this address does not say it speaks xAPI 1.0 (${status}): check the endpoint.`,
      cors: 'The LRS answered but would not take statements from this site: it must allow this site (CORS) to send with a key.',
    },
  },
}

export default kioskPart
export type KioskMessages = typeof kioskPart
