import { expect, test, type Page } from '@playwright/test'
import { studioLink } from '../../src/domain/studio-link.ts'
import { expectNoAxeViolations } from './helpers'

/** The editor's line under the cursor: its number in the gutter and its text. */
async function expectCursorOn(page: Page, line: number, text: string | RegExp) {
  const editor = page.getByRole('textbox', { name: 'Question file' })
  await expect(editor).toBeFocused()
  await expect(page.locator('.cm-lineNumbers .cm-activeLineGutter')).toHaveText(String(line))
  await expect(page.locator('.cm-activeLine')).toHaveText(text)
}

/** The current draft's text as this browser keeps it (the editor shows only the lines in view). */
const savedDraft = (page: Page) =>
  page.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem('factline:drafts') ?? '{}')
    return saved.drafts.find((d: { id: string }) => d.id === saved.current).text as string
  })

/** The draft's question, alone in a quiz of the studio's draft bank, answered `answer`. */
async function answerInDraftQuiz(page: Page, questionId: string, answer: string) {
  await page.goto(`/quiz?bank=studio-draft&n=1&seed=open&keys=studio-draft/${questionId}`)
  const form = page.getByRole('form', { name: 'Question 1 of 1' })
  await form.getByRole('textbox', { name: 'Your answer' }).fill(answer)
  await form.getByRole('button', { name: 'Check answer' }).click()
  return form.getByRole('status')
}

test('a link from the class report opens a part file of a folder bank at the question and accepts an answer', async ({
  page,
}) => {
  await page.goto(studioLink('korea-2018', 'short-trade-partner', 'Red China'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Author')
  await expect(page.getByRole('status').filter({ hasText: 'Opened' })).toHaveText(
    'Opened korea-2018/02-troops-and-china.yaml at question short-trade-partner (line 110). ' +
      'Added “Red China” to the accepted answers of short-trade-partner (line 110). Check it, then download the file.',
  )
  // Followed once: the address no longer carries the link.
  await expect(page).toHaveURL(/\/author$/)
  const editor = page.getByRole('textbox', { name: 'Question file' })
  await expect(editor).toContainText(
    "answers: [ China, People's Republic of China, PRC, Red China ]",
  )
  await expectCursorOn(page, 110, '  - id: short-trade-partner')

  // Checked as a file of its bank: the other five files define what it refers to.
  const problems = page.getByRole('list', { name: 'Problems' })
  await expect(page.getByText('No problems: the file is ready to use.')).toBeVisible()
  await expect(problems.getByRole('listitem')).toHaveCount(0)
  await expect(page.getByLabel('Draft')).toContainText('korea-2018/02-troops-and-china.yaml')
  await expectNoAxeViolations(page)

  // A reload adds nothing twice: the draft, as kept in this browser, has the answer once.
  await page.reload()
  await expect(page.getByRole('status').filter({ hasText: 'Opened' })).toHaveCount(0)
  expect((await savedDraft(page)).match(/Red China/g)).toHaveLength(1)

  // A second link to the same file opens the teacher's draft, edits kept; a cloze takes no answer.
  await page.goto(studioLink('korea-2018', 'cloze-troops', 'twenty-eight thousand'))
  await expect(page.getByRole('status').filter({ hasText: 'Opened' })).toHaveText(
    /^Opened your draft of korea-2018\/02-troops-and-china\.yaml, with your edits, at question cloze-troops \(line 117\)\. “twenty-eight thousand” was not added to cloze-troops \(line 117\): it is a cloze question: .*needs your judgement\.$/,
  )
  await expect(editor).toContainText('PRC, Red China ]')
  await expectCursorOn(page, 117, '  - id: cloze-troops')

  // Try as student plays the whole bank, with the edit.
  await page.getByRole('button', { name: 'Try as student' }).click()
  await expect(page).toHaveURL(/\/quiz\?bank=studio-draft&n=(\d+)&seed=studio$/)
  const count = Number(/n=(\d+)/.exec(page.url())![1])
  expect(count).toBeGreaterThan(80)
  await expect(page.getByRole('form', { name: `Question 1 of ${count}` })).toBeVisible()
  await expect(await answerInDraftQuiz(page, 'short-trade-partner', 'red china')).toHaveText(
    /^Correct/,
  )
})

test('a link opens a GIFT bank at the question and adds the answer to its answer block', async ({
  page,
}) => {
  await page.goto(studioLink('water-cycle', 'rain-word', 'showers'))
  await expect(page.getByRole('status').filter({ hasText: 'Opened' })).toHaveText(
    'Opened water-cycle.gift at question rain-word (line 21). ' +
      'Added “showers” to the accepted answers of rain-word (line 21). Check it, then download the file.',
  )
  await expect(page).toHaveURL(/\/author$/)
  await expect(page.getByLabel('Format')).toHaveValue('gift')
  await expectCursorOn(page, 21, /^::Rain word::.*\{=rain =rainfall =showers####/)
  // No error; the fixture's hostile HTML question (line 39) is told as what learners won't see.
  await expect(page.getByText(/^0 errors, 2 warnings/)).toBeVisible()
  await expect(page.getByRole('list', { name: 'Problems' }).getByRole('listitem')).toHaveText([
    /^line 39, column 1: the picture "x" is not shown/,
    /^line 39, column 1: the <script> in this text is not shown to learners/,
  ])

  // The same answer again, as a learner would type it: already accepted, nothing changes.
  await page.goto(studioLink('water-cycle', 'rain-word', 'Showers'))
  await expect(page.getByRole('status').filter({ hasText: 'Opened' })).toHaveText(
    /“Showers” is already accepted for rain-word \(line 21\), as “showers”: nothing changed\.$/,
  )

  await page.getByRole('button', { name: 'Try as student' }).click()
  await expect(page).toHaveURL(/\/quiz\?bank=studio-draft/)
  await expect(page.getByRole('form', { name: /^Question 1 of \d+$/ })).toBeVisible()
  await expect(await answerInDraftQuiz(page, 'rain-word', 'showers')).toHaveText(/^Correct/)
})
