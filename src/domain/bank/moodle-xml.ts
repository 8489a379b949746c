import {
  choiceBlank,
  clozeBlank,
  percent,
  readMoodleNumber,
  scanMoodleCloze,
} from './moodle-cloze.ts'
import {
  decodeEntities,
  embedImages,
  escapeHtml,
  hasMarkup,
  htmlToPlain,
  rasterType,
  scanTags,
  topLevelBreaks,
  unwrapHtml,
  type EmbeddedFile,
} from './moodle-html.ts'
import { ImportedBank, slugify, type ImportedQuestion } from './names.ts'
import type { Problem } from './problems.ts'
import type { BankFile } from './schema.ts'
import { importedSource, type BankSource, type DataPath, type Position } from './source.ts'
import { hasWildcard } from '../text.ts'
import {
  child,
  elements,
  parseXml,
  positionsIn,
  textOf,
  type LocatedText,
  type XmlElement,
} from './xml.ts'

/**
 * Reads a Moodle XML file (Moodle's full export of a question bank) as the main file of a bank.
 * Categories become topics, descriptions their introductions, and every question Factline can
 * grade a question of the nearest kind; the rest is skipped with a warning at its `<question>`.
 * Each question, answer and text is located back to its line and column.
 */
export function readMoodleXmlSource(text: string, file: string, bankId: string): BankSource {
  const at = positionsIn(text)
  const problems: Problem[] = []
  const places = new Map<string, number>()
  const textPlaces = new Map<string, (index: number) => number>()
  const locate = (path: DataPath): Position => {
    for (let n = path.length; n >= 0; n--) {
      const offset = places.get(pathKey(path.slice(0, n)))
      if (offset !== undefined) return at(offset)
    }
    return { line: 1, column: 1 }
  }
  const source = (data: BankFile | undefined) =>
    importedSource(file, data, problems, locate, (path, index) => {
      const offsetOf = textPlaces.get(pathKey(path))
      return offsetOf ? at(offsetOf(index)) : undefined
    })
  const report = (offset: number, severity: Problem['severity'], message: string) =>
    problems.push({ file, ...at(offset), severity, message })

  if (text.trim() === '') {
    report(0, 'error', 'the file is empty: a Moodle XML bank is <quiz> with questions inside')
    return source(undefined)
  }
  const parsed = parseXml(text)
  if (parsed.error) {
    const { offset, message, secondRoot } = parsed.error
    const advice = secondRoot ? '; put all the questions inside one <quiz> … </quiz>' : ''
    report(offset, 'error', `${message}${advice}`)
    return source(undefined)
  }
  const { root } = parsed
  if (parsed.encoding && !/^utf-?8$/i.test(parsed.encoding) && /[^\0-\x7f]/.test(text)) {
    report(
      0,
      'warning',
      `the file says it is ${parsed.encoding}, but it reads as UTF-8 and is read so; if letters look wrong, save it as UTF-8`,
    )
  }
  let questionElements: XmlElement[]
  if (root.name === 'quiz') {
    questionElements = elements(root, 'question')
    for (const other of elements(root).filter((e) => e.name !== 'question'))
      report(other.start, 'warning', `<${other.name}> is not a question; ignored`)
  } else if (root.name === 'question') {
    questionElements = [root]
  } else {
    report(
      root.start,
      'error',
      `a Moodle XML file has <quiz> around its questions, not <${root.name}>`,
    )
    return source(undefined)
  }

  const reader: Reader = { text, report, line: (offset) => at(offset).line }
  const bank = new ImportedBank()
  for (const element of questionElements) {
    const type = element.attrs.type ?? ''
    if (type === 'category') {
      readCategory(element, reader, bank)
      continue
    }
    if (type === 'description') {
      bank.describe(summaryOf(child(element, 'questiontext'), reader) ?? '')
      continue
    }
    const number = bank.meet()
    if (['1', 'true'].includes(valueOf(element, 'hidden', text))) {
      report(element.start, 'warning', 'the question is hidden in Moodle; skipped')
      continue
    }
    const outcome = readQuestion(element, type, reader)
    if ('skip' in outcome) {
      report(outcome.at, 'warning', outcome.skip)
      continue
    }
    if ('error' in outcome) {
      report(outcome.at, 'error', outcome.error)
      continue
    }
    const name = child(element, 'name')
    const added = bank.add(
      outcome.question,
      element.start,
      name ? plainOf(name, text) : '',
      at(element.start).line,
      slugify(valueOf(element, 'idnumber', text)) || `q-${number}`,
    )
    if (added.warning) report(element.start, 'warning', added.warning)
    const prefix = ['questions', added.index]
    places.set(pathKey(prefix), element.start)
    places.set(pathKey([...prefix, 'id']), name?.start ?? element.start)
    for (const [path, offset] of outcome.places) places.set(pathKey([...prefix, ...path]), offset)
    for (const [path, offsetOf] of outcome.texts)
      textPlaces.set(pathKey([...prefix, ...path]), offsetOf)
  }

  const { data, topicStarts } = bank.finish(bankId, 'Moodle questions')
  topicStarts.forEach((offset, i) => places.set(pathKey(['topics', i]), offset))
  return source(data)
}

const pathKey = (path: DataPath) => path.map(String).join('\u0000')

interface Reader {
  text: string
  report(offset: number, severity: Problem['severity'], message: string): void
  line(offset: number): number
}

/** The trimmed text of `<name>`'s `<text>` (or its own text), entities read. */
function plainOf(el: XmlElement, source: string): string {
  const inner = child(el, 'text') ?? el
  return textOf(inner, source).value.trim()
}

/** The text of a child element such as `<hidden>0</hidden>`, trimmed; '' when there is none. */
function valueOf(el: XmlElement, name: string, source: string): string {
  const found = child(el, name)
  return found ? plainOf(found, source) : ''
}

// ---------------------------------------------------------------------------------------------
// Categories and descriptions.

