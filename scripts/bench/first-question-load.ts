// What a student's browser loads to show the first question of a quiz: every file the page asks
// for from navigation until the form `Question 1 of N` is on screen, with its size raw and
// gzipped. Shared by the 60 KB budget test (tests/e2e/budget.spec.ts) and `npm run bench`.
import { gzipSync } from 'node:zlib'
import type { Page, Request } from '@playwright/test'

export type FileKind = 'js' | 'css' | 'html' | 'json' | 'other'

export interface LoadedFile {
  /** The path of the URL, e.g. /assets/index-B7nvclC4.js. */
  path: string
  kind: FileKind
  /** Bytes of the file itself, as the server had it before any transfer compression. */
  raw: number
  /** The same bytes gzipped at level 9 (node:zlib), whatever the server sent. */
  gzip: number
  /** The file's text, for JS and CSS (to tell which code it carries). */
  text?: string
}

/** The quiz a student opens from the home page: a bank, a length and a seed in the URL. */
export const firstQuestionUrl = (bank: string, n = 10, seed = 'budget') =>
  `/quiz?bank=${encodeURIComponent(bank)}&n=${n}&seed=${encodeURIComponent(seed)}`

/** The first question as the UI contract names it. */
export const FIRST_QUESTION = /^Question 1 of \d+$/

function kindOf(path: string, contentType: string): FileKind {
  if (/\.m?js$/.test(path) || contentType.includes('javascript')) return 'js'
  if (path.endsWith('.css') || contentType.includes('text/css')) return 'css'
  if (path.endsWith('.html') || contentType.includes('text/html')) return 'html'
  if (path.endsWith('.json') || contentType.includes('json')) return 'json'
  return 'other'
}

/**
 * Opens `url` in `page` and waits for the first question's form; returns every file the page
 * requested before the form entered the page (document, scripts, module preloads, dynamic
 * imports, styles, data), each once, by the browser's own clock. A request still in flight then
 * counts: the page asked for it while the learner waited.
 */
export async function loadFirstQuestion(
  page: Page,
  url: string,
  name: string | RegExp = FIRST_QUESTION,
): Promise<LoadedFile[]> {
  const requests: Request[] = []
  const record = (request: Request) => void requests.push(request)
  // The moment the first question enters the page, on the browser's clock: what the page asks
  // for after it (the learner's record, the update check) was not needed to show it.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      // Any language's first question: its form is the page's first question form.
      if (!document.querySelector('form.question[aria-label]')) return
      Object.assign(window, { firstQuestionAt: performance.timeOrigin + performance.now() })
      observer.disconnect()
    }).observe(document, { childList: true, subtree: true })
  })
  page.on('request', record)
  try {
    await page.goto(url, { waitUntil: 'commit' })
    await page.getByRole('form', { name }).waitFor({ state: 'visible' })
  } finally {
    page.off('request', record)
  }
  const shownAt = await page.evaluate(
    () => (window as unknown as { firstQuestionAt: number }).firstQuestionAt,
  )
  const files = new Map<string, LoadedFile>()
  for (const request of requests) {
    // Playwright fills in a request's timing when its response arrives (startTime is 0 until
    // then), so the response comes first: else a request made after the question, still in
    // flight, would look as if it had been made at once.
    const response = await request.response()
    if (!response || request.timing().startTime > shownAt) continue
    const { pathname, protocol } = new URL(request.url())
    if (!protocol.startsWith('http') || files.has(pathname)) continue
    if (response.status() >= 300) continue
    const body = await response.body()
    const kind = kindOf(pathname, response.headers()['content-type'] ?? '')
    files.set(pathname, {
      path: pathname,
      kind,
      raw: body.byteLength,
      gzip: gzipSync(body, { level: 9 }).byteLength,
      text: kind === 'js' || kind === 'css' ? body.toString('utf8') : undefined,
    })
  }
  return [...files.values()]
}

