import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { type Result } from 'lighthouse'
import { chromiumArgs, findChromium } from '../../scripts/find-chromium.mjs'

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type Category = (typeof CATEGORIES)[number]
export type Scores = Record<Category, number>

/** The metrics worth a line in the CI log, by Lighthouse audit id. */
const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  SI: 'speed-index',
} as const

/**
 * One Lighthouse run with its defaults (a phone, simulated slow 4G and a 4x slower CPU) in a
 * Chromium of its own: a fresh profile each time, so every run is a first visit.
 */
export async function runLighthouse(url: string): Promise<Result> {
  const chromePath = process.env.FACTLINE_CHROMIUM ?? (await findChromium())
  if (!chromePath) throw new Error('No Chromium found: install it or set CHROME_PATH.')
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: chromiumArgs.map((flag) => (flag === '--headless' ? '--headless=new' : flag)),
  })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: [...CATEGORIES],
    })
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
    const { lhr } = result
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`)
    return lhr
  } finally {
    chrome.kill()
  }
}

export function scores(lhr: Result): Scores {
  return Object.fromEntries(CATEGORIES.map((id) => [id, lhr.categories[id]?.score ?? 0])) as Scores
}

/** `FCP 1.2 s, LCP 1.4 s, TBT 30 ms, CLS 0, SI 1.9 s` */
export function metrics(lhr: Result): string {
  return Object.entries(METRICS)
    .map(([name, id]) => `${name} ${lhr.audits[id]?.displayValue ?? '?'}`)
    .join(', ')
}

/**
 * Every audit of a category that did not get full marks, the heaviest first, one a line:
 * `id: title (score 0.5, weight 10, 2.1 s)`. Audits that only inform are left out.
 */
export function failingAudits(lhr: Result, category: Category): string[] {
  const refs = lhr.categories[category]?.auditRefs ?? []
  return refs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(
      ({ audit }) =>
        audit &&
        audit.score !== null &&
        audit.score < 1 &&
        ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode),
    )
    .sort((a, b) => b.ref.weight - a.ref.weight || a.audit!.score! - b.audit!.score!)
    .map(({ ref, audit }) => {
      const value = audit!.displayValue ? `, ${audit!.displayValue}` : ''
      return `${ref.id}: ${audit!.title} (score ${audit!.score}, weight ${ref.weight}${value})`
    })
}

/** Where the main thread's time went: the longest tasks and the scripts that cost the most. */
export function mainThreadHints(lhr: Result): string[] {
  type Row = { url: string; duration: number; startTime: number; total: number; scripting: number }
  const short = (url: string) => url.replace(/^https?:\/\/[^/]+/, '') || url
  const rows = (id: string) =>
    ((lhr.audits[id]?.details as { items?: Row[] } | undefined)?.items ?? []).slice(0, 5)
  const tasks = rows('long-tasks').map(
    (t) => `${short(t.url)} ${Math.round(t.duration)} ms at ${Math.round(t.startTime)} ms`,
  )
  const scripts = rows('bootup-time').map(
    (s) => `${short(s.url)} ${Math.round(s.total)} ms (scripting ${Math.round(s.scripting)})`,
  )
  return [
    ...(tasks.length ? [`longest tasks (simulated): ${tasks.join('; ')}`] : []),
    ...(scripts.length ? [`main-thread time by script: ${scripts.join('; ')}`] : []),
  ]
}
