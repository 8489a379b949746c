import { expect, test } from '@playwright/test'

test('after one visit, the kiosk and the quiz work with the network off', async ({
  page,
  context,
}) => {
  await page.goto('/')
  // The service worker precaches the app shell and every bank on the first visit.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready
    return registration.active?.state
  })
  await context.setOffline(true)

  await page.goto('/quiz?bank=korea-2018&n=2&seed=offline')
  await expect(page.getByRole('form', { name: 'Question 1 of 2' })).toBeVisible()

  await page.goto('/kiosk?bank=korea-2018&n=1')
  const setup = page.getByRole('dialog', { name: 'Set up kiosk' })
  await setup.getByLabel('Teacher PIN').fill('2468')
  await setup.getByLabel('Confirm PIN').fill('2468')
  await setup.getByRole('button', { name: 'Start kiosk' }).click()
  await page.getByRole('button', { name: 'Start', exact: true }).click()
  await expect(page.getByRole('form', { name: 'Question 1 of 1' })).toBeVisible()

  await page.reload()
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible()
})

test('after one visit, a lesson, the review and the studio work with the network off', async ({
  page,
  context,
}) => {
  await page.goto('/')
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
  await context.setOffline(true)

  // Home and a lesson, reached by their links as a learner would.
  await page.goto('/')
  await page
    .getByRole('article')
    .first()
    .getByRole('link', { name: /^(?!.*quiz)/i })
    .first()
    .click()
  await expect(page).toHaveURL(/\/lessons\//)
  await page.getByRole('button', { name: 'Next', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Next', exact: true })).toBeVisible()

  await page.goto('/review')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review')
  await expect(page.getByText('Nothing due')).toBeVisible()

  // The studio's editor and its checking worker are separate files: both must be precached.
  await page.goto('/author')
  const editor = page.getByRole('textbox', { name: 'Question file' })
  await editor.click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Delete')
  await page.keyboard.insertText('::q:: Is the 1953 armistice a peace treaty? {F')
  await expect(
    page.getByRole('list', { name: 'Problems' }).getByRole('listitem').first(),
  ).toContainText('line 1')
})