/**
 * The topic of a category. Moodle's paths start at the course (`$course$/top/Unit 1`): that part
 * names no topic. A category's `idnumber` is its topic's id when it is one.
 */
function readCategory(element: XmlElement, reader: Reader, bank: ImportedBank): void {
  const holder = child(element, 'category')
  const path = holder ? plainOf(holder, reader.text) : ''
  const segments = path.split('/')
  let skip = 0
  if (/^\$[^$]*\$$/.test(segments[0]?.trim() ?? '')) skip++
  if (segments[skip]?.trim() === 'top') skip++
  const rest = segments.slice(skip).join('/')
  if (rest.trim() === '') {
    bank.category(undefined, element.start)
    return
  }
  const idnumber = valueOf(element, 'idnumber', reader.text)
  const id = /^[a-z0-9]+(-[a-z0-9]+)*$/.test(idnumber) ? idnumber : undefined
  bank.category(rest, element.start, id)
  bank.describe(summaryOf(child(element, 'info'), reader) ?? '')
}

/**
 * A topic's introduction from a Moodle text. Topic summaries are Markdown: HTML is read as its
 * words (pictures and layout are left out).
 */
function summaryOf(holder: XmlElement | undefined, reader: Reader): string | undefined {
  if (!holder) return undefined
  const rich = readRich(holder, reader, false)
  const picture = rich.kind === 'html' && scanTags(rich.value).some((t) => t.name === 'img')
  if (picture) {
    reader.report(
      holder.start,
      'warning',
      "pictures in a description are left out: a topic's introduction is words only",
    )
  }
  const summary = rich.kind === 'html' ? htmlToPlain(rich.value) : rich.value
  return summary.trim() || undefined
}

// ---------------------------------------------------------------------------------------------
// Texts.

/**
 * A text of a question as read: `html` when markup is left once Moodle's editor wrappers are
 * gone, else plain words (or Markdown, when Moodle says so).
 */
interface Rich {
  value: string
  kind: 'html' | 'plain' | 'markdown'
  /** Where its text starts in the file. */
  start: number
  /** The way back from an index in `value` to a file offset, when `value` is the text as written. */
  offsetOf?: (index: number) => number
}

const EMPTY_AT = (start: number): Rich => ({ value: '', kind: 'plain', start })

/**
 * The text of an element holding `<text>` (and maybe `<file>`s), by its `format`: HTML (Moodle's
 * default for what its editors write) has its pictures put in; `plain_text` is words as written.
 */
function readRich(holder: XmlElement, reader: Reader, images = true): Rich {
  const textElement = child(holder, 'text')
  if (!textElement) return EMPTY_AT(holder.start)
  const located = textOf(textElement, reader.text)
  const raw = located.value
  const lead = raw.length - raw.trimStart().length
  const start = located.offsetOf(lead)
  const asWritten = { start, offsetOf: (i: number) => located.offsetOf(lead + i) }
  const format = holder.attrs.format ?? 'moodle_auto_format'
  if (format === 'plain_text') return { value: raw.trim(), kind: 'plain', ...asWritten }
  if (format === 'markdown') return { value: raw.trim(), kind: 'markdown', ...asWritten }
  const html = images ? embedded(holder, located, reader) : raw
  const value = unwrapHtml(html.trim())
  if (hasMarkup(value))
    return { value, kind: 'html', ...(value === raw.trim() ? asWritten : { start }) }
  // HTML's runs of spaces are one space: left by a dropped tag, they would show as written.
  const plain = decodeEntities(value.replace(/[ \t]{2,}/g, ' ')).trim()
  return { value: plain, kind: 'plain', ...(plain === raw.trim() ? asWritten : { start }) }
}

/** The files an element carries beside its text. */
function filesOf(holder: XmlElement, source: string): EmbeddedFile[] {
  return elements(holder, 'file').map((f) => ({
    name: f.attrs.name ?? '',
    base64: textOf(f, source).value,
  }))
}

/** A text with its pictures put in; what can't be shown is told at its tag. */
function embedded(holder: XmlElement, located: LocatedText, reader: Reader, from = 0, to?: number) {
  const part = located.value.slice(from, to)
  const result = embedImages(part, filesOf(holder, reader.text))
  for (const p of result.problems)
    reader.report(located.offsetOf(from + p.index), 'warning', p.message)
  return result.html
}

/** Several texts as one (an explanation and the feedback added to it). */
function joinRich(parts: Rich[]): Rich | undefined {
  const kept = parts.filter((p) => p.value !== '')
  const first = kept[0]
  if (!first) return undefined
  if (kept.length === 1) return first
  if (kept.every((p) => p.kind !== 'html')) {
    const kind = kept.some((p) => p.kind === 'markdown') ? 'markdown' : 'plain'
    return { value: kept.map((p) => p.value).join('\n\n'), kind, start: first.start }
  }
  const html = kept.map((p) => (p.kind === 'html' ? p.value : `<p>${escapeHtml(p.value)}</p>`))
  return { value: html.join('\n'), kind: 'html', start: first.start }
}

type Format = 'html' | 'plain' | 'markdown'

/**
 * A question's one format: HTML when any of its texts has markup (the others then written as HTML
 * too), Markdown when Moodle said so and nothing is HTML, else plain.
 */
function formatOf(texts: readonly (Rich | undefined)[]): {
  format: Format
  show: (text: Rich) => string
} {
  const html = texts.some((t) => t?.kind === 'html')
  const markdown = !html && texts.some((t) => t?.kind === 'markdown')
  return {
    format: html ? 'html' : markdown ? 'markdown' : 'plain',
    show: (t) => (html && t.kind !== 'html' ? escapeHtml(t.value) : t.value),
  }
}

// ---------------------------------------------------------------------------------------------
// Questions.

type Places = [DataPath, number][]
type TextPlaces = [DataPath, (index: number) => number][]

interface Imported {
  question: ImportedQuestion
  places: Places
  texts: TextPlaces
}
type Outcome = Imported | { skip: string; at: number } | { error: string; at: number }

