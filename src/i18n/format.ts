import {
  formatDateIn,
  formatDateTimeIn,
  formatListIn,
  formatNumberIn,
  formatPercentIn,
  formatPercentRangeIn,
  formatRelativeTimeIn,
  formatTimeIn,
  pluralCategoryIn,
} from './intl'
import { formatLocale } from './locale'

/**
 * The one way the app writes numbers, shares, dates, times and lists for people: intl.ts's
 * functions in the interface's format locale. Each reads `formatLocale`, so a template that shows
 * one re-renders when the locale changes. Code handed a locale calls intl.ts itself; data for
 * machines (CSV, exports, an LMS's fields) keeps its own fixed formats. Durations are
 * duration.ts's, a module of their own: the first question loads this one and needs none.
 */
export const formatNumber = (value: number, options?: Intl.NumberFormatOptions) =>
  formatNumberIn(formatLocale.value, value, options)

/** A number with just so many decimals, as a statistic is shown: 0.4567 to 2 is "0.46". */
export const formatFixed = (value: number, digits: number) =>
  formatNumberIn(formatLocale.value, value, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })

/** A share from 0 to 1 as a percent, whole unless told: 0.256 is "26%". */
export const formatPercent = (share: number, fractionDigits?: number) =>
  formatPercentIn(formatLocale.value, share, fractionDigits)

/** A band of shares from `low` to `high`: "0% – 9%". */
export const formatPercentRange = (low: number, high: number) =>
  formatPercentRangeIn(formatLocale.value, low, high)

/** A calendar day (`2018-09-20`) or an instant as day, month and year: "September 20, 2018". */
export const formatDate = (at: number | string) => formatDateIn(formatLocale.value, at)

/** An instant with its time of day: "September 20, 2018 at 2:03 PM"; `full` adds the weekday. */
export const formatDateTime = (at: number, dateStyle?: 'long' | 'full') =>
  formatDateTimeIn(formatLocale.value, at, dateStyle)

/** An instant's time of day to the second: "2:03:05 PM". */
export const formatTime = (at: number) => formatTimeIn(formatLocale.value, at)

/** A time from now in one unit: -1 day is "yesterday", 3 hours "in 3 hours". */
export const formatRelativeTime = (value: number, unit: Intl.RelativeTimeFormatUnit) =>
  formatRelativeTimeIn(formatLocale.value, value, unit)

/** Items joined as a list: "a, b, and c", or "a or b" as a disjunction. */
export const formatList = (items: readonly string[], type?: 'conjunction' | 'disjunction') =>
  formatListIn(formatLocale.value, items, type)

/** The plural category of a count: 'one' or 'other' in English, six of them in Arabic. */
export const pluralCategory = (count: number) => pluralCategoryIn(formatLocale.value, count)
