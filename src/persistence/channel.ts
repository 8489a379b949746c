import type { Appeal } from '@/domain/appeals'
import type { Attempt } from '@/domain/attempts'

/**
 * News for the other tabs of this browser, so that each shows what the others just saved. The
 * storage itself is the source of truth; a message only says what to add or re-read.
 */
export type TabMessage =
  | { kind: 'attempt'; learner: string; attempt: Attempt }
  | { kind: 'appeal'; learner: string; appeal: Appeal }
  /** A learner's whole record was rewritten (import, reset, removal): re-read it. */
  | { kind: 'rewritten'; learner: string }
  /** The list of learners or the current learner changed. */
  | { kind: 'learners' }

const NAME = 'factline'

let channel: BroadcastChannel | undefined
const listeners = new Set<(message: TabMessage) => void>()

function open(): BroadcastChannel | undefined {
  if (channel || typeof BroadcastChannel === 'undefined') return channel
  channel = new BroadcastChannel(NAME)
  channel.onmessage = (event: MessageEvent<TabMessage>) => {
    for (const listener of listeners) listener(event.data)
  }
  return channel
}

/** Tells the other tabs; never this one. */
export function tellOtherTabs(message: TabMessage) {
  open()?.postMessage(message)
}

/** Listens to the other tabs; returns how to stop. */
export function onOtherTabs(listener: (message: TabMessage) => void): () => void {
  open()
  listeners.add(listener)
  return () => listeners.delete(listener)
}
