import { defineConfig, devices } from '@playwright/test'
import { chromiumArgs } from './scripts/find-chromium.mjs'

const port = Number(process.env.E2E_PORT ?? 4380)
const baseURL = `http://127.0.0.1:${port}`
// E2E_DIST and E2E_OUT let two runs share a checkout: each serves its own build, writes its own results.
const dist = process.env.E2E_DIST ?? 'dist'
const out = process.env.E2E_OUT ?? 'test-results'

// Run through `npm run test:e2e` (scripts/test.mjs), which finds Chromium, builds and picks a port.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  // Whole quizzes with accessibility scans on a 2-core machine: generous, never a timing assertion.
  timeout: 120_000,
  workers: 2,
  outputDir: `${out}/artifacts`,
  reporter: [['list'], ['json', { outputFile: `${out}/e2e.json` }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: process.env.FACTLINE_CHROMIUM, args: chromiumArgs },
      },
    },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${dist}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