/**
 * Code that has no business on the way to a quiz's first question, each told by strings its
 * minified build still carries. The budget test also checks each marker is in the build, so a
 * marker that no longer names its code fails loudly instead of passing for ever.
 */
export const NOT_FOR_THE_FIRST_QUESTION = [
  { code: 'the studio editor (CodeMirror)', markers: ['cm-scroller', 'cm-content'] },
  {
    code: 'GIFT parsing (gift-pegjs)',
    markers: ["Can't start parsing from rule", 'Single numeric answer'],
  },
  { code: 'the review schedule (ts-fsrs)', markers: ['FSRSError', 'request_retention'] },
  { code: 'the kiosk', markers: ['Set up kiosk', 'Teacher unlock', 'kiosk:tally'] },
  // Only a kiosk with an LRS set loads it (src/stores/kiosk-lrs.ts).
  {
    code: 'the kiosk’s LRS (xAPI statements, their queue and sender)',
    markers: ['X-Experience-API-Version', 'factline-lrs', 'Learning record store (LRS)'],
  },
  // It loads right after the first screen, before any check (src/stores/grader.ts).
  { code: 'the grader (grading.ts, number words)', markers: ['seventy', 'trillion'] },
  // The words of a checked answer come with the grader (src/i18n/messages/en/feedback.ts).
  {
    code: 'the feedback’s words',
    markers: ['My answer should count', 'your score stays as it is'],
  },
  // A bank's Markdown and HTML are compiled at build time (src/domain/rich/), Moodle XML is read
  // by the build and the studio: a learner's page shows nodes and needs none of the parsers.
  {
    code: 'the Markdown parser (markdown-it)',
    markers: ['Wrong `markdown-it` preset', 'text_join'],
  },
  { code: 'the HTML parser (htmlparser2)', markers: ['onopentagname', 'onprocessinginstruction'] },
  {
    code: 'the XML parser (saxes)',
    markers: ['text data outside of root node.', 'disallowed character in tag name'],
  },
] as const

/** Which of `NOT_FOR_THE_FIRST_QUESTION` each file carries: code → the files. */
export function unwantedCode(files: readonly LoadedFile[]): Map<string, string[]> {
  const found = new Map<string, string[]>()
  for (const { code, markers } of NOT_FOR_THE_FIRST_QUESTION) {
    const carriers = files.filter((f) => f.text && markers.some((m) => f.text!.includes(m)))
    if (carriers.length > 0)
      found.set(
        code,
        carriers.map((f) => f.path),
      )
  }
  return found
}

/**
 * What the 60 KB budget counts: the code and styles, and the bank's questions whether they come
 * as a script or as JSON (the first question cannot be shown without them). Not the HTML page.
 */
/**
 * The budget is the JavaScript and CSS: the code that must arrive and run. A bank is a
 * teacher's content, fetched as JSON; its bytes are listed beside the budget, not in it.
 */
export const countsForTheBudget = (file: LoadedFile) => file.kind === 'js' || file.kind === 'css'

/** Raw and gzip bytes of each kind of file, and of all of them. */
export function bytesByKind(files: readonly LoadedFile[]) {
  const sum = (kinds: readonly FileKind[]) => {
    const some = files.filter((f) => kinds.includes(f.kind))
    return {
      files: some.length,
      raw: some.reduce((n, f) => n + f.raw, 0),
      gzip: some.reduce((n, f) => n + f.gzip, 0),
    }
  }
  return {
    js: sum(['js']),
    css: sum(['css']),
    html: sum(['html']),
    json: sum(['json']),
    other: sum(['other']),
    total: sum(['js', 'css', 'html', 'json', 'other']),
  }
}

/** One line a file, biggest gzip first: `  12.3 KB gzip   45.6 KB raw  /assets/x.js`. */
export function describeFiles(files: readonly LoadedFile[]): string {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(7)
  return [...files]
    .sort((a, b) => b.gzip - a.gzip)
    .map((f) => `${kb(f.gzip)} KB gzip ${kb(f.raw)} KB raw  ${f.path}`)
    .join('\n')
}
