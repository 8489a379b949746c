import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { build, type Rollup } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { COMPILE_HINT, compileHints } from '../../scripts/vite-plugin-compile-hints.ts'
import { routePages } from '../../scripts/vite-plugin-pages.ts'

// A small app shaped like Factline's: an entry, a router with two pages loaded when visited (one
// of them, like the studio, bringing a large editor of its own), code the pages share, and code
// loaded after the first screen.
const app: Record<string, string> = {
  'index.html': '<!doctype html><script type="module" src="/main.js"></script>',
  'main.js': [
    "import { start } from './start.js'",
    "import { pages } from './router.js'",
    "import('./later.js')",
    'start(pages[location.hash.slice(1)] ?? pages.quiz)',
  ].join('\n'),
  'router.js': [
    'export const pages = {',
    "  quiz: () => import('./views/QuizView.js'),",
    "  studio: () => import('./views/StudioView.js'),",
    '}',
  ].join('\n'),
  'start.js': 'export const start = (load) => load().then((page) => page.show())',
  'views/QuizView.js': [
    "import { shared } from '../shared.js'",
    "import { card } from '../card.js'",
    "export const show = () => { document.body.textContent = shared() + card(); import('../later.js').then((l) => l.later()) }",
  ].join('\n'),
  'views/StudioView.js': [
    "import { shared } from '../shared.js'",
    "import { editor } from '../editor.js'",
    'export const show = () => editor(shared())',
  ].join('\n'),
  'shared.js': "export const shared = () => 'shared'",
  'card.js': "export const card = () => 'card'",
  'editor.js': `export const editor = (text) => text + ${JSON.stringify('an editor '.repeat(100))}`,
  'later.js': "export const later = () => console.log('later')",
}

let dir = ''
let chunks: Rollup.OutputChunk[] = []
let isPage: (fileName: string) => boolean = () => false

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'factline-hints-'))
  for (const [name, text] of Object.entries(app)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
  const pages = routePages('router.js')
  isPage = pages.isPage
  const output = (await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    // The studio brings over 1,000 bytes of its own, the quiz under 700.
    plugins: [pages.plugin, compileHints({ isPage: pages.isPage, pageLimit: 700 })],
    build: { write: false, minify: false },
  })) as Rollup.RollupOutput
  chunks = output.output.filter((file): file is Rollup.OutputChunk => file.type === 'chunk')
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The chunk that holds `module` (a path inside the app), and whether it opens with the hint. */
function hinted(module: string): boolean {
  const chunk = chunks.find((c) => c.moduleIds.some((id) => id.endsWith(`/${module}`)))
  if (!chunk) throw new Error(`no chunk holds ${module}`)
  return chunk.code.startsWith(`${COMPILE_HINT}\n`)
}

describe('the pages of a build', () => {
  it('are the modules the router imports when a route is visited, whatever their names', () => {
    const named = (module: string) => chunks.find((c) => c.facadeModuleId?.endsWith(`/${module}`))!
    expect(isPage(named('views/QuizView.js').fileName)).toBe(true)
    expect(isPage(named('views/StudioView.js').fileName)).toBe(true)
    expect(isPage(named('later.js').fileName)).toBe(false)
    expect(chunks.filter((c) => isPage(c.fileName))).toHaveLength(2)
  })
})

describe('compile hints', () => {
  it('open the entry, a page and every chunk the page imports statically', () => {
    expect(hinted('main.js')).toBe(true)
    expect(hinted('views/QuizView.js')).toBe(true)
    expect(hinted('shared.js')).toBe(true)
    expect(hinted('card.js')).toBe(true)
  })

  it('leave out a page that brings too much code of its own, what only it imports, and code loaded later', () => {
    expect(hinted('views/StudioView.js')).toBe(false)
    expect(hinted('editor.js')).toBe(false)
    expect(hinted('later.js')).toBe(false)
  })

  it('come first in the file, above the preload map Vite puts at its top', () => {
    const entry = chunks.find((c) => c.isEntry)!
    expect(entry.code).toContain('__vite__mapDeps')
    expect(entry.code.split('\n')[0]).toBe(COMPILE_HINT)
    expect(chunks.every((c) => c.code.split(COMPILE_HINT).length <= 2)).toBe(true)
  })
})
