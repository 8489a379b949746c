/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vue" />

declare module 'virtual:factline/banks' {
  import type { Bank, BankSummary } from '@/domain/bank'
  /** Every bank in questions/, as the home page needs it: titles and topics, no questions. */
  export const bankIndex: BankSummary[]
  /** Loads one bank's compiled chunk on demand. */
  export function loadBank(id: string): Promise<Bank | undefined>
}
