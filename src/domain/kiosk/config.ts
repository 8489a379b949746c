import { z } from 'zod/mini'
import { PinHashSchema } from './pin.ts'

export const MIN_QUESTIONS = 1
export const MAX_QUESTIONS = 100
export const MIN_IDLE_SECONDS = 10
export const MAX_IDLE_SECONDS = 3600
export const DEFAULT_IDLE_SECONDS = 60

/** The kiosk's settings: which bank, how many questions, and the teacher's PIN. */
export const KioskConfigSchema = z.object({
  bank: z.string().check(z.minLength(1)),
  /** Questions per student. */
  n: z.int().check(z.gte(MIN_QUESTIONS), z.lte(MAX_QUESTIONS)),
  /** Only these topics; none means every topic of the bank. */
  topics: z.array(z.string().check(z.minLength(1))),
  /** Seconds without a touch before the kiosk goes back to the start for the next student. */
  idle: z._default(
    z.int().check(z.gte(MIN_IDLE_SECONDS), z.lte(MAX_IDLE_SECONDS)),
    DEFAULT_IDLE_SECONDS,
  ),
  pin: PinHashSchema,
  /**
   * The interface language the teacher chose for the whole kiosk; none (a kiosk set up before
   * kiosks had one) follows the device. Any text is kept: the store takes only a language it has.
   */
  language: z.optional(z.string()),
})
export type KioskConfig = z.infer<typeof KioskConfigSchema>

/** What a kiosk link can set; the PIN never travels in a URL. */
export interface KioskQuery {
  bank?: string
  n?: number
  topics?: string[]
  idle?: number
}

/** A query value as vue-router gives it: one text, several, or none. */
export type QueryValue = string | (string | null)[] | null | undefined

const values = (value: QueryValue): string[] =>
  (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string')

const first = (value: QueryValue): string | undefined => values(value)[0]?.trim()

function wholeNumber(value: QueryValue, min: number, max: number): number | undefined {
  const text = first(value)
  if (text === undefined || !/^[+-]?\d+$/.test(text)) return undefined
  return Math.min(max, Math.max(min, Number(text)))
}

/**
 * Reads `/kiosk?bank=…&n=…&topics=a,b&idle=…`. Bad values are left out rather than refused, and
 * numbers out of range are brought into it, so an edited link still gives a kiosk.
 */
export function parseKioskQuery(query: Record<string, QueryValue>): KioskQuery {
  const bank = first(query.bank)
  const n = wholeNumber(query.n, MIN_QUESTIONS, MAX_QUESTIONS)
  const idle = wholeNumber(query.idle, MIN_IDLE_SECONDS, MAX_IDLE_SECONDS)
  const topics = [
    ...new Set(
      values(query.topics)
        .flatMap((v) => v.split(','))
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ]
  return {
    ...(bank ? { bank } : {}),
    ...(n !== undefined ? { n } : {}),
    ...(topics.length ? { topics } : {}),
    ...(idle !== undefined ? { idle } : {}),
  }
}

/** A number the teacher typed: whole, from `min` to `max`, or undefined. */
function typedWholeNumber(text: string, min: number, max: number): number | undefined {
  const value = Number(text.trim())
  return /^\d+$/.test(text.trim()) && value >= min && value <= max ? value : undefined
}

/** A typed number out of its range: the whole numbers from `min` to `max` are what it takes. */
export interface NumberRange {
  min: number
  max: number
}

/**
 * The teacher panel's two number fields as the kiosk takes them. Unlike a link's, a typed number
 * out of range is refused, with its field's range for the panel to say (undefined where fine).
 */
export function readTypedNumbers(count: string, idle: string) {
  const n = typedWholeNumber(count, MIN_QUESTIONS, MAX_QUESTIONS)
  const seconds = typedWholeNumber(idle, MIN_IDLE_SECONDS, MAX_IDLE_SECONDS)
  const problems: { count: NumberRange | undefined; idle: NumberRange | undefined } = {
    count: n === undefined ? { min: MIN_QUESTIONS, max: MAX_QUESTIONS } : undefined,
    idle: seconds === undefined ? { min: MIN_IDLE_SECONDS, max: MAX_IDLE_SECONDS } : undefined,
  }
  return { n, idle: seconds, problems }
}
