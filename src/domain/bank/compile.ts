import type { z } from 'zod/mini'
import { parseCloze, type ClozeParse } from './cloze.ts'
import { answerPieces, hasWildcard, keyOf, matchesAccepted } from '../text.ts'
import { sortProblems, type Problem } from './problems.ts'
import {
  BankFileSchema,
  BankPartSchema,
  type BankFile,
  type Fact,
  type QuestionInput,
  type Source,
  type Topic,
} from './schema.ts'
import type { BankSource, DataPath } from './source.ts'
import { allowedKeys, closest } from './keys.ts'
import { generateQuestions, generatesIn } from '../generate.ts'
import { contextAdvice, contextReference } from '../generate-gates.ts'

/** A question as the app uses it: its topic, facts and difficulty always filled in. */
export type Question = QuestionInput & {
  topic: string
  facts: string[]
  difficulty: number
  /** Made by a generator from the bank's facts, not written by the teacher. */
  generated?: boolean
  /**
   * The language of its texts and answers: its own, else the bank's. Screen readers read it in
   * that language's voice, and the grader reads answers with its articles and number words.
   */
  language?: string
}

export interface Bank {
  id: string
  title: string
  language: string
  summary?: string
  source?: Source
  license?: string
  generate: boolean
  /** In their order. */
  topics: (Topic & { order: number })[]
  facts: Fact[]
  questions: Question[]
  /**
   * Questions made from the facts when the bank is compiled (none when `generate` is false):
   * generating is deterministic, so it happens once, at build time or in the studio's worker,
   * and the app's first screen never carries the generator.
   */
  generated?: Question[]
  /**
   * The question files the build compiled it from, named within their questions folder
   * (`korea-2018/bank.yaml` first): set by the build only, and only where the studio can open
   * them (`/author?bank=ID&question=QID`). A draft has none.
   */
  files?: string[]
}

export interface CompiledBank {
  /** Present only when no file of the bank has an error. */
  bank?: Bank
  problems: Problem[]
}

interface Origin {
  source: BankSource
  path: DataPath
}

type Report = (
  origin: Origin,
  message: string,
  severity?: Problem['severity'],
  at?: 'value' | number,
) => void

export interface CompileOptions {
  /**
   * What a text in HTML loses on the page, one message each (`htmlLosses`), told as warnings at
   * the text. Given by the callers that may load the HTML parser (the build, `questions:check`,
   * the studio's worker): the studio's page compiles drafts too, and must not carry it.
   */
  checkHtml?: (html: string) => string[]
}

/**
 * Validates the files of one bank (one file, or a folder's `bank.yaml` and its other files)
 * and compiles them into one bank. Every problem is reported at once, each at its line and
 * column; the bank comes back only when there is no error.
 */
