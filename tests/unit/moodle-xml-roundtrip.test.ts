import { describe, expect, it } from 'vitest'
import { compileBank, formatProblem, parseCloze, type Bank, type Question } from '@/domain/bank'
import { exportMoodleXml } from '@/domain/bank/moodle-xml-export'
import { readMoodleXmlSource } from '@/domain/bank/moodle-xml'
import { gradeAnswer, rightAnswer, type Answer } from '@/domain/grading'
import { bankAt, compileLocation } from '../../scripts/bank-files'

const compiled = (path: string): Bank => {
  const { bank, problems } = compileLocation(bankAt(path), process.cwd())
  expect(problems.filter((p) => p.severity === 'error')).toEqual([])
  return bank!
}

/** A target as the interval it accepts: a value ± tolerance and a range are the same thing. */
const interval = (t: { value?: number; tolerance?: number; range?: [number, number] }) => {
  const [low, high] = t.range ?? [
    (t.value ?? 0) - (t.tolerance ?? 0),
    (t.value ?? 0) + (t.tolerance ?? 0),
  ]
  return [Number(low.toPrecision(10)), Number(high.toPrecision(10))]
}

/** Multiple choice grades by weights, or by 1/R and −1/W without: the same numbers either way. */
function effectiveWeights(q: Extract<Question, { type: 'multiple' }>) {
  const right = q.answers.length
  const wrong = q.options.length - right
  return q.options.map((o) =>
    Number(
      (q.weights
        ? (q.weights[o] ?? 0)
        : q.answers.includes(o)
          ? 100 / right
          : -100 / wrong
      ).toFixed(3),
    ),
  )
}

/** What a question must keep through Moodle XML: everything that decides a grade. */
function gradingShape(q: Question) {
  switch (q.type) {
    case 'single':
      return {
        options: q.options,
        answer: q.answer,
        weights: q.options.map((o) => (o === q.answer ? 100 : (q.weights?.[o] ?? 0))),
        feedback: q.feedback,
      }
    case 'multiple':
      return {
        options: q.options,
        answers: q.answers,
        weights: effectiveWeights(q),
        feedback: q.feedback,
      }
    case 'truefalse':
      return { answer: q.answer, feedback: q.feedback }
    case 'numeric':
      return {
        target: interval(q),
        unit: q.unit,
        partial: q.partial?.map((p) => ({ target: interval(p), credit: p.credit })),
      }
    case 'short':
      return {
        answers: q.answers,
        typos: q.typos === true,
        case: q.case === true,
        wildcards: q.wildcards === true,
      }
    case 'cloze': {
      const { kinds } = parseCloze(q.text)
      return {
        typos: q.typos === true,
        blanks: kinds.map((b) => ({
          kind: b.kind,
          answers: b.answers,
          group: b.group,
          ...(b.kind === 'choice' ? { wrong: b.wrong } : {}),
          ...(b.kind === 'numeric' ? { target: interval(b.target) } : {}),
        })),
      }
    }
    case 'order':
      return { items: q.items }
    case 'match':
      return { pairs: q.pairs, distractors: q.distractors ?? [] }
  }
}

/** An HTML text in one `<p>` reads the same without it, as the reader keeps it. */
const unwrapped = (html: string | undefined) =>
  html?.startsWith('<p>') && html.endsWith('</p>') && !html.slice(3).includes('<p')
    ? html.slice(3, -4)
    : html

/** What a learner reads and the teacher files it under: texts, format, tags, difficulty, topic. */
const texts = (q: Question, bank: Bank) => ({
  prompt: unwrapped(q.prompt),
  explanation: unwrapped(q.explanation),
  format: q.format ?? 'markdown',
  tags: q.tags ?? [],
  difficulty: q.difficulty,
  topic: bank.topics.find((t) => t.id === q.topic)?.title,
  ...(q.type === 'cloze' ? { text: unwrapped(q.text) } : {}),
})

/** A text with two letters of its first long word swapped: a typo `typos: true` forgives. */
function withTypo(text: string): string {
  const word = /\p{L}{6,}/u.exec(text)
  if (!word) return `${text}x`
  const i = word.index + 2
  return `${text.slice(0, i)}${text[i + 1]}${text[i]}${text.slice(i + 2)}`
}

