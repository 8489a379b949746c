import type { Answer } from '../answers.ts'
import type { Bank, Question } from '../bank/index.ts'
import { answerText } from '../grading.ts'
import { questionPool } from '../quiz.ts'
import { csvField, csvFile, csvText } from '../kiosk/csv.ts'
import { answerPieces, keyOf } from '../text.ts'
import {
  analyseItems,
  tableOf,
  reliability,
  type ItemStatistics,
  type ItemVerdict,
  type Reliability,
} from './item-analysis.ts'
import type { ResultRow } from './results-files.ts'

/**
 * The class report: what the teacher's imported results say about the class and about each
 * question. Each student counts on their first answer to a question (a retry came after the
 * feedback); every answer counts in the details, where a teacher looks for what students wrote.
 */

/** How often something was answered; `appealed` of them were appealed. */
export interface AnswerCount {
  answer: string
  count: number
  appealed: number
}

export interface QuestionReport extends ItemStatistics {
  bank: string
  /** The question's id in its bank. */
  id: string
  prompt: string
  /** Undefined when the question is in no bank of this site any more. */
  question?: Question
  appeals: number
  /**
   * Choice questions: every option and how often it was chosen, the right ones first as the bank
   * lists them. Typed questions: the wrong answers grouped as the grader reads them (case,
   * accents, spacing and number formats aside), most common first. Order and match: the wrong
   * arrangements, most common first.
   */
  answers: AnswerCount[]
}

export interface ClassReport {
  students: number
  /** Every answer imported, retries included. */
  attempts: number
  /** The mean of the students' scores (each the mean credit of their first answers), 0 to 1. */
  meanScore: number
  /** The median of the students' time on their answers, when the files say it. */
  medianSeconds?: number
  /** How many students scored 0–9%, 10–19% … 90–100%. */
  distribution: number[]
  topics: { bank: string; topic: string; title: string; mean: number; answered: number }[]
  questions: QuestionReport[]
  reliability?: Reliability
}

const mean = (values: readonly number[]) =>
  values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : 0

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const splitKey = (key: string) => {
  const slash = key.indexOf('/')
  return slash < 0 ? { bank: '', id: key } : { bank: key.slice(0, slash), id: key.slice(slash + 1) }
}

function groupBy<T>(list: readonly T[], by: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of list) {
    const key = by(item)
    const group = groups.get(key)
    if (group) group.push(item)
    else groups.set(key, [item])
  }
  return groups
}

/** The first answer of each student to each question, in the order the files gave them. */
function firstAnswers(rows: readonly ResultRow[]): ResultRow[] {
  const seen = new Set<string>()
  return rows.filter((row) => {
    const id = `${row.student}\n${row.question}`
    return !seen.has(id) && !!seen.add(id)
  })
}

/** The options a choice answer picked, from a kiosk's text or a progress export's answer. */
function chosen(answer: string | Answer, question: Question): string[] {
  if (typeof answer !== 'string') {
    if (answer.type === 'single') return answer.choice === null ? [] : [answer.choice]
    if (answer.type === 'multiple') return answer.choices
    if (answer.type === 'truefalse') return answer.choice === null ? [] : [String(answer.choice)]
    return []
  }
  if (question.type === 'multiple') return answer.split('; ').filter(Boolean)
  if (question.type === 'truefalse') return [String(answer.trim().toLowerCase() === 'true')]
  return answer.trim() === '' ? [] : [answer]
}

const counted = (tally: Map<string, AnswerCount>) =>
  [...tally.values()].sort((a, b) => b.count - a.count || a.answer.localeCompare(b.answer))

function answersOf(rows: readonly ResultRow[], question: Question | undefined, language: string) {
  const tally = new Map<string, AnswerCount & { forms: Map<string, number> }>()
  const add = (key: string, text: string, appealed: boolean) => {
    const entry = tally.get(key) ?? { answer: text, count: 0, appealed: 0, forms: new Map() }
    entry.count++
    if (appealed) entry.appealed++
    entry.forms.set(text, (entry.forms.get(text) ?? 0) + 1)
    tally.set(key, entry)
  }
  const type = question?.type
  if (question && (type === 'single' || type === 'multiple' || type === 'truefalse')) {
    const options = type === 'truefalse' ? ['true', 'false'] : question.options
    for (const option of options)
      tally.set(option, { answer: option, count: 0, appealed: 0, forms: new Map() })
    for (const row of rows)
      for (const option of chosen(row.answer, question)) add(option, option, row.appealed)
    return [...tally.values()].map(({ forms: _forms, ...count }) => count)
  }
  for (const row of rows) {
    if (row.credit >= 1) continue
    const text =
      typeof row.answer === 'string' ? row.answer : question ? answerText(question, row.answer) : ''
    const typed = type === 'short' || type === 'numeric' || type === 'cloze'
    add(typed ? keyOf(answerPieces(text, language)) : text, text, row.appealed)
  }
  // Each group is shown as its most common form; on a tie, the first one given.
  for (const entry of tally.values())
    entry.answer = [...entry.forms].sort((a, b) => b[1] - a[1])[0]![0]
  return counted(tally).map(({ answer, count, appealed }) => ({ answer, count, appealed }))
}

