import { parseCloze, shownTexts, type Bank } from '../bank/index.ts'
import { rightAnswerText } from '../grading.ts'
import { appendNode } from './append.ts'
import { htmlNodes } from './html.ts'
import { markdownNodes } from './markdown.ts'
import type { RichBank, RichFormat, RichNode, RichTable, TreesByText } from './nodes.ts'

/** A text in `format` as nodes. */
export const richNodesOf = (text: string, format: RichFormat): RichNode[] =>
  format === 'html' ? htmlNodes(text) : markdownNodes(text)

/** Nodes that say no more than the text itself: the page shows such a text as it is. */
const isPlain = (text: string, nodes: readonly RichNode[]) =>
  nodes.length === 0 ? text === '' : nodes.length === 1 && nodes[0] === text

/**
 * Stands for a blank while a cloze text is parsed: a Unicode noncharacter, which no text a
 * teacher writes contains (a text that does is left to show as it is: see `clozeNodes`).
 */
const BLANK = '\uFDD0'

/** The nodes' text with `{ blank }` nodes back in it, one per placeholder. */
function withBlanks(nodes: readonly RichNode[], next: { blank: number }): RichNode[] {
  const out: RichNode[] = []
  for (const node of nodes) {
    if (typeof node !== 'string') {
      out.push('children' in node ? { ...node, children: withBlanks(node.children, next) } : node)
      continue
    }
    node.split(BLANK).forEach((text, i) => {
      if (i > 0) out.push({ blank: next.blank++ })
      appendNode(out, text)
    })
  }
  return out
}

/**
 * A cloze text as nodes, each blank a `{ blank }` node in its place (inside emphasis, a list
 * item…). Undefined when the text needs no markup, or when a blank did not come through as text
 * (one written inside a link's address or a picture's alt text): the page then shows the text
 * and its blanks unformatted, never a cloze with a blank missing.
 */
export function clozeNodes(text: string, format: RichFormat): RichNode[] | undefined {
  if (text.includes(BLANK)) return undefined
  const { segments, blanks } = parseCloze(text)
  const joined = segments.map((s) => (typeof s === 'string' ? s : BLANK)).join('')
  const counter = { blank: 0 }
  const nodes = withBlanks(richNodesOf(joined, format), counter)
  if (counter.blank !== blanks.length) return undefined
  const unformatted = nodes.every((n) => typeof n === 'string' || 'blank' in n)
  const same = nodes.map((n) => (typeof n === 'string' ? n : BLANK)).join('') === joined
  return unformatted && same ? undefined : nodes
}

/** Every text of a question the page shows in its format, its cloze text excepted. */
const textsOf = (question: Bank['questions'][number]): string[] =>
  shownTexts(question)
    .filter(({ path }) => path[0] !== 'text')
    .map(({ text }) => text)

/** Per format, each text met and its nodes; undefined for a text that needs none. */
type Found = Record<RichFormat, Map<string, RichNode[] | undefined>>

const nothingFound = (): Found => ({ markdown: new Map(), html: new Map() })

/** The texts of `found` that need nodes, per format; undefined when none does. */
function tableOf(found: Found): Partial<Record<RichFormat, TreesByText>> | undefined {
  const table: Partial<Record<RichFormat, TreesByText>> = {}
  for (const format of ['markdown', 'html'] as const) {
    const entries = [...found[format]].filter((e): e is [string, RichNode[]] => e[1] !== undefined)
    // fromEntries keeps a text such as `__proto__` an own key, as JSON.parse will.
    if (entries.length > 0) table[format] = Object.fromEntries(entries)
  }
  return Object.keys(table).length > 0 ? table : undefined
}

/**
 * The nodes of every text of a bank's questions, written and generated, that is not plain: what
 * RichText.vue shows instead of parsing. Run where the bank is compiled (the build, the studio's
 * worker), after `compileBank`, so that no parser ever reaches a learner's page. A cloze's right
 * answer, its text with the blanks filled in, is one more text (feedback and results show it).
 */
export function richTable(bank: Bank): RichTable | undefined {
  const texts = nothingFound()
  const clozes = nothingFound()
  const add = (
    into: Found,
    format: RichFormat,
    text: string,
    nodesOf: () => RichNode[] | undefined,
  ) => {
    if (!into[format].has(text)) into[format].set(text, nodesOf())
  }
  for (const question of [...bank.questions, ...(bank.generated ?? [])]) {
    const format = question.format ?? 'markdown'
    if (format === 'plain') continue
    const addText = (text: string) =>
      add(texts, format, text, () => {
        const nodes = richNodesOf(text, format)
        return isPlain(text, nodes) ? undefined : nodes
      })
    textsOf(question).forEach(addText)
    if (question.type === 'cloze') {
      add(clozes, format, question.text, () => clozeNodes(question.text, format))
      addText(rightAnswerText(question))
    }
  }
  const cloze = tableOf(clozes)
  const table: RichTable = { ...tableOf(texts), ...(cloze ? { cloze } : {}) }
  return Object.keys(table).length > 0 ? table : undefined
}

/** The bank with its texts' nodes (`rich`), when any text needs markup. */
export function withRichTexts(bank: Bank): RichBank {
  const rich = richTable(bank)
  return rich ? { ...bank, rich } : bank
}