/** What every question has: its text, explanation, tags; and what its `factline:` tags say. */
interface Common {
  element: XmlElement
  reader: Reader
  prompt: Rich
  explanation: Rich | undefined
  tags: string[]
  difficulty?: number
  typos: boolean
  /** The (1-based) targets of a numeric question, or blanks of a cloze, that are ranges. */
  ranges: Set<number>
  /** Blank number (1-based) → its group's name. */
  groups: Map<number, string>
  /** Moodle 1.9's picture of the question, shown after its text. */
  oldImage?: string
}

/** Question types of Moodle and its plugins that Factline can't grade. */
const UNGRADABLE = new Set([
  'essay',
  'calculated',
  'calculatedsimple',
  'calculatedmulti',
  'randomsamatch',
  'random',
  'ddimageortext',
  'ddmarker',
  'coderunner',
  'stack',
  'gapfill',
  'wordselect',
  'regexp',
  'combined',
  'pmatch',
  'oumultiresponse',
  'varnumeric',
  'varnumericset',
  'varnumunit',
  'formulas',
  'algebra',
  'drawing',
  'geogebra',
  'multinumerical',
  'recordrtc',
  'poodllrecording',
  'kprime',
  'mtf',
  'crossword',
])

function readQuestion(element: XmlElement, type: string, reader: Reader): Outcome {
  if (type === 'essay') {
    return { skip: "essay questions can't be graded automatically; skipped", at: element.start }
  }
  if (UNGRADABLE.has(type)) {
    return { skip: `${type} questions can't be graded in Factline; skipped`, at: element.start }
  }
  const convert = CONVERTERS[type]
  if (!convert) {
    const what = type ? `unknown question type "${type}"` : 'a <question> without a type'
    return { skip: `${what}; skipped`, at: element.start }
  }
  // A text with gaps is read gap by gap: its prompt is the part before them.
  const common = readCommon(element, reader, !WITH_GAPS.has(type))
  return convert(common)
}

const WITH_GAPS = new Set(['cloze', 'multianswer', 'gapselect', 'ddwtos'])

const CONVERTERS: Record<string, (common: Common) => Outcome> = {
  multichoice: (c) => multichoice(c, false),
  multichoiceset: (c) => multichoice(c, true),
  truefalse,
  shortanswer,
  numerical,
  matching,
  ddmatch: matching,
  ordering,
  order: ordering,
  cloze: multianswer,
  multianswer,
  gapselect,
  ddwtos: gapselect,
}

function readCommon(element: XmlElement, reader: Reader, readPrompt: boolean): Common {
  const texts = elements(element, 'questiontext')
  const second = texts[1]
  if (second) {
    reader.report(second.start, 'warning', 'a second <questiontext>: the first is kept')
  }
  const oldImage = readOldImage(element, reader)
  const read = texts[0] && readPrompt ? readRich(texts[0], reader) : EMPTY_AT(element.start)
  const prompt = readPrompt ? withImage(read, oldImage) : read
  const feedback = child(element, 'generalfeedback')
  let explanation = feedback ? readRich(feedback, reader) : undefined
  const tags: string[] = []
  const common: Omit<Common, 'prompt' | 'explanation'> = {
    element,
    reader,
    tags,
    typos: false,
    ranges: new Set(),
    groups: new Map(),
  }
  let cited = false
  for (const tagElement of elements(child(element, 'tags') ?? element, 'tag')) {
    const tag = plainOf(tagElement, reader.text)
    if (!tag.startsWith('factline:')) {
      if (tag) tags.push(tag)
      continue
    }
    const [key = '', value = ''] = tag.slice('factline:'.length).split('=')
    if (key === 'typos') common.typos = true
    else if (key === 'source') cited = true
    else if (key === 'difficulty' && ['1', '2', '3'].includes(value))
      common.difficulty = Number(value)
    else if (key === 'range') common.ranges.add(Number(value))
    else if (key === 'group') {
      const [name = '', blanks = ''] = value.split(':')
      for (const n of blanks.split(/[+,]/)) if (name) common.groups.set(Number(n), name)
    }
  }
  if (cited && explanation) explanation = withoutCitation(explanation)
  return {
    ...common,
    prompt,
    explanation: explanation?.value ? explanation : undefined,
    ...(oldImage ? { oldImage } : {}),
  }
}

/**
 * The picture of Moodle 1.9's `<image>` and `<image_base64>`, which Moodle shows after the
 * question text: as an `<img>` to add there.
 */
function readOldImage(element: XmlElement, reader: Reader): string | undefined {
  const data = child(element, 'image_base64')
  if (!data) return undefined
  const base64 = textOf(data, reader.text).value.replace(/\s+/g, '')
  const type = rasterType(base64)
  if (!type) {
    reader.report(
      data.start,
      'warning',
      'the picture in <image_base64> is not a png, jpeg, gif or webp picture, the only kinds Factline shows; dropped',
    )
    return undefined
  }
  return `<img src="data:image/${type};base64,${base64}" alt="">`
}

/** A text with a picture added after it. */
function withImage(text: Rich, image: string | undefined): Rich {
  if (!image) return text
  const before = text.kind === 'html' ? text.value : escapeHtml(text.value)
  return { value: before ? `${before}<br>${image}` : image, kind: 'html', start: text.start }
}

/**
 * An explanation without the citation of the facts' source that Factline's export adds after its
 * last blank line (`Source: …`, or `<p>Source: …</p>`): the bank cites its source itself.
 */
function withoutCitation(explanation: Rich): Rich {
  const { value } = explanation
  const cut = value.lastIndexOf('\n\n')
  const tail = value.slice(cut + 1).trimStart()
  if (!tail.startsWith('Source: ') && !tail.startsWith('<p>Source: ')) return explanation
  return { ...explanation, value: cut < 0 ? '' : value.slice(0, cut).trim() }
}

