/**
 * Classical item analysis of a class's answers, as Moodle's quiz statistics report it: how easy
 * each question was (facility), whether the students who did well on the rest of the test did
 * better on it (discrimination), and how consistent the test is as a whole (Cronbach's alpha).
 *
 * Students seldom answer the same questions: a kiosk or a seeded quiz draws each student's
 * questions from the bank. So every figure is computed over the students who answered what it is
 * about, and a student's standing on "the rest of the test" is their mean credit on the other
 * questions they answered, not a total.
 */

/**
 * One student's credit (0 to 1) for one question. A student who answered a question again (a
 * retry of the wrong ones) is counted on their first answer, as Moodle's statistics do: the
 * second came after the feedback.
 */
export interface Response {
  student: string
  item: string
  credit: number
}

export type DiscriminationMethod = 'point-biserial' | 'upper-lower'

export interface Discrimination {
  value: number
  /**
   * `point-biserial`: the correlation of the question's credit with the student's mean credit on
   * the rest of the test, from 20 students who answered it. `upper-lower`: with fewer, the
   * question's facility among the top 27% of those students (by the rest of the test) minus its
   * facility among the bottom 27%.
   */
  method: DiscriminationMethod
}

export type ItemVerdict = 'too-few' | 'check-key' | 'too-easy' | 'too-hard' | 'weak' | 'good'

export interface ItemStatistics {
  item: string
  /** How many students answered it. */
  answered: number
  /** Mean credit, 0 to 1. */
  facility: number
  /** Undefined when it cannot be told: too few students, or all of them alike. */
  discrimination?: Discrimination
  verdict: ItemVerdict
}

/** From this many students who answered a question, its discrimination is a correlation. */
export const CORRELATION_FROM = 20
/** Below this many answers a question is not judged. */
export const JUDGED_FROM = 5
const UPPER_LOWER_SHARE = 0.27

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length

/** Pearson's correlation; undefined when either side does not vary. */
export function correlation(x: readonly number[], y: readonly number[]): number | undefined {
  const [mx, my] = [mean(x), mean(y)]
  let [sxy, sxx, syy] = [0, 0, 0]
  x.forEach((xi, i) => {
    const [dx, dy] = [xi - mx, y[i]! - my]
    sxy += dx * dy
    sxx += dx * dx
    syy += dy * dy
  })
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : undefined
}

/**
 * The responses as a table, built once: students and questions numbered in the order first seen,
 * each student's first credit per question, and per question who answered it. A class's week is
 * 30,000 answers: every figure below walks this table, never the responses again per question.
 */
export interface AnswerTable {
  students: string[]
  items: string[]
  /** Per student: question number → credit, in the order answered. */
  rows: Map<number, number>[]
  /** Per question: the students (by number) who answered it, and their credit. */
  columns: { student: number; credit: number }[][]
}

export function tableOf(responses: readonly Response[]): AnswerTable {
  const studentNumber = new Map<string, number>()
  const itemNumber = new Map<string, number>()
  const table: AnswerTable = { students: [], items: [], rows: [], columns: [] }
  for (const { student, item, credit } of responses) {
    let s = studentNumber.get(student)
    if (s === undefined) {
      s = table.students.push(student) - 1
      studentNumber.set(student, s)
      table.rows.push(new Map())
    }
    let i = itemNumber.get(item)
    if (i === undefined) {
      i = table.items.push(item) - 1
      itemNumber.set(item, i)
      table.columns.push([])
    }
    const row = table.rows[s]!
    if (row.has(i)) continue
    row.set(i, credit)
    table.columns[i]!.push({ student: s, credit })
  }
  return table
}

/** The answers as a table: built here, or handed over by a caller that needs it twice. */
const asTable = (answers: readonly Response[] | AnswerTable): AnswerTable =>
  'rows' in answers ? answers : tableOf(answers)

/** The students who answered question `i` and something else: their credit on it, and on the rest. */
function itemAndRest(table: AnswerTable, totals: readonly number[], i: number) {
  return table.columns[i]!.flatMap(({ student, credit }) => {
    const answered = table.rows[student]!.size
    if (answered < 2) return []
    const rest = (totals[student]! - credit) / (answered - 1)
    return [{ student: table.students[student]!, credit, rest }]
  })
}

function discriminationOf(pairs: ReturnType<typeof itemAndRest>): Discrimination | undefined {
  // A question everyone got equally right (or wrong) tells no one apart.
  if (pairs.every((p) => p.credit === pairs[0]?.credit)) return undefined
  if (pairs.length >= CORRELATION_FROM) {
    const value = correlation(
      pairs.map((p) => p.credit),
      pairs.map((p) => p.rest),
    )
    return value === undefined ? undefined : { value, method: 'point-biserial' }
  }
  const group = Math.round(pairs.length * UPPER_LOWER_SHARE)
  if (group < 1 || pairs.length < 4) return undefined
  // Best on the rest of the test first; ties broken by student, so the result never depends on
  // the order the files came in.
  const ranked = [...pairs].sort(
    (a, b) => b.rest - a.rest || (a.student < b.student ? -1 : a.student > b.student ? 1 : 0),
  )
  const upper = ranked.slice(0, group)
  const lower = ranked.slice(-group)
  if (mean(upper.map((p) => p.rest)) === mean(lower.map((p) => p.rest))) return undefined
  const value = mean(upper.map((p) => p.credit)) - mean(lower.map((p) => p.credit))
  return { value, method: 'upper-lower' }
}

