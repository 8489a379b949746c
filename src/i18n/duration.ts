import { kept, lists, numbers } from './intl'
import { formatLocale } from './locale'

// Durations, beside format.ts and intl.ts in a module of their own: only results pages show one,
// and the first question, which needs format.ts's numbers and dates, does not carry this.

/** How the units of a duration are written: "4m 16s", "4 min, 16 sec", "4 minutes, 16 seconds". */
export type DurationStyle = 'narrow' | 'short' | 'long'

type DurationUnit = 'hour' | 'minute' | 'second'
type DurationOptions = { style: DurationStyle; secondsDisplay?: 'always' }
// Intl.DurationFormat is newer than the ES2023 library the app is typed against, and Node 20 has none.
type DurationFormat = new (
  locale: string,
  options: DurationOptions,
) => { format(duration: Partial<Record<`${DurationUnit}s`, number>>): string }

/**
 * Seconds, rounded to whole ones, as hours, minutes and seconds, leaving out the units that are 0:
 * 256 is "4 min, 16 sec" in American English, "4 min et 16 s" in French; none at all is "0 sec".
 * Intl.DurationFormat writes it where the browser has it. Elsewhere each unit is written on its
 * own and the units joined as a list, which gives the same text, character for character (checked
 * against Chromium's DurationFormat in English, French, Spanish, Korean and Arabic, in each style).
 */
export function formatDurationIn(locale: string, seconds: number, style: DurationStyle = 'short') {
  const whole = Math.max(0, Math.round(seconds))
  const units: [DurationUnit, number][] = [
    ['hour', Math.floor(whole / 3600)],
    ['minute', Math.floor(whole / 60) % 60],
    ['second', whole % 60],
  ]
  const shown = units.filter(([, n]) => n > 0)
  const none = shown.length === 0
  if (none) shown.push(['second', 0])
  const Duration = (Intl as unknown as { DurationFormat?: DurationFormat }).DurationFormat
  if (Duration) {
    // DurationFormat leaves every 0 out, even the last one, unless told to show the seconds.
    const options: DurationOptions = none ? { style, secondsDisplay: 'always' } : { style }
    const format = kept('DurationFormat', locale, options, () => new Duration(locale, options))
    return format.format(Object.fromEntries(shown.map(([unit, n]) => [`${unit}s`, n])))
  }
  return lists(locale, { type: 'unit', style }).format(
    shown.map(([unit, n]) =>
      numbers(locale, { style: 'unit', unit, unitDisplay: style }).format(n),
    ),
  )
}

/** Seconds in the interface's format locale (locale.ts): 256 is "4 min, 16 sec". */
export const formatDuration = (seconds: number, style?: DurationStyle) =>
  formatDurationIn(formatLocale.value, seconds, style)