/** The parts every imported question has, in its format. */
function baseOf(common: Common, show: (t: Rich) => string, format: Format, explanation?: Rich) {
  const shown = explanation ? show(explanation) : undefined
  return {
    prompt: show(common.prompt),
    format,
    ...(shown ? { explanation: shown } : {}),
    ...(common.tags.length > 0 ? { tags: common.tags } : {}),
    ...(common.difficulty ? { difficulty: common.difficulty } : {}),
  }
}

const basePlaces = (common: Common): { places: Places; texts: TextPlaces } => {
  const places: Places = [[['prompt'], common.prompt.start]]
  const texts: TextPlaces = []
  if (common.prompt.offsetOf) texts.push([['prompt'], common.prompt.offsetOf])
  if (common.explanation) {
    places.push([['explanation'], common.explanation.start])
    if (common.explanation.offsetOf) texts.push([['explanation'], common.explanation.offsetOf])
  }
  return { places, texts }
}

/** A question needs words to ask: Moodle allows an empty question text, Factline doesn't. */
function withoutPrompt(common: Common): Outcome | undefined {
  if (common.prompt.value !== '') return undefined
  return { skip: 'the question has no text; skipped', at: common.element.start }
}

/** One `<answer>`: its text as a question shows it, its fraction in percent, its feedback. */
interface Answer {
  element: XmlElement
  rich: Rich
  fraction: number
  feedback?: Rich
}

function readAnswers(common: Common, images = true): Answer[] {
  const { element, reader } = common
  return elements(element, 'answer').map((answer) => {
    const raw = answer.attrs.fraction ?? '0'
    let fraction = Number(raw)
    if (!Number.isFinite(fraction)) {
      reader.report(
        answer.attrStarts.fraction ?? answer.start,
        'warning',
        `the fraction "${raw}" is not a number; read as 0%`,
      )
      fraction = 0
    }
    const feedbackElement = child(answer, 'feedback')
    const feedback = feedbackElement ? readRich(feedbackElement, reader) : undefined
    return {
      element: answer,
      rich: readRich(answer, reader, images),
      fraction,
      ...(feedback?.value ? { feedback } : {}),
    }
  })
}

/**
 * Moodle's grade list (`question_bank::fraction_options_full`), in percent: an answer whose grade
 * is not on it (within 0.001 %) makes Moodle refuse the question on import.
 */
const MOODLE_GRADES = [
  100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571,
  12.5, 11.11111, 10, 5, 0,
]

/** Whether Moodle offers this grade (or its negative), to 0.001 %. */
export const isMoodleGrade = (percent: number) =>
  MOODLE_GRADES.some((grade) => Math.abs(Math.abs(percent) - grade) < 0.001)

const near = (a: number, b: number) => Math.abs(a - b) < 0.001

/** Feedback on answers a question type has no place for: the right answers' joins the explanation. */
function feedbackToExplanation(common: Common, answers: Answer[], right: (a: Answer) => boolean) {
  const wrong = answers.find((a) => !right(a) && a.feedback)
  if (wrong) {
    common.reader.report(
      wrong.element.start,
      'warning',
      'feedback on wrong answers is dropped: Factline shows the explanation after any answer',
    )
  }
  const seen = new Set<string>()
  const added = answers
    .filter((a) => right(a) && a.feedback && !seen.has(a.feedback.value))
    .map((a) => {
      seen.add(a.feedback!.value)
      return a.feedback!
    })
  return joinRich([...(common.explanation ? [common.explanation] : []), ...added])
}

/**
 * Options written twice become one, with a warning: a learner could not tell them apart. Picking
 * it earns what the better of them did in Moodle (one choice), or what both did (several).
 */
function mergeRepeated(answers: Answer[], single: boolean, reader: Reader): Answer[] {
  const kept = new Map<string, Answer>()
  for (const answer of answers) {
    const key = `${answer.rich.kind}\u0000${answer.rich.value}`
    const first = kept.get(key)
    if (!first) {
      kept.set(key, answer)
      continue
    }
    const fraction = single
      ? Math.max(first.fraction, answer.fraction)
      : first.fraction + answer.fraction
    kept.set(key, { ...first, fraction, feedback: first.feedback ?? answer.feedback })
    reader.report(
      answer.element.start,
      'warning',
      `the option "${htmlToPlain(answer.rich.value)}" is written twice (lines ${reader.line(first.element.start)} and ${reader.line(answer.element.start)}): kept once, worth ${percent(fraction)}`,
    )
  }
  return [...kept.values()]
}

const SHUFFLE_WORDS = /\b(above|below|all of these|none of these|both of these)\b/i

