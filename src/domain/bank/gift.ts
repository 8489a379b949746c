import { parse } from 'gift-pegjs'
import type {
  FormatType,
  GIFTQuestion,
  Matching,
  MultipleChoice,
  Numerical,
  NumericalFormat,
  ShortAnswer,
  TextFormat,
  TrueFalse,
} from 'gift-pegjs'
import type { Problem } from './problems.ts'
import type {
  BankFile,
  MatchQuestion,
  MultipleQuestion,
  NumericQuestion,
  QuestionInput,
  ShortQuestion,
  SingleQuestion,
  TrueFalseQuestion,
} from './schema.ts'
import { ImportedBank } from './names.ts'
import {
  importedSource,
  positionAt,
  type BankSource,
  type DataPath,
  type Position,
} from './source.ts'

/**
 * Reads a GIFT file (Moodle's text format for questions) as the main file of a bank. Categories
 * become topics, descriptions their summaries, and every question Factline can grade a question;
 * the rest is skipped with a warning. gift-pegjs parses; it keeps no positions per question, so
 * the places of the items are found here, from the blank lines that separate them.
 */
export function readGiftSource(text: string, file: string, id: string): BankSource {
  const problems: Problem[] = []
  const questionStarts: number[] = []
  const topicStarts: number[] = []
  const starts = findItemStarts(text)
  // Every position reported is an item's start: found once, in one pass over the text.
  const startPositions = new Map(positionsOf(text, starts).map((p, k) => [starts[k], p]))
  const pos = (offset: number): Position => startPositions.get(offset) ?? positionAt(text, offset)
  const locate = (path: DataPath): Position => {
    const [key, index] = path
    const offsets = key === 'questions' ? questionStarts : key === 'topics' ? topicStarts : []
    const offset = typeof index === 'number' ? offsets[index] : undefined
    return offset === undefined ? { line: 1, column: 1 } : pos(offset)
  }
  const source = (data: BankFile | undefined) => importedSource(file, data, problems, locate)
  const report = (offset: number, severity: Problem['severity'], message: string) =>
    problems.push({ file, ...pos(offset), severity, message })

  if (starts.length === 0) {
    report(0, 'error', 'the file is empty: a GIFT bank needs at least one question')
    return source(undefined)
  }
  let items: GIFTQuestion[]
  try {
    items = parse(text)
  } catch (error) {
    problems.push({
      file,
      ...syntaxErrorPosition(error),
      severity: 'error',
      message: `GIFT syntax: ${firstLine(error)}`,
    })
    return source(undefined)
  }

  const bank = new ImportedBank()
  items.forEach((item, k) => {
    const start = starts[k] ?? 0
    if (item.type === 'Category') bank.category(unescapeCategory(item.title), start)
    else if (item.type === 'Description') bank.describe(item.stem.text.trim())
    else {
      const number = bank.meet()
      const converted = convertQuestion(item)
      for (const warning of converted.warnings) report(start, 'warning', warning)
      if ('skip' in converted) report(start, 'warning', converted.skip)
      else if ('error' in converted) report(start, 'error', converted.error)
      else {
        const { id: _, ...question } = converted.question
        const added = bank.add(question, start, item.title ?? '', pos(start).line, `q-${number}`)
        if (added.warning) report(start, 'warning', added.warning)
      }
    }
  })

  const finished = bank.finish(id, 'GIFT questions')
  questionStarts.push(...bank.questionStarts)
  topicStarts.push(...finished.topicStarts)
  return source(finished.data)
}

type Draft = { question: QuestionInput; warnings: string[] }
type Converted =
  Draft | { skip: string; warnings: string[] } | { error: string; warnings: string[] }

const SKIP = (skip: string): Converted => ({ skip, warnings: [] })

function convertQuestion(
  item: Exclude<GIFTQuestion, { type: 'Category' | 'Description' }>,
): Converted {
  switch (item.type) {
    case 'MC':
      return multipleChoice(item)
    case 'TF':
      return trueFalse(item)
    case 'Short':
      return shortAnswer(item)
    case 'Numerical':
      return numerical(item)
    case 'Matching':
      return matching(item)
    case 'Essay':
      return SKIP("essay questions can't be graded automatically; skipped")
    default:
      return SKIP(
        `${String((item as { type?: unknown }).type)} questions can't be graded in Factline; skipped`,
      )
  }
}

