import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { answer, expectedQuiz, expectNoAxeViolations, loadBankForTest } from './helpers'

const bank = loadBankForTest('questions/korea-2018')

async function answerQuiz(page: Page, seed: string, n: number) {
  const questions = expectedQuiz(bank, { n, seed, types: ['single', 'truefalse'] })
  await page.goto(`/quiz?bank=korea-2018&n=${n}&seed=${seed}&types=single,truefalse`)
  for (const [i, question] of questions.entries()) {
    const form = page.getByRole('form', { name: `Question ${i + 1} of ${n}` })
    await answer(form, question, i % 2 ? 'wrong' : 'right')
    await form.getByRole('button', { name: 'Check answer' }).click()
    await form.getByRole('button', { name: i === n - 1 ? 'See results' : 'Next question' }).click()
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results')
}

test('progress shows what was answered; export, reset and import bring it back', async ({
  page,
}) => {
  await answerQuiz(page, 'progress', 4)
  await page.getByRole('navigation').getByRole('link', { name: 'Progress' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Progress')
  await expect(page.getByText('4 answers')).toBeVisible()
  await expect(page.getByRole('heading', { name: bank.title })).toBeVisible()
  await expectNoAxeViolations(page)

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export progress' }).click()
  const file = await (await download).path()
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; attempts: unknown[] }
  expect(exported.format).toBe('factline-progress')
  expect(exported.attempts).toHaveLength(4)

  page.once('dialog', (dialog) => dialog.accept())
  await page.getByRole('button', { name: 'Reset progress' }).click()
  await expect(page.getByText('Your progress was reset.')).toBeVisible()
  await expect(page.getByText('0 answers')).toBeVisible()

  await page.getByLabel('Import progress').setInputFiles(file)
  await expect(page.getByText('Imported 4 new answers.')).toBeVisible()
  await expect(page.getByText('4 answers')).toBeVisible()

  await page.getByLabel('Import progress').setInputFiles({
    name: 'x.json',
    mimeType: 'application/json',
    buffer: Buffer.from('not json'),
  })
  await expect(
    page.getByText('Nothing was imported: The file is not a Factline progress file.'),
  ).toBeVisible()
  await expect(page.getByText('4 answers')).toBeVisible()
})

test('damaged saved progress never breaks the app: it is kept aside and the rest stays', async ({
  page,
}) => {
  await answerQuiz(page, 'damage', 2)
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('factline', 1)
        open.onsuccess = () => {
          const tx = open.result.transaction('chunks', 'readwrite')
          tx.objectStore('chunks').put({ learner: 'default', n: 42, json: '{broken', count: 1 })
          tx.oncomplete = () => (open.result.close(), resolve())
          tx.onerror = () => reject(tx.error)
        }
      }),
  )
  await page.goto('/progress')
  await expect(page.getByText(/saved answer was damaged and could not be read/)).toBeVisible()
  await expect(page.getByText('2 answers')).toBeVisible()
  await page.getByRole('button', { name: 'Dismiss' }).click()
  await page.getByRole('navigation').getByRole('link', { name: 'Home' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Factline')
})
