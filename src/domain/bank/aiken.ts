import { slugify, titleFromId, Topics, uniqueId } from './names.ts'
import type { Problem } from './problems.ts'
import type { BankFile, SingleQuestion } from './schema.ts'
import { importedSource, type BankSource, type DataPath, type Position } from './source.ts'

/**
 * Aiken, the plain format Moodle and many other systems read: single-choice questions, each its
 * text, its options lettered `A)` or `A.` one a line, and `ANSWER: B`.
 *
 * ```
 * Which gas do plants take in?
 * A) Oxygen
 * B) Carbon dioxide
 * ANSWER: B
 * ```
 */

/** `A) text`, `B.text`: a capital letter, `)` or `.`, the option's text (Moodle's rule). */
const OPTION = /^([A-Z])[).][ \t]*/
/** The keyword is `ANSWER:` in Moodle; other systems write `Answer:`, which means the same. */
const ANSWER = /^ANSWER[ \t]*:[ \t]*/i
/** The "Aiken advanced" plugin's numbering line, which plain Aiken does not have. */
const NUMBERING = /^NUMBERING[ \t]*:/i
/** `C, D`, `A and C`: several right answers, which Aiken can't say. */
const SEVERAL = /^[A-Z](?:[ \t]*(?:[,;&/+]|[ \t]and[ \t]|[ \t])[ \t]*[A-Z])+$/i

/** Whether a text reads as Aiken: it has an `ANSWER:` line (written `Answer:` only after an option). */
export function isAiken(text: string): boolean {
  let previous = ''
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim()
    if (!line) continue
    // `{` would be a GIFT answer block; a YAML bank's `answer:` follows no lettered option.
    if (ANSWER.test(line) && !line.includes('{')) {
      if (line.startsWith('ANSWER') || OPTION.test(previous)) return true
    }
    previous = line
  }
  return false
}

/** One line of the file: its text without the line break, its number, and its offset. */
interface Line {
  text: string
  number: number
  start: number
}

function linesOf(text: string): Line[] {
  const lines: Line[] = []
  const breaks = /\r\n|\r|\n/g
  let start = 0
  for (let number = 1; ; number++) {
    breaks.lastIndex = start
    const end = breaks.exec(text)
    lines.push({ text: text.slice(start, end ? end.index : text.length), number, start })
    if (!end) return lines
    start = end.index + end[0].length
  }
}

/** A piece of the file's text that became a piece of the bank's: where it starts, and how long it is. */
interface Span {
  at: Position
  length: number
}

/** A question as it is read, line by line; `failed` once it has an error, which keeps it out. */
interface QuestionDraft {
  stem: Span[]
  stemText: string[]
  options: { letter: string; text: string; span: Span }[]
  failed: boolean
  /** A blank line came after its text: the next text starts another question. */
  blank: boolean
}

/** Where a question's parts stand in the file, for the compiler's problems. */
interface QuestionPlaces {
  stem: Span[]
  options: Span[]
  answer: Position
}

/**
 * Reads an Aiken file as the main file of a bank titled after its id, as a GIFT file is: every
 * question is a `single` question of the topic "General", its text plain. Moodle reads one line of
 * text per question; here the lines before the first option are the question's text, so a long
 * question may be wrapped, and a blank line ends a text that has no options yet. What Moodle
 * refuses, or would read otherwise than it looks (options out of order), is an error at its place.
 */