export function compileBank(
  id: string,
  sources: BankSource[],
  options: CompileOptions = {},
): CompiledBank {
  const problems: Problem[] = sources.flatMap((s) => s.problems)
  const report: Report = (origin, message, severity = 'error', at = 'value') => {
    const { line, column } =
      typeof at === 'number'
        ? origin.source.locateInText(origin.path, at)
        : origin.source.locate(origin.path)
    problems.push({ file: origin.source.file, line, column, severity, message })
  }

  const parsed: { source: BankSource; data: Partial<BankFile> }[] = []
  for (const source of sources) {
    if (source.data === undefined) continue
    const schema = source.kind === 'main' ? BankFileSchema : BankPartSchema
    const result = schema.safeParse(source.data, { reportInput: true })
    if (result.success) parsed.push({ source, data: result.data })
    else
      for (const issue of result.error.issues) problems.push(describeIssue(source, issue, schema))
  }
  if (problems.some((p) => p.severity === 'error')) return { problems: sortProblems(problems) }

  const main = parsed.find((p) => p.source.kind === 'main')
  if (!main) {
    const file = sources[0]?.file ?? id
    problems.push({
      file,
      line: 1,
      column: 1,
      severity: 'error',
      message: 'a bank folder needs a bank.yaml with its title and language',
    })
    return { problems: sortProblems(problems) }
  }
  const meta = main.data as BankFile

  const collect = <T>(key: 'topics' | 'facts' | 'questions') =>
    parsed.flatMap(({ source, data }) =>
      ((data[key] ?? []) as T[]).map((value, i) => ({
        value,
        origin: { source, path: [key, i] } as Origin,
      })),
    )
  const topics = collect<Topic>('topics')
  const facts = collect<Fact>('facts')
  const questions = collect<QuestionInput>('questions')

  const topicIds = uniqueIds('topic', topics, report)
  const factIds = uniqueIds('fact', facts, report)
  uniqueIds('question', questions, report)

  const factById = new Map(facts.map((f) => [f.value.id, f.value]))
  for (const { value: fact, origin } of facts)
    checkFact(fact, origin, { topicIds, cited: meta.source !== undefined }, report)
  for (const { value: question, origin } of questions) {
    checkQuestion(
      question,
      origin,
      { factIds, topicIds, topicCount: topics.length, language: meta.language },
      report,
    )
  }

  if (topics.length === 0) {
    report(
      { source: main.source, path: [] },
      'a bank needs at least one topic (topics: with id and title)',
    )
  }
  if (questions.length === 0) {
    report(
      { source: main.source, path: [] },
      'the bank has no questions: add some under questions:',
    )
  }

  // Warnings: what a teacher would want to know before students meet the bank.
  if (meta.generate === true && !generatesIn(meta.language)) {
    report(
      { source: main.source, path: ['generate'] },
      `generated questions are written in English only: a bank in "${meta.language}" gets none (set generate: false)`,
      'warning',
    )
  }
  if (meta.generate !== false) {
    for (const { value: fact, origin } of facts)
      warnContextReference(fact, meta.language, origin, report)
  }
  const tested = new Set(questions.flatMap((q) => q.value.facts ?? []))
  for (const { value: fact, origin } of facts) {
    if (!tested.has(fact.id)) {
      report(
        { ...origin, path: [...origin.path, 'id'] },
        `no question tests the fact "${fact.id}"`,
        'warning',
      )
    }
  }
  for (const { value: question, origin } of questions) {
    if (!question.explanation) {
      report(
        { ...origin, path: [...origin.path, 'id'] },
        `question "${question.id}" has no explanation`,
        'warning',
      )
    }
  }

  const { checkHtml } = options
  if (checkHtml) {
    for (const { value: question, origin } of questions)
      warnHtmlLosses(question, origin, checkHtml, report)
  }

  if (problems.some((p) => p.severity === 'error')) return { problems: sortProblems(problems) }

  const orderedTopics = topics
    .map(({ value }, i) => ({ ...value, order: value.order ?? i + 1 }))
    .sort((a, b) => a.order - b.order)
  const firstTopic = orderedTopics[0]?.id ?? ''
  const bank: Bank = {
    id,
    title: meta.title,
    language: meta.language,
    ...(meta.summary ? { summary: meta.summary } : {}),
    ...(meta.source ? { source: meta.source } : {}),
    ...(meta.license ? { license: meta.license } : {}),
    generate: meta.generate ?? true,
    topics: orderedTopics,
    facts: facts.map((f) => f.value),
    questions: questions.map(({ value }) => ({
      ...value,
      facts: value.facts ?? [],
      topic: value.topic ?? factById.get(value.facts?.[0] ?? '')?.topic ?? firstTopic,
      difficulty: value.difficulty ?? 2,
      language: value.language ?? meta.language,
    })),
  }
  bank.generated = generateQuestions(bank)
  return { bank, problems: sortProblems(problems) }
}

/** A text of a question and where it is in the question: `['options', 2]`. */
export interface ShownText {
  path: DataPath
  text: string
}

/** Fields of a question that hold no text shown to the learner (a feedback's keys are options). */
const NOT_SHOWN = new Set(['id', 'type', 'topic', 'facts', 'tags', 'format', 'language'])

/**
 * Every text of a question the learner is shown, in its format: prompt, explanation, options,
 * answers, feedback, pairs, items, a cloze's text (path `['text']`)…
 */
export function shownTexts(
  value: unknown,
  path: DataPath = [],
  into: ShownText[] = [],
): ShownText[] {
  if (typeof value === 'string') into.push({ path, text: value })
  else if (Array.isArray(value)) value.forEach((item, i) => shownTexts(item, [...path, i], into))
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value))
      if (path.length > 0 || !NOT_SHOWN.has(key)) shownTexts(item, [...path, key], into)
  return into
}

/**
 * What the page will not show of a question in HTML (a frame, a script, a picture from another
 * site…), told at the text once: a single question's answer, also one of its options, is not.
 */
