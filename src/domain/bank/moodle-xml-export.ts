import { citeQuestion, type Citation } from '../quiz.ts'
import { parseCloze, type ClozeBlank, type NumberTarget } from './cloze.ts'
import type { Bank, Question } from './compile.ts'
import { isMoodleGrade } from './moodle-xml.ts'
import type { Topic } from './schema.ts'

// ---------------------------------------------------------------------------------------------
// A small XML writer: elements, escaped text and CDATA, nothing that could come out malformed.

/** An element to write: its name, its attributes in order, and what it holds. */
export interface XmlOut {
  name: string
  attributes: [string, string][]
  children: XmlOutChild[]
}

export type XmlOutChild = XmlOut | { text: string } | { cdata: string } | { comment: string }

/** Characters XML 1.0 forbids anywhere, CDATA included: most controls, U+FFFE/U+FFFF, lone surrogates. */
const NOT_XML =
  /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u

const NAME = /^[A-Za-z_][\w.-]*$/

function checkText(text: string): string {
  const bad = NOT_XML.exec(text)
  if (bad) {
    const code = bad[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')
    throw new Error(`U+${code} can't be written in XML`)
  }
  return text
}

/** Text as element content: `&` and `<` escaped, `>` too (for `]]>`), `\r` kept as a reference. */
export function escapeXmlText(text: string): string {
  return checkText(text).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c] ?? c)
}

/** Text as an attribute value in double quotes; tabs and line breaks kept as references. */
export function escapeXmlAttribute(text: string): string {
  return checkText(text).replace(/[&<>"\t\n\r]/g, (c) => TEXT_ESCAPES[c] ?? c)
}

const TEXT_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
}

/**
 * Text in CDATA sections: `]]>` splits into two sections. A carriage return can't survive a CDATA
 * section (parsers turn line ends into `\n`), so such a text is written escaped instead.
 */
export function cdataXml(text: string): string {
  if (text.includes('\r')) return escapeXmlText(text)
  return `<![CDATA[${checkText(text).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`
}

/** An element; strings among the children are text. */
export function el(
  name: string,
  attributes: Record<string, string> = {},
  ...children: (XmlOutChild | string)[]
): XmlOut {
  if (!NAME.test(name)) throw new Error(`"${name}" is not an element name`)
  for (const key of Object.keys(attributes)) {
    if (!NAME.test(key)) throw new Error(`"${key}" is not an attribute name`)
  }
  return {
    name,
    attributes: Object.entries(attributes),
    children: children.map((c) => (typeof c === 'string' ? { text: c } : c)),
  }
}

const isElement = (child: XmlOutChild): child is XmlOut => 'name' in child

function writeChild(child: XmlOutChild, depth: number): string {
  const pad = '  '.repeat(depth)
  if ('comment' in child) {
    // A comment may not hold `--` nor end with `-`.
    const safe = checkText(child.comment).replace(/-(?=-|$)/g, '- ')
    return `${pad}<!--${safe}-->`
  }
  if (!isElement(child)) throw new Error('text is written inside an element')
  const attributes = child.attributes
    .map(([key, value]) => ` ${key}="${escapeXmlAttribute(value)}"`)
    .join('')
  const open = `${pad}<${child.name}${attributes}>`
  const close = `</${child.name}>`
  const elements = child.children.filter((c) => isElement(c) || 'comment' in c)
  if (elements.length === 0) {
    const inline = child.children
      .map((c) => ('cdata' in c ? cdataXml(c.cdata) : escapeXmlText((c as { text: string }).text)))
      .join('')
    return `${open}${inline}${close}`
  }
  // Indenting would add text to an element that holds text: mixed content is not written.
  if (elements.length !== child.children.length) {
    throw new Error(`<${child.name}> holds both text and elements`)
  }
  return [open, ...elements.map((c) => writeChild(c, depth + 1)), `${pad}${close}`].join('\n')
}

/** A whole document: the UTF-8 declaration, then the root element, indented two spaces a level. */
export function serializeXml(root: XmlOut): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${writeChild(root, 0)}\n`
}

// ---------------------------------------------------------------------------------------------
// Moodle XML.

export interface MoodleXmlExport {
  xml: string
  /** What Moodle will refuse or grade otherwise than Factline, one line each, naming the question. */
  warnings: string[]
}

type Format = 'markdown' | 'plain' | 'html'

/** Factline's text formats by Moodle's names. */
const MOODLE_FORMAT: Record<Format, string> = {
  markdown: 'markdown',
  plain: 'plain_text',
  html: 'html',
}

/** Moodle keeps the first 50 characters of a tag (TAG_MAX_LENGTH). */
const TAG_MAX_LENGTH = 50

/**
 * Writes a bank as Moodle XML: the bank's summary as a description, then per topic a category
 * (`$course$/top/<title>`, its summary as the category's info) and its questions, each named and
 * numbered (`idnumber`) by its id. Every question type has its Moodle form: cloze becomes
 * `multianswer`, order `ordering` (qtype_ordering, core since Moodle 4.4), match `matching`.
 * What Moodle has no field for goes in tags starting `factline:`, so that reading the file back
 * restores it; the source of the facts is cited in each question's general feedback. Generated
 * questions are not written: they are made again from the facts.
 */
export function exportMoodleXml(bank: Bank): MoodleXmlExport {
  const warnings: string[] = []
  const items: XmlOutChild[] = [
    { comment: ` ${oneLine(bank.title)}: exported from Factline (bank "${bank.id}") ` },
  ]
  const add = (item: XmlOut, label: string) => {
    const { element, dropped } = withoutNotXml(item)
    if (dropped) warnings.push(`${label}: control characters XML can't hold were left out`)
    items.push(element)
  }
  if (bank.summary) add(description(bank.title, bank.summary), "the bank's summary")
  const write = (questions: Question[]) => {
    for (const question of questions) {
      const label = `question "${question.id}"`
      add(
        writeQuestion(bank, question, (m) => warnings.push(`${label}: ${m}`)),
        label,
      )
    }
  }
  const topicIds = new Set(bank.topics.map((t) => t.id))
  write(bank.questions.filter((q) => !topicIds.has(q.topic)))
  for (const topic of bank.topics) {
    add(category(topic), `topic "${topic.id}"`)
    write(bank.questions.filter((q) => q.topic === topic.id))
  }
  return { xml: serializeXml(el('quiz', {}, ...items)), warnings }
}

