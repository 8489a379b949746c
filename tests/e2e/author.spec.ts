import { expect, test, type Page } from '@playwright/test'
import { BROKEN_GIFT, expectNoAxeViolations } from './helpers'

async function typeIntoEditor(page: Page, text: string) {
  const editor = page.getByRole('textbox', { name: 'Question file' })
  await editor.click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Delete')
  await page.keyboard.insertText(text)
}

test('a teacher writes a GIFT file, fixes its problem, previews it and tries it as a student', async ({
  page,
}) => {
  await page.goto('/author')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Author')
  // A new draft starts from the template, a valid bank.
  await expect(page.getByText('No problems: the file is ready to use.')).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByLabel('Format').selectOption('gift')
  await typeIntoEditor(page, BROKEN_GIFT)
  const problems = page.getByRole('list', { name: 'Problems' })
  await expect(problems.getByRole('listitem').first()).toHaveText(
    'line 8, column 1: GIFT syntax: Expected "}" but end of input found.',
  )
  await expect(page.getByRole('button', { name: 'Try as student' })).toBeDisabled()
  await problems.getByRole('button').first().click()
  await expect(page.getByRole('textbox', { name: 'Question file' })).toBeFocused()

  await page.keyboard.press('ControlOrMeta+End')
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('End')
  await page.keyboard.insertText('}')
  // What is left are warnings: questions without an explanation.
  await expect(page.getByText(/^0 errors, 3 warnings\./)).toBeVisible()
  await expect(problems.getByRole('listitem').first()).toHaveText(
    'line 3, column 1: question "year" has no explanation',
  )
  await expect(page.getByRole('button', { name: 'Try as student' })).toBeEnabled()

  // The preview shows every question as students see it, answered right.
  await expect(page.getByRole('heading', { name: 'Preview' })).toBeVisible()
  await expect(page.getByRole('form', { name: /^Question \d of 3$/ })).toHaveCount(3)
  await expectNoAxeViolations(page)

  // The draft is kept: a reload finds it.
  await page.reload()
  await expect(page.getByRole('textbox', { name: 'Question file' })).toContainText('::treaty::')

  await page.getByRole('button', { name: 'Try as student' }).click()
  await expect(page).toHaveURL(/\/quiz\?bank=studio-draft/)
  for (let k = 1; k <= 3; k++) {
    const form = page.getByRole('form', { name: `Question ${k} of 3` })
    await expect(form).toBeVisible()
    if (await form.getByRole('radio').count()) await form.getByRole('radio').first().check()
    for (const box of await form.getByRole('textbox').all()) await box.fill('1953')
    await form.getByRole('button', { name: 'Check answer' }).click()
    await form.getByRole('button', { name: k === 3 ? 'See results' : 'Next question' }).click()
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results')
  await page.getByRole('link', { name: 'Back to the draft' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Author')
  await expect(page.getByRole('textbox', { name: 'Question file' })).toContainText('::treaty::')
})

test('a question file can be opened from disk, and a damaged share link is reported', async ({
  page,
}) => {
  await page.goto('/author')
  await page.getByLabel('Open question file').setInputFiles({
    name: 'moodle-export.gift',
    mimeType: 'text/plain',
    buffer: Buffer.from('::armistice:: The Korean War ended with a peace treaty. {F}\n'),
  })
  await expect(page.getByText('Opened moodle-export.gift.', { exact: true })).toBeVisible()
  await expect(page.getByLabel('Format')).toHaveValue('gift')
  await expect(page.getByRole('textbox', { name: 'Question file' })).toContainText('::armistice::')
  await expect(page.getByRole('form', { name: 'Question 1 of 1' })).toBeVisible()

  await page.getByLabel('Open question file').setInputFiles({
    name: 'photo.png',
    mimeType: 'image/png',
    buffer: Buffer.from([137, 80, 78, 71]),
  })
  await expect(
    page.getByText(
      'photo.png is not a question file: open a .yaml, .yml, .gift, .xml or .txt file.',
    ),
  ).toBeVisible()

  await page.goto('/progress') // a new document: the studio reads the link's fragment on load
  await page.goto('/author#draft=damaged')
  await expect(
    page.getByText('This share link is damaged: the draft could not be opened.'),
  ).toBeVisible()
})