function warnHtmlLosses(
  question: QuestionInput,
  origin: Origin,
  checkHtml: (html: string) => string[],
  report: Report,
) {
  if (question.format !== 'html') return
  const seen = new Set<string>()
  for (const { path, text } of shownTexts(question)) {
    if (seen.has(text)) continue
    seen.add(text)
    for (const message of checkHtml(text))
      report({ ...origin, path: [...origin.path, ...path] }, message, 'warning')
  }
}

/**
 * Groups a cloze needs and does not have: two typed blanks outside one group that accept the same
 * answer (either order would be right, but only one is accepted), and a group of one blank.
 */
function clozeGroupProblems({ blanks, groups, kinds }: ClozeParse, language: string): string[] {
  const problems: string[] = []
  const typed = (i: number) => kinds[i]?.kind === 'typed'
  blanks.forEach((accepted, i) =>
    blanks.slice(i + 1).forEach((other, k) => {
      const j = i + 1 + k
      if (!typed(i) || !typed(j)) return
      if (groups[i] !== undefined && groups[i] === groups[j]) return
      const shared = accepted.find((answer) => matchesAccepted(answer, other, { language }))
      if (shared === undefined) return
      problems.push(
        `blanks ${i + 1} and ${j + 1} both accept "${shared}": if their answers can swap, put both in one group, e.g. {{@same ${shared}}}`,
      )
    }),
  )
  for (const name of new Set(groups)) {
    if (name !== undefined && groups.filter((g) => g === name).length === 1)
      problems.push(`the group "${name}" has only one blank: give the blanks that swap one name`)
  }
  return problems
}

function uniqueIds(
  kind: string,
  list: { value: { id: string }; origin: Origin }[],
  report: Report,
): Set<string> {
  const seen = new Map<string, Origin>()
  for (const { value, origin } of list) {
    const first = seen.get(value.id)
    if (first) {
      const where =
        first.source === origin.source
          ? `line ${first.source.locate([...first.path, 'id']).line}`
          : first.source.file
      report(
        { ...origin, path: [...origin.path, 'id'] },
        `duplicate ${kind} id "${value.id}" (first used at ${where})`,
      )
    } else {
      seen.set(value.id, origin)
    }
  }
  return new Set(seen.keys())
}

/** A fact whose text leans on context ("They", "The two leaders", "also") makes no generated question. */
function warnContextReference(fact: Fact, language: string, origin: Origin, report: Report) {
  const reference = contextReference(fact.text, language)
  if (!reference) return
  const at = { ...origin, path: [...origin.path, 'text'] }
  report(at, contextAdvice(fact.id, reference), 'warning', reference.index)
}

/**
 * A fact's topic is known and its term in its text. In a bank with a source, the fact names its
 * paragraph, which feedback cites; without one (a teacher writing from a textbook) it need not.
 */
function checkFact(
  fact: Fact,
  origin: Origin,
  { topicIds, cited }: { topicIds: Set<string>; cited: boolean },
  report: Report,
) {
  const at = (key: PropertyKey, ...rest: PropertyKey[]): Origin => ({
    ...origin,
    path: [...origin.path, key, ...rest],
  })
  if (cited && fact.paragraph === undefined) {
    report(
      origin,
      `the fact "${fact.id}" has no paragraph: the bank has a source, so give the paragraph of it the fact comes from (paragraph: 1 for the first)`,
    )
  }
  if (!topicIds.has(fact.topic)) {
    report(at('topic'), `unknown topic "${fact.topic}"${didYouMean(fact.topic, topicIds)}`)
  }
  if (fact.term && !fact.text.toLowerCase().includes(fact.term.term.toLowerCase())) {
    report(
      at('term', 'term'),
      `the key term "${fact.term.term}" does not appear in the fact's text`,
    )
  }
}

interface Known {
  factIds: Set<string>
  topicIds: Set<string>
  topicCount: number
  language: string
}

