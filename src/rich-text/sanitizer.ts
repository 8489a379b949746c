import type { Bank } from '@/domain/bank'

/**
 * DOMPurify, loaded the first time a bank's HTML (GIFT's [html] format) is to be shown, and kept
 * for the page's life. Markdown and plain text never need it, so most banks never load it.
 */
let sanitize: ((html: string) => string) | undefined
let loading: Promise<void> | undefined

export const sanitizer = () => sanitize

export const loadSanitizer = () =>
  (loading ??= import('./sanitize').then((m) => {
    sanitize = m.safeHtml
  }))

const usesHtml = (bank: Bank) =>
  bank.questions.some((q) => q.format === 'html') ||
  (bank.generated ?? []).some((q) => q.format === 'html')

/** A loaded bank, once what its texts need to be shown is there too: no question shows empty. */
export async function readyToShow(bank: Bank | undefined): Promise<Bank | undefined> {
  if (bank && usesHtml(bank)) await loadSanitizer()
  return bank
}
