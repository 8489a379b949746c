import type { RichBank, RichFormat, RichNode, RichTable, TreesByText } from '@/domain/rich/nodes'
import { appendNode } from '@/domain/rich/append'

/**
 * The nodes of the loaded banks' texts (src/domain/rich/compile.ts made them when each bank was
 * compiled), per bank: RichText.vue looks a text up here instead of parsing it, so no Markdown or
 * HTML parser, and no sanitiser, ever loads in a learner's page. A text's nodes depend on the text
 * alone, so any bank's table answers for it.
 */
const tables = new Map<string, RichTable>()

/** Makes a loaded bank's texts showable; gives the bank back, for a promise chain. */
export function registerRichTexts<B extends RichBank | undefined>(bank: B): B {
  if (bank?.rich) tables.set(bank.id, bank.rich)
  else if (bank) tables.delete(bank.id)
  return bank
}

function lookUp(
  text: string,
  trees: (table: RichTable) => TreesByText | undefined,
): RichNode[] | undefined {
  for (const table of tables.values()) {
    const found = trees(table)
    if (found && Object.hasOwn(found, text)) return found[text]
  }
  return undefined
}

/**
 * How texts composed at run time join bank texts: a right answer's options, a match's pairs, an
 * order's items (src/domain/grading.ts, `rightAnswerText` and `answerText`).
 */
const JOINS = /(; | → )/

/**
 * The nodes of a text in `format`. A text no table has whole was composed at run time from bank
 * texts (`rightAnswerText`'s `a; b`, `left → right`): each of its parts is looked up, the longest
 * that some table has first, and a part none has (a plain text) stays text.
 */
export function richNodes(text: string, format: RichFormat): RichNode[] {
  const trees = (table: RichTable) => table[format]
  // Parts at even places, the joins between them at odd ones.
  const pieces = text.split(JOINS)
  const nodes: RichNode[] = []
  for (let first = 0; first < pieces.length;) {
    const run = longestRun(pieces, first, trees)
    for (const node of run.nodes) appendNode(nodes, node)
    if (run.end < pieces.length) appendNode(nodes, pieces[run.end]!)
    first = run.end + 1
  }
  return nodes
}

/**
 * The longest run of parts from `pieces[first]` that a table has, the whole text first: its nodes
 * and where it ends (exclusive); else the one part, as text.
 */
function longestRun(
  pieces: readonly string[],
  first: number,
  trees: (table: RichTable) => TreesByText | undefined,
): { nodes: RichNode[]; end: number } {
  for (let end = pieces.length; end > first; end -= 2) {
    const nodes = lookUp(pieces.slice(first, end).join(''), trees)
    if (nodes) return { nodes, end }
  }
  return { nodes: [pieces[first]!], end: first + 1 }
}

/** A cloze text's nodes with `{ blank }` nodes, when it needs markup. */
export const richClozeNodes = (text: string, format: RichFormat): RichNode[] | undefined =>
  lookUp(text, (table) => table.cloze?.[format])
