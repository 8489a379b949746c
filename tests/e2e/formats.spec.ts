import { expect, test } from '@playwright/test'

/**
 * Numbers and dates in the browser, written by src/i18n/format.ts. Chromium has
 * Intl.DurationFormat; Node 20, where tests/unit/format.test.ts checks the module, has none and
 * writes durations another way: the same texts here show the two ways agree. The interface is
 * English, and the browser's region decides the order of a date (docs/decisions.md).
 */

// A kiosk results file with one student: 256 seconds on one answer.
const RESULTS = 'student,session,question,answer,credit,seconds\r\n1,s1,korea-2018/q,yes,1,256\r\n'

const BROWSERS = [
  { locale: 'en-US', median: '4 min, 16 sec', date: 'September 20, 2018' },
  { locale: 'en-GB', median: '4 mins, 16 secs', date: '20 September 2018' },
]

for (const { locale, median, date } of BROWSERS) {
  test.describe(`in a browser set to ${locale}`, () => {
    test.use({ locale })

    test(`a median time of 256 seconds reads ${median}, as DurationFormat writes it`, async ({
      page,
    }) => {
      await page.goto('/class')
      const durationFormat = await page.evaluate(() => typeof Reflect.get(Intl, 'DurationFormat'))
      expect(durationFormat).toBe('function')
      await page.getByLabel('Import results').setInputFiles({
        name: 'kiosk.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(RESULTS),
      })
      await expect(page.locator('.class-overview__figures')).toContainText(`Median time${median}`)
    })

    test(`a lesson's source is dated ${date}`, async ({ page }) => {
      await page.goto('/lessons/korea-2018/war-and-armistice')
      await expect(page.locator('.lesson-intro__source')).toContainText(`Quartz, ${date}`)
    })
  })
}