/** An element without the characters XML can't hold (a bank's text may have them), and whether it had any. */
function withoutNotXml(element: XmlOut): { element: XmlOut; dropped: boolean } {
  const all = new RegExp(NOT_XML.source, 'gu')
  let dropped = false
  const strip = (text: string) => {
    const kept = text.replace(all, '')
    if (kept !== text) dropped = true
    return kept
  }
  const copy = (e: XmlOut): XmlOut => ({
    name: e.name,
    attributes: e.attributes.map(([key, value]) => [key, strip(value)]),
    children: e.children.map((c) => {
      if (isElement(c)) return copy(c)
      if ('text' in c) return { text: strip(c.text) }
      if ('cdata' in c) return { cdata: strip(c.cdata) }
      return { comment: strip(c.comment) }
    }),
  })
  const copied = copy(element)
  return { element: copied, dropped }
}

/** `<text>` in CDATA, for texts in a question's format. */
const richText = (text: string) => el('text', {}, ...(text ? [{ cdata: text }] : []))

/** A text Moodle formats (questiontext, feedback…): `<name format="…"><text>`. */
const formatted = (name: string, text: string, format: string) =>
  el(name, { format }, richText(text))

const plainText = (text: string) => el('text', {}, text)

/** Moodle writes a `/` inside a category name as `//`. */
function category(topic: Topic): XmlOut {
  return el(
    'question',
    { type: 'category' },
    el('category', {}, plainText(`$course$/top/${oneLine(topic.title).replaceAll('/', '//')}`)),
    ...(topic.summary ? [formatted('info', topic.summary, 'markdown')] : []),
    el('idnumber', {}, topic.id),
  )
}

/** The bank's summary, before any category: Moodle shows a description as text to read. */
function description(title: string, summary: string): XmlOut {
  return el(
    'question',
    { type: 'description' },
    el('name', {}, plainText(oneLine(title))),
    formatted('questiontext', summary, 'markdown'),
    formatted('generalfeedback', '', 'markdown'),
    el('defaultgrade', {}, '0'),
    el('penalty', {}, '0'),
    el('hidden', {}, '0'),
  )
}

