import type { Bank, Question, QuestionType } from './bank/index.ts'
import { parseCloze, type ClozeBlank } from './bank/cloze.ts'
import { createRandom, shuffle, type Random } from './random.ts'

/** Where a question's facts stand in the source, for feedback that sends the learner back to it. */
export interface Citation {
  paragraphs: number[]
  headline: string
  publisher: string
  date: string
  url?: string
}

/** How a question is shown in one quiz: options, items and choices in their seeded order. */
export interface Presentation {
  /** single, multiple: the options in the order shown. */
  options?: string[]
  /** order: the items as they start, never already in the right order. */
  items?: string[]
  /** match: the right-hand texts offered in every select. */
  choices?: string[]
  /**
   * cloze: the text around the blanks, without their answers; a drop-down blank with its choices
   * in their seeded order, a number blank marked.
   */
  segments?: (string | ShownBlank)[]
}

/** A cloze blank as shown: typed, a drop-down (`options`), or a number (`numeric`). */
export interface ShownBlank {
  blank: number
  options?: string[]
  numeric?: true
}

/** A cloze's blanks as this quiz shows them, by number (for a page that shows the text whole). */
export const shownBlanks = (shown: Presentation): Map<number, ShownBlank> =>
  new Map((shown.segments ?? []).flatMap((s) => (typeof s === 'string' ? [] : [[s.blank, s]])))

/** A question as one learner meets it in one quiz. */
export type QuizQuestion = Question & {
  /** `bank/question`: unique across the banks of a quiz. */
  key: string
  bankId: string
  /** The bank's content hash, as the build stamps it (scripts/vite-plugin-banks.ts). */
  bankVersion?: string
  topicTitle: string
  citation?: Citation
  shown: Presentation
}

export interface QuizParams {
  /** How many questions; more than the pool gives the whole pool. */
  n: number
  seed: string
  topics?: readonly string[]
  types?: readonly QuestionType[]
  /** Only questions of these difficulties (1–3). */
  difficulty?: readonly number[]
  /** Only these questions, by key (`bank/question`): retrying the wrong answers. */
  keys?: readonly string[]
}

export function citeQuestion(bank: Bank, question: Question): Citation | undefined {
  if (!bank.source) return undefined
  const paragraphs = [
    ...new Set(
      question.facts
        .map((factId) => bank.facts.find((fact) => fact.id === factId)?.paragraph)
        .filter((p): p is number => p !== undefined),
    ),
  ].sort((a, b) => a - b)
  const { headline, publisher, date, url } = bank.source
  return { paragraphs, headline, publisher, date, ...(url ? { url } : {}) }
}

/** The version the build stamps on a bank it ships; a bank compiled elsewhere has none. */
const versionOf = (bank: Bank): string | undefined =>
  'version' in bank && typeof bank.version === 'string' ? bank.version : undefined

const pools = new WeakMap<Bank, Question[]>()

/**
 * Every question a quiz may draw from a bank: the teacher's and the ones generated from its
 * facts when the bank was compiled (see compileBank).
 */
export function questionPool(bank: Bank): readonly Question[] {
  let pool = pools.get(bank)
  if (!pool) {
    pool = [...bank.questions, ...(bank.generated ?? [])]
    pools.set(bank, pool)
  }
  return pool
}

/** A drop-down's choices are shuffled with the quiz's generator, like a question's options. */
function showBlank(blank: ClozeBlank, random: Random): ShownBlank {
  if (blank.kind === 'choice')
    return { blank: blank.blank, options: shuffle([...blank.answers, ...blank.wrong], random) }
  return blank.kind === 'numeric' ? { blank: blank.blank, numeric: true } : { blank: blank.blank }
}

