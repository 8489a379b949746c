import { count, plural } from '../../plural'

/**
 * The class report: import, overview, questions and their details.
 * Plain strings, and functions for messages with values in them; no Vue (see plural.ts).
 * The teacher is addressed. Statistics come in already written (format.ts): `value`, `share`.
 */
const answers = (n: number) =>
  plural(n, { one: `${count(n)} answer`, other: `${count(n)} answers` })

const classPart = {
  class: {
    title: 'Class report',
    lead: 'See how your class did, question by question: which ones were too easy, which tell who knows from who does not, and which have a key to check.',
    /** The CSV keeps English headers and words, for spreadsheets and scripts. */
    export: 'Export report (CSV)',
    clear: 'Clear report',
    clearConfirm:
      'Clear the report? Every result imported into this browser will be forgotten; your files stay where they are.',
    empty: 'No results yet: import a file to see the report.',

    import: {
      /** A heading for screen readers. */
      title: 'Results',
      /**
       * The paragraph around two buttons' names, shown in code: the kiosk teacher panel's
       * `Export results (CSV)` and the progress page's `Export progress`, named as those pages
       * name them in this language.
       */
      introKiosks: 'Import the results files of your kiosks (',
      kioskExport: 'Export results (CSV)',
      introProgress: " in the kiosk's teacher panel) and your students' progress exports (",
      progressExport: 'Export progress',
      introEnd:
        '), as many as you like, from as many devices and days: an answer imported twice counts once. Nothing leaves this browser.',
      /** The file input's name (UI contract). */
      button: 'Import results',
      leftOut: 'Left out',
      /** Between a problem's `file:line` and its reason. */
      problemSeparator: ': ',
    },

    /** Why a file, or a line of it (`file:line`), was left out. */
    problems: {
      /** `columns` are the kiosk file's column names, as written in it; `n` how many. */
      noColumns: (columns: string, _n: number) => `not a kiosk results file: no ${columns} column`,
      shortRow: (cells: number, columns: number) =>
        `a damaged row: ${count(cells)} of ${count(columns)} columns`,
      badRow: 'a damaged row: no session, question or credit 0–1',
      /** The CSV reader's own problems; any other is shown in its English. */
      quoteUnterminated: 'Quoted field unterminated',
      quoteMalformed: 'Trailing quote on quoted field is malformed',
      noDelimiter: "Unable to auto-detect delimiting character; defaulted to ','",
      /** A learner's progress export that could not be read (as the progress page says it). */
      progress: {
        notProgress: 'The file is not a Factline progress file.',
        newer: 'This progress file comes from a newer version of Factline.',
        damaged: 'This progress file is damaged and could not be read.',
        allDamaged: 'None of the answers in this progress file could be read.',
        tooLarge: 'This progress file is too large to read.',
        empty: 'The file is empty.',
      },
      droppedAnswers: (n: number) =>
        plural(n, {
          one: `${count(n)} damaged answer left out`,
          other: `${count(n)} damaged answers left out`,
        }),
      empty: 'the file is empty',
      badJson: 'not a progress export (bad JSON)',
      unknownFile: 'not a Factline kiosk results file (CSV) or progress export (JSON)',
    },

    /** The status line: what the last import, export or clear did. */
    said: {
      unavailable: 'This browser keeps no data here: the report lasts until the page closes.',
      damaged: (n: number) =>
        plural(n, {
          one: `${count(n)} damaged answer could not be read back and was left out.`,
          other: `${count(n)} damaged answers could not be read back and were left out.`,
        }),
      /** `already`: answers the report had; `problems`: files or lines left out (listed below). */
      imported: (added: number, files: number, already: number, problems: number) =>
        `Imported ${plural(added, {
          one: `${count(added)} new answer`,
          other: `${count(added)} new answers`,
        })} from ${plural(files, { one: `${count(files)} file`, other: `${count(files)} files` })}${
          already > 0 ? ` (${answers(already)} already in the report)` : ''
        }${
          problems > 0
            ? `; ${plural(problems, { one: `${count(problems)} problem`, other: `${count(problems)} problems` })} below`
            : ''
        }.`,
      /** After `imported`, when the browser would not store them. */
      notKept: 'This browser could not keep them: they last until the page closes.',
      cleared: 'The report was cleared.',
      notCleared: 'The browser would not clear the kept results.',
      exported: (n: number) =>
        `Exported ${plural(n, { one: `${count(n)} question`, other: `${count(n)} questions` })}.`,
    },

    overview: {
      title: 'Overview',
      students: 'Students',
      answers: 'Answers',
      meanScore: 'Mean score',
      medianTime: 'Median time',
      /** Before the alpha, in bold, and its reading. */
      reliability: (questions: number, students: number) =>
        `Reliability (Cronbach's alpha, for ${plural(questions, {
          one: `${count(questions)} question`,
          other: `${count(questions)} questions`,
        })} and ${plural(students, {
          one: `${count(students)} student`,
          other: `${count(students)} students`,
        })}):`,
      /** After the alpha: what it says (0.8 and up, 0.7, 0.5, below). */
      readings: {
        veryConsistent: ': the test ranks students very consistently: its scores can be trusted.',
        consistent: ': the test ranks students consistently, as a good class test does.',
        fair: ': the scores are only fairly consistent: look at the questions marked to check, or add questions.',
        inconsistent:
          ': the scores depend much on which questions each student got: treat them with care, fix the questions marked, or add questions.',
      },
      noReliability:
        'Reliability needs at least two students who each answered two questions or more.',
      byTopic: 'By topic',
      topic: 'Topic',
      topicAnswers: 'Answers',
      mean: 'Mean',
    },

    histogram: {
      /** `zero` and `ninety` are the axis's first and last labels; `first`, `last` their bands. */
      caption: (zero: string, first: string, ninety: string, last: string) =>
        `Students by score, in bands of ten points (${zero} = ${first}, ${ninety} = ${last}).`,
      /** The table of the same numbers, for screen readers. */
      tableCaption: 'Students by score',
      score: 'Score',
      students: 'Students',
    },

    questions: {
      /** The table's name (UI contract). */
      title: 'Questions',
      intro:
        'Facility: the mean credit, each student on their first answer. Discrimination: whether the students who did well on the rest of the test did better on this question (−1 to 1; under 0.2 is weak, negative means check the key). Choose a question to see what students answered.',
      /** The column headers (UI contract: Question, Answered, Facility, Discrimination). */
      columns: {
        question: 'Question',
        answered: 'Answered',
        facility: 'Facility',
        discrimination: 'Discrimination',
        verdict: 'Verdict',
        appeals: 'Appeals',
      },
      /** After a discrimination found from the top and bottom groups. */
      upperLower: 'UL',
      upperLowerTitle: 'upper minus lower 27%: fewer than 20 students',
      /** Each question's verdict, short, in the table. */
      verdicts: {
        tooFew: 'too few',
        checkKey: 'check the key',
        tooEasy: 'too easy',
        tooHard: 'very hard',
        weak: 'weak',
        good: 'good',
      },
    },

    /** A question of the table, opened. */
    details: {
      /** After the question's `bank/id`, in bold. */
      verdict: (verdict: string) => `: ${verdict}.`,
      verdicts: {
        tooFew: 'too few answers to judge',
        checkKey: 'check the key: students who did well elsewhere got it wrong more often',
        tooEasy: 'too easy',
        tooHard: 'very hard: check the key and the wording',
        weak: 'does not tell who knows from who does not',
        good: 'good',
      },
      noDiscrimination: 'Discrimination: not enough students (or all alike) to tell.',
      pointBiserial: (value: string) =>
        `Discrimination ${value}: the correlation of this question with each student's score on the rest of the test.`,
      upperLower: (value: string) =>
        `Discrimination ${value}: the facility among the top 27% of students (by the rest of the test) minus the bottom 27%; with fewer than 20 students a correlation would say little.`,
      gone: 'This question is in no bank of this site any more: its prompt is the one the results file gave.',
      options: 'How often each option was chosen',
      mistakes: 'The most common mistakes',
      wrongAnswers: 'Wrong answers, grouped as the grader reads them',
      noOption: 'No option was chosen.',
      allRight: 'Every answer was right.',
      noAnswer: '(no answer)',
      right: 'right answer',
      appealed: (n: number) =>
        plural(n, { one: 'appealed once', other: `appealed ${count(n)} times` }),
      /**
       * The link to accept a wrong answer: `accept` and `acceptEnd` are seen, the quoted answer
       * between them is for screen readers only.
       */
      accept: 'Accept',
      acceptAnswer: (answer: string) => ` “${answer}”`,
      acceptEnd: ' as right',
      open: 'Open in studio',
      studioNote: "(the bank's file at this question)",
      /** The same, when the question has `Accept as right` links. */
      studioNoteAccept:
        "(the bank's file at this question; “Accept as right” adds an answer to its accepted ones in a draft)",
    },
  },
}

export default classPart
export type ClassMessages = typeof classPart