/** What every question has: its text, format, explanation (GIFT's general feedback) and tags. */
function base(item: MultipleChoice | TrueFalse | ShortAnswer | Numerical | Matching) {
  let prompt = item.stem.text
  // gift-pegjs puts a space after the blank of a missing-word question, also before punctuation.
  if (item.hasEmbeddedAnswers) prompt = prompt.replace(/_____ (?=[.,;:!?)])/, '_____')
  const explanation = item.globalFeedback?.text.trim()
  const tags = (item.tags ?? []).map((t) => t.trim()).filter((t) => t !== '')
  return {
    id: '',
    prompt: prompt.trim(),
    format: textFormat(item.stem.format),
    ...(explanation ? { explanation } : {}),
    ...(tags.length > 0 ? { tags } : {}),
  }
}

function textFormat(format: FormatType): 'html' | 'markdown' | 'plain' {
  return format === 'html' || format === 'markdown' ? format : 'plain'
}

const feedbackText = (feedback: TextFormat | null | undefined) => feedback?.text.trim() || undefined

const percent = (n: number) => `${Math.round(n * 1000) / 1000}%`

function multipleChoice(item: MultipleChoice): Converted {
  const choices = item.choices.map((c) => ({
    text: c.text.text,
    weight: c.weight ?? (c.isCorrect ? 100 : 0),
    feedback: feedbackText(c.feedback),
  }))
  const options = choices.map((c) => c.text)
  const feedbackEntries = choices.flatMap((c) =>
    c.feedback ? [[c.text, c.feedback] as const] : [],
  )
  const feedback =
    feedbackEntries.length > 0 ? { feedback: Object.fromEntries(feedbackEntries) } : {}
  const weightsOf = () =>
    Object.fromEntries(choices.filter((c) => c.weight !== 0).map((c) => [c.text, c.weight]))
  const full = choices.filter((c) => c.weight === 100)
  const positive = choices.filter((c) => c.weight > 0)
  if (positive.length === 0) {
    return SKIP(
      'the multiple-choice question has no right answer (mark one with = or give it a %weight%); skipped',
    )
  }
  // One answer marked = is a single-choice question (Moodle's radio buttons), other options may
  // earn part of the credit; without =, or with several right answers, learners pick several.
  if (item.choices.some((c) => c.isCorrect) && full.length === 1) {
    const partial = choices.some((c) => c.weight !== 0 && c.weight !== 100)
    const question: SingleQuestion = {
      ...base(item),
      type: 'single',
      options,
      answer: full[0]!.text,
      ...(partial ? { weights: weightsOf() } : {}),
      ...feedback,
    }
    return { question, warnings: [] }
  }
  const explicit = item.choices.some((c) => c.weight !== null)
  if (explicit) {
    const sum = positive.reduce((total, c) => total + c.weight, 0)
    if (Math.abs(sum - 100) > 0.5) {
      return { error: `the positive weights add up to ${percent(sum)}, not 100%`, warnings: [] }
    }
  }
  const question: MultipleQuestion = {
    ...base(item),
    type: 'multiple',
    options,
    answers: positive.map((c) => c.text),
    ...(explicit ? { weights: weightsOf() } : {}),
    ...feedback,
  }
  return { question, warnings: [] }
}

function trueFalse(item: TrueFalse): Converted {
  // Moodle reads {T#first#second} as feedback for a wrong answer, then for the right one;
  // gift-pegjs names them trueFeedback and falseFeedback, in that order.
  const wrong = feedbackText(item.trueFeedback)
  const right = feedbackText(item.falseFeedback)
  const onTrue = item.isTrue ? right : wrong
  const onFalse = item.isTrue ? wrong : right
  const question: TrueFalseQuestion = {
    ...base(item),
    type: 'truefalse',
    answer: item.isTrue,
    ...(onTrue || onFalse
      ? {
          feedback: { ...(onTrue ? { true: onTrue } : {}), ...(onFalse ? { false: onFalse } : {}) },
        }
      : {}),
  }
  return { question, warnings: [] }
}

function shortAnswer(item: ShortAnswer): Converted {
  const choices = item.choices.map((c) => ({
    text: c.text.text,
    weight: c.weight ?? (c.isCorrect ? 100 : 0),
  }))
  const answers = choices.filter((c) => c.weight === 100).map((c) => c.text)
  const partial = choices.filter((c) => c.weight > 0 && c.weight < 100)
  const warnings =
    partial.length > 0
      ? [
          `partial-credit short answers are dropped (Factline accepts only fully right ones): ${partial
            .map((c) => `"${c.text}" (${percent(c.weight)})`)
            .join(', ')}`,
        ]
      : []
  if (answers.length === 0) {
    return { skip: 'the short-answer question has no answer worth 100%; skipped', warnings }
  }
  const question: ShortQuestion = { ...base(item), type: 'short', answers }
  return { question, warnings }
}

type NumericTarget = Pick<NumericQuestion, 'value' | 'tolerance' | 'range'>