function multichoice(common: Common, allOrNothing: boolean): Outcome {
  const { element, reader } = common
  const missing = withoutPrompt(common)
  if (missing) return missing
  const single = !allOrNothing && !['false', '0'].includes(valueOf(element, 'single', reader.text))
  const answers = mergeRepeated(
    readAnswers(common).filter((a) => a.rich.value !== ''),
    single,
    reader,
  )
  for (const a of answers) {
    if (!isMoodleGrade(a.fraction)) {
      reader.report(
        a.element.attrStarts.fraction ?? a.element.start,
        'warning',
        `${percent(a.fraction)} is not one of Moodle's grades (100, 50, 33.33333, 25, 20, 10…); kept as ${percent(a.fraction)}`,
      )
    }
  }
  const positive = answers.filter((a) => a.fraction > 0)
  if (positive.length === 0) {
    return {
      skip: 'the multiple-choice question has no right answer (no answer has a fraction above 0); skipped',
      at: element.start,
    }
  }
  const shuffle = valueOf(element, 'shuffleanswers', reader.text)
  if (['0', 'false'].includes(shuffle)) {
    const placed = answers.find((a) => SHUFFLE_WORDS.test(htmlToPlain(a.rich.value)))
    if (placed) {
      reader.report(
        placed.element.start,
        'warning',
        `Factline always shuffles the options: "${htmlToPlain(placed.rich.value)}" may no longer make sense`,
      )
    }
  }
  const feedbackOf = (show: (t: Rich) => string) => {
    const entries = answers.flatMap((a) => (a.feedback ? [[show(a.rich), show(a.feedback)]] : []))
    return entries.length > 0 ? { feedback: Object.fromEntries(entries) } : {}
  }
  const { format, show } = formatOf([
    common.prompt,
    common.explanation,
    ...answers.map((a) => a.rich),
    ...answers.map((a) => a.feedback),
  ])
  const { places, texts } = basePlaces(common)
  answers.forEach((a, k) => places.push([['options', k], a.element.start]))
  const options = answers.map((a) => show(a.rich))
  const base = baseOf(common, show, format, common.explanation)
  const weightsOf = () =>
    Object.fromEntries(
      answers.filter((a) => a.fraction !== 0).map((a) => [show(a.rich), a.fraction]),
    )

  if (single) {
    const full = answers.filter((a) => a.fraction >= 100 || near(a.fraction, 100))
    const right = full[0]
    if (!right) {
      return {
        skip: 'the single-choice question has no answer worth 100%; skipped',
        at: element.start,
      }
    }
    const partial = answers.some((a) => a !== right && a.fraction !== 0)
    places.push([['answer'], right.element.start])
    return {
      question: {
        ...base,
        type: 'single',
        options,
        answer: show(right.rich),
        ...(partial ? { weights: weightsOf() } : {}),
        ...feedbackOf(show),
      },
      places,
      texts,
    }
  }
  positive.forEach((a) => places.push([['answers', answers.indexOf(a)], a.element.start]))
  const rightAnswers = positive.map((a) => show(a.rich))
  if (allOrNothing) {
    reader.report(
      element.start,
      'warning',
      'Moodle gives this question (multichoiceset) full marks or none; Factline gives part of the credit for each right option picked',
    )
    return {
      question: { ...base, type: 'multiple', options, answers: rightAnswers, ...feedbackOf(show) },
      places,
      texts,
    }
  }
  const sum = positive.reduce((total, a) => total + a.fraction, 0)
  if (Math.abs(sum - 100) > 0.5) {
    return {
      error: `the positive fractions add up to ${percent(sum)}, not 100%: the right answers of a multiple-answer question share 100%`,
      at: element.start,
    }
  }
  // Moodle's usual fractions (100/R for each of R right answers, -100/W for each of W wrong
  // ones) are how Factline grades without weights.
  const wrongCount = answers.length - positive.length
  const usual =
    positive.every((a) => near(a.fraction, 100 / positive.length)) &&
    answers.every((a) => a.fraction > 0 || near(a.fraction, -100 / wrongCount))
  return {
    question: {
      ...base,
      type: 'multiple',
      options,
      answers: rightAnswers,
      ...(usual ? {} : { weights: weightsOf() }),
      ...feedbackOf(show),
    },
    places,
    texts,
  }
}

function truefalse(common: Common): Outcome {
  const { element, reader } = common
  const missing = withoutPrompt(common)
  if (missing) return missing
  const answers = elements(element, 'answer').slice(0, 2)
  const named = answers.map((a) => (child(a, 'text') ? plainOf(a, reader.text).toLowerCase() : ''))
  const marked = named.every((n) => n === 'true' || n === 'false')
  if (!marked && answers[0]) {
    reader.report(
      answers[0].start,
      'warning',
      'the answers are not marked true and false (<text>true</text>); as Moodle does, the first is taken as true',
    )
  }
  const valueAt = (k: number) => (marked ? named[k] === 'true' : k === 0)
  const rightIndex = answers.findIndex((a) => Number(a.attrs.fraction ?? 0) >= 100)
  if (rightIndex < 0) {
    return { skip: 'the true/false question has no answer worth 100%; skipped', at: element.start }
  }
  const feedback = answers.map((a) => {
    const f = child(a, 'feedback')
    const rich = f ? readRich(f, reader) : undefined
    return rich?.value ? rich : undefined
  })
  const { format, show } = formatOf([common.prompt, common.explanation, ...feedback])
  const entries = feedback.flatMap((f, k) => (f ? [[String(valueAt(k)), show(f)]] : []))
  const { places, texts } = basePlaces(common)
  places.push([['answer'], answers[rightIndex]!.start])
  return {
    question: {
      ...baseOf(common, show, format, common.explanation),
      type: 'truefalse',
      answer: valueAt(rightIndex),
      ...(entries.length > 0 ? { feedback: Object.fromEntries(entries) } : {}),
    },
    places,
    texts,
  }
}

function shortanswer(common: Common): Outcome {
  const { element, reader } = common
  const missing = withoutPrompt(common)
  if (missing) return missing
  // Typed answers are compared as plain text: their HTML format means nothing here.
  const answers = readAnswers(common, false).filter((a) => a.rich.value !== '')
  const right = answers.filter((a) => a.fraction >= 100)
  const partial = answers.filter((a) => a.fraction > 0 && a.fraction < 100)
  if (partial.length > 0) {
    reader.report(
      partial[0]!.element.start,
      'warning',
      `partial-credit short answers are dropped (Factline accepts only fully right ones): ${partial.map((a) => `"${a.rich.value}" (${percent(a.fraction)})`).join(', ')}`,
    )
  }
  if (right.length === 0) {
    return {
      skip: 'the short-answer question has no answer worth 100%; skipped',
      at: element.start,
    }
  }
  const wildcards = right.some((a) => hasWildcard(a.rich.value))
  const typed = right.map((a) => (wildcards ? a.rich.value : a.rich.value.replace(/\\\*/g, '*')))
  const explanation = feedbackToExplanation(common, answers, (a) => a.fraction >= 100)
  const { format, show } = formatOf([common.prompt, explanation])
  const { places, texts } = basePlaces(common)
  right.forEach((a, k) => places.push([['answers', k], a.element.start]))
  return {
    question: {
      ...baseOf(common, show, format, explanation),
      type: 'short',
      answers: [...new Set(typed)],
      ...(valueOf(element, 'usecase', reader.text) === '1' ? { case: true } : {}),
      ...(wildcards ? { wildcards: true } : {}),
      ...(common.typos ? { typos: true } : {}),
    },
    places,
    texts,
  }
}

