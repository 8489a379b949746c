import { isMap, isScalar, isSeq, parse, parseDocument, type Node, type YAMLSeq } from 'yaml'
import { FORMAT_NAMES, type BankFormat } from './bank/formats.ts'
import { readGiftSource } from './bank/gift.ts'
import type { BankSource, Position } from './bank/source.ts'
import { answerPieces, keyOf, matchAnswer } from './text.ts'

/**
 * What accepting a typed answer did to a question file: the new text (the old one with `inserted`
 * put in at `at`, nothing else changed), nothing because the grader already accepts it, or
 * nothing because the question takes no typed answers that can simply be added.
 */
export type Accepting =
  | { status: 'added'; text: string; at: number; inserted: string }
  | { status: 'already'; as: string }
  | { status: 'refused'; reason: string }

/** A question as accepting an answer needs it: its type, accepted answers and how they are compared. */
interface Found {
  type: unknown
  answers: string[]
  typos: boolean
  case: boolean
  wildcards: boolean
}

/** How a question read from a file compares answers: its `typos`, `case` and `wildcards`, read by `get`. */
const comparingOf = (get: (key: string) => unknown) => ({
  typos: get('typos') === true,
  case: get('case') === true,
  wildcards: get('wildcards') === true,
})

/** The answer as written into the file: in a question with wildcards, its stars are literal. */
const asWritten = (answer: string, found: Found) =>
  found.wildcards ? answer.replace(/\*/g, '\\*') : answer

const TYPE_NAMES: Record<string, string> = {
  single: 'a single-choice',
  multiple: 'a multiple-choice',
  truefalse: 'a true/false',
  numeric: 'a numeric',
  cloze: 'a cloze',
  order: 'an order',
  match: 'a match',
}

/** Why an answer can't be added to a question of this type, in a phrase after "it is". */
function typeReason(type: unknown): string {
  const name = TYPE_NAMES[String(type)] ?? `a "${String(type)}"`
  if (type === 'cloze')
    return `${name} question: which blank the answer fills, and whether it fits there, needs your judgement`
  if (type === 'numeric')
    return `${name} question: its answer is a number with a tolerance or a range, which needs your judgement`
  return `${name} question: its answers are chosen, not typed`
}

/** The accepted answer the grader already takes `answer` for (same words and numbers, or one forgiven typo). */
function alreadyAccepted(answer: string, found: Found, language: string): string | undefined {
  const options = { typos: found.typos, case: found.case, wildcards: found.wildcards, language }
  if (matchAnswer(answer, found.answers, options) !== 'right') return undefined
  const key = (text: string) => keyOf(answerPieces(text, language, { keepCase: found.case }))
  return (
    found.answers.find((a) => key(a) === key(answer)) ??
    found.answers.find((a) => matchAnswer(answer, [a], options) === 'right')
  )
}

/**
 * Adds `answer` to the accepted answers of the short question `questionId` of a question file,
 * changing nothing else of the text: comments, spacing and the order of everything stay as the
 * teacher wrote them. `language` is the bank's, which the grader reads answers in. Only YAML and
 * GIFT files are edited: a Moodle XML or Aiken file is left as it is, and the teacher told why.
 */
export function acceptAnswer(
  text: string,
  format: BankFormat,
  questionId: string,
  typed: string,
  language: string,
): Accepting {
  const answer = typed.trim().replace(/\s+/g, ' ')
  if (format === 'moodle-xml' || format === 'aiken')
    return {
      status: 'refused',
      reason: `the studio adds answers to Factline YAML and Moodle GIFT files only, not to ${FORMAT_NAMES[format]} files: ${format === 'aiken' ? 'an Aiken question is single-choice, so its answers are chosen, not typed' : 'add it by hand, as an <answer fraction="100"> of the question, or in Moodle'}`,
    }
  if (keyOf(answerPieces(answer, language)) === '')
    return { status: 'refused', reason: 'an answer with no letters or digits accepts nothing' }
  return format === 'yaml'
    ? acceptInYaml(text, questionId, answer, language)
    : acceptInGift(text, questionId, answer, language)
}

/** What stands before adding: a question of the right type, and an answer it does not take yet. */
function precheck(
  found: Found | undefined,
  questionId: string,
  answer: string,
  language: string,
): Accepting | undefined {
  if (!found) return { status: 'refused', reason: `the file has no question "${questionId}"` }
  if (found.type !== 'short')
    return { status: 'refused', reason: `it is ${typeReason(found.type)}` }
  const as = alreadyAccepted(answer, found, language)
  return as === undefined ? undefined : { status: 'already', as }
}

