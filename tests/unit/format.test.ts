import { afterEach, describe, expect, it, vi } from 'vitest'
import { computed } from 'vue'
import { formatDuration, formatDurationIn, type DurationStyle } from '@/i18n/duration'
import { formatDate, formatFixed, formatPercent, pluralCategory } from '@/i18n/format'
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
} from '@/i18n/intl'
import { formatLocale, regionalTag } from '@/i18n/locale'

// The expected texts are what Intl writes: Node 20's ICU here, checked against Chromium 156's.
const NBSP = '\u00a0'
const NNBSP = '\u202f'
const LRM = '\u200e'

/** 20 September 2018, 14:03:05 in the machine's own time zone, as the browser reads an instant. */
const AT = new Date(2018, 8, 20, 14, 3, 5).getTime()

afterEach(() => {
  formatLocale.value = 'en'
})

describe('regionalTag: the format locale for an interface language', () => {
  it("takes the browser's first tag in that language, with its region", () => {
    expect(regionalTag('en', ['en-GB', 'fr'])).toBe('en-GB')
    expect(regionalTag('en', ['fr-FR', 'en-AU', 'en-GB'])).toBe('en-AU')
    expect(regionalTag('fr', ['de', 'fr-CA'])).toBe('fr-CA')
  })

  it('is the language itself when the browser does not speak it, or speaks it with no region', () => {
    expect(regionalTag('en', ['fr-FR', 'de'])).toBe('en')
    expect(regionalTag('en', [])).toBe('en')
    expect(regionalTag('ar', ['ar'])).toBe('ar')
  })

  it('writes the tag as BCP 47 does, and passes over one Intl would refuse', () => {
    expect(regionalTag('en', ['EN-gb'])).toBe('en-GB')
    expect(regionalTag('en', ['en_US', 'en-GB'])).toBe('en-GB')
    expect(regionalTag('en', ['en-x'])).toBe('en')
  })

  it('does not take a language that only starts the same way', () => {
    expect(regionalTag('es', ['est-EE'])).toBe('es')
  })
})

describe('numbers and shares', () => {
  it('groups and marks decimals as each language does', () => {
    expect(['en', 'en-GB', 'fr', 'es', 'ko', 'ar'].map((l) => formatNumberIn(l, 28000.5))).toEqual([
      '28,000.5',
      '28,000.5',
      `28${NNBSP}000,5`,
      '28.000,5',
      '28,000.5',
      '28,000.5',
    ])
  })

  it('keeps a four-digit number such as a year whole with `min2`; Spanish always does', () => {
    expect(formatNumberIn('en', 1953)).toBe('1,953')
    expect(formatNumberIn('en', 1953, { useGrouping: 'min2' })).toBe('1953')
    expect(formatNumberIn('fr', 1953, { useGrouping: 'min2' })).toBe('1953')
    expect(formatNumberIn('es', 1953)).toBe('1953')
  })

  it('writes a share from 0 to 1 as a whole percent unless told', () => {
    expect(['en', 'en-GB', 'fr', 'es', 'ko', 'ar'].map((l) => formatPercentIn(l, 0.256))).toEqual([
      '26%',
      '26%',
      `26${NBSP}%`,
      `26${NBSP}%`,
      '26%',
      `26${LRM}%${LRM}`,
    ])
    expect(formatPercentIn('en', 0.2564, 1)).toBe('25.6%')
    expect(formatPercentIn('fr', 0.2564, 1)).toBe(`25,6${NBSP}%`)
    expect(formatPercentIn('en', 0.125)).toBe('13%')
    expect(formatPercentIn('en', 1)).toBe('100%')
  })

  it('writes a band of shares as a range', () => {
    expect(formatPercentRangeIn('en', 0, 0.09)).toBe('0% – 9%')
    expect(formatPercentRangeIn('fr', 0, 0.09)).toBe(`0–9${NBSP}%`)
    expect(formatPercentRangeIn('ko', 0.9, 1)).toBe('90% ~ 100%')
  })
})

