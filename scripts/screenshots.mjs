#!/usr/bin/env node
// Screenshots of the main pages at phone (375 px) and desktop (1280 px) widths, for a person to
// look at. Usage: npm run build && npx vite preview --port 4390 --strictPort &
//                 node scripts/screenshots.mjs http://127.0.0.1:4390 [out-dir] [--color-scheme=dark]
// In the dark colour scheme every file name ends in -dark.
import { mkdirSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { chromiumArgs, findChromium } from './find-chromium.mjs'

const options = process.argv.slice(2).filter((a) => a.startsWith('--'))
const [base = 'http://127.0.0.1:4390', out = 'screenshots'] = process.argv
  .slice(2)
  .filter((a) => !a.startsWith('--'))
const colorScheme =
  options.find((o) => o.startsWith('--color-scheme='))?.split('=')[1] === 'dark' ? 'dark' : 'light'
const suffix = colorScheme === 'dark' ? '-dark' : ''
mkdirSync(out, { recursive: true })

const executablePath = await findChromium()
if (!executablePath) throw new Error('No Chromium found: install it or set CHROME_PATH.')
const browser = await chromium.launch({ executablePath, args: chromiumArgs })

for (const [label, width] of [
  ['phone', 375],
  ['desktop', 1280],
]) {
  const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme })
  const shot = (name) =>
    page.screenshot({ path: `${out}/${name}-${label}${suffix}.png`, fullPage: true })
  await page.goto(`${base}/`)
  await shot('home')
  await page.goto(`${base}/quiz?bank=korea-2018&n=2&seed=screens&types=single`)
  const form = page.getByRole('form', { name: 'Question 1 of 2' })
  await form.getByRole('radio').nth(1).check()
  await shot('question')
  await form.getByRole('button', { name: 'Check answer' }).click()
  await shot('feedback')
  await page.getByRole('button', { name: 'Next question' }).click()
  await page.getByRole('form', { name: 'Question 2 of 2' }).getByRole('radio').first().check()
  await page.getByRole('button', { name: 'Check answer' }).click()
  await page.getByRole('button', { name: 'See results' }).click()
  await shot('results')
  for (const type of ['multiple', 'truefalse', 'numeric', 'short', 'cloze', 'order', 'match']) {
    await page.goto(`${base}/quiz?bank=korea-2018&n=1&seed=screens&types=${type}`)
    await page.getByRole('form', { name: 'Question 1 of 1' }).waitFor()
    await shot(`type-${type}`)
    await page.getByRole('button', { name: 'Check answer' }).click()
    if (await page.getByRole('alert').count()) {
      await page.keyboard.press('1')
      await page
        .getByRole('textbox')
        .first()
        .fill('1950')
        .catch(() => {})
      await page.getByRole('button', { name: 'Check answer' }).click()
    }
    await shot(`type-${type}-checked`)
  }
  await page.goto(`${base}/lessons/korea-2018/war-and-armistice`)
  await page.getByRole('heading', { level: 1 }).waitFor()
  await shot('lesson-intro')
  await page.getByRole('button', { name: 'Next', exact: true }).click()
  await shot('lesson-facts')
  await page.getByRole('button', { name: 'Next', exact: true }).click()
  await shot('lesson-check')
  await page.goto(`${base}/`)
  await shot('home-after-lesson')
  await page.goto(`${base}/progress`)
  await page.getByRole('heading', { name: 'The last 30 days' }).waitFor()
  await shot('progress')
  await page.getByRole('button', { name: /^Learner: .*Change learner$/ }).click()
  await page.getByRole('dialog', { name: 'Who is learning?' }).waitFor()
  await shot('learner-picker')
  await page.keyboard.press('Escape')
  await page.goto(`${base}/review`)
  await page.getByRole('heading', { level: 1 }).waitFor()
  await shot('review')
  await page.goto(`${base}/author`)
  await page.getByText('No problems: the file is ready to use.').waitFor()
  await shot('author')
  await page.getByLabel('Format').selectOption('gift')
  await page.getByRole('textbox', { name: 'Question file' }).click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.insertText(
    '::q1:: The armistice was signed in 1953. {T}\n\n::q2:: Broken {=a ~b\n',
  )
  await page.getByRole('list', { name: 'Problems' }).getByRole('listitem').first().waitFor()
  await shot('author-problems')
  await page.close()

  // The kiosk locks its browser context, so it gets one of its own.
  const kiosk = await browser.newPage({ viewport: { width, height: 800 }, colorScheme })
  const kioskShot = (name) =>
    kiosk.screenshot({ path: `${out}/kiosk-${name}-${label}${suffix}.png`, fullPage: true })
  await kiosk.goto(`${base}/kiosk?bank=korea-2018&n=3`)
  await kioskShot('setup')
  await kiosk.getByLabel('Teacher PIN').fill('2468')
  await kiosk.getByLabel('Confirm PIN').fill('2468')
  await kiosk.getByRole('button', { name: 'Start kiosk' }).click()
  await kiosk.getByRole('button', { name: 'Start', exact: true }).waitFor()
  await kioskShot('attract')
  await kiosk.getByRole('button', { name: 'Start', exact: true }).click()
  await kiosk.getByRole('form', { name: 'Question 1 of 3' }).waitFor()
  await kioskShot('question')
  await kiosk.getByRole('button', { name: 'Teacher' }).click()
  await kiosk.getByLabel('Teacher PIN').fill('1111')
  await kiosk.getByRole('button', { name: 'Unlock' }).click()
  await kiosk.getByRole('alert').waitFor()
  await kioskShot('unlock')
  await kiosk.getByLabel('Teacher PIN').fill('2468')
  await kiosk.getByRole('button', { name: 'Unlock' }).click()
  await kiosk.getByRole('button', { name: 'Exit kiosk' }).waitFor()
  await kioskShot('teacher')
  await kiosk.close()
}
await browser.close()
console.log(`Screenshots in ${out}/`)