const insert = (text: string, at: number, inserted: string): Accepting => ({
  status: 'added',
  text: text.slice(0, at) + inserted + text.slice(at),
  at,
  inserted,
})

const CHANGED =
  'it could not be added without changing more of the file: add it to the answers by hand'

// ---------------------------------------------------------------------------------------------
// YAML: the yaml package's Document finds the answers and where each stands; the text is then
// edited at that place. (Printing the Document again would re-wrap long lines and respace lists.)

function acceptInYaml(
  text: string,
  questionId: string,
  answer: string,
  language: string,
): Accepting {
  const doc = parseDocument(text)
  if (doc.errors.length > 0)
    return { status: 'refused', reason: 'the file has a YAML syntax error: fix it first' }
  const questions = doc.get('questions', true)
  const question = isSeq(questions)
    ? questions.items.find((q) => isMap(q) && q.get('id') === questionId)
    : undefined
  const list = isMap(question) ? question.get('answers', true) : undefined
  const found = isMap(question)
    ? {
        type: question.get('type'),
        answers: isSeq(list) ? list.items.map((a) => String(isScalar(a) ? a.value : a)) : [],
        ...comparingOf((key) => question.get(key)),
      }
    : undefined
  const stop = precheck(found, questionId, answer, language)
  if (stop) return stop
  const last = isSeq(list) ? list.items.at(-1) : undefined
  if (!isSeq(list) || !isScalar(last) || !last.range)
    return { status: 'refused', reason: 'its answers are not a list of texts' }

  const written = asWritten(answer, found!)
  const added = list.flow
    ? intoFlowList(text, list, last, written)
    : intoBlockList(text, last, written)
  // The edit is kept only if the file reads as before with one more answer.
  const before = doc.toJS() as { questions: { id: unknown; answers: unknown[] }[] }
  const target = before.questions.find((q) => q.id === questionId)
  target?.answers.push(written)
  const after = added.status === 'added' ? parseDocument(added.text) : undefined
  if (!after || after.errors.length > 0 || JSON.stringify(after.toJS()) !== JSON.stringify(before))
    return { status: 'refused', reason: CHANGED }
  return added
}

/** `answer` as a YAML scalar that reads back as that very text: plain when it can be, else quoted. */
function yamlScalar(answer: string, flow: boolean): string {
  try {
    const read: unknown = parse(flow ? `[${answer}]` : `- ${answer}`)
    if (Array.isArray(read) && read.length === 1 && read[0] === answer) return answer
  } catch {
    // Not plain YAML: quoted below.
  }
  return JSON.stringify(answer)
}

/** The end of the line `offset` stands on (before its line break). */
const lineEnd = (text: string, offset: number) => {
  const end = text.indexOf('\n', offset)
  return end < 0 ? text.length : end
}
const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1

/** `[ a, b ]` gets `, new` after b; a list with an item on each line gets a line of its own. */
function intoFlowList(text: string, list: YAMLSeq, last: Node, answer: string): Accepting {
  const end = last.range![1]
  const close = list.range![1]
  const scalar = yamlScalar(answer, true)
  const rest = text.slice(end, lineEnd(text, end))
  const multiLine = text.slice(end, close).includes('\n') && /^[\s,]*$/.test(rest)
  if (!multiLine) return insert(text, end, `, ${scalar}`)
  const start = lineStart(text, last.range![0])
  const before = text.slice(start, last.range![0])
  const indent = /^[ \t]*$/.test(before) ? before : ' '.repeat(last.range![0] - start)
  return insert(text, end, `,\n${indent}${scalar}`)
}

/** `- b` gets a `- new` line after it (after its comment, if it has one), indented the same. */
function intoBlockList(text: string, last: Node, answer: string): Accepting {
  const [start, valueEnd] = last.range!
  const first = lineStart(text, start)
  const before = text.slice(first, start)
  const prefix = /^[ \t]*-[ \t]+$/.test(before)
    ? before
    : `${' '.repeat(Math.max(0, before.indexOf('-')))}- `
  // A block scalar's value ends with its line break.
  const at = text[valueEnd - 1] === '\n' ? valueEnd - 1 : lineEnd(text, valueEnd)
  return insert(text, at, `\n${prefix}${yamlScalar(answer, false)}`)
}