function checkQuestion(question: QuestionInput, origin: Origin, known: Known, report: Report) {
  const at = (...rest: PropertyKey[]): Origin => ({ ...origin, path: [...origin.path, ...rest] })
  question.facts?.forEach((factId, j) => {
    if (!known.factIds.has(factId))
      report(at('facts', j), `unknown fact "${factId}"${didYouMean(factId, known.factIds)}`)
  })
  if (question.topic && !known.topicIds.has(question.topic)) {
    report(
      at('topic'),
      `unknown topic "${question.topic}"${didYouMean(question.topic, known.topicIds)}`,
    )
  }
  if (!question.facts?.length && !question.topic && known.topicCount > 1) {
    report(
      at('id'),
      `question "${question.id}" names neither the facts it tests (facts:) nor its topic (topic:)`,
    )
  }

  const distinct = (key: string, values: string[], what: string) => {
    const seen = new Set<string>()
    values.forEach((value, i) => {
      if (seen.has(value)) report(at(key, i), `${what} "${value}" appears twice`)
      seen.add(value)
    })
  }
  const amongOptions = (key: string, values: string[], options: string[]) =>
    values.forEach((value, i) => {
      if (!options.includes(value))
        report(at(key, i), `the answer "${value}" is not one of the options`)
    })
  const checkKeys = (
    key: 'weights' | 'feedback',
    record: Record<string, unknown> | undefined,
    options: string[],
  ) => {
    for (const name of Object.keys(record ?? {})) {
      if (!options.includes(name))
        report(at(key), `${key} names "${name}", which is not one of the options`)
    }
  }

  // Texts are Markdown unless the bank says html (GIFT): tags would show as they are.
  if ((question.format ?? 'markdown') === 'markdown') {
    const texts: [PropertyKey[], string][] = [
      [['prompt'], question.prompt],
      ...(question.explanation
        ? [[['explanation'], question.explanation] as [PropertyKey[], string]]
        : []),
      ...('options' in question
        ? question.options.map((o, i) => [['options', i], o] as [PropertyKey[], string])
        : []),
    ]
    for (const [path, text] of texts) {
      const tag = /<\/?[a-z][a-z0-9]*(\s[^>]*)?>/i.exec(text)
      if (tag) {
        report(
          at(...path),
          `raw HTML (${tag[0]}) is shown as text: write *emphasis*, \`code\` or [a link](https://…) instead`,
          'warning',
          tag.index,
        )
      }
    }
  }

  switch (question.type) {
    case 'single': {
      distinct('options', question.options, 'the option')
      const count = question.options.filter((o) => o === question.answer).length
      if (count === 0)
        report(at('answer'), `the answer "${question.answer}" is not one of the options`)
      if (count > 1) report(at('answer'), 'a single-choice question needs exactly one right option')
      checkKeys('weights', question.weights, question.options)
      checkKeys('feedback', question.feedback, question.options)
      break
    }
    case 'multiple': {
      distinct('options', question.options, 'the option')
      distinct('answers', question.answers, 'the answer')
      amongOptions('answers', question.answers, question.options)
      checkKeys('weights', question.weights, question.options)
      checkKeys('feedback', question.feedback, question.options)
      if (question.weights) {
        const positive = Object.values(question.weights).filter((w) => w > 0)
        const sum = positive.reduce((a, b) => a + b, 0)
        if (Math.abs(sum - 100) > 0.5)
          report(at('weights'), `the positive weights add up to ${sum}%, not 100%`)
      }
      break
    }
    case 'numeric': {
      checkNumericTarget(question, at(), report, 'the question')
      question.partial?.forEach((target, i) =>
        checkNumericTarget(target, at('partial', i), report, 'a partial answer'),
      )
      break
    }
    case 'cloze': {
      const cloze = parseCloze(question.text)
      for (const error of cloze.errors) report(at('text'), error.message, 'error', error.index)
      for (const message of clozeGroupProblems(cloze, question.language ?? known.language))
        report(at('text'), message, 'warning')
      break
    }
    case 'order':
      distinct('items', question.items, 'the item')
      break
    case 'match': {
      distinct(
        'pairs',
        question.pairs.map((p) => p.left),
        'the left-hand text',
      )
      const rights = new Set(question.pairs.map((p) => p.right))
      question.distractors?.forEach((d, i) => {
        if (rights.has(d))
          report(at('distractors', i), `the distractor "${d}" is also a right answer`)
      })
      break
    }
    case 'short':
      distinct('answers', question.answers, 'the answer')
      checkStars(question, at, report)
      break
    case 'truefalse':
      break
  }
}

