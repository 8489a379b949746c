import { describe, expect, it } from 'vitest'
import { isoDuration, scorm12Duration, scorm12Time, scorm2004Time } from '@/domain/lms/times'

/** SCORM 1.2 RTE CMITimespan: HHHH:MM:SS.SS, 2 to 4 digits of hours, up to 2 decimals. */
const CMI_TIMESPAN = /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/
/** SCORM 1.2 RTE CMITime: HH:MM:SS.SS on a 24-hour clock. */
const CMI_TIME = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/
/** SCORM 2004 timeinterval (second,10,2): P[yY][mM][dD][T[hH][nM][s[.s]S]], never bare. */
const TIMEINTERVAL = /^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/
/**
 * SCORM 2004 time (second,10,0): YYYY[-MM[-DD[Thh[:mm[:ss[.s[TZD]]]]]]], the year 1970 to 2038,
 * a time zone only after the fraction of a second.
 */
const TIME_2004 =
  /^(19[7-9]\d|20[0-2]\d|203[0-8])(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3])(:[0-5]\d(:[0-5]\d(\.\d{1,2}(Z|[+-]([01]\d|2[0-3])(:[0-5]\d)?)?)?)?)?)?)?)?$/

const SECOND = 1_000
const HOUR = 3_600 * SECOND

describe('SCORM 1.2 durations (CMITimespan)', () => {
  it('writes hours, minutes, seconds and hundredths', () => {
    expect(scorm12Duration(0)).toBe('00:00:00.00')
    expect(scorm12Duration(3_723_500)).toBe('01:02:03.50')
    expect(scorm12Duration(100 * HOUR)).toBe('100:00:00.00')
  })

  it('rounds to the hundredth: 59.995 s is a minute', () => {
    expect(scorm12Duration(59_995)).toBe('00:01:00.00')
    expect(scorm12Duration(59_994)).toBe('00:00:59.99')
  })

  it('stops at 9999:59:59.99, the most four digits of hours hold', () => {
    expect(scorm12Duration(9999 * HOUR + 59 * 60 * SECOND + 59_990)).toBe('9999:59:59.99')
    expect(scorm12Duration(10_000 * HOUR)).toBe('9999:59:59.99')
    expect(scorm12Duration(1e15)).toBe('9999:59:59.99')
  })

  it('takes a negative or unknown time as none', () => {
    expect(scorm12Duration(-5)).toBe('00:00:00.00')
    expect(scorm12Duration(Number.NaN)).toBe('00:00:00.00')
  })
})

describe('SCORM 2004 and xAPI durations (ISO 8601)', () => {
  it('writes only the parts there are, seconds with at most two decimals', () => {
    expect(isoDuration(0)).toBe('PT0S')
    expect(isoDuration(12_500)).toBe('PT12.5S')
    expect(isoDuration(3_723_500)).toBe('PT1H2M3.5S')
    expect(isoDuration(2 * HOUR + 70)).toBe('PT2H0.07S')
    expect(isoDuration(100 * HOUR)).toBe('PT100H')
    expect(isoDuration(60 * SECOND)).toBe('PT1M')
  })

  it('rounds to the hundredth: 59.995 s is a minute', () => {
    expect(isoDuration(59_995)).toBe('PT1M')
    expect(isoDuration(1_234)).toBe('PT1.23S')
  })

  it('takes a negative or unknown time as none', () => {
    expect(isoDuration(-1)).toBe('PT0S')
    expect(isoDuration(Number.POSITIVE_INFINITY)).toBe('PT0S')
  })
})

describe('every duration matches its format', () => {
  const samples = [0, 1, 5, 10, 994, 995, 59_995, 61_000, 3_599_999, HOUR, 99 * HOUR + 1]
  const more = Array.from({ length: 200 }, (_, i) => Math.round(1.37 ** i) % (20_000 * HOUR))

  it('CMITimespan and timeinterval (second,10,2)', () => {
    for (const ms of [...samples, ...more, 1e15]) {
      expect(scorm12Duration(ms), String(ms)).toMatch(CMI_TIMESPAN)
      expect(isoDuration(ms), String(ms)).toMatch(TIMEINTERVAL)
    }
  })

  it('the formats refuse what they should', () => {
    for (const bad of ['0:00:00', '00:60:00', '00000:00:00.00', '00:00:00.000'])
      expect(bad).not.toMatch(CMI_TIMESPAN)
    for (const bad of ['P', 'PT', 'PT1.234S', 'T1S', 'PT1S2M'])
      expect(bad).not.toMatch(TIMEINTERVAL)
  })
})

describe('moments', () => {
  it('SCORM 1.2: HH:MM:SS on the learner’s clock', () => {
    const at = new Date(2024, 2, 5, 4, 7, 9, 990)
    expect(scorm12Time(at)).toBe('04:07:09')
    expect(scorm12Time(new Date(2024, 11, 31, 23, 59, 59))).toBe('23:59:59')
    expect(scorm12Time(at)).toMatch(CMI_TIME)
  })

  it('SCORM 2004: UTC with hundredths, then Z', () => {
    const at = new Date(Date.UTC(2024, 2, 5, 14, 7, 9, 256))
    expect(scorm2004Time(at)).toBe('2024-03-05T14:07:09.25Z')
    expect(scorm2004Time(new Date(Date.UTC(1999, 11, 31, 23, 59, 59, 999)))).toBe(
      '1999-12-31T23:59:59.99Z',
    )
    expect(scorm2004Time(new Date(Date.UTC(2030, 0, 1)))).toBe('2030-01-01T00:00:00.00Z')
  })

  it('SCORM 2004: every moment matches time (second,10,0)', () => {
    for (let day = 0; day < 400; day += 7) {
      const at = new Date(Date.UTC(2024, 0, 1) + day * 24 * HOUR + day * 7_919_123)
      expect(scorm2004Time(at)).toMatch(TIME_2004)
    }
    expect('2024-03-05T14:07:09Z').not.toMatch(TIME_2004)
  })
})
