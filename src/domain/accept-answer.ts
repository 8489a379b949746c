import { isMap, isScalar, isSeq, parse, parseDocument, type Node, type YAMLSeq } from 'yaml'
import type { BankFormat } from './bank/formats.ts'
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
  | { status: 'refused'; why: AcceptRefusal }

/**
 * Why an answer was not added, for the studio to put in words (the catalogue's `author.refused`):
 * the file's format, the question's type or id, the fact a generated question comes from.
 */
export type AcceptRefusal =
  /** The studio edits YAML and GIFT files only. */
  | { kind: 'format'; format: 'moodle-xml' | 'aiken' }
  /** The answer has no letter or digit. */
  | { kind: 'noLetters' }
  | { kind: 'noQuestion'; question: string }
  /** The question is not a short one: `type` as the file says it. */
  | { kind: 'type'; type: string }
  | { kind: 'yamlSyntax' }
  | { kind: 'giftSyntax' }
  /** The YAML question's answers are not a list of texts. */
  | { kind: 'notList' }
  /** Adding the answer would change more of the file. */
  | { kind: 'changed' }
  /** A generated question, whose answers come from `fact`. */
  | { kind: 'generated'; fact: string }

const refused = (why: AcceptRefusal): Accepting => ({ status: 'refused', why })

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
  if (format === 'moodle-xml' || format === 'aiken') return refused({ kind: 'format', format })
  if (keyOf(answerPieces(answer, language)) === '') return refused({ kind: 'noLetters' })
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
  if (!found) return refused({ kind: 'noQuestion', question: questionId })
  if (found.type !== 'short') return refused({ kind: 'type', type: String(found.type) })
  const as = alreadyAccepted(answer, found, language)
  return as === undefined ? undefined : { status: 'already', as }
}

const insert = (text: string, at: number, inserted: string): Accepting => ({
  status: 'added',
  text: text.slice(0, at) + inserted + text.slice(at),
  at,
  inserted,
})

// ---------------------------------------------------------------------------------------------
// YAML: the yaml package's parsed tree finds the answers and where each stands; the text is then
// edited at that place. (Printing the tree again would re-wrap long lines and respace lists.)

function acceptInYaml(
  text: string,
  questionId: string,
  answer: string,
  language: string,
): Accepting {
  const doc = parseDocument(text)
  if (doc.errors.length > 0) return refused({ kind: 'yamlSyntax' })
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
  if (!isSeq(list) || !isScalar(last) || !last.range) return refused({ kind: 'notList' })

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
    return refused({ kind: 'changed' })
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
  if (!questions) return refused({ kind: 'giftSyntax' })
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
  if (!block) return refused({ kind: 'changed' })
  const added = insert(text, ...intoGiftBlock(text, block, `=${escapeGift(answer)}`))
  // The edit is kept only if the file reads as before with one more answer.
  const expected = questions.map((q, i) =>
    i === index ? { ...q, answers: [...(q.answers as string[]), answer] } : q,
  )
  const after =
    added.status === 'added' ? readGiftSource(added.text, 'draft.gift', 'draft') : undefined
  if (!after || JSON.stringify(questionsOf(after)) !== JSON.stringify(expected))
    return refused({ kind: 'changed' })
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

/** A generated question has no answers of its own in any file: its fact is what a teacher edits. */
export const generatedRefusal = (fact: string): Accepting => refused({ kind: 'generated', fact })