describe('dates and times', () => {
  it("writes a day in each language's order: the decision's British and American teachers", () => {
    expect(formatDateIn('en-GB', '2018-09-20')).toBe('20 September 2018')
    expect(formatDateIn('en', '2018-09-20')).toBe('September 20, 2018')
    expect(formatDateIn('fr', '2018-09-20')).toBe('20 septembre 2018')
    expect(formatDateIn('es', '2018-09-20')).toBe('20 de septiembre de 2018')
    expect(formatDateIn('ko', '2018-09-20')).toBe('2018년 9월 20일')
    expect(formatDateIn('ar', '2018-09-20')).toBe('20 سبتمبر 2018')
  })

  it('keeps a calendar day the same day in every time zone; an instant is read in the local one', () => {
    // A source's date names a day, not an instant: 1 January stays 1 January west of Greenwich.
    expect(formatDateIn('en-GB', '2019-01-01')).toBe('1 January 2019')
    expect(formatDateIn('en-GB', AT)).toBe('20 September 2018')
  })

  it('adds the time of day, and the weekday when asked', () => {
    expect(formatDateTimeIn('en-GB', AT)).toBe('20 September 2018 at 14:03')
    expect(formatDateTimeIn('en', AT)).toBe('September 20, 2018 at 2:03 PM')
    expect(formatDateTimeIn('fr', AT)).toBe('20 septembre 2018 à 14:03')
    expect(formatDateTimeIn('es', AT)).toBe('20 de septiembre de 2018 a las 14:03')
    expect(formatDateTimeIn('ar', AT)).toBe('20 سبتمبر 2018 في 2:03 م')
    // Korean's afternoon is 오후 in Chromium's locale data and PM in Node 20's (CLDR 48).
    expect(formatDateTimeIn('ko', AT)).toMatch(/^2018년 9월 20일 (오후|PM) 2:03$/)
    expect(formatDateTimeIn('en-GB', AT, 'full')).toBe('Thursday, 20 September 2018 at 14:03')
    expect(formatDateTimeIn('fr', AT, 'full')).toBe('jeudi 20 septembre 2018 à 14:03')
  })

  it('writes a time of day to the second', () => {
    expect(formatTimeIn('en-GB', AT)).toBe('14:03:05')
    expect(formatTimeIn('en', AT)).toBe('2:03:05 PM')
    expect(formatTimeIn('fr', AT)).toBe('14:03:05')
  })

  it('says a time from now in words where the language has them', () => {
    expect(formatRelativeTimeIn('en', -1, 'day')).toBe('yesterday')
    expect(formatRelativeTimeIn('en', 3, 'hour')).toBe('in 3 hours')
    expect(formatRelativeTimeIn('fr', -1, 'day')).toBe('hier')
    expect(formatRelativeTimeIn('es', 3, 'hour')).toBe('dentro de 3 horas')
    expect(formatRelativeTimeIn('ko', -1, 'day')).toBe('어제')
    expect(formatRelativeTimeIn('ar', 3, 'hour')).toBe('خلال 3 ساعات')
  })
})

describe('durations', () => {
  const STYLES: DurationStyle[] = ['narrow', 'short', 'long']
  const FOUR_MINUTES_SIXTEEN: Record<string, string[]> = {
    en: ['4m 16s', '4 min, 16 sec', '4 minutes, 16 seconds'],
    'en-GB': ['4m 16s', '4 mins, 16 secs', '4 minutes, 16 seconds'],
    fr: ['4min 16s', `4${NBSP}min et 16${NNBSP}s`, `4 minutes et 16${NBSP}secondes`],
    es: ['4min 16s', '4 min y 16 s', '4 minutos y 16 segundos'],
    ko: ['4분 16초', '4분 16초', '4분 16초'],
    ar: ['4 د و16 ث', '4 د و16 ث', '4 دقائق و16 ثانية'],
  }

  /**
   * Runs `check` as the engine is, then with Intl.DurationFormat hidden: Node 20 has none, so
   * both runs write through the fallback here, and on an engine that has it the two must agree.
   */
  function withAndWithoutDurationFormat(check: () => void) {
    check()
    const intl = Intl as unknown as Record<string, unknown>
    const own = Object.getOwnPropertyDescriptor(intl, 'DurationFormat')
    delete intl.DurationFormat
    try {
      check()
    } finally {
      if (own) Object.defineProperty(intl, 'DurationFormat', own)
    }
  }

  it('writes 4 min 16 s in each language and style as DurationFormat does', () => {
    withAndWithoutDurationFormat(() => {
      for (const [locale, texts] of Object.entries(FOUR_MINUTES_SIXTEEN))
        expect(
          STYLES.map((style) => formatDurationIn(locale, 256, style)),
          locale,
        ).toEqual(texts)
    })
  })

  it('leaves out the units that are 0, and writes no time at all as 0 seconds', () => {
    withAndWithoutDurationFormat(() => {
      expect([0, 45, 60, 3725].map((s) => formatDurationIn('en', s))).toEqual([
        '0 sec',
        '45 sec',
        '1 min',
        '1 hr, 2 min, 5 sec',
      ])
      expect(formatDurationIn('fr', 3725)).toBe(`1${NNBSP}h, 2${NBSP}min et 5${NNBSP}s`)
      expect(formatDurationIn('ar', 3725, 'long')).toBe('ساعة، ودقيقتان، و5 ثوان')
    })
  })

  it('rounds to whole seconds and reads a negative time as none', () => {
    expect(formatDurationIn('en', 255.6)).toBe('4 min, 16 sec')
    expect(formatDurationIn('en', -3)).toBe('0 sec')
  })
})

