/// <reference lib="webworker" />
// Checks the studio's draft off the main thread, so typing never waits for the validator, and
// compiles its Markdown and HTML for the preview, so the studio's page needs no parser either.
// First, before any schema is built: Vite's worker build skips the plugin that sets up zod.
import '@/zod-jitless'
import type { DraftContext, DraftFormat } from '@/domain/author'
import { checkDraftWithRichTexts } from '@/domain/rich/draft'

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
  self.postMessage({ id, ...checkDraftWithRichTexts(text, format, fileName, context) })
}