export function readAikenSource(text: string, file: string, bankId: string): BankSource {
  const problems: Problem[] = []
  const report = (at: Position, severity: Problem['severity'], message: string) =>
    problems.push({ file, ...at, severity, message })
  const topics = new Topics()
  const general = topics.general()
  const ids = new Set<string>()
  const questions: SingleQuestion[] = []
  const places: QuestionPlaces[] = []

  let current: QuestionDraft | undefined
  /** Options with no question to go with have been reported: the rest of them are not. */
  let strayOptions = false

  /** A question ended by something other than its `ANSWER:` line: what it lacks is an error. */
  const abandon = () => {
    if (!current || current.failed) return
    const options = current.options
    if (options.length === 0) {
      report(
        current.stem[0]!.at,
        'error',
        "the question has no options: write them under it, one a line, as A) …, B) …, then ANSWER: and the right option's letter",
      )
    } else {
      const first = options[0]!.span.at.line
      const last = options.at(-1)!.span.at.line
      report(
        current.stem[0]!.at,
        'error',
        `the question's options (${first === last ? `line ${first}` : `lines ${first}–${last}`}) are not followed by an ANSWER: line with the right option's letter`,
      )
    }
  }

  for (const line of linesOf(text)) {
    const trimmed = line.text.trim()
    const indent = line.text.length - line.text.trimStart().length
    const at = (index: number): Position => ({ line: line.number, column: indent + index + 1 })
    if (!trimmed) {
      if (current) current.blank = true
      continue
    }
    if (NUMBERING.test(trimmed)) {
      report(
        at(0),
        'warning',
        'NUMBERING: lines come from the "Aiken advanced" plugin and are ignored: Factline shows options in a shuffled order, without letters',
      )
      continue
    }
    const option = OPTION.exec(trimmed)
    if (option) {
      if (!current) {
        if (!strayOptions)
          report(
            at(0),
            'error',
            "an option with no question before it: write the question's text on the line above its first option",
          )
        strayOptions = true
        continue
      }
      const letter = option[1]!
      const expected = String.fromCharCode(65 + current.options.length)
      const optionText = trimmed.slice(option[0].length)
      if (letter !== expected && !current.failed) {
        current.failed = true
        report(
          at(0),
          'error',
          current.options.length === 0
            ? `the first option is lettered ${letter}: letter the options A, B, C… in order`
            : `this option is lettered ${letter}, but the one before it is ${current.options.at(-1)!.letter}: letter the options A, B, C… in order`,
        )
      } else if (!optionText && !current.failed) {
        current.failed = true
        report(at(0), 'error', `option ${letter} has no text: write it after "${option[0].trim()}"`)
      }
      current.options.push({
        letter,
        text: optionText,
        span: { at: at(option[0].length), length: optionText.length },
      })
      continue
    }
    const answer = ANSWER.exec(trimmed)
    if (answer) {
      strayOptions = false
      if (!current) {
        report(
          at(0),
          'error',
          'an ANSWER: line with no question before it: each question is its text, its options, then its ANSWER: line',
        )
        continue
      }
      const question = current
      current = undefined
      const value = trimmed.slice(answer[0].length)
      const valueAt = at(answer[0].length)
      const letters = question.options.map((o) => o.letter)
      if (question.failed) continue
      if (letters.length < 2) {
        report(
          at(0),
          'error',
          `the question (line ${question.stem[0]!.at.line}) has ${letters.length === 0 ? 'no options' : 'only one option, A'}: a single-choice question needs at least two, as A) …, B) … above its ANSWER: line`,
        )
        continue
      }
      const read = readAnswer(value, letters)
      if ('problem' in read) {
        report(valueAt, 'error', read.problem)
        continue
      }
      const prompt = question.stemText.join('\n')
      questions.push({
        id: uniqueId(shortSlug(prompt) || `q-${questions.length + 1}`, ids),
        type: 'single',
        prompt,
        format: 'plain',
        topic: general.id,
        options: question.options.map((o) => o.text),
        answer: question.options[letters.indexOf(read.letter)]!.text,
      })
      places.push({
        stem: question.stem,
        options: question.options.map((o) => o.span),
        answer: valueAt,
      })
      topics.addQuestion(general, line.start)
      continue
    }
    // Any other line is the text of a question: of the one begun, while it has no options yet
    // and no blank line has ended its text; else of a new one.
    strayOptions = false
    if (!current || current.options.length > 0 || current.blank) {
      abandon()
      current = { stem: [], stemText: [], options: [], failed: false, blank: false }
    }
    current.stem.push({ at: at(0), length: trimmed.length })
    current.stemText.push(trimmed)
  }
  abandon()

  if (questions.length === 0 && !problems.some((p) => p.severity === 'error')) {
    report(
      { line: 1, column: 1 },
      'error',
      "the file has no questions: an Aiken question is its text, its options A) …, B) … one a line, then ANSWER: and the right option's letter",
    )
  }
  const { topics: kept } = topics.finish()
  const data: BankFile = {
    title: titleFromId(bankId, 'Aiken questions'),
    language: 'en',
    generate: false,
    topics: kept,
    questions,
  }
  return sourceOf(file, questions.length > 0 ? data : undefined, problems, places)
}

/** The letter an `ANSWER:` line names, or what is wrong with it. */
function readAnswer(value: string, letters: string[]): { letter: string } | { problem: string } {
  const range = `${letters[0]}–${letters.at(-1)}`
  if (!value)
    return { problem: `ANSWER: names no option: write the right option's letter (${range})` }
  if (SEVERAL.test(value))
    return {
      problem: `ANSWER: ${value} names several options: an Aiken question has one right answer; write several right answers in GIFT or YAML`,
    }
  const letter = /^([A-Z])[).]?$/i.exec(value)?.[1]?.toUpperCase()
  if (!letter)
    return { problem: `ANSWER: must be the right option's letter (${range}), not "${value}"` }
  if (!letters.includes(letter))
    return { problem: `ANSWER: ${letter}, but the options are ${range}` }
  return { letter }
}

/** A question's id from its text: its first words, as a slug of at most 40 characters. */
function shortSlug(prompt: string): string {
  const slug = slugify(prompt)
  if (slug.length <= 40) return slug
  const cut = slug.lastIndexOf('-', 40)
  return slug.slice(0, cut > 0 ? cut : 40)
}

/** The bank source of an Aiken file: every data path leads back to the line and column it came from. */
function sourceOf(
  file: string,
  data: BankFile | undefined,
  problems: Problem[],
  places: QuestionPlaces[],
): BankSource {
  const start: Position = { line: 1, column: 1 }
  const spanOf = (path: DataPath): Span[] | undefined => {
    const [key, index, field, item] = path
    // The one topic, "General", stands where its first question does.
    if (key === 'topics') return index === 0 ? places[0]?.stem : undefined
    const place = key === 'questions' && typeof index === 'number' ? places[index] : undefined
    if (!place) return undefined
    if (field === 'options') {
      const option = typeof item === 'number' ? place.options[item] : undefined
      return option ? [option] : place.options.slice(0, 1)
    }
    if (field === 'answer') return [{ at: place.answer, length: 1 }]
    return place.stem
  }
  const locate = (path: DataPath): Position => spanOf(path)?.[0]?.at ?? start
  return importedSource(file, data, problems, locate, (path, index) => {
    // The text of a wrapped question is its lines joined with line breaks.
    let rest = index
    const spans = spanOf(path) ?? []
    for (const span of spans) {
      if (rest <= span.length) return { line: span.at.line, column: span.at.column + rest }
      rest -= span.length + 1
    }
    return spans[0]?.at ?? start
  })
}