function numericTarget(format: NumericalFormat): NumericTarget {
  const number = (n: number | undefined) => n ?? Number.NaN
  if (format.type === 'high-low')
    return { range: [number(format.numberLow), number(format.numberHigh)] }
  if (format.type === 'range')
    return { value: number(format.number), tolerance: number(format.range) }
  return { value: number(format.number) }
}

function numerical(item: Numerical): Converted {
  if (!Array.isArray(item.choices)) {
    const question: NumericQuestion = {
      ...base(item),
      type: 'numeric',
      ...numericTarget(item.choices),
    }
    return { question, warnings: [] }
  }
  // A choice without a number (`~#feedback`, Moodle's "any other answer") earns nothing: left out.
  const choices = item.choices.flatMap((c) =>
    'type' in c.text
      ? [{ target: numericTarget(c.text), weight: c.weight ?? (c.isCorrect ? 100 : 0) }]
      : [],
  )
  const full = choices.filter((c) => c.weight === 100)
  const main = full[0]
  if (!main) return SKIP('the numerical question has no answer worth 100%; skipped')
  const warnings =
    full.length > 1
      ? [`only the first fully right answer is kept; ${full.length - 1} more dropped`]
      : []
  const partial = choices
    .filter((c) => c.weight > 0 && c.weight < 100)
    .map((c) => ({ ...c.target, credit: c.weight / 100 }))
  const question: NumericQuestion = {
    ...base(item),
    type: 'numeric',
    ...main.target,
    ...(partial.length > 0 ? { partial } : {}),
  }
  return { question, warnings }
}

function matching(item: Matching): Converted {
  const pairs = item.matchPairs
    .filter((p) => p.subquestion.text.trim() !== '')
    .map((p) => ({ left: p.subquestion.text, right: unescapePlaceholders(p.subanswer) }))
  // `= -> answer` (no left-hand text) is an extra wrong right-hand option.
  const distractors = item.matchPairs
    .filter((p) => p.subquestion.text.trim() === '')
    .map((p) => unescapePlaceholders(p.subanswer))
  const question: MatchQuestion = {
    ...base(item),
    type: 'match',
    pairs,
    ...(distractors.length > 0 ? { distractors } : {}),
  }
  return { question, warnings: [] }
}

/**
 * The offset of each item (category, description or question) of a GIFT text, in order. Items are
 * separated by blank lines (only spaces and tabs); `//` comment lines before an item are skipped.
 * This is how gift-pegjs splits the text too, so the n-th offset is that of its n-th item.
 */
export function findItemStarts(text: string): number[] {
  const starts: number[] = []
  const lineEnd = /\r\n|\r|\n/g
  let lineStart = 0
  let inItem = false
  for (;;) {
    lineEnd.lastIndex = lineStart
    const end = lineEnd.exec(text)
    const line = text.slice(lineStart, end ? end.index : text.length)
    const indent = /^[ \t]*/.exec(line)?.[0].length ?? 0
    if (indent === line.length) inItem = false
    else if (!inItem && !line.startsWith('//', indent)) {
      starts.push(lineStart + indent)
      inItem = true
    }
    if (!end) break
    lineStart = end.index + end[0].length
  }
  return starts
}

/** The positions of ascending offsets, as positionAt gives them, without reading the text again for each. */
function positionsOf(text: string, offsets: readonly number[]): Position[] {
  let from = 0
  let at: Position = { line: 1, column: 1 }
  return offsets.map((offset) => {
    const step = positionAt(text.slice(from, offset), offset - from)
    at =
      step.line === 1
        ? { line: at.line, column: at.column + step.column - 1 }
        : { line: at.line + step.line - 1, column: step.column }
    from = offset
    return at
  })
}

// gift-pegjs decodes escapes in texts and titles, but leaves its placeholders in the right-hand
// side of a matching pair and the backslashes in a category.
const PLACEHOLDERS: Record<string, string> = {
  '&&092;': '\\',
  '&&058;': ':',
  '&&035;': '#',
  '&&061;': '=',
  '&&123;': '{',
  '&&125;': '}',
  '&&126;': '~',
  '&&010': '\n',
}

function unescapePlaceholders(text: string): string {
  return text.replace(/&&(?:092|058|035|061|123|125|126);|&&010/g, (m) => PLACEHOLDERS[m] ?? m)
}

function unescapeCategory(text: string): string {
  return text.replace(/\\([\\:#={}~n])/g, (_, c: string) => (c === 'n' ? ' ' : c))
}

function syntaxErrorPosition(error: unknown): Position {
  const start = (error as { location?: { start?: { line?: unknown; column?: unknown } } } | null)
    ?.location?.start
  return typeof start?.line === 'number' && typeof start.column === 'number'
    ? { line: start.line, column: start.column }
    : { line: 1, column: 1 }
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.split(/\r?\n/)[0] ?? message
}
