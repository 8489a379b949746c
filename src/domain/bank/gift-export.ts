import { parseCloze } from './cloze.ts'
import type { Bank, Question } from './compile.ts'

/**
 * Writes a bank as GIFT, Moodle's text format: a `$CATEGORY` per topic (its summary as a
 * description), then the topic's questions, each titled with its id. Cloze questions with one
 * blank become short-answer, single-choice (a drop-down with one right choice) or numeric
 * questions; other cloze and order questions have no GIFT form and are left out with a
 * `// skipped:` comment. What GIFT can't hold (facts, difficulty, units, typos)
 * is not written.
 */
export function exportGift(bank: Bank): string {
  const blocks: string[] = [`// ${oneLine(bank.title)}: exported from Factline (bank "${bank.id}")`]
  if (bank.summary) blocks.push(description(bank.summary))
  const topicIds = new Set(bank.topics.map((t) => t.id))
  const write = (questions: Question[]) => {
    for (const question of questions) blocks.push(writeQuestion(question))
  }
  // Questions of no known topic come first, before any category.
  write(bank.questions.filter((q) => !topicIds.has(q.topic)))
  for (const topic of bank.topics) {
    // Moodle writes a slash inside a category name as //; a backslash escapes.
    blocks.push(`$CATEGORY: ${oneLine(topic.title).replace(/\\/g, '\\\\').replace(/\//g, '//')}`)
    if (topic.summary) blocks.push(description(topic.summary))
    write(bank.questions.filter((q) => q.topic === topic.id))
  }
  return `${blocks.join('\n\n')}\n`
}

type Format = 'markdown' | 'plain' | 'html'

