/**
 * The bank id of the studio's draft in `Try as student` (`/quiz?bank=studio-draft`): a bank that
 * is no file, read from the drafts store. Apart from quiz-url.ts, so that the banks store, which
 * the first screen loads, needs nothing else of it.
 */
export const DRAFT_BANK_ID = 'studio-draft'
