import type { RichNode } from './nodes.ts'

/** Adds `node` to `nodes`, joining text to the text before it: a tree keeps one string per run. */
export function appendNode(nodes: RichNode[], node: RichNode): void {
  const last = nodes.at(-1)
  if (typeof node !== 'string') nodes.push(node)
  else if (typeof last === 'string') nodes[nodes.length - 1] = last + node
  else if (node !== '') nodes.push(node)
}
