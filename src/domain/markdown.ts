/**
 * The small Markdown of question texts: `*emphasis*` (or `_emphasis_`), `**strong**`,
 * `` `code` `` and `[links](https://…)`. It is parsed into nodes, never into an HTML string:
 * whatever a teacher writes, raw HTML included, can only ever become text.
 */
export type MarkdownNode =
  | string
  | { tag: 'em' | 'strong' | 'code'; children: MarkdownNode[] }
  | { tag: 'a'; href: string; children: MarkdownNode[] }

// One pass, left to right: a code span, a link, strong, then the two spellings of emphasis.
// Emphasis needs a non-word character (or the start) before it and none after, so that
// snake_case_names and 2*3*4 stay as they are.
const INLINE =
  /`([^`]+)`|\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)|\*\*([^*]+)\*\*|(?<![\w*])\*([^*\s][^*]*?)\*(?!\w)|(?<!\w)_([^_\s][^_]*?)_(?!\w)/g

export function parseInlineMarkdown(text: string): MarkdownNode[] {
  const nodes: MarkdownNode[] = []
  let last = 0
  for (const match of text.matchAll(INLINE)) {
    const [whole, code, label, href, strong, star, underscore] = match
    if (match.index > last) nodes.push(text.slice(last, match.index))
    last = match.index + whole.length
    if (code !== undefined) nodes.push({ tag: 'code', children: [code] })
    else if (label !== undefined && href !== undefined)
      nodes.push({ tag: 'a', href, children: parseInlineMarkdown(label) })
    else if (strong !== undefined)
      nodes.push({ tag: 'strong', children: parseInlineMarkdown(strong) })
    else nodes.push({ tag: 'em', children: parseInlineMarkdown(star ?? underscore ?? '') })
  }
  if (last < text.length) nodes.push(text.slice(last))
  return nodes
}
