import { count, plural } from '../../plural'

/**
 * The studio: its toolbar, editor, preview, problems and actions (validator messages stay English).
 * Plain strings, and functions for messages with values in them; no Vue (see plural.ts). Line and
 * column numbers are shown as the editor's gutter writes them, not as counts.
 */
const questions = (n: number) =>
  plural(n, { one: `${count(n)} question`, other: `${count(n)} questions` })
const topics = (n: number) => plural(n, { one: `${count(n)} topic`, other: `${count(n)} topics` })
const facts = (n: number) => plural(n, { one: `${count(n)} fact`, other: `${count(n)} facts` })
/** `8 questions (8 written, 0 generated), 2 topics, 3 facts`. */
const summary = (all: number, written: number, generated: number, topic: number, fact: number) =>
  `${questions(all)} (${count(written)} written, ${count(generated)} generated), ${topics(topic)}, ${facts(fact)}`

const authorPart = {
  author: {
    lead: 'Write a question file in Factline YAML or Moodle GIFT, or open one in Moodle XML or Aiken. Problems show as you type; the preview shows each question as students will see it. The formats are described in the README, under “Writing question banks”.',
    /** The editor's name, and its section's heading. */
    file: 'Question file',
    toolbar: {
      draft: 'Draft',
      /** A draft in the list: its file's name, then when it last changed. */
      draftLabel: (name: string, when: string) => `${name} (${when})`,
      newDraft: 'New draft',
      open: 'Open question file',
      format: 'Format',
    },
    actions: {
      saved: 'Saved in this browser.',
      notSaved: 'This browser would not save the draft: download it to keep it.',
      tryAsStudent: 'Try as student',
      download: 'Download',
      downloadGift: 'Download as GIFT',
      copyLink: 'Copy share link',
    },
    problems: {
      title: 'Problems',
      checking: 'Checking…',
      none: 'No problems: the file is ready to use.',
      summary: (errors: number, warnings: number) =>
        `${plural(errors, { one: `${count(errors)} error`, other: `${count(errors)} errors` })}, ${plural(
          warnings,
          { one: `${count(warnings)} warning`, other: `${count(warnings)} warnings` },
        )}. Choose one to go to its place.`,
      /** A problem in the list; its message is the validator's, in English. */
      item: (line: number, column: number, message: string) =>
        `line ${line}, column ${column}: ${message}`,
    },
    preview: {
      title: 'Preview',
      summary,
      /** The same, for a draft of one file of a bank. */
      fileSummary: (all: number, written: number, generated: number, topic: number, fact: number) =>
        `This file: ${summary(all, written, generated, topic, fact)}`,
      noWritten: 'No written question yet.',
      orphans: 'Generated from facts no written question tests',
      untested: 'Facts no question tests',
      more: (hidden: number) => `Show more questions (${count(hidden)} not shown)`,
      siblings: 'Generated from the same facts:',
      /** Before a generated question's right answer. */
      answer: '— Answer:',
    },
    /**
     * Why an answer the class report sent was not added (src/domain/accept-answer.ts): a phrase
     * after "“answer” was not added to question (line n): ".
     */
    refused: {
      xml: 'the studio adds answers to Factline YAML and Moodle GIFT files only, not to Moodle XML files: add it by hand, as an <answer fraction="100"> of the question, or in Moodle',
      aiken:
        'the studio adds answers to Factline YAML and Moodle GIFT files only, not to Aiken files: an Aiken question is single-choice, so its answers are chosen, not typed',
      noLetters: 'an answer with no letters or digits accepts nothing',
      noQuestion: (question: string) => `the file has no question "${question}"`,
      cloze:
        'it is a cloze question: which blank the answer fills, and whether it fits there, needs your judgement',
      numeric:
        'it is a numeric question: its answer is a number with a tolerance or a range, which needs your judgement',
      /** A question whose answers are chosen: `type` is one of `types`, or `otherType`. */
      chosen: (type: string) => `it is ${type}: its answers are chosen, not typed`,
      types: {
        single: 'a single-choice question',
        multiple: 'a multiple-choice question',
        truefalse: 'a true/false question',
        order: 'an order question',
        match: 'a match question',
      },
      /** A type the studio does not know, as the file writes it. */
      otherType: (type: string) => `a "${type}" question`,
      yamlSyntax: 'the file has a YAML syntax error: fix it first',
      giftSyntax: 'the file has a GIFT syntax error: fix it first',
      notList: 'its answers are not a list of texts',
      changed:
        'it could not be added without changing more of the file: add it to the answers by hand',
      generated: (fact: string) =>
        `it is generated from the fact ${fact}, so it has no answers of its own; edit the fact, or write a short question`,
    },
    /** The status line under the editor: what opening, pasting, accepting or sharing did. */
    said: {
      openedFile: (file: string) => `Opened ${file}.`,
      /** A file whose name does not say its format (a `.txt`): the format its text reads as. */
      openedFileAs: (file: string, format: string) => `Opened ${file}: it reads as ${format}.`,
      /** `types` are the file types but the last, joined with commas. */
      notQuestionFile: (file: string, types: string, last: string) =>
        `${file} is not a question file: open a ${types} or ${last} file.`,
      /** `reason` is the validator's, in English. */
      notText: (file: string, line: number, column: number, reason: string) =>
        `${file} was not opened: line ${line}, column ${column}: ${reason}.`,
      pasted: (format: string, was: string) =>
        `The pasted text is ${format}: the draft is now checked as ${format}. To undo, choose ${was} under Format.`,
      pastedRenamed: (format: string, name: string, was: string) =>
        `The pasted text is ${format}: the draft is now checked as ${format}, named ${name}. To undo, choose ${was} under Format.`,
      otherFilesFailed: (bank: string) =>
        `The other files of ${bank} could not be loaded: this file is checked on its own.`,
      noBank: (bank: string) =>
        `There is no bank “${bank}” the studio can open: nothing was opened.`,
      noQuestion: (bank: string, question: string) =>
        `The bank ${bank} has no question “${question}”: nothing was opened.`,
      openedAt: (file: string, question: string, line: number) =>
        `Opened ${file} at question ${question} (line ${line}).`,
      openedDraftAt: (file: string, question: string, line: number) =>
        `Opened your draft of ${file}, with your edits, at question ${question} (line ${line}).`,
      openedAtFact: (file: string, fact: string, line: number, question: string) =>
        `Opened ${file} at fact ${fact} (line ${line}): question ${question} is generated from it.`,
      openedDraftAtFact: (file: string, fact: string, line: number, question: string) =>
        `Opened your draft of ${file}, with your edits, at fact ${fact} (line ${line}): question ${question} is generated from it.`,
      accepted: (answer: string, question: string, line: number) =>
        `Added “${answer}” to the accepted answers of ${question} (line ${line}). Check it, then download the file.`,
      alreadyAccepted: (answer: string, question: string, line: number, as: string) =>
        `“${answer}” is already accepted for ${question} (line ${line}), as “${as}”: nothing changed.`,
      /** `reason` is one of `refused`. */
      notAccepted: (answer: string, question: string, line: number, reason: string) =>
        `“${answer}” was not added to ${question} (line ${line}): ${reason}.`,
      sharedOpened: (name: string) => `Opened the shared draft ${name}.`,
      sharedDamaged: 'This share link is damaged: the draft could not be opened.',
      tooLong: (length: number, most: number) =>
        `This draft is too long for a link (${count(length)} characters, at most ${count(most)}): download the file and send it instead.`,
      linkCopied: 'Share link copied.',
      copyBlocked: (link: string) => `Copying is blocked here; the link is: ${link}`,
    },
  },
  /**
   * The code editor's own words (CodeMirror's phrases: its search panel, folding, lint panel),
   * keyed by CodeMirror's English; `$` stands for a number CodeMirror puts in.
   */
  authorEditor: {
    Find: 'Find',
    Replace: 'Replace',
    next: 'next',
    previous: 'previous',
    all: 'all',
    'match case': 'match case',
    regexp: 'regexp',
    'by word': 'by word',
    replace: 'replace',
    'replace all': 'replace all',
    close: 'close',
    'current match': 'current match',
    'on line': 'on line',
    'replaced match on line $': 'replaced match on line $',
    'replaced $ matches': 'replaced $ matches',
    'Go to line': 'Go to line',
    go: 'go',
    'Folded lines': 'Folded lines',
    'Unfolded lines': 'Unfolded lines',
    'Fold line': 'Fold line',
    'Unfold line': 'Unfold line',
    'folded code': 'folded code',
    unfold: 'unfold',
    to: 'to',
    'Selection deleted': 'Selection deleted',
    'Control character': 'Control character',
    Completions: 'Completions',
    Diagnostics: 'Diagnostics',
    'No diagnostics': 'No diagnostics',
  },
}

export default authorPart
export type AuthorMessages = typeof authorPart