// ---------------------------------------------------------------------------------------------
// GIFT: the answer goes into the question's answer block, `=answer` after the last one.

function acceptInGift(
  text: string,
  questionId: string,
  answer: string,
  language: string,
): Accepting {
  const questionsOf = (source: BankSource) =>
    (source.data as { questions?: Record<string, unknown>[] } | undefined)?.questions
  const source = readGiftSource(text, 'draft.gift', 'draft')
  const questions = questionsOf(source)
  if (!questions)
    return { status: 'refused', reason: 'the file has a GIFT syntax error: fix it first' }
  const index = questions.findIndex((q) => q.id === questionId)
  const question = questions[index]
  const found = question && {
    type: question.type,
    answers: ((question.answers as unknown[] | undefined) ?? []).map(String),
    ...comparingOf((key) => question[key]),
  }
  const stop = precheck(found, questionId, answer, language)
  if (stop) return stop

  const block = answerBlock(text, offsetAt(text, source.locate(['questions', index])))
  if (!block) return { status: 'refused', reason: CHANGED }
  const added = insert(text, ...intoGiftBlock(text, block, `=${escapeGift(answer)}`))
  // The edit is kept only if the file reads as before with one more answer.
  const expected = questions.map((q, i) =>
    i === index ? { ...q, answers: [...(q.answers as string[]), answer] } : q,
  )
  const after =
    added.status === 'added' ? readGiftSource(added.text, 'draft.gift', 'draft') : undefined
  if (!after || JSON.stringify(questionsOf(after)) !== JSON.stringify(expected))
    return { status: 'refused', reason: CHANGED }
  return added
}

/** GIFT's special characters are written with a backslash in an answer. */
const escapeGift = (answer: string) => answer.replace(/[\\~=#{}:]/g, '\\$&')

/** The offset of a 1-based line and column. */
function offsetAt(text: string, { line, column }: Position): number {
  let offset = 0
  for (let l = 1; l < line; l++) offset = text.indexOf('\n', offset) + 1
  return offset + column - 1
}

/** The `{` and `}` of the first answer block from `from` on (escaped braces are text). */
function answerBlock(text: string, from: number): { open: number; close: number } | undefined {
  let open = -1
  for (let i = from; i < text.length; i++) {
    const c = text[i]
    if (c === '\\') i++
    else if (c === '{' && open < 0) open = i
    else if (c === '}' && open >= 0) return { open, close: i }
  }
  return undefined
}

/** Where the new `=answer` goes in a block, and with what around it: before `####` or `}`. */
function intoGiftBlock(
  text: string,
  { open, close }: { open: number; close: number },
  choice: string,
): [number, string] {
  let target = close
  for (let i = open + 1; i < close; i++) {
    if (text[i] === '\\') i++
    else if (text.startsWith('####', i)) {
      target = i
      break
    }
  }
  const start = lineStart(text, target)
  // Answers on lines of their own: a line like the last answer's, before the feedback or the brace.
  if (start > open && /^[ \t]*$/.test(text.slice(start, target))) {
    const previous = lineStart(text, start - 1)
    const indent = previous > open ? (/^[ \t]*/.exec(text.slice(previous, start))?.[0] ?? '') : ''
    return [start, `${indent || text.slice(start, target)}${choice}\n`]
  }
  let at = target
  while (at > open + 1 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--
  return [at, ` ${choice}`]
}

/** What the studio says accepting `answer` for question `question`, at `line` of its file, did. */
export function acceptMessage(
  result: Accepting,
  answer: string,
  question: string,
  line: number,
): string {
  const quoted = `“${answer.trim()}”`
  switch (result.status) {
    case 'added':
      return `Added ${quoted} to the accepted answers of ${question} (line ${line}). Check it, then download the file.`
    case 'already':
      return `${quoted} is already accepted for ${question} (line ${line}), as “${result.as}”: nothing changed.`
    case 'refused':
      return `${quoted} was not added to ${question} (line ${line}): ${result.reason}.`
  }
}

/** A generated question has no answers of its own in any file: its fact is what a teacher edits. */
export const generatedRefusal = (fact: string): Accepting => ({
  status: 'refused',
  reason: `it is generated from the fact ${fact}, so it has no answers of its own; edit the fact, or write a short question`,
})