function writeQuestion(question: Question): string {
  const format: Format = question.format ?? 'markdown'
  const skip = (reason: string) => `// skipped: ${question.id} (${reason})`
  const tags = (question.tags ?? [])
    .filter((t) => !/[\]\x00-\x1f\x7f]/.test(t))
    .map((t) => `// [tag:${t}]\n`)
    .join('')
  const head = (prompt: string) => `${tags}::${question.id}::[${format}]${escape(prompt)}`
  const explanation = question.explanation ? `####${rich(question.explanation, format)}` : undefined
  /** The answer block with one line per answer, the explanation last. */
  const block = (prompt: string, lines: string[], opener = '') =>
    `${head(prompt)}{${opener}\n${[...lines, ...(explanation ? [explanation] : [])].map((l) => `\t${l}`).join('\n')}\n}`
  /** A short answer block on the question's line, the explanation on its own line. */
  const inline = (prompt: string, answer: string) =>
    explanation ? `${head(prompt)}{${answer}\n\t${explanation}\n}` : `${head(prompt)}{${answer}}`
  const withFeedback = (text: string, feedback: string | undefined) =>
    feedback ? `${text}#${rich(feedback, format)}` : text

  switch (question.type) {
    case 'single': {
      const lines = question.options.map((option) =>
        withFeedback(
          choiceLine(option, question.answer, question.weights?.[option]),
          question.feedback?.[option],
        ),
      )
      return block(question.prompt, lines)
    }
    case 'multiple': {
      // Without weights, the right answers share the credit and the wrong ones take it back.
      const right = question.answers.length
      const wrong = question.options.filter((o) => !question.answers.includes(o)).length
      const weightOf = (option: string) =>
        question.weights
          ? (question.weights[option] ?? 0)
          : question.answers.includes(option)
            ? round(100 / right)
            : round(-100 / wrong)
      const lines = question.options.map((option) => {
        const weight = weightOf(option)
        const prefix = weight !== 0 || startsWithPercent(option) ? `%${number(weight)}%` : ''
        return withFeedback(`~${prefix}${rich(option, format)}`, question.feedback?.[option])
      })
      return block(question.prompt, lines)
    }
    case 'truefalse': {
      // GIFT gives the feedback for a wrong answer first, then for the right one.
      const onRight = question.feedback?.[question.answer ? 'true' : 'false']
      const onWrong = question.feedback?.[question.answer ? 'false' : 'true']
      const feedback =
        onRight || onWrong
          ? `#${onWrong ? rich(onWrong, format) : ''}${onRight ? `#${rich(onRight, format)}` : ''}`
          : ''
      return inline(question.prompt, `${question.answer ? 'TRUE' : 'FALSE'}${feedback}`)
    }
    case 'numeric': {
      const main = target(question)
      if (!question.partial?.length) return inline(question.prompt, `#${main}`)
      const lines = [
        `=${main}`,
        ...question.partial.map((p) => `=%${number(round(p.credit * 100))}%${target(p)}`),
      ]
      return block(question.prompt, lines, '#')
    }
    case 'short':
      return shortAnswer(question.prompt, question.answers)
    case 'match': {
      if (question.pairs.some((p) => p.left.includes('->'))) {
        return skip('a left-hand text contains "->", which GIFT reads as the arrow of the pair')
      }
      const lines = [
        ...question.pairs.map((p) => `=${rich(p.left, format)} -> ${escape(p.right)}`),
        ...(question.distractors ?? []).map((d) => `= -> ${escape(d)}`),
      ]
      return block(question.prompt, lines)
    }
    case 'cloze': {
      const cloze = parseCloze(question.text)
      const blank = cloze.kinds[0]
      if (cloze.kinds.length !== 1 || !blank || cloze.errors.length > 0) {
        return skip('cloze has no GIFT form')
      }
      const text = cloze.segments.map((s) => (typeof s === 'string' ? s : '_____')).join('')
      const prompt = `${question.prompt}\n\n${text}`
      if (blank.kind === 'numeric') return inline(prompt, `#${target(blank.target)}`)
      if (blank.kind === 'typed') return shortAnswer(prompt, blank.answers)
      // A drop-down is a single-choice question, which has one right option.
      const [right, ...more] = blank.answers
      if (right === undefined || more.length > 0)
        return skip('a drop-down blank with several right choices has no GIFT form')
      return block(
        prompt,
        [right, ...blank.wrong].map((option) => choiceLine(option, right)),
      )
    }
    case 'order':
      return skip('order has no GIFT form')
  }

  /** A single-choice line: `=` before the right option, `~` (with a weight, if any) before others. */
  function choiceLine(option: string, answer: string, weight = 0): string {
    const text = rich(option, format)
    return option === answer
      ? `=${startsWithPercent(option) ? '%100%' : ''}${text}`
      : `~${weight !== 0 || startsWithPercent(option) ? `%${number(weight)}%` : ''}${text}`
  }

  function shortAnswer(prompt: string, answers: string[]): string {
    // Answers that all hold "->" would read as a matching question.
    if (answers.every((a) => a.includes('->'))) {
      return skip('every answer contains "->", which GIFT reads as a matching pair')
    }
    return block(
      prompt,
      answers.map((a) => `=${startsWithPercent(a) ? '%100%' : ''}${rich(a, format)}`),
    )
  }
}

/** A topic's or the bank's summary, as a GIFT description (a text without answers). */
function description(summary: string): string {
  return `[markdown]${escape(summary)}`
}

/** `value:tolerance`, `value` or `lowest..highest`. */
function target(t: { value?: number; tolerance?: number; range?: [number, number] }): string {
  if (t.range) return `${number(t.range[0])}..${number(t.range[1])}`
  return t.tolerance !== undefined
    ? `${number(t.value ?? 0)}:${number(t.tolerance)}`
    : number(t.value ?? 0)
}

/** Backslash before GIFT's special characters; line breaks as `\n` (a blank line ends a question). */
function escape(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n')
}

/** An answer or feedback text, escaped; one that starts like a `[format]` gets the format first. */
function rich(text: string, format: Format): string {
  const escaped = escape(text.trim())
  return /^\[(html|markdown|plain|moodle)\]/.test(escaped) ? `[${format}]${escaped}` : escaped
}

/** GIFT would read `%…%` at the start of an answer as its weight. */
const startsWithPercent = (text: string) => text.trim().startsWith('%')

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Percent weights to five decimals, as Moodle writes them (33.33333). */
const round = (n: number) => Math.round(n * 100000) / 100000

/** A number as GIFT reads it: digits, a point, no exponent. */
function number(n: number): string {
  const text = String(n)
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text)
  if (!match) return text
  const [, sign = '', first = '', rest = '', exponentText = '0'] = match
  const digits = first + rest
  const point = 1 + Number(exponentText)
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`
}