/** With `wildcards`, an answer of stars alone (and punctuation) accepts anything at all. */
function checkStars(
  question: Extract<QuestionInput, { type: 'short' }>,
  at: (...rest: PropertyKey[]) => Origin,
  report: Report,
) {
  if (!question.wildcards) return
  question.answers.forEach((answer, i) => {
    if (hasWildcard(answer) && keyOf(answerPieces(answer)) === '')
      report(at('answers', i), `the answer "${answer}" accepts any answer at all`, 'warning')
  })
}

function checkNumericTarget(
  target: { value?: number; tolerance?: number; range?: [number, number] },
  origin: Origin,
  report: Report,
  what: string,
) {
  const at = (key: string): Origin => ({ ...origin, path: [...origin.path, key] })
  if (target.value === undefined && target.range === undefined) {
    report(
      origin,
      `${what} needs a value (with an optional tolerance) or a range: [lowest, highest]`,
    )
  }
  if (target.value !== undefined && target.range !== undefined) {
    report(at('range'), `${what} has both a value and a range: keep one`)
  }
  if (target.tolerance !== undefined && target.value === undefined) {
    report(at('tolerance'), 'a tolerance goes with a value')
  }
  if (target.range && target.range[0] > target.range[1]) {
    report(at('range'), `the range is empty: ${target.range[0]} is more than ${target.range[1]}`)
  }
}

const didYouMean = (name: string, known: Iterable<string>) => {
  const match = closest(name, [...known])
  return match ? `; did you mean "${match}"?` : ''
}

/**
 * A teacher's value as a message quotes it. Lists and mappings are named, not printed: they can be
 * long, and a YAML alias can make one contain itself.
 */
function quoted(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (value !== null && typeof value === 'object') return 'a mapping'
  return JSON.stringify(value)
}

function describeIssue(
  source: BankSource,
  issue: z.core.$ZodIssue,
  schema: z.ZodMiniType,
): Problem {
  const here = (path: DataPath, message: string): Problem => ({
    file: source.file,
    ...source.locate(path),
    severity: 'error',
    message: path.length > 0 ? `${path.join('.')}: ${message}` : message,
  })
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? ''
    const allowed = allowedKeys(schema, source.data, issue.path)
    let hint = didYouMean(key, allowed)
    if (/\s/.test(key)) {
      hint =
        '; if this is part of a text, put the whole text in quotes (a comma inside [ ] or { } ends a text)'
    } else if (key === 'answers' && allowed.includes('answer')) {
      hint =
        '; a single-choice question has one answer: (for several right answers use type: multiple)'
    }
    const more =
      issue.keys.length > 1
        ? ` (and ${issue.keys
            .slice(1)
            .map((k) => `"${k}"`)
            .join(', ')})`
        : ''
    return {
      file: source.file,
      ...source.locateKey(issue.path, key),
      severity: 'error',
      message: `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}unknown key "${key}"${more}${hint}`,
    }
  }
  const missing = issue.code === 'invalid_type' || issue.code === 'invalid_union'
  if (missing && issue.input === undefined && issue.path.length > 0) {
    return here(issue.path.slice(0, -1), `missing "${String(issue.path.at(-1))}"`)
  }
  if (issue.code === 'invalid_type') {
    const got = issue.input === null ? 'nothing' : quoted(issue.input)
    const expected = {
      number: 'a number',
      string: 'text',
      boolean: 'true or false',
      array: 'a list',
      object: 'a mapping (key: value lines)',
    }[issue.expected as string]
    const numberHint =
      issue.expected === 'number' &&
      typeof issue.input === 'string' &&
      /^[\d\s.,]+$/.test(issue.input)
        ? ' (write numbers without separators, e.g. 28000)'
        : ''
    return here(issue.path, `expected ${expected ?? issue.expected}, got ${got}${numberHint}`)
  }
  if (
    issue.code === 'invalid_union' &&
    'note' in issue &&
    issue.note === 'No matching discriminator'
  ) {
    const type =
      issue.input && typeof issue.input === 'object'
        ? (issue.input as { type?: unknown }).type
        : undefined
    const known = 'single, multiple, truefalse, numeric, short, cloze, order, match'
    const question = issue.path.at(-1) === 'type' ? issue.path.slice(0, -1) : issue.path
    if (type === undefined) return here(question, `missing "type" (one of ${known})`)
    return here(
      [...question, 'type'],
      `unknown question type ${quoted(type)}; use one of ${known}${didYouMean(String(type), known.split(', '))}`,
    )
  }
  return here(issue.path, issue.message)
}
