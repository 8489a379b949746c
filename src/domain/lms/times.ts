/**
 * Times and durations as SCORM 1.2, SCORM 2004 and xAPI write them. Pure: the caller measures the
 * time (a Date, a count of milliseconds) and gets the text to send.
 */

/** SCORM 1.2's CMITimespan holds at most four digits of hours. */
const MOST_HUNDREDTHS = ((9999 * 60 + 59) * 60 + 59) * 100 + 99

/** Whole hundredths of a second in `ms`: both standards count no finer. Not a time: none. */
const hundredths = (ms: number) => (Number.isFinite(ms) && ms > 0 ? Math.round(ms / 10) : 0)

const pad = (value: number, width = 2) => String(value).padStart(width, '0')

/** Hours, minutes, seconds and hundredths of `total` hundredths of a second. */
function split(total: number) {
  return {
    hours: Math.floor(total / 360_000),
    minutes: Math.floor(total / 6_000) % 60,
    seconds: Math.floor(total / 100) % 60,
    hundredths: total % 100,
  }
}

/**
 * A duration as SCORM 1.2's CMITimespan, `HHHH:MM:SS.SS` (two to four digits of hours), for
 * `session_time` and an interaction's `latency`: 59.995 s is `00:01:00.00`. Past 9999 hours it
 * stays at `9999:59:59.99`, the most the format holds; a negative or unknown time is zero.
 */
export function scorm12Duration(ms: number): string {
  const {
    hours,
    minutes,
    seconds,
    hundredths: rest,
  } = split(Math.min(hundredths(ms), MOST_HUNDREDTHS))
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}.${pad(rest)}`
}

/**
 * A duration as SCORM 2004's timeinterval (second,10,2) and xAPI's ISO 8601 duration: `PT1H2M3.5S`,
 * at most two decimals of seconds, `PT0S` for none. Hours are not folded into days, which would
 * need a calendar; a negative or unknown time is zero.
 */
export function isoDuration(ms: number): string {
  const total = hundredths(ms)
  const { hours, minutes } = split(total)
  const seconds = (total % 6_000) / 100
  const parts = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds ? `${seconds}S` : ''}`
  return `PT${parts || '0S'}`
}

/** A moment as SCORM 1.2's CMITime, `HH:MM:SS`, on the learner's clock (the Date's local time). */
export function scorm12Time(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
}

/**
 * A moment as SCORM 2004's time (second,10,0), in UTC: `2024-03-05T14:07:09.25Z`. The format only
 * allows a time zone after hundredths of a second (`…ss.s[TZD]`), and a time without one means
 * whatever the LMS takes it to mean, so the hundredths are always written, then `Z`.
 */
export function scorm2004Time(date: Date): string {
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
  return `${day}T${time}.${pad(Math.floor(date.getUTCMilliseconds() / 10))}Z`
}
