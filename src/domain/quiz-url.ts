import { QUESTION_TYPES, type QuestionType } from './bank/question-types.ts'
import type { QuizParams } from './quiz.ts'

export const DEFAULT_QUIZ_LENGTH = 10

export interface QuizRequest {
  bankIds: string[]
  params: QuizParams
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)

/** `2`, `1-2` or `1,3` → the difficulties 1–3 it names. */
function parseDifficulty(value: string | undefined): number[] | undefined {
  if (!value) return undefined
  const range = /^([1-3])-([1-3])$/.exec(value)
  const levels = range
    ? Array.from(
        { length: Number(range[2]) - Number(range[1]) + 1 },
        (_, i) => Number(range[1]) + i,
      )
    : list(value).map(Number)
  const valid = levels.filter((l) => l === 1 || l === 2 || l === 3)
  return valid.length > 0 ? valid : undefined
}

export { DRAFT_BANK_ID } from './draft-bank.ts'

/**
 * Reads `/quiz?bank=a,b&n=10&seed=x&topics=…&types=…&difficulty=1-2&keys=…`; unknown types and
 * bad numbers are left out rather than refused, so an edited link still gives a quiz.
 */
export function parseQuizQuery(
  query: Record<string, string | undefined>,
  seed: string,
): QuizRequest {
  const n = Number.parseInt(query.n ?? '', 10)
  const types = list(query.types).filter((t): t is QuestionType =>
    (QUESTION_TYPES as readonly string[]).includes(t),
  )
  const topics = list(query.topics)
  const keys = list(query.keys)
  const difficulty = parseDifficulty(query.difficulty)
  return {
    bankIds: list(query.bank),
    params: {
      n: Number.isFinite(n) && n > 0 ? n : DEFAULT_QUIZ_LENGTH,
      seed,
      ...(topics.length ? { topics } : {}),
      ...(types.length ? { types } : {}),
      ...(difficulty ? { difficulty } : {}),
      ...(keys.length ? { keys } : {}),
    },
  }
}

/** The query of a quiz's URL: what a shared link carries to give the same quiz. */
export function quizQuery({ bankIds, params }: QuizRequest): Record<string, string> {
  return {
    bank: bankIds.join(','),
    n: String(params.n),
    seed: params.seed,
    ...(params.topics?.length ? { topics: params.topics.join(',') } : {}),
    ...(params.types?.length ? { types: params.types.join(',') } : {}),
    ...(params.difficulty?.length ? { difficulty: params.difficulty.join(',') } : {}),
    ...(params.keys?.length ? { keys: params.keys.join(',') } : {}),
  }
}

/** A URL query as the router gives it, one value per name: the first of a repeated one. */
export const singleValues = (
  query: Readonly<Record<string, string | null | (string | null)[] | undefined>>,
): Record<string, string | undefined> =>
  Object.fromEntries(
    Object.entries(query).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v) ?? undefined]),
  )

/** The quiz of the questions `keys` (those answered wrong): the same banks, filters and seed. */
export function retryRequest({ bankIds, params }: QuizRequest, keys: string[]): QuizRequest {
  const { keys: _previous, ...filters } = params
  return { bankIds, params: { ...filters, n: keys.length, keys } }
}

/** Another quiz like this one: a new seed, the same banks and filters; after a retry, a quiz of the usual length. */
export function anotherRequest({ bankIds, params }: QuizRequest, seed: string): QuizRequest {
  const { keys, ...filters } = params
  return { bankIds, params: { ...filters, n: keys ? DEFAULT_QUIZ_LENGTH : filters.n, seed } }
}
