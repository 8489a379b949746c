import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './helpers'

const GIFT = `::armistice:: The Korean War ended with a peace treaty. {F####An armistice stopped the fighting.}

::armistice-year:: In which year was the armistice signed? {#1953####It was signed in July 1953.}
`

const YAML = `title: Weather
language: en
topics:
  - { id: rain, title: Rain }
questions:
  - id: rain-from-clouds
    type: truefalse
    topic: rain
    prompt: Rain falls from clouds.
    answer: true
    explanation: Water vapour condenses into drops that fall.
`

const XML = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category">
    <category><text>$course$/top/Weather</text></category>
  </question>
  <question type="truefalse">
    <name><text>Rain from clouds</text></name>
    <questiontext format="html"><text><![CDATA[<p>Rain falls from clouds.</p>]]></text></questiontext>
    <generalfeedback format="html"><text>Water vapour condenses into drops that fall.</text></generalfeedback>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
  <question type="multichoice">
    <name><text>Cloud droplets</text></name>
    <questiontext format="html"><text>What are clouds made of?</text></questiontext>
    <generalfeedback format="html"><text>Clouds are tiny drops of water or ice.</text></generalfeedback>
    <single>true</single>
    <answer fraction="100"><text>Drops of water or ice</text></answer>
    <answer fraction="0"><text>Smoke</text></answer>
    <answer fraction="0"><text>Cotton</text></answer>
  </question>
