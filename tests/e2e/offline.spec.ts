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
