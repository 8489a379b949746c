/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vue" />

declare module 'virtual:factline/bank-loader' {
  import type { Bank } from '@/domain/bank'
  /** The first bank, for a quiz URL that names none; undefined when there are no banks. */
  export const defaultBankId: string | undefined
  /** Fetches one bank's JSON file on demand; undefined for an unknown id, rejects offline without the service worker. */
  export function loadBank(id: string): Promise<Bank | undefined>
}

declare module 'virtual:factline/banks' {
  import type { BankSummary } from '@/domain/bank'
  /** Every bank in questions/, as the home page needs it: titles and topics, no questions. */
  export const bankIndex: BankSummary[]
  export { loadBank } from 'virtual:factline/bank-loader'
}