/** A number as 12 significant digits keep it: 0.2 - 0.1 is 0.1. */
const tidy = (n: number) => Number(n.toPrecision(12))

function numerical(common: Common): Outcome {
  const { element, reader } = common
  const missing = withoutPrompt(common)
  if (missing) return missing
  const answers = readAnswers(common, false).filter((a) => a.rich.value !== '')
  const targets: { answer: Answer; value: number; tolerance: number; n: number }[] = []
  for (const a of answers) {
    if (a.rich.value === '*' || a.fraction <= 0) continue
    const value = readMoodleNumber(a.rich.value)
    const toleranceText = valueOf(a.element, 'tolerance', reader.text)
    const tolerance = toleranceText === '' ? 0 : readMoodleNumber(toleranceText)
    if (value === undefined || tolerance === undefined) {
      if (a.fraction >= 100) {
        return {
          skip: `the answer "${a.rich.value}" is not a number (its tolerance: "${toleranceText}"); skipped`,
          at: a.element.start,
        }
      }
      reader.report(a.element.start, 'warning', `"${a.rich.value}" is not a number; dropped`)
      continue
    }
    targets.push({ answer: a, value, tolerance: Math.abs(tolerance), n: targets.length + 1 })
  }
  const full = targets.filter((t) => t.answer.fraction >= 100)
  const main = full[0]
  if (!main) {
    return { skip: 'the numerical question has no answer worth 100%; skipped', at: element.start }
  }
  if (full.length > 1) {
    reader.report(
      full[1]!.answer.element.start,
      'warning',
      `only the first fully right answer is kept; ${full.length - 1} more dropped`,
    )
  }
  const partial = targets.filter((t) => t.answer.fraction < 100)
  // Factline's export writes a range as its midpoint and half its width, tagged factline:range=N.
  const targetOf = (t: (typeof targets)[number], n: number) =>
    common.ranges.has(n)
      ? { range: [tidy(t.value - t.tolerance), tidy(t.value + t.tolerance)] as [number, number] }
      : { value: t.value, ...(t.tolerance > 0 ? { tolerance: t.tolerance } : {}) }
  const unit = readUnit(element, reader)
  const explanation = feedbackToExplanation(common, answers, (a) => a.fraction >= 100)
  const { format, show } = formatOf([common.prompt, explanation])
  const { places, texts } = basePlaces(common)
  places.push([['value'], main.answer.element.start], [['range'], main.answer.element.start])
  partial.forEach((t, k) => places.push([['partial', k], t.answer.element.start]))
  return {
    question: {
      ...baseOf(common, show, format, explanation),
      type: 'numeric',
      ...targetOf(main, 1),
      ...(unit ? { unit } : {}),
      ...(partial.length > 0
        ? {
            partial: partial.map((t, k) => ({
              ...targetOf(t, k + 2),
              credit: t.answer.fraction / 100,
            })),
          }
        : {}),
    },
    places,
    texts,
  }
}

/** The unit with multiplier 1: the one Factline accepts after the number. */
function readUnit(element: XmlElement, reader: Reader): string | undefined {
  const units = elements(child(element, 'units') ?? element, 'unit').map((u) => ({
    element: u,
    name: valueOf(u, 'unit_name', reader.text),
    multiplier: readMoodleNumber(valueOf(u, 'multiplier', reader.text) || '1') ?? 1,
  }))
  const base = units.find((u) => u.multiplier === 1 && u.name !== '')
  for (const u of units.filter((u) => u !== base && u.name !== '')) {
    reader.report(
      u.element.start,
      'warning',
      `the unit "${u.name}" (× ${u.multiplier}) is dropped: Factline accepts one unit, the one with multiplier 1`,
    )
  }
  return base?.name
}

function matching(common: Common): Outcome {
  const { element, reader } = common
  const missing = withoutPrompt(common)
  if (missing) return missing
  const subquestions = elements(element, 'subquestion').map((s) => ({
    element: s,
    left: readRich(s, reader),
    right: plainText(child(s, 'answer'), reader),
  }))
  const pairs = subquestions.filter((s) => s.left.value !== '' && s.right.value !== '')
  const distractors = subquestions.filter((s) => s.left.value === '' && s.right.value !== '')
  const { format, show } = formatOf([
    common.prompt,
    common.explanation,
    ...subquestions.flatMap((s) => [s.left, s.right]),
  ])
  const { places, texts } = basePlaces(common)
  pairs.forEach((p, k) => places.push([['pairs', k], p.element.start]))
  distractors.forEach((d, k) => places.push([['distractors', k], d.element.start]))
  return {
    question: {
      ...baseOf(common, show, format, common.explanation),
      type: 'match',
      pairs: pairs.map((p) => ({ left: show(p.left), right: show(p.right) })),
      ...(distractors.length > 0 ? { distractors: distractors.map((d) => show(d.right)) } : {}),
    },
    places,
    texts,
  }
}

/** A text Moodle keeps plain (a matching answer): entities read, as words. */
function plainText(holder: XmlElement | undefined, reader: Reader): Rich {
  if (!holder) return EMPTY_AT(0)
  const rich = readRich(holder, reader, false)
  return rich.kind === 'html' ? { ...rich, value: htmlToPlain(rich.value), kind: 'plain' } : rich
}

/** qtype_ordering's grading types by number, as some tools write them. */
const GRADING_TYPES: Record<string, string> = {
  '-1': 'ALL_OR_NOTHING',
  '0': 'ABSOLUTE_POSITION',
  '1': 'RELATIVE_NEXT_EXCLUDE_LAST',
  '2': 'RELATIVE_NEXT_INCLUDE_LAST',
  '3': 'RELATIVE_ONE_PREVIOUS_AND_NEXT',
  '4': 'RELATIVE_ALL_PREVIOUS_AND_NEXT',
  '5': 'LONGEST_ORDERED_SUBSET',
  '6': 'LONGEST_CONTIGUOUS_SUBSET',
  '7': 'RELATIVE_TO_CORRECT',
}
const SELECT_TYPES: Record<string, string> = { '0': 'ALL', '1': 'RANDOM', '2': 'CONTIGUOUS' }

