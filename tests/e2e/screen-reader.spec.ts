import { expect, test, type CDPSession, type Page } from '@playwright/test'
import arFeedback from '../../src/i18n/messages/ar/feedback.ts'
import ar from '../../src/i18n/messages/ar/first.ts'
import enFeedback from '../../src/i18n/messages/en/feedback.ts'
import en from '../../src/i18n/messages/en/first.ts'
import { answer, expectedQuiz, loadBankForTest } from './helpers'

/*
 * What a screen reader hears at each step of a question (README, "What a screen reader says"),
 * read from Chromium's own accessibility tree (the DevTools protocol's Accessibility domain): the
 * tree assistive technologies are given, not the DOM. Each step asserts the focused node, the
 * names around it, and the live region that speaks the verdict.
 */

const bank = loadBankForTest('questions/korea-2018')
const SEED = 'screen-reader'
const [question] = expectedQuiz(bank, { n: 2, seed: SEED, types: ['single'] })
if (question?.type !== 'single') throw new Error('expected a single-choice question')

interface AXValue {
  value?: unknown
}
interface AXNode {
  nodeId: string
  ignored: boolean
  role?: AXValue
  name?: AXValue
  parentId?: string
  childIds?: string[]
  properties?: { name: string; value: AXValue }[]
}

/** Chromium's accessibility tree of the page, with a way to read each node. */
async function accessibilityTree(client: CDPSession) {
  const { nodes } = (await client.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] }
  const byId = new Map(nodes.map((node) => [node.nodeId, node]))
  const property = (node: AXNode, name: string) =>
    node.properties?.find((p) => p.name === name)?.value.value
  const describe = (node: AXNode) => ({
    role: String(node.role?.value ?? ''),
    name: String(node.name?.value ?? ''),
  })
  /** The node and its ancestors, innermost first. */
  const ancestry = (node: AXNode): AXNode[] => {
    const chain: AXNode[] = []
    for (let at: AXNode | undefined = node; at; at = byId.get(at.parentId ?? '')) chain.push(at)
    return chain
  }
  // The document itself counts as focused too: the element that has the focus is inside it.
  const focused = nodes.find(
    (node) => property(node, 'focused') === true && node.role?.value !== 'RootWebArea',
  )
  return {
    /** What gets focus, and the landmarks and form it is inside: what a reader says on arrival. */
    focus: focused && {
      ...describe(focused),
      inside: ancestry(focused)
        .slice(1)
        .filter((n) => !n.ignored && ['form', 'main'].includes(String(n.role?.value)))
        .map(describe),
    },
    /** The live regions with what they hold now, and how they speak. */
    liveRegions: nodes
      .filter((node) => !node.ignored && property(node, 'live') !== undefined)
      .filter((node) => property(node, 'live') !== 'off')
      .map((node) => ({
        role: String(node.role?.value ?? ''),
        live: property(node, 'live'),
        text: textOf(node, byId),
      })),
  }
}

/** The text a node's subtree reads out, its pieces joined by spaces. */
function textOf(node: AXNode, byId: Map<string, AXNode>): string {
  const own =
    node.role?.value === 'StaticText' || node.role?.value === 'InlineTextBox'
      ? [String(node.name?.value ?? '')]
      : []
  const children =
    node.role?.value === 'StaticText'
      ? []
      : (node.childIds ?? []).map((id) => byId.get(id)).filter((n): n is AXNode => !!n)
  return [...own, ...children.map((child) => textOf(child, byId))]
    .filter(Boolean)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
}

async function open(page: Page) {
  await page.goto(`/quiz?bank=${bank.id}&n=2&seed=${SEED}&types=single`)
  return page.context().newCDPSession(page)
}

for (const { code, words, feedback, locale } of [
  { code: 'en', words: en, feedback: enFeedback, locale: 'en-GB' },
  { code: 'ar', words: ar, feedback: arFeedback, locale: 'ar' },
] as const) {
  test.describe(`a question read by a screen reader (${code})`, () => {
    test.use({ locale })

    test('hears the question, its choices, the verdict and where focus goes', async ({ page }) => {
      const client = await open(page)
      const form = page.getByRole('form', { name: words.question.name(1, 2) })
      await expect(form).toBeVisible()

      // 1. Arriving: the focus is on the prompt, a level-2 heading inside the form named by its
      // position; nothing is said by a live region yet.
      const heading = form.getByRole('heading', { level: 2 })
      await expect(heading).toBeFocused()
      // The prompt is the bank's English: in an Arabic interface it says so, and runs left to right.
      if (code === 'ar') {
        await expect(heading).toHaveAttribute('lang', 'en')
        await expect(heading).toHaveAttribute('dir', 'ltr')
      } else await expect(heading).not.toHaveAttribute('lang')
      let tree = await accessibilityTree(client)
      expect(tree.focus).toEqual({
        role: 'heading',
        name: question.prompt,
        inside: [
          { role: 'form', name: words.question.name(1, 2) },
          { role: 'main', name: '' },
        ],
      })
      expect(tree.liveRegions.map((r) => r.text).filter(Boolean)).toEqual([])

      // 2. The choices: a group named by what to do, each option a radio button named by its text.
      await expect(form).toMatchAriaSnapshot(`
        - form "${words.question.name(1, 2)}":
          - heading "${question.prompt}" [level=2]
          - group "${words.question.chooseOne}":
            ${(question.shown.options ?? question.options).map((o) => `- radio "${o}"`).join('\n            ')}
          - status
          - button "${words.question.check}"
      `)

      // 3. Checking with no answer: an alert says what to do, and the focus stays.
      await form.getByRole('button', { name: words.question.check }).click()
      tree = await accessibilityTree(client)
      expect(tree.liveRegions).toContainEqual({
        role: 'alert',
        live: 'assertive',
        text: words.question.answerFirst,
      })

      // 4. A wrong answer checked: the status region (polite) says the verdict and the right
      // answer, and the focus moves to the button that goes on.
      await answer(form, question, 'wrong', words.question)
      await form.getByRole('button', { name: words.question.check }).click()
      const next = form.getByRole('button', { name: words.question.next })
      await expect(next).toBeFocused()
      tree = await accessibilityTree(client)
      expect(tree.focus).toMatchObject({ role: 'button', name: words.question.next })
      const status = tree.liveRegions.find((r) => r.role === 'status')
      expect(status?.live).toBe('polite')
      expect(status?.text).toMatch(new RegExp(`^${feedback.feedback.verdict.incorrect}`))
      expect(status?.text).toContain(feedback.feedback.rightAnswer)
      expect(status?.text).toContain(question.answer)
    })
  })
}
