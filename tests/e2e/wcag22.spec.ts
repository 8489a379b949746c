import { test } from '@playwright/test'
import { learnerPickerMounted } from './helpers'
import { expect, rows } from './support/routes'
import { wcag22Problems } from './support/wcag22'

/*
 * The WCAG 2.2 AA checks axe does not make, on every route and state of support/routes.ts, in one
 * walk per row: 1.4.10 reflow at 320 CSS px, 1.4.12 text spacing at 320 and 1280 px, 2.5.8 target
 * size, 2.4.11 focus not obscured and 2.5.7 dragging. A failure names the state, the check and the
 * element; the walk goes on, so one run lists every failure.
 */

for (const row of rows) {
  test(row.route, async ({ page }) => {
    test.setTimeout(240_000)
    await row.visit(page, async (state) => {
      await learnerPickerMounted(page)
      expect.soft(await wcag22Problems(page), `WCAG 2.2 on ${state}`).toEqual([])
    })
  })
}

/** A page with one failure for each check, and the exceptions that must not fail. */
const FAILING_PAGE = `
  <main>
    <p style="inline-size: 400px">A paragraph wider than a phone.</p>
    <p style="overflow: hidden; block-size: 20px; line-height: 20px; inline-size: 200px">Cut short</p>
    <p>A sentence with <a href="#here">an inline link</a> in it is exempt.</p>
    <input id="file" type="file" style="position: absolute; inline-size: 1px; block-size: 1px">
    <label for="file" style="display: inline-block; padding: 12px">Import</label>
    <button style="inline-size: 16px; block-size: 16px; padding: 0">a</button>
    <button style="inline-size: 16px; block-size: 16px; padding: 0">b</button>
    <ol><li draggable="true">Dragged only</li></ol>
    <div style="block-size: 2000px"></div>
    <button>Last</button>
  </main>
  <footer style="position: fixed; inset: auto 0 0; block-size: 120px; background: white">Fixed</footer>
`

test('each check fails what it looks for, and spares its exceptions', async ({ page }) => {
  await page.setContent(FAILING_PAGE)
  const problems = await wcag22Problems(page)
  const expected = [
    /^1\.4\.10 reflow at 320 px: p "A paragraph wider than a phone\."/,
    /^1\.4\.12 text spacing at 320 px: p "Cut short" clipped/,
    /^2\.5\.8 target size at 1280 px: button "a" is 16×16 px$/,
    /^2\.5\.8 target size at 1280 px: button "b" is 16×16 px$/,
    /^2\.4\.11 focus not obscured at 1280 px: button "Last" is under footer/,
    /^2\.5\.7 dragging at 1280 px: li "Dragged only"$/,
  ]
  for (const pattern of expected) expect(problems).toContainEqual(expect.stringMatching(pattern))
  expect(problems.filter((p) => /input|label|inline link/.test(p))).toEqual([])
})