function verdictOf(answered: number, facility: number, discrimination?: Discrimination) {
  if (answered < JUDGED_FROM) return 'too-few'
  if (discrimination && discrimination.value < 0) return 'check-key'
  if (facility >= 0.9) return 'too-easy'
  if (facility <= 0.2) return 'too-hard'
  if (discrimination && discrimination.value < 0.2) return 'weak'
  return 'good'
}

/** Facility, discrimination and a verdict for every question answered, in order of first answer. */
export function analyseItems(answers: readonly Response[] | AnswerTable): ItemStatistics[] {
  const table = asTable(answers)
  const totals = table.rows.map((row) => {
    let total = 0
    for (const credit of row.values()) total += credit
    return total
  })
  return table.items.map((item, i) => {
    const credits = table.columns[i]!.map((c) => c.credit)
    const facility = mean(credits)
    const discrimination = discriminationOf(itemAndRest(table, totals, i))
    return {
      item,
      answered: credits.length,
      facility,
      ...(discrimination ? { discrimination } : {}),
      verdict: verdictOf(credits.length, facility, discrimination),
    }
  })
}

export interface Reliability {
  /** Cronbach's alpha (KR-20 when every credit is 0 or 1). */
  alpha: number
  /** The test's length it is for: the median number of questions a student answered. */
  length: number
  students: number
}

/**
 * What an alpha says, as the interface words it (src/i18n/messages/<language>/class.ts): the
 * usual reading of classroom tests, 0.7 and above is consistent; under 0.5 the scores say more
 * about which questions a student got than about what they know.
 */
export type ReliabilityReading = 'very-consistent' | 'consistent' | 'fair' | 'inconsistent'

export function reliabilityReading(alpha: number): ReliabilityReading {
  if (alpha >= 0.8) return 'very-consistent'
  if (alpha >= 0.7) return 'consistent'
  if (alpha >= 0.5) return 'fair'
  return 'inconsistent'
}

/** Up to this many questions, the pairs' sums are kept in one array (300² pairs: 2.9 MB). */
const DENSE_PAIRS_UP_TO = 300

/**
 * Cronbach's alpha of a test of the usual length, from the questions' variances and the
 * covariances of each pair of questions over the students who answered both:
 * alpha = k·c / (v + (k − 1)·c), with k the median number of questions per student, v the mean
 * variance of a question and c the mean covariance of two. With every student answering every
 * question this is the textbook formula, and KR-20 for right-or-wrong questions. Undefined with
 * fewer than two students or questions per student, or no pair of questions answered together.
 */
export function reliability(answers: readonly Response[] | AnswerTable): Reliability | undefined {
  const table = asTable(answers)
  const counts = table.rows.map((row) => row.size).sort((a, b) => a - b)
  if (counts.length < 2) return undefined
  const middle = Math.floor(counts.length / 2)
  const length =
    counts.length % 2 ? counts[middle]! : Math.round((counts[middle - 1]! + counts[middle]!) / 2)
  if (length < 2) return undefined

  const variances = table.columns.flatMap((column) => {
    if (column.length < 2) return []
    const m = mean(column.map((c) => c.credit))
    return [mean(column.map((c) => (c.credit - m) ** 2))]
  })
  // Each pair's sums (students, Σx, Σy, Σxy), gathered student by student: the work grows with
  // the answers each student gave, not with the square of the questions in the bank. A test of a
  // few hundred questions keeps the sums in one array by pair; a larger bank, only the pairs seen.
  const itemCount = table.items.length
  const dense = itemCount <= DENSE_PAIRS_UP_TO
  const slots = new Map<number, number>()
  const sums: number[] | Float64Array = dense ? new Float64Array(itemCount * itemCount * 4) : []
  const slotOf = (key: number): number => {
    if (dense) return key * 4
    let slot = slots.get(key)
    if (slot === undefined) {
      slot = (sums as number[]).push(0, 0, 0, 0) - 4
      slots.set(key, slot)
    }
    return slot
  }
  for (const row of table.rows) {
    const answers = [...row].sort(([a], [b]) => a - b)
    for (let x = 0; x < answers.length; x++) {
      const [a, va] = answers[x]!
      for (let y = x + 1; y < answers.length; y++) {
        const [b, vb] = answers[y]!
        const slot = slotOf(a * itemCount + b)
        sums[slot]! += 1
        sums[slot + 1]! += va
        sums[slot + 2]! += vb
        sums[slot + 3]! += va * vb
      }
    }
  }
  const covariances: number[] = []
  for (let slot = 0; slot < sums.length; slot += 4) {
    const n = sums[slot]!
    if (n < 2) continue
    covariances.push(sums[slot + 3]! / n - (sums[slot + 1]! / n) * (sums[slot + 2]! / n))
  }
  if (variances.length === 0 || covariances.length === 0) return undefined
  const [v, c] = [mean(variances), mean(covariances)]
  const denominator = v + (length - 1) * c
  if (denominator <= 0) return undefined
  return { alpha: (length * c) / denominator, length, students: table.students.length }
}