function ordering(common: Common): Outcome {
  const { element, reader } = common
  const missing = withoutPrompt(common)
  if (missing) return missing
  // qtype_ordering numbers the items' places in `fraction`; the older `order` type in `<answer>`.
  const items =
    element.attrs.type === 'order'
      ? elements(element, 'subquestion').map((s) => ({
          element: s,
          rich: readRich(s, reader),
          place: Number(valueOf(child(s, 'answer') ?? s, 'text', reader.text)),
        }))
      : readAnswers(common).map((a) => ({ element: a.element, rich: a.rich, place: a.fraction }))
  const sorted = items
    .filter((i) => i.rich.value !== '')
    .map((item, k) => ({ ...item, k }))
    .sort((a, b) => (a.place || 0) - (b.place || 0) || a.k - b.k)
  const gradingElement = child(element, 'gradingtype')
  const gradingText = valueOf(element, 'gradingtype', reader.text)
  const grading = GRADING_TYPES[gradingText] ?? gradingText
  if (gradingElement && grading !== '' && grading !== 'RELATIVE_NEXT_EXCLUDE_LAST') {
    reader.report(
      gradingElement.start,
      'warning',
      `Moodle grades this ordering by ${grading}; Factline gives credit for each neighbouring pair in the right order (Moodle's RELATIVE_NEXT_EXCLUDE_LAST)`,
    )
  }
  const selectText = valueOf(element, 'selecttype', reader.text)
  const select = SELECT_TYPES[selectText] ?? selectText
  const count = Number(valueOf(element, 'selectcount', reader.text))
  if (select !== '' && select !== 'ALL' && count > 0 && count < sorted.length) {
    reader.report(
      child(element, 'selecttype')!.start,
      'warning',
      `Moodle shows learners ${count} of the ${sorted.length} items (${select}); Factline shows them all`,
    )
  }
  const { format, show } = formatOf([
    common.prompt,
    common.explanation,
    ...sorted.map((i) => i.rich),
  ])
  const { places, texts } = basePlaces(common)
  sorted.forEach((item, k) => places.push([['items', k], item.element.start]))
  return {
    question: {
      ...baseOf(common, show, format, common.explanation),
      type: 'order',
      items: sorted.map((i) => show(i.rich)),
    },
    places,
    texts,
  }
}

// ---------------------------------------------------------------------------------------------
// Texts with blanks: embedded answers (Cloze) and select/drag-into-text gaps.

/** A gap found in a question text: where it is, and the Factline blank it becomes (or the word, plain, that fills it). */
interface Gap {
  start: number
  end: number
  blank?: string
  word?: string
}

/**
 * A cloze question from a text with gaps: the paragraphs before the first gap are its prompt
 * ("Fill in the blanks." when the first paragraph has one), the rest its text with the blanks.
 */
function clozeOf(common: Common, located: LocatedText, holder: XmlElement, gaps: Gap[]): Imported {
  const { reader } = common
  const raw = located.value
  const format = holder.attrs.format ?? 'moodle_auto_format'
  // Markdown and plain text are kept as written; HTML gets its pictures and loses its wrappers.
  const literal = format === 'markdown' ? 'markdown' : format === 'plain_text' ? 'plain' : undefined
  const part = (from: number, to?: number) =>
    literal ? raw.slice(from, to) : embedded(holder, located, reader, from, to)
  const first = gaps[0]!
  const split = topLevelBreaks(raw)
    .filter((b) => b <= first.start && htmlToPlain(raw.slice(0, b)) !== '')
    .at(-1)
  const promptStart = located.offsetOf(raw.length - raw.trimStart().length)
  let prompt: Rich = { value: 'Fill in the blanks.', kind: 'plain', start: holder.start }
  if (split !== undefined) {
    const value = literal ? part(0, split).trim() : unwrapHtml(part(0, split).trim())
    prompt = literal
      ? { value, kind: literal, start: promptStart }
      : hasMarkup(value)
        ? { value, kind: 'html', start: promptStart }
        : { value: decodeEntities(value).trim(), kind: 'plain', start: promptStart }
  }
  // The text between the gaps, then the blanks: each piece remembers where it was written.
  const pieces: { text: string; at: number; blank?: string; word?: string }[] = []
  let cursor = split ?? 0
  for (const gap of gaps) {
    pieces.push({ text: part(cursor, gap.start), at: cursor })
    pieces.push({ text: '', at: gap.start, blank: gap.blank, word: gap.word })
    cursor = gap.end
  }
  pieces.push({ text: part(cursor), at: cursor })
  const html = !literal && hasMarkup(unwrapHtml(pieces.map((p) => p.text).join('')))
  let value = ''
  const marks: { at: number; offset: number; copied: boolean }[] = []
  const add = (text: string, offset: number, copied: boolean) => {
    marks.push({ at: value.length, offset, copied })
    value += text
  }
  for (const piece of pieces) {
    if (piece.blank !== undefined) add(piece.blank, piece.at, false)
    else if (piece.word !== undefined)
      add(html ? escapeHtml(piece.word) : piece.word, piece.at, false)
    else if (html || literal) add(piece.text, piece.at, true)
    else {
      // Without markup but a wrapper, the text is words: tags out, entities read, each run of
      // words in its place.
      let from = 0
      for (const tag of [...scanTags(piece.text), { start: piece.text.length, end: 0 }]) {
        if (tag.start > from)
          add(decodeEntities(piece.text.slice(from, tag.start)), piece.at + from, true)
        from = tag.end
      }
    }
  }
  const lead = value.length - value.trimStart().length
  value = value.trim()
  const offsetOf = (index: number) => {
    const i = index + lead
    const mark = marks.filter((m) => m.at <= i).at(-1) ?? marks[0]!
    return located.offsetOf(mark.copied ? mark.offset + (i - mark.at) : mark.offset)
  }
  const text: Rich = { value, kind: literal ?? (html ? 'html' : 'plain'), start: offsetOf(0) }
  const withPrompt = { ...common, prompt: withImage(prompt, common.oldImage) }
  const { format: questionFormat, show } = formatOf([withPrompt.prompt, common.explanation, text])
  const { places, texts } = basePlaces(withPrompt)
  places.push([['text'], text.start])
  texts.push([['text'], offsetOf])
  return {
    question: {
      ...baseOf(withPrompt, show, questionFormat, common.explanation),
      type: 'cloze',
      text: show(text),
      ...(common.typos ? { typos: true } : {}),
    },
    places,
    texts,
  }
}

