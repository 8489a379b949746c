import type { RichNode } from '@/domain/rich/nodes'

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')

/** Nodes written out as markup, text escaped, to compare at a glance. */
export function showNodes(nodes: readonly RichNode[]): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return escape(node)
      if ('blank' in node) return `[${node.blank}]`
      const { tag, ...rest } = node
      const children = 'children' in rest ? rest.children : undefined
      const attributes = Object.entries(rest)
        .filter(([name]) => name !== 'children')
        .map(([name, value]) => ` ${name}="${escape(String(value))}"`)
        .join('')
      return children
        ? `<${tag}${attributes}>${showNodes(children)}</${tag}>`
        : `<${tag}${attributes}>`
    })
    .join('')
}
