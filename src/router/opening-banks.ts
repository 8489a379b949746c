import type { RouteLocation } from 'vue-router'
import { DRAFT_BANK_ID, parseQuizQuery } from '@/domain/quiz-url'

/**
 * The banks the page at `route` loads before it can show anything: a quiz's banks (the first bank
 * when its URL names none) or a lesson's. main.ts fetches them while the page's code is still on
 * its way, so a slow network pays one wait instead of two in a row. The studio's draft is no file.
 */
export function banksOpenedBy(
  route: Pick<RouteLocation, 'name' | 'params' | 'query'>,
  defaultBankId: string | undefined,
): string[] {
  if (route.name === 'lesson') {
    const { bank } = route.params
    return typeof bank === 'string' ? [bank] : []
  }
  if (route.name !== 'quiz') return []
  const raw = route.query.bank
  const { bankIds } = parseQuizQuery({ bank: (Array.isArray(raw) ? raw[0] : raw) ?? undefined }, '')
  if (bankIds.length === 0) return defaultBankId ? [defaultBankId] : []
  return bankIds.filter((id) => id !== DRAFT_BANK_ID)
}
