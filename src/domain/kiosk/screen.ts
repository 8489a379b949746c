import type { KioskQuery } from './config.ts'

/** Where the kiosk is in serving a student. */
export type KioskPhase = 'setup' | 'attract' | 'quiz' | 'results'

/** What the kiosk page shows: a phase, the teacher's panel, or `waiting` for its bank. */
export type KioskScreen = KioskPhase | 'teacher' | 'waiting'

/**
 * The screen for the kiosk's state. Set-up comes before all; an unlocked teacher sees the panel
 * over any student; no student screen shows without the bank (loading, or gone from the site).
 */
export function kioskScreen(phase: KioskPhase, unlocked: boolean, bankReady: boolean): KioskScreen {
  if (phase === 'setup') return 'setup'
  if (unlocked) return 'teacher'
  return bankReady ? phase : 'waiting'
}

interface Titled {
  id: string
  title: string
}

/** The titles of the kiosk's topics, in its order; a topic the bank no longer has shows its id. */
export function topicTitles(ids: readonly string[], topics: readonly Titled[] = []): string[] {
  return ids.map((id) => topics.find((t) => t.id === id)?.title ?? id)
}

/**
 * The bank a new kiosk runs: the link's, else the site's first. Its title is the site's, when the
 * site has that bank.
 */
export function setupBank(
  query: KioskQuery,
  banks: readonly Titled[],
): { id: string; title: string | undefined } {
  const id = query.bank ?? banks[0]?.id ?? ''
  return { id, title: banks.find((b) => b.id === id)?.title }
}