function present(question: Question, random: Random): Presentation {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return { options: shuffle(question.options, random) }
    case 'order': {
      let items = shuffle(question.items, random)
      // Never start in the right order: a learner must have something to do.
      for (
        let tries = 0;
        tries < 10 && items.every((item, i) => item === question.items[i]);
        tries++
      ) {
        items = shuffle(question.items, random)
      }
      if (items.every((item, i) => item === question.items[i]))
        items = question.items.slice().reverse()
      return { items }
    }
    case 'match':
      return {
        choices: shuffle(
          [...new Set([...question.pairs.map((p) => p.right), ...(question.distractors ?? [])])],
          random,
        ),
      }
    case 'cloze':
      return {
        segments: parseCloze(question.text).segments.map((s) =>
          typeof s === 'string' ? s : showBlank(s, random),
        ),
      }
    default:
      return {}
  }
}

/**
 * Picks `n` questions from the banks and orders them, their options and items by the seed: the
 * same banks, parameters and seed always give the same quiz. Topics take turns, so a short quiz
 * still covers the whole text; no question comes twice.
 */
export function composeQuiz(banks: readonly Bank[], params: QuizParams): QuizQuestion[] {
  const random = createRandom(
    JSON.stringify([
      banks.map((b) => b.id),
      params.seed,
      params.topics,
      params.types,
      params.difficulty,
      params.keys,
    ]),
  )
  const keys = params.keys ? new Set(params.keys) : undefined
  const topics = params.topics?.length ? new Set(params.topics) : undefined
  const types = params.types?.length ? new Set(params.types) : undefined
  const difficulty = params.difficulty?.length ? new Set(params.difficulty) : undefined

  const groups = new Map<string, { bank: Bank; question: Question }[]>()
  for (const bank of banks) {
    for (const question of questionPool(bank)) {
      if (keys && !keys.has(`${bank.id}/${question.id}`)) continue
      if (topics && !topics.has(question.topic)) continue
      if (types && !types.has(question.type)) continue
      if (difficulty && !difficulty.has(question.difficulty)) continue
      const group = `${bank.id}/${question.topic}`
      const members = groups.get(group)
      if (members) members.push({ bank, question })
      else groups.set(group, [{ bank, question }])
    }
  }

  // Topics take turns in a seeded order; within a topic, questions come in a seeded order.
  const queues = shuffle([...groups.values()], random).map((group) => shuffle(group, random))
  const total = queues.reduce((sum, q) => sum + q.length, 0)
  const count = Math.max(0, Math.min(Math.floor(params.n), total))
  const picked: { bank: Bank; question: Question }[] = []
  for (let round = 0; picked.length < count; round++) {
    for (const queue of queues) {
      const next = queue[round]
      if (next && picked.length < count) picked.push(next)
    }
  }

  return shuffle(picked, random).map(({ bank, question }) => {
    const citation = citeQuestion(bank, question)
    const bankVersion = versionOf(bank)
    return {
      ...question,
      key: `${bank.id}/${question.id}`,
      bankId: bank.id,
      ...(bankVersion ? { bankVersion } : {}),
      topicTitle: bank.topics.find((t) => t.id === question.topic)?.title ?? question.topic,
      ...(citation ? { citation } : {}),
      shown: present(question, random),
    }
  })
}

export interface TopicScore {
  bankId: string
  topic: string
  title: string
  correct: number
  total: number
  /** Partial credit counted. */
  percent: number
}

/** How the learner did on each topic of the quiz, in the order topics first came up. */
export function scoreByTopic(
  questions: readonly QuizQuestion[],
  grades: readonly ({ credit: number } | undefined)[],
): TopicScore[] {
  const topics = new Map<string, TopicScore & { credit: number }>()
  questions.forEach((question, i) => {
    const key = `${question.bankId}/${question.topic}`
    const entry = topics.get(key) ?? {
      bankId: question.bankId,
      topic: question.topic,
      title: question.topicTitle,
      correct: 0,
      total: 0,
      percent: 0,
      credit: 0,
    }
    const credit = grades[i]?.credit ?? 0
    entry.total++
    entry.credit += credit
    if (credit >= 1) entry.correct++
    topics.set(key, entry)
  })
  return [...topics.values()].map(({ credit, ...entry }) => ({
    ...entry,
    percent: Math.round((credit / entry.total) * 100),
  }))
}