</quiz>
`

const AIKEN = readFileSync('tests/fixtures/aiken/good.txt', 'utf8')

const editorOf = (page: Page) => page.getByRole('textbox', { name: 'Question file' })
const problemsOf = (page: Page) => page.getByRole('list', { name: 'Problems' })
const previewForms = (page: Page) => page.getByRole('form', { name: /^Question \d+ of \d+$/ })

async function openFile(page: Page, name: string, text: string | Buffer) {
  await page.getByLabel('Open question file').setInputFiles({
    name,
    mimeType: 'text/plain',
    buffer: typeof text === 'string' ? Buffer.from(text) : text,
  })
}

/** Pastes `text` into the editor where its selection is, as the browser does from the clipboard. */
const paste = (page: Page, text: string) =>
  editorOf(page).evaluate((editor, pasted) => {
    const clipboardData = new DataTransfer()
    clipboardData.setData('text/plain', pasted)
    editor.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
    )
  }, text)

/** Pastes `text` over the whole draft, then sees the draft switched to `format` and checked. */
async function pasteOverDraft(page: Page, text: string, format: string, message: string) {
  await editorOf(page).click()
  await page.keyboard.press('ControlOrMeta+A')
  await paste(page, text)
  await expect(page.getByRole('status').filter({ hasText: 'pasted' })).toHaveText(message)
  await expect(page.getByLabel('Format')).toHaveValue(format)
  await expect(page.getByText('No problems: the file is ready to use.')).toBeVisible()
}

test('the studio opens a question file in each of its four formats, and checks it', async ({
  page,
}) => {
  await page.goto('/author')
  await expect(page.getByText('No problems: the file is ready to use.')).toBeVisible()

  await openFile(page, 'armistice.gift', GIFT)
  await expect(page.getByText('Opened armistice.gift.', { exact: true })).toBeVisible()
  await expect(page.getByLabel('Format')).toHaveValue('gift')
  await expect(editorOf(page)).toContainText('::armistice-year::')
  await expect(page.getByText('No problems: the file is ready to use.')).toBeVisible()
  await expect(previewForms(page)).toHaveCount(2)

  await openFile(page, 'weather.yaml', YAML)
  await expect(page.getByText('Opened weather.yaml.', { exact: true })).toBeVisible()
  await expect(page.getByLabel('Format')).toHaveValue('yaml')
  await expect(page.getByText('No problems: the file is ready to use.')).toBeVisible()
  await expect(previewForms(page)).toHaveCount(1)

  await openFile(page, 'weather.xml', XML)
  await expect(page.getByText('Opened weather.xml.', { exact: true })).toBeVisible()
  await expect(page.getByLabel('Format')).toHaveValue('moodle-xml')
  await expect(page.getByText('No problems: the file is ready to use.')).toBeVisible()
  await expect(previewForms(page)).toHaveCount(2)
  await expect(page.getByRole('radio', { name: 'Drops of water or ice' })).toBeVisible()
  await expectNoAxeViolations(page)

  // A .txt is read as what its text is: here Aiken, which has no feedback to explain its answers.
  await openFile(page, 'earth-science.txt', AIKEN)
  await expect(
    page.getByText('Opened earth-science.txt: it reads as Aiken.', { exact: true }),
  ).toBeVisible()
  await expect(page.getByLabel('Format')).toHaveValue('aiken')
  await expect(page.getByText(/^0 errors, 3 warnings\./)).toBeVisible()
  await expect(problemsOf(page).getByRole('listitem').first()).toHaveText(
    'line 1, column 1: question "which-gas-do-green-plants-take-in-to" has no explanation',
  )
  await expect(previewForms(page)).toHaveCount(3)
  await expect(page.getByRole('radio', { name: 'Carbon dioxide' })).toBeVisible()

  // A mistake in it is shown at its place.
  await editorOf(page).click()
  await page.keyboard.press('ControlOrMeta+End')
  // The last line is empty: back over its line break and the answer's letter.
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Backspace')
  await page.keyboard.insertText('C')
  await expect(problemsOf(page).getByRole('listitem').first()).toHaveText(
    'line 18, column 11: ANSWER: C, but the options are A–B',
  )
  await expect(page.getByRole('button', { name: 'Try as student' })).toBeDisabled()
  await expect(page.getByLabel('Draft').locator('option')).toHaveCount(5)
})

test('text pasted over a draft in another format switches the draft to it, and says so', async ({
  page,
}) => {
  await page.goto('/author')
  await expect(page.getByLabel('Format')).toHaveValue('yaml')
  await expect(page.getByText('No problems: the file is ready to use.')).toBeVisible()

  await pasteOverDraft(
    page,
    GIFT,
    'gift',
    'The pasted text is Moodle GIFT: the draft is now checked as Moodle GIFT, named new-bank.gift. To undo, choose Factline YAML under Format.',
  )
  await expect(previewForms(page)).toHaveCount(2)
  await expect(page.getByLabel('Draft')).toContainText('new-bank.gift')

  // And back: YAML pasted over the GIFT draft.
  await pasteOverDraft(
    page,
    YAML,
    'yaml',
    'The pasted text is Factline YAML: the draft is now checked as Factline YAML, named new-bank.yaml. To undo, choose Moodle GIFT under Format.',
  )
  await expect(previewForms(page)).toHaveCount(1)
  await expectNoAxeViolations(page)

  // A line pasted into part of the draft leaves its format as it is.
  await editorOf(page).click()
  await page.keyboard.press('ControlOrMeta+End')
  await paste(page, '# ::note:: {=kept}\n')
  await expect(editorOf(page)).toContainText('# ::note:: {=kept}')
  await expect(page.getByLabel('Format')).toHaveValue('yaml')
})

test('a UTF-16 file is opened, and a file that is not UTF-8 is refused at its place', async ({
  page,
}) => {
  await page.goto('/author')
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(AIKEN, 'utf16le')])
  await openFile(page, 'notepad.txt', utf16)
  await expect(
    page.getByText('Opened notepad.txt: it reads as Aiken.', { exact: true }),
  ).toBeVisible()
  await expect(previewForms(page)).toHaveCount(3)

  const latin1 = Buffer.concat([Buffer.from('Which drink?\nA) Caf'), Buffer.from([0xe9])])
  await openFile(page, 'latin1.txt', latin1)
  await expect(
    page.getByText(
      'latin1.txt was not opened: line 2, column 7: the file is not UTF-8 text; save it as UTF-8 (in most editors: Save with encoding, UTF-8).',
      { exact: true },
    ),
  ).toBeVisible()
  await expect(page.getByLabel('Draft')).toContainText('notepad.txt')
})
