/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vue" />

declare module 'virtual:factline/bank-loader' {
  import type { RichBank } from '@/domain/rich/nodes'
  /** The first bank, for a quiz URL that names none; undefined when there are no banks. */
  export const defaultBankId: string | undefined
  /**
   * Fetches one bank's JSON file on demand, its texts' Markdown and HTML compiled (`rich`);
   * undefined for an unknown id, rejects offline without the service worker.
   */
  export function loadBank(id: string): Promise<RichBank | undefined>
  /**
   * Starts fetching a bank that the page being opened will ask for; its `loadBank` then gets this
   * fetch instead of starting another. Settles (never rejects) once the fetch is over, whatever
   * its outcome, which is for `loadBank` to report. Unknown ids are ignored.
   */
  export function prefetchBank(id: string): Promise<void>
}

declare module 'virtual:factline/banks' {
  import type { BankSummary } from '@/domain/bank'
  /** Every bank in questions/, as the home page needs it: titles and topics, no questions. */
  export const bankIndex: BankSummary[]
}

// The studio's copy of the banks' question files (scripts/vite-plugin-banks.ts): only the studio
// store loads it; a quiz never fetches these files.
declare module 'virtual:factline/bank-files' {
  import type { BankFiles } from '@/domain/bank/files'
  /** Fetches one bank's question files as published; undefined for a bank the studio can't open. */
  export function loadBankFiles(id: string): Promise<BankFiles | undefined>
}

// FACTLINE_LRS_ORIGINS as the build read it (scripts/vite-plugin-csp.ts): only the kiosk's LRS
// settings load it.
declare module 'virtual:factline/lrs-origins' {
  /** The origins the page's connect-src allows besides 'self': the LRSs a kiosk may send to. */
  export const lrsOrigins: readonly string[]
}