/** The right answer and a few wrong or partial ones, each a different way of being wrong. */
function tries(q: Question): Answer[] {
  const right = rightAnswer(q)
  switch (q.type) {
    case 'single':
      return [
        right,
        ...q.options
          .filter((o) => o !== q.answer)
          .map((choice) => ({ type: 'single' as const, choice })),
      ]
    case 'multiple':
      return [
        right,
        { type: 'multiple', choices: [] },
        { type: 'multiple', choices: q.options },
        {
          type: 'multiple',
          choices: [
            ...q.answers.slice(1),
            ...q.options.filter((o) => !q.answers.includes(o)).slice(0, 1),
          ],
        },
      ]
    case 'truefalse':
      return [right, { type: 'truefalse', choice: !q.answer }]
    case 'numeric': {
      const [low = 0, high = 0] = interval(q)
      const texts = [low, high, low - 1, high + 1, (low + high) / 2 + (high - low + 1) * 3]
      return [
        right,
        ...texts.map((x) => ({ type: 'numeric' as const, text: String(x) })),
        { type: 'numeric', text: `${high}${q.unit ? ` ${q.unit}` : ''}` },
      ]
    }
    case 'short': {
      const first = q.answers[0] ?? ''
      return [
        right,
        { type: 'short', text: 'zzz' },
        { type: 'short', text: first.toUpperCase() },
        { type: 'short', text: withTypo(first) },
      ]
    }
    case 'cloze': {
      const blanks = (right as Extract<Answer, { type: 'cloze' }>).blanks
      return [
        right,
        { type: 'cloze', blanks: blanks.map(() => 'zzz') },
        { type: 'cloze', blanks: [...blanks].reverse() },
        { type: 'cloze', blanks: blanks.map((b, i) => (i === 0 ? 'zzz' : b)) },
        { type: 'cloze', blanks: blanks.map(withTypo) },
      ]
    }
    case 'order':
      return [
        right,
        { type: 'order', items: [...q.items].reverse() },
        { type: 'order', items: [q.items[1]!, q.items[0]!, ...q.items.slice(2)] },
      ]
    case 'match': {
      const rights = q.pairs.map((p) => p.right)
      const rotated = Object.fromEntries(
        q.pairs.map((p, i) => [p.left, rights[(i + 1) % rights.length]!]),
      )
      return [right, { type: 'match', choices: rotated }, { type: 'match', choices: {} }]
    }
  }
}

/** Exports a bank, reads it back as Moodle XML, and compares every question. */
function roundTrip(bank: Bank) {
  const { xml } = exportMoodleXml(bank)
  const source = readMoodleXmlSource(xml, 'export.xml', bank.id)
  const { bank: again, problems } = compileBank(bank.id, [source])
  expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([])
  expect(again).toBeDefined()
  const byId = new Map(again!.questions.map((q) => [q.id, q]))
  for (const question of bank.questions) {
    const back = byId.get(question.id)
    expect(back, question.id).toBeDefined()
    expect(back!.type, question.id).toBe(question.type)
    expect(gradingShape(back!), question.id).toEqual(gradingShape(question))
    expect(texts(back!, again!), question.id).toEqual(texts(question, bank))
    expect(gradeAnswer(back!, rightAnswer(question)).credit, question.id).toBe(1)
    for (const answer of tries(question)) {
      expect(gradeAnswer(back!, answer).credit, `${question.id} ${JSON.stringify(answer)}`).toBe(
        gradeAnswer(question, answer).credit,
      )
    }
  }
  expect(again!.questions).toHaveLength(bank.questions.length)
  expect(again!.summary).toBe(bank.summary)
  expect(again!.topics.map((t) => [t.id, t.title, t.summary])).toEqual(
    bank.topics.map((t) => [t.id, t.title, t.summary]),
  )
  return problems.map(formatProblem)
}

describe('Moodle XML round trip (exportMoodleXml, then readMoodleXmlSource)', () => {
  it('keeps every question of korea-2018, its answers and its grades', () => {
    expect(roundTrip(compiled('questions/korea-2018'))).toEqual([])
  })

  it('keeps every type and field of the export fixture', () => {
    const problems = roundTrip(compiled('tests/fixtures/moodle-xml-export/every-type.yaml'))
    // The one question whose grades are off Moodle's list is read back as it was, and said so.
    expect(problems).toHaveLength(11)
    for (const problem of problems)
      expect(problem).toMatch(
        /^export\.xml:\d+:\d+: warning: 9\.09091% is not one of Moodle's grades/,
      )
  })

  // The banks the browser tests play (cloze kinds, case and wildcards, HTML, a Moodle XML import),
  // exported and read back, graded the same, texts as written. (water-cycle.gift is left out: its
  // hostile picture with an outside address is dropped on import, as it is never shown.)
  it.each([
    'tests/fixtures/e2e/cloze-kinds.yaml',
    'tests/fixtures/e2e/fair-answers.yaml',
    'tests/fixtures/e2e/html-bank.gift',
    'tests/fixtures/e2e/moodle-sample.xml',
    'tests/fixtures/moodle-xml/good-all-types.xml',
  ])('keeps every question of %s and its grades', (path) => {
    const problems = roundTrip(compiled(path))
    expect(problems.filter((p) => p.includes(': error: '))).toEqual([])
  })
})