/** The report of every result imported, with the questions found in `banks`. */
export function classReport(rows: readonly ResultRow[], banks: readonly Bank[]): ClassReport {
  const first = firstAnswers(rows)
  const questionOf = new Map<string, { bank: Bank; q: Question }>(
    banks.flatMap((bank) =>
      questionPool(bank).map((q) => [`${bank.id}/${q.id}`, { bank, q }] as const),
    ),
  )
  const students = groupBy(first, (row) => row.student)
  const byQuestion = groupBy(rows, (row) => row.question)
  const responses = first.map(({ student, question, credit }) => ({
    student,
    item: question,
    credit,
  }))
  const scores = [...students.values()].map((answers) => mean(answers.map((a) => a.credit)))
  const times = [...students.values()].flatMap((answers) =>
    answers.every((a) => a.seconds !== undefined)
      ? [answers.reduce((s, a) => s + a.seconds!, 0)]
      : [],
  )

  // One table of the answers for both the questions' figures and the test's reliability.
  const table = tableOf(responses)
  const items = analyseItems(table)
  const questions = items.map((item): QuestionReport => {
    const { bank, id } = splitKey(item.item)
    const found = questionOf.get(item.item)
    const all = byQuestion.get(item.item) ?? []
    return {
      ...item,
      bank,
      id,
      prompt: found?.q.prompt ?? all.find((r) => r.prompt)?.prompt ?? id,
      ...(found ? { question: found.q } : {}),
      appeals: all.filter((r) => r.appealed).length,
      answers: answersOf(all, found?.q, found?.bank.language ?? 'en'),
    }
  })

  const topics = new Map<string, ClassReport['topics'][number] & { credits: number[] }>()
  for (const row of first) {
    const found = questionOf.get(row.question)
    if (!found) continue
    const key = `${found.bank.id}/${found.q.topic}`
    const title = found.bank.topics.find((t) => t.id === found.q.topic)?.title ?? found.q.topic
    const entry = topics.get(key) ?? {
      bank: found.bank.id,
      topic: found.q.topic,
      title,
      mean: 0,
      answered: 0,
      credits: [],
    }
    entry.credits.push(row.credit)
    topics.set(key, entry)
  }

  const distribution = Array<number>(10).fill(0)
  for (const score of scores) distribution[Math.min(9, Math.floor(score * 10))]!++
  const alpha = reliability(table)
  const seconds = times.length ? median(times) : undefined
  return {
    students: students.size,
    attempts: rows.length,
    meanScore: mean(scores),
    ...(seconds === undefined ? {} : { medianSeconds: seconds }),
    distribution,
    topics: [...topics.values()].map(({ credits, ...topic }) => ({
      ...topic,
      mean: mean(credits),
      answered: credits.length,
    })),
    questions,
    ...(alpha ? { reliability: alpha } : {}),
  }
}

/** A column of the questions table to sort by, and which way. */
export interface QuestionSort {
  by: 'question' | 'answered' | 'facility' | 'discrimination' | 'verdict' | 'appeals'
  descending: boolean
}

/** The verdicts from the most to the least in need of a teacher's look. */
const VERDICT_ORDER: ItemVerdict[] = [
  'check-key',
  'weak',
  'too-hard',
  'too-easy',
  'good',
  'too-few',
]

/**
 * The questions in the table's order. Questions with no discrimination (too few students) go
 * last either way: they have nothing to compare.
 */
export function sortQuestions(
  questions: readonly QuestionReport[],
  { by, descending }: QuestionSort,
): QuestionReport[] {
  const sign = descending ? -1 : 1
  const compare = (a: QuestionReport, b: QuestionReport): number => {
    switch (by) {
      case 'question':
        return a.prompt.localeCompare(b.prompt, 'en', { numeric: true })
      case 'answered':
        return a.answered - b.answered
      case 'facility':
        return a.facility - b.facility
      case 'verdict':
        return VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict)
      case 'appeals':
        return a.appeals - b.appeals
      case 'discrimination':
        return (a.discrimination?.value ?? 0) - (b.discrimination?.value ?? 0)
    }
  }
  return [...questions].sort((a, b) => {
    if (by === 'discrimination' && !a.discrimination !== !b.discrimination)
      return a.discrimination ? -1 : 1
    return sign * compare(a, b) || a.prompt.localeCompare(b.prompt, 'en', { numeric: true })
  })
}

/**
 * The verdicts as the CSV writes them: fixed English words, for spreadsheets and scripts, whatever
 * the interface language (the page words them from the catalogue).
 */
const CSV_VERDICTS: Record<ItemVerdict, string> = {
  'too-few': 'too few answers to judge',
  'check-key': 'check the key: students who did well elsewhere got it wrong more often',
  'too-easy': 'too easy',
  'too-hard': 'very hard: check the key and the wording',
  weak: 'does not tell who knows from who does not',
  good: 'good',
}

const QUESTIONS_HEADER = [
  'bank',
  'question',
  'prompt',
  'answered',
  'facility %',
  'discrimination',
  'method',
  'verdict',
  'appeals',
]

/** The questions table for a spreadsheet, one row per question, as the report shows it. */
export function questionsCsv(report: ClassReport): string {
  const rows = report.questions.map((q) =>
    [
      csvText(q.bank),
      csvText(q.id),
      csvText(q.prompt),
      String(q.answered),
      String(Math.round(q.facility * 100)),
      q.discrimination ? q.discrimination.value.toFixed(2) : '',
      q.discrimination?.method ?? '',
      CSV_VERDICTS[q.verdict],
      String(q.appeals),
    ]
      .map(csvField)
      .join(','),
  )
  return csvFile([QUESTIONS_HEADER.join(','), ...rows])
}