/** The question text as written, for reading the gaps in it. */
function questionText(common: Common) {
  const holder = child(common.element, 'questiontext')
  const textElement = holder && child(holder, 'text')
  if (!holder || !textElement) return undefined
  return { holder, located: textOf(textElement, common.reader.text) }
}

function multianswer(common: Common): Outcome {
  const { element, reader } = common
  const written = questionText(common)
  if (!written) return { skip: 'the Cloze question has no text; skipped', at: element.start }
  const { holder, located } = written
  const scan = scanMoodleCloze(located.value)
  for (const p of scan.problems) reader.report(located.offsetOf(p.at), 'warning', p.message)
  if (scan.codes.length === 0) {
    return {
      skip: 'the Cloze question has no blanks (written like {1:SHORTANSWER:=answer}); skipped',
      at: element.start,
    }
  }
  // Moodle weighs each blank by its `{2:`; Factline counts every blank the same.
  const first = scan.codes[0]!
  const heavier = scan.codes.find((c) => c.weight !== first.weight)
  if (heavier) {
    const odd = heavier.weight === 1 ? first : heavier
    reader.report(
      located.offsetOf(odd.start),
      'warning',
      `this blank counts ${odd.weight} times in Moodle ({${odd.weight}:…}), others ${odd === first ? heavier.weight : first.weight}; in Factline every blank counts the same`,
    )
  }
  const withFeedback = scan.codes.find((c) => c.answers.some((a) => a.feedback))
  if (withFeedback) {
    reader.report(
      located.offsetOf(withFeedback.start),
      'warning',
      "feedback on a blank's answers is dropped: Factline shows the question's explanation",
    )
  }
  const gaps: Gap[] = []
  for (const [k, code] of scan.codes.entries()) {
    const n = k + 1
    const result = clozeBlank(
      code,
      n,
      code.kind === 'choice' ? htmlToPlain : decodeEntities,
      common.groups.get(n),
    )
    if ('skip' in result) return { skip: result.skip, at: located.offsetOf(result.at) }
    for (const w of result.warnings) reader.report(located.offsetOf(w.at), 'warning', w.message)
    gaps.push({ start: code.start, end: code.end, blank: rangeBlank(result.blank, common, n) })
  }
  return clozeOf(common, located, holder, gaps)
}

/** A number blank that Factline's export wrote from a range (`factline:range=N`) is a range again. */
function rangeBlank(blank: string, common: Common, n: number): string {
  if (!common.ranges.has(n) || !blank.startsWith('{{#')) return blank
  const [value = 0, tolerance = 0] = blank.slice(3, -2).split(':').map(Number)
  return `{{#${tidy(value - tolerance)}..${tidy(value + tolerance)}}}`
}

/** `[[2]]`s in a text: the gaps of gapselect and ddwtos, each naming its right choice. */
function findGapMarks(text: string): { start: number; end: number; choice: number }[] {
  const marks: { start: number; end: number; choice: number }[] = []
  for (let i = text.indexOf('[['); i !== -1; i = text.indexOf('[[', i + 2)) {
    let k = i + 2
    while (text[k] !== undefined && text[k]! >= '0' && text[k]! <= '9') k++
    if (k > i + 2 && text.startsWith(']]', k)) {
      marks.push({ start: i, end: k + 2, choice: Number(text.slice(i + 2, k)) })
    }
  }
  return marks
}

function gapselect(common: Common): Outcome {
  const { element, reader } = common
  const written = questionText(common)
  if (!written) return { skip: 'the question has no text; skipped', at: element.start }
  const { holder, located } = written
  const choices = [...elements(element, 'selectoption'), ...elements(element, 'dragbox')].map(
    (option) => ({
      text: htmlToPlain(valueOf(option, 'text', reader.text)),
      group: valueOf(option, 'group', reader.text) || '1',
    }),
  )
  const marks = findGapMarks(located.value)
  if (marks.length === 0) {
    return {
      skip: 'the question has no gaps (written [[1]], [[2]]… in its text); skipped',
      at: element.start,
    }
  }
  const gaps: Gap[] = []
  for (const [k, mark] of marks.entries()) {
    const right = choices[mark.choice - 1]
    if (!right || right.text === '') {
      return {
        error: `[[${mark.choice}]] names choice ${mark.choice}, but the question has ${choices.length} choices`,
        at: located.offsetOf(mark.start),
      }
    }
    const wrong = [
      ...new Set(choices.filter((c) => c.group === right.group).map((c) => c.text)),
    ].filter((t) => t !== '' && t !== right.text)
    if (wrong.length === 0) {
      // Moodle offers a drop-down of one: it asks nothing, so its word is written in.
      reader.report(
        located.offsetOf(mark.start),
        'warning',
        `gap ${k + 1} offers only one choice ("${right.text}"), so it asks nothing: the word is written into the text`,
      )
      gaps.push({ start: mark.start, end: mark.end, word: right.text })
      continue
    }
    gaps.push({ start: mark.start, end: mark.end, blank: choiceBlank([right.text], wrong) })
  }
  if (gaps.every((g) => g.blank === undefined)) {
    return { skip: 'no gap of the question offers a choice; skipped', at: element.start }
  }
  return clozeOf(common, located, holder, gaps)
}
