/**
 * Numbers, shares, dates, times and lists as people read them (durations: duration.ts), from the
 * browser's `Intl`, in the locale each call names: pure (the same locale and value give the same
 * text) and free of Vue, so the catalogue's files and code handed a locale can use them.
 * Components call format.ts, which names the interface's format locale for them.
 *
 * Each Intl object is built on first use, since building one loads its locale's data (a long task
 * on a slow phone), and kept for the next call with the same locale and options.
 */
const made = new Map<string, unknown>()

/** The Intl object of this kind, locale and options: the one built before, else a new one, kept. */
export function kept<T>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind} ${locale} ${JSON.stringify(options)}`
  if (!made.has(key)) made.set(key, make())
  return made.get(key) as T
}

/** The number format of this locale and options, built once. */
export const numbers = (locale: string, options: Intl.NumberFormatOptions) =>
  kept('NumberFormat', locale, options, () => new Intl.NumberFormat(locale, options))

const dates = (locale: string, options: Intl.DateTimeFormatOptions) =>
  kept('DateTimeFormat', locale, options, () => new Intl.DateTimeFormat(locale, options))

/** The list format of this locale and options, built once. */
export const lists = (locale: string, options: Intl.ListFormatOptions) =>
  kept('ListFormat', locale, options, () => new Intl.ListFormat(locale, options))

/** A number: 28,000.5 in English, 28 000,5 in French (a narrow no-break space), 28.000,5 in Spanish. */
export const formatNumberIn = (
  locale: string,
  value: number,
  options: Intl.NumberFormatOptions = {},
) => numbers(locale, options).format(value)

/** A share from 0 to 1 as a percent, whole unless told: 0.256 is "26%" in English, "26 %" in French. */
export const formatPercentIn = (locale: string, share: number, fractionDigits = 0) =>
  numbers(locale, { style: 'percent', maximumFractionDigits: fractionDigits }).format(share)

/** A band of shares, such as a histogram's bar: 0 to 0.09 is "0% – 9%" in English, "0–9 %" in French. */
export const formatPercentRangeIn = (locale: string, low: number, high: number) =>
  numbers(locale, { style: 'percent', maximumFractionDigits: 0 }).formatRange(low, high)

/**
 * A day as day, month and year: "September 20, 2018" in American English, "20 September 2018" in
 * British. A calendar day (`2018-09-20`, a source's date) is that day everywhere; an instant
 * (milliseconds since 1970) is read in the browser's time zone.
 */
export function formatDateIn(locale: string, at: number | string): string {
  if (typeof at === 'number') return dates(locale, { dateStyle: 'long' }).format(at)
  return dates(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(`${at}T12:00Z`))
}

/**
 * An instant as its date and time of day: "20 September 2018 at 14:03" in British English;
 * `full` adds the weekday, for a time within the next few days.
 */
export const formatDateTimeIn = (locale: string, at: number, dateStyle: 'long' | 'full' = 'long') =>
  dates(locale, { dateStyle, timeStyle: 'short' }).format(at)

/** An instant's time of day to the second, for a wait of seconds: "14:03:05", "2:03:05 PM". */
export const formatTimeIn = (locale: string, at: number) =>
  dates(locale, { timeStyle: 'medium' }).format(at)

/** A time from now in one unit, in words where the language has them: -1 day is "yesterday". */
export const formatRelativeTimeIn = (
  locale: string,
  value: number,
  unit: Intl.RelativeTimeFormatUnit,
) =>
  kept(
    'RelativeTimeFormat',
    locale,
    { numeric: 'auto' },
    () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
  ).format(value, unit)

/** Items joined as a list: "a, b, and c" in American English (conjunction), "a or b" (disjunction). */
export const formatListIn = (
  locale: string,
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
) => lists(locale, { type }).format(items)

/** The plural category of a count in the locale's rules: English has one and other, Arabic six. */
export const pluralCategoryIn = (locale: string, count: number) =>
  kept('PluralRules', locale, {}, () => new Intl.PluralRules(locale)).select(count)