describe('lists and plurals', () => {
  it('joins items as each language does', () => {
    expect(formatListIn('en', ['a', 'b', 'c'])).toBe('a, b, and c')
    expect(formatListIn('en-GB', ['a', 'b', 'c'])).toBe('a, b and c')
    expect(formatListIn('fr', ['a', 'b', 'c'])).toBe('a, b et c')
    expect(formatListIn('ko', ['a', 'b', 'c'])).toBe('a, b 및 c')
    expect(formatListIn('ar', ['a', 'b', 'c'])).toBe('a وb وc')
    expect(formatListIn('en', ['a', 'b'], 'disjunction')).toBe('a or b')
    expect(formatListIn('es', ['a', 'b'], 'disjunction')).toBe('a o b')
  })

  it("gives each count its plural category in the language's rules", () => {
    const categories = (locale: string) =>
      [0, 1, 2, 3, 11, 100].map((n) => pluralCategoryIn(locale, n))
    expect(categories('en')).toEqual(['other', 'one', 'other', 'other', 'other', 'other'])
    expect(categories('fr')).toEqual(['one', 'one', 'other', 'other', 'other', 'other'])
    expect(categories('ko')).toEqual(['other', 'other', 'other', 'other', 'other', 'other'])
    expect(categories('ar')).toEqual(['zero', 'one', 'two', 'few', 'many', 'other'])
  })
})

describe('format.ts: the interface format locale', () => {
  it('writes in formatLocale, and what reads it follows a change', () => {
    const shown = computed(() => `${formatDate('2018-09-20')}, ${formatPercent(0.5)}`)
    expect(shown.value).toBe('September 20, 2018, 50%')
    formatLocale.value = 'en-GB'
    expect(shown.value).toBe('20 September 2018, 50%')
    formatLocale.value = 'fr'
    expect(shown.value).toBe(`20 septembre 2018, 50${NBSP}%`)
    expect(formatDuration(256)).toBe(`4${NBSP}min et 16${NNBSP}s`)
    expect(formatFixed(0.4567, 2)).toBe('0,46')
    expect(formatFixed(-0.5, 2)).toBe('-0,50')
    expect(pluralCategory(0)).toBe('one')
  })
})

type IntlKind =
  'NumberFormat' | 'DateTimeFormat' | 'PluralRules' | 'ListFormat' | 'RelativeTimeFormat'

/** Counts the objects of an Intl kind built from now on; each is still the real one. */
function countBuilt(kind: IntlKind) {
  const Real = Intl[kind] as unknown as new (...args: unknown[]) => object
  return vi.spyOn(Intl, kind).mockImplementation(function (...args: unknown[]) {
    return new Real(...args)
  } as never)
}

describe('the Intl objects', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('are built on first use, once per locale and options', () => {
    const built = countBuilt('NumberFormat')
    // A locale no other test here uses, so none of its formats is built yet.
    expect(formatNumberIn('de', 1234.5)).toBe('1.234,5')
    expect(formatNumberIn('de', 28000)).toBe('28.000')
    expect(built).toHaveBeenCalledTimes(1)
    expect(formatNumberIn('de', 1234, { useGrouping: 'min2' })).toBe('1234')
    expect(formatPercentIn('de', 0.5)).toBe(`50${NBSP}%`)
    expect(formatNumberIn('de-AT', 28000)).toBe(`28${NBSP}000`)
    expect(built).toHaveBeenCalledTimes(4)
    formatNumberIn('de', 1, { useGrouping: 'min2' })
    formatPercentIn('de', 1)
    expect(built).toHaveBeenCalledTimes(4)
  })

  it('are not built by loading the modules or by choosing the locale at start-up', async () => {
    vi.resetModules()
    const kinds: IntlKind[] = [
      'NumberFormat',
      'DateTimeFormat',
      'PluralRules',
      'ListFormat',
      'RelativeTimeFormat',
    ]
    const built = kinds.map(countBuilt)
    const locale = await import('@/i18n/locale')
    const format = await import('@/i18n/format')
    locale.formatLocale.value = locale.regionalTag('en', ['en-GB', 'fr'])
    for (const spy of built) expect(spy).not.toHaveBeenCalled()
    // The first number written builds its format: the spies do see Intl objects being made.
    expect(format.formatNumber(28000)).toBe('28,000')
    expect(built[0]).toHaveBeenCalledTimes(1)
    locale.formatLocale.value = 'en'
  })
})