function writeQuestion(bank: Bank, question: Question, warn: (message: string) => void): XmlOut {
  const format: Format = question.format ?? 'markdown'
  const moodleFormat = MOODLE_FORMAT[format]
  const tags = [...(question.tags ?? [])]
  if (question.difficulty !== 2) tags.push(`factline:difficulty=${question.difficulty}`)
  const citation = citeQuestion(bank, question)
  if (citation) tags.push('factline:source')
  const answer = (
    percent: number,
    text: XmlOut,
    textFormat = moodleFormat,
    feedback?: string,
    ...more: XmlOut[]
  ) =>
    el(
      'answer',
      { fraction: decimal(round(percent)), format: textFormat },
      text,
      ...(feedback ? [formatted('feedback', feedback, moodleFormat)] : []),
      ...more,
    )
  const gradeCheck = (percent: number, what: string) => {
    if (!isMoodleGrade(percent)) {
      warn(
        `${what} ${decimal(round(percent))}% is not one of Moodle's grades (100, 50, 33.33333, 25, 20, 10…): Moodle refuses the question unless its import is set to "Match grades: nearest grade"`,
      )
    }
  }

  const write = (type: string, body: XmlOut[], prompt = question.prompt, grade = 1) => {
    for (const tag of tags) {
      if (tag.length > TAG_MAX_LENGTH)
        warn(`Moodle keeps the first ${TAG_MAX_LENGTH} characters of the tag "${tag}"`)
    }
    const feedback = [
      question.explanation,
      citation ? citationParagraph(citation, format) : undefined,
    ].filter((t): t is string => t !== undefined)
    return el(
      'question',
      { type },
      el('name', {}, plainText(question.id)),
      formatted('questiontext', prompt, moodleFormat),
      formatted('generalfeedback', feedback.join('\n\n'), moodleFormat),
      el('defaultgrade', {}, String(grade)),
      el('penalty', {}, type === 'truefalse' ? '1' : '0.3333333'),
      el('hidden', {}, '0'),
      el('idnumber', {}, question.id),
      ...body,
      ...(tags.length > 0 ? [el('tags', {}, ...tags.map((t) => el('tag', {}, plainText(t))))] : []),
    )
  }

  switch (question.type) {
    case 'single': {
      const choice = [el('single', {}, 'true'), ...choiceOptions()]
      const answers = question.options.map((option) => {
        const percent = option === question.answer ? 100 : (question.weights?.[option] ?? 0)
        gradeCheck(percent, `the weight of "${option}",`)
        return answer(percent, richText(option), moodleFormat, question.feedback?.[option])
      })
      return write('multichoice', [...choice, ...answers])
    }
    case 'multiple': {
      const right = question.answers.length
      const wrong = question.options.filter((o) => !question.answers.includes(o)).length
      if (question.weights) {
        for (const [option, weight] of Object.entries(question.weights))
          gradeCheck(weight, `the weight of "${option}",`)
      } else {
        // Without weights, Factline shares 100% among the right options and takes 100% back
        // over the wrong ones, as Moodle's multiple-answer grading does with these fractions.
        gradeCheck(100 / right, `each of its ${right} right options is worth 1/${right}:`)
        if (wrong > 0)
          gradeCheck(-100 / wrong, `each of its ${wrong} wrong options costs 1/${wrong}:`)
      }
      const percentOf = (option: string) =>
        question.weights
          ? (question.weights[option] ?? 0)
          : question.answers.includes(option)
            ? 100 / right
            : -100 / wrong
      const answers = question.options.map((option) =>
        answer(percentOf(option), richText(option), moodleFormat, question.feedback?.[option]),
      )
      return write('multichoice', [el('single', {}, 'false'), ...choiceOptions(), ...answers])
    }
    case 'truefalse':
      return write(
        'truefalse',
        [true, false].map((value) =>
          answer(
            value === question.answer ? 100 : 0,
            plainText(String(value)),
            'moodle_auto_format',
            question.feedback?.[String(value) as 'true' | 'false'],
          ),
        ),
      )
    case 'short': {
      if (question.typos) tags.push('factline:typos')
      const answers = question.answers.map((text) =>
        answer(
          100,
          plainText(question.wildcards ? text : text.replaceAll('*', '\\*')),
          'moodle_auto_format',
        ),
      )
      return write('shortanswer', [el('usecase', {}, question.case ? '1' : '0'), ...answers])
    }
    case 'numeric': {
      const targets = [{ ...question, credit: 1 }, ...(question.partial ?? [])]
      const answers = targets.map((target, i) => {
        if (target.range) tags.push(`factline:range=${i + 1}`)
        if (i > 0) gradeCheck(target.credit * 100, 'the partial credit')
        const { value, tolerance } = asTolerance(target)
        return answer(
          target.credit * 100,
          plainText(decimal(value)),
          'moodle_auto_format',
          undefined,
          el('tolerance', {}, decimal(tolerance)),
        )
      })
      // "Units are optional": a number with or without the unit is graded the same, as here.
      const units = question.unit
        ? [
            el(
              'units',
              {},
              el('unit', {}, el('multiplier', {}, '1'), el('unit_name', {}, question.unit)),
            ),
          ]
        : []
      return write('numerical', [
        ...answers,
        ...units,
        el('unitgradingtype', {}, '0'),
        el('unitpenalty', {}, '0.1000000'),
        el('showunits', {}, question.unit ? '0' : '3'),
        el('unitsleft', {}, '0'),
      ])
    }
    case 'cloze': {
      const { segments, kinds } = parseCloze(question.text)
      if (question.typos) tags.push('factline:typos')
      const groups = new Map<string, number[]>()
      for (const blank of kinds) {
        if (blank.group !== undefined)
          groups.set(blank.group, [...(groups.get(blank.group) ?? []), blank.blank + 1])
        if (blank.kind === 'numeric' && blank.target.range)
          tags.push(`factline:range=${blank.blank + 1}`)
      }
      for (const [name, blanks] of groups) {
        tags.push(`factline:group=${name}:${blanks.join('+')}`)
        warn(
          `blanks ${blanks.join(', ')} take their answers in any order in Factline; Moodle grades each blank by its place`,
        )
      }
      const text = segments
        .map((s) => {
          if (typeof s !== 'string') return clozeCode(s)
          if (/\{\d*:[A-Z_]+:/.test(s))
            warn('its text holds "{…:…:", which Moodle reads as the start of a blank')
          return s
        })
        .join('')
      // Moodle shows one text: the prompt and the cloze text stay two paragraphs.
      const paragraph = (html: string) =>
        html.trimStart().startsWith('<') ? html : `<p>${html}</p>`
      const joined =
        format === 'html'
          ? `${paragraph(question.prompt)}\n${paragraph(text)}`
          : `${question.prompt}\n\n${text}`
      return write('multianswer', [], joined, kinds.length)
    }
    case 'order':
      return write('ordering', [
        el('layouttype', {}, 'VERTICAL'),
        el('selecttype', {}, 'ALL'),
        el('selectcount', {}, '0'),
        // Credit for each neighbouring pair in the right order, as gradeOrder gives it.
        el('gradingtype', {}, 'RELATIVE_NEXT_EXCLUDE_LAST'),
        el('showgrading', {}, 'SHOW'),
        el('numberingstyle', {}, 'none'),
        ...question.items.map((item, i) =>
          el('answer', { fraction: String(i + 1), format: moodleFormat }, richText(item)),
        ),
      ])
    case 'match':
      return write('matching', [
        el('shuffleanswers', {}, 'true'),
        ...question.pairs.map(({ left, right }) =>
          el(
            'subquestion',
            { format: moodleFormat },
            richText(left),
            el('answer', {}, plainText(right)),
          ),
        ),
        // A distractor is an answer with no question to match it.
        ...(question.distractors ?? []).map((d) =>
          el(
            'subquestion',
            { format: moodleFormat },
            el('text', {}),
            el('answer', {}, plainText(d)),
          ),
        ),
      ])
  }

  /** Factline shuffles the options and shows no letters. */
  function choiceOptions(): XmlOut[] {
    return [el('shuffleanswers', {}, 'true'), el('answernumbering', {}, 'none')]
  }

  /** `{n:TYPE:…}` for one blank; n = 1, every blank weighing the same, as gradeCloze counts. */
  function clozeCode(blank: ClozeBlank): string {
    switch (blank.kind) {
      case 'typed':
        // A star in Moodle's short answer matches anything: `\*` is a star.
        return `{1:SHORTANSWER:${blank.answers.map((a) => `=${clozeAnswer(a).replaceAll('*', '\\*')}`).join('~')}}`
      case 'choice':
        return `{1:MULTICHOICE:${[
          ...blank.answers.map((a) => `=${clozeAnswer(a)}`),
          ...blank.wrong.map((w) => clozeAnswer(w).replace(/^[=%]/, (c) => REFERENCES[c] ?? c)),
        ].join('~')}}`
      case 'numeric': {
        const { value, tolerance } = asTolerance(blank.target)
        return `{1:NUMERICAL:=${decimal(value)}${tolerance > 0 ? `:${decimal(tolerance)}` : ''}}`
      }
    }
  }
}

/**
 * An answer inside a Moodle cloze code. Moodle cuts an answer at `~`, `#` or `}` not after a
 * backslash, then unescapes `\}` and `\#` only, then decodes HTML character references
 * (question/type/multianswer/questiontype.php): so `}` and `#` are escaped, and `~`, `\` and `&`
 * written as references.
 */
function clozeAnswer(text: string): string {
  return text.replace(/[}#~\\&]/g, (c) => CLOZE_ESCAPES[c] ?? c)
}

const CLOZE_ESCAPES: Record<string, string> = {
  '}': '\\}',
  '#': '\\#',
  '~': '&#126;',
  '\\': '&#92;',
  '&': '&#38;',
}

/** A wrong choice starting like a grade (`=`, `%50%`) keeps that character as a reference. */
const REFERENCES: Record<string, string> = { '=': '&#61;', '%': '&#37;' }

/**
 * A numeric target as Moodle's value and tolerance: a range is its midpoint ± half its width
 * (both ends still right), to 12 significant digits so that [0.1, 0.3] reads 0.2 ± 0.1.
 */
function asTolerance(target: NumberTarget): { value: number; tolerance: number } {
  if (!target.range) return { value: target.value ?? 0, tolerance: target.tolerance ?? 0 }
  const [low, high] = target.range
  const tidy = (n: number) => Number(n.toPrecision(12))
  return { value: tidy((low + high) / 2), tolerance: tidy((high - low) / 2) }
}

/**
 * The citation ending the general feedback: "Source: paragraph 3 of <headline>, publisher,
 * date", the headline linked, in the question's format. A reader finds it after the last blank
 * line, starting `Source: ` (or `<p>Source: ` in HTML), when the question is tagged
 * `factline:source`.
 */
function citationParagraph(citation: Citation, format: Format): string {
  const { paragraphs } = citation
  const where =
    paragraphs.length === 0
      ? ''
      : `${paragraphs.length === 1 ? 'paragraph' : 'paragraphs'} ${paragraphs.join(', ')} of `
  const rest = `, ${citation.publisher}, ${citation.date}`
  switch (format) {
    case 'html': {
      const headline = `<cite>${escapeHtml(citation.headline)}</cite>`
      const linked = citation.url
        ? `<a href="${escapeHtml(citation.url)}">${headline}</a>`
        : headline
      return `<p>Source: ${where}${linked}${escapeHtml(rest)}</p>`
    }
    case 'markdown': {
      const headline = `*${escapeMarkdown(citation.headline)}*`
      const linked = citation.url ? `[${headline}](<${citation.url}>)` : headline
      return `Source: ${where}${linked}${escapeMarkdown(rest)}`
    }
    case 'plain':
      return `Source: ${where}${citation.headline}${rest}${citation.url ? `, ${citation.url}` : ''}`
  }
}

/** A text inside HTML, as in an XML attribute. */
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => TEXT_ESCAPES[c] ?? c)

/** Backslash before what Markdown would read as emphasis, a link or HTML. */
const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`)

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Percent to five decimals, as Moodle writes grades (33.33333). */
const round = (n: number) => Math.round(n * 100000) / 100000

/** A number with digits and a point only, never an exponent (1e-7 is 0.0000001). */
const decimal = (n: number) =>
  n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
