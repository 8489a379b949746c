/**
 * The studio's link to one question of a published bank (`/author?bank=ID&question=QID`), with an
 * answer to add to its accepted ones (`&accept=TEXT`). Apart from author.ts, so that a page linking
 * to the studio (the class report) carries none of the studio's parsers.
 */
export interface StudioRequest {
  bank: string
  question: string
  accept?: string
}

/** The path and query that open question `questionId` of bank `bankId` in the studio. */
export function studioLink(bankId: string, questionId: string, accept?: string): string {
  const query = [`bank=${encodeURIComponent(bankId)}`, `question=${encodeURIComponent(questionId)}`]
  if (accept !== undefined) query.push(`accept=${encodeURIComponent(accept)}`)
  return `/author?${query.join('&')}`
}

const one = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : Array.isArray(value) ? one(value[0]) : undefined

/** The request a studio address carries; undefined without a bank and a question. */
export function readStudioLink(query: Record<string, unknown>): StudioRequest | undefined {
  const bank = one(query.bank)?.trim()
  const question = one(query.question)?.trim()
  const accept = one(query.accept)
  if (!bank || !question) return undefined
  return { bank, question, ...(accept !== undefined ? { accept } : {}) }
}
