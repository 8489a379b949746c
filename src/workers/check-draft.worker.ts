/// <reference lib="webworker" />
// Checks the studio's draft off the main thread, so typing never waits for the validator.
// First, before any schema is built: Vite's worker build skips the plugin that sets up zod.
import '@/zod-jitless'
import { checkDraft, type DraftContext, type DraftFormat } from '@/domain/author'

export interface CheckRequest {
  id: number
  text: string
  format: DraftFormat
  fileName: string
  /** A draft of a bank's file: the bank's other files, as published. */
  context?: DraftContext
}

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { id, text, format, fileName, context } = event.data
  self.postMessage({ id, ...checkDraft(text, format, fileName, context) })
}
