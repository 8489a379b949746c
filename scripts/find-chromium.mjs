import { existsSync } from 'node:fs'

/**
 * The Chromium the browser tests use: $CHROME_PATH, then Debian's /usr/bin/chromium, then a
 * browser Playwright manages (if someone installed one). Undefined when there is none.
 */
export async function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium']
  try {
    const { chromium } = await import('playwright-core')
    candidates.push(chromium.executablePath())
  } catch {
    // playwright-core knows no managed browser on this platform.
  }
  return candidates.find((path) => path && existsSync(path))
}

/** Flags that keep headless Chromium quiet and offline on a closed machine. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
