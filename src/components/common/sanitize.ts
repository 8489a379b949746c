import DOMPurify from 'dompurify'
import { renderInlineMarkdown } from '@/domain/markdown'

const MARKDOWN_TAGS = ['em', 'strong', 'code', 'a']
const HTML_TAGS = [
  ...MARKDOWN_TAGS,
  'b',
  'i',
  'u',
  'sub',
  'sup',
  'br',
  'p',
  'span',
  'ul',
  'ol',
  'li',
  'pre',
  'blockquote',
]

// Links in questions open in a new tab and give the article no handle on Factline. Registered
// once, here: a hook added per component piles up in DOMPurify for as long as the page lives
// (a kiosk's day of students, see npm run bench).
DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') {
    node.setAttribute('target', '_blank')
    node.setAttribute('rel', 'noopener noreferrer')
  }
})

/** Question text as safe HTML: Markdown rendered, or a bank's HTML, sanitized. */
export function safeHtml(text: string, format: 'markdown' | 'html'): string {
  const raw = format === 'html' ? text : renderInlineMarkdown(text)
  return DOMPurify.sanitize(raw, {
    ALLOWED_TAGS: format === 'html' ? HTML_TAGS : MARKDOWN_TAGS,
    ALLOWED_ATTR: ['href', 'target', 'rel'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  })
}
