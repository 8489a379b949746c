import DOMPurify from 'dompurify'
import { defuseHtml } from './defuse-html'

/** The markup a bank's HTML (GIFT's [html] format) may keep; everything else is dropped. */
const HTML_TAGS = [
  'em',
  'strong',
  'code',
  'a',
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

/**
 * A bank's HTML, sanitized. Only HTML comes here: Markdown and plain text are rendered as nodes
 * and text (RichText.vue), so DOMPurify loads only for banks that use HTML.
 */
export function safeHtml(html: string): string {
  return DOMPurify.sanitize(defuseHtml(html), {
    ALLOWED_TAGS: HTML_TAGS,
    ALLOWED_ATTR: ['href', 'target', 'rel'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  })
}
