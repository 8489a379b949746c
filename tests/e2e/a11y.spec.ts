import { test, type Page } from '@playwright/test'
import { expectedQuiz, expectNoAxeViolations } from './helpers'
import { bank, checkAnswer, expect, rows } from './support/routes'

/*
 * axe-core on every route and state (the rows of support/routes.ts), in the light and the dark
 * theme: each row runs once per colour scheme.
 */

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} theme`, () => {
    test.use({ colorScheme })
    for (const row of rows) {
      test(row.route, async ({ page }) => {
        test.setTimeout(240_000)
        let first = true
        await row.visit(page, async (state) => {
          if (first) {
            // The theme really is the one named: the page's colours follow the scheme.
            const ink = await page.evaluate(() => getComputedStyle(document.body).color)
            expect(ink).toBe(colorScheme === 'dark' ? 'rgb(231, 234, 240)' : 'rgb(26, 29, 35)')
            first = false
          }
          await expectNoAxeViolations(page, `${state} (${colorScheme})`)
        })
      })
    }
  })
}

/** Elements of the page whose animation or transition takes time, with what moves them. */
const moving = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((el) => {
      const style = getComputedStyle(el)
      const longest = (list: string) => Math.max(...list.split(',').map((d) => parseFloat(d)))
      const animated = style.animationName !== 'none' && longest(style.animationDuration) > 0
      const transitioned = longest(style.transitionDuration) > 0
      if (!animated && !transitioned) return []
      return [`${el.tagName.toLowerCase()}: ${animated ? style.animationName : 'transition'}`]
    }),
  )

for (const reducedMotion of ['no-preference', 'reduce'] as const) {
  test(`motion with prefers-reduced-motion: ${reducedMotion}`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion })
    const [question] = expectedQuiz(bank, { n: 1, seed: 'motion', types: ['single'] })
    await page.goto(`/quiz?bank=${bank.id}&n=1&seed=motion&types=single`)
    const form = page.getByRole('form', { name: 'Question 1 of 1' })
    await checkAnswer(form, question!, 'right', /^Correct/)
    // The feedback and an opened dialog are what move.
    await page.getByRole('button', { name: /^Learner: .*Change learner$/ }).click()
    await expect(page.getByRole('dialog', { name: 'Who is learning?' })).toBeVisible()
    const now = await moving(page)
    if (reducedMotion === 'reduce') expect(now).toEqual([])
    else expect(now.sort()).toEqual(['dialog: rise-in', 'div: rise-in'])

    // The studio editor's blinking cursor is CodeMirror's own: the global rule stills it too.
    await page.goto('/author')
    await page.getByRole('textbox', { name: 'Question file' }).click()
    const studio = await moving(page)
    if (reducedMotion === 'reduce') expect(studio).toEqual([])
    else expect(studio).toContainEqual(expect.stringMatching(/: cm-blink/))
  })
}
