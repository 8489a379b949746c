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

/** How each verdict reads to a teacher. */
export const ITEM_VERDICT_TEXT: Record<ItemVerdict, string> = {
  'too-few': 'too few answers to judge',
  'check-key': 'check the key: students who did well elsewhere got it wrong more often',
  'too-easy': 'too easy',
  'too-hard': 'very hard: check the key and the wording',
  weak: 'does not tell who knows from who does not',
  good: 'good',
}

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

/** Each student's credit by question. */
function byStudent(responses: readonly Response[]): Map<string, Map<string, number>> {
  const students = new Map<string, Map<string, number>>()
  for (const { student, item, credit } of responses) {
    const answers = students.get(student) ?? new Map<string, number>()
    if (!answers.has(item)) answers.set(item, credit)
    students.set(student, answers)
  }
  return students
}

/** The students who answered `item` and something else: their credit on it, and on the rest. */
function itemAndRest(students: Map<string, Map<string, number>>, item: string) {
  const pairs: { student: string; credit: number; rest: number }[] = []
  for (const [student, answers] of students) {
    const credit = answers.get(item)
    if (credit === undefined || answers.size < 2) continue
    const rest = [...answers].filter(([other]) => other !== item).map(([, c]) => c)
    pairs.push({ student, credit, rest: mean(rest) })
  }
  return pairs
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
export function analyseItems(responses: readonly Response[]): ItemStatistics[] {
  const students = byStudent(responses)
  const items = [...new Set(responses.map((r) => r.item))]
  return items.map((item) => {
    const credits = [...students.values()].flatMap((answers) => {
      const credit = answers.get(item)
      return credit === undefined ? [] : [credit]
    })
    const facility = mean(credits)
    const discrimination = discriminationOf(itemAndRest(students, item))
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
 * Cronbach's alpha of a test of the usual length, from the questions' variances and the
 * covariances of each pair of questions over the students who answered both:
 * alpha = k·c / (v + (k − 1)·c), with k the median number of questions per student, v the mean
 * variance of a question and c the mean covariance of two. With every student answering every
 * question this is the textbook formula, and KR-20 for right-or-wrong questions. Undefined with
 * fewer than two students or questions per student, or no pair of questions answered together.
 */
export function reliability(responses: readonly Response[]): Reliability | undefined {
  const students = [...byStudent(responses).values()]
  const counts = students.map((answers) => answers.size).sort((a, b) => a - b)
  if (students.length < 2) return undefined
  const middle = Math.floor(counts.length / 2)
  const length =
    counts.length % 2 ? counts[middle]! : Math.round((counts[middle - 1]! + counts[middle]!) / 2)
  if (length < 2) return undefined
  const items = [...new Set(responses.map((r) => r.item))]
  const column = (item: string) => students.map((answers) => answers.get(item))

  const variances = items.flatMap((item) => {
    const values = column(item).filter((v): v is number => v !== undefined)
    if (values.length < 2) return []
    const m = mean(values)
    return [mean(values.map((v) => (v - m) ** 2))]
  })
  const covariances: number[] = []
  items.forEach((a, i) => {
    const x = column(a)
    for (const b of items.slice(i + 1)) {
      const y = column(b)
      const both = x.flatMap((xv, s) =>
        xv !== undefined && y[s] !== undefined ? [[xv, y[s]]] : [],
      )
      if (both.length < 2) continue
      const [mx, my] = [mean(both.map(([v]) => v!)), mean(both.map(([, w]) => w!))]
      covariances.push(mean(both.map(([v, w]) => (v! - mx) * (w! - my))))
    }
  })
  if (variances.length === 0 || covariances.length === 0) return undefined
  const [v, c] = [mean(variances), mean(covariances)]
  const denominator = v + (length - 1) * c
  if (denominator <= 0) return undefined
  return { alpha: (length * c) / denominator, length, students: students.length }
}
