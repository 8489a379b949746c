import { createHash } from 'node:crypto'
import { relative, resolve } from 'node:path'
import type { Plugin } from 'vite'
import { formatProblem, summarizeBank, type Bank, type Problem } from '../src/domain/bank/index.ts'
import { questionPool } from '../src/domain/quiz.ts'
import { compileLocation, findBanks } from './bank-files.ts'

const INDEX_ID = 'virtual:factline/banks'
const LOADER_ID = 'virtual:factline/bank-loader'
/** Where the dev server serves a bank; a build emits each as `assets/<id>-<hash>.json`. */
const devBankUrl = (id: string) => `/@factline/bank/${encodeURIComponent(id)}.json`

interface Loaded {
  banks: Bank[]
  problems: Problem[]
}

/** Every bank of the question folders, compiled; problems name files relative to `root`. */
export function loadBanks(dirs: readonly string[], root: string): Loaded {
  const banks: Bank[] = []
  const problems: Problem[] = []
  const seen = new Map<string, string>()
  for (const location of dirs.flatMap((dir) => findBanks(dir))) {
    const file = relative(root, location.files[0] ?? location.path)
    const first = seen.get(location.id)
    if (first) {
      const message = `a bank "${location.id}" is already in ${first}; rename one of them`
      problems.push({ file, line: 1, column: 1, severity: 'error', message })
      continue
    }
    seen.set(location.id, file)
    const compiled = compileLocation(location, root)
    problems.push(...compiled.problems)
    if (compiled.bank) banks.push(compiled.bank)
  }
  return { banks, problems }
}

const errorsOf = (problems: Problem[]) => problems.filter((p) => p.severity === 'error')

/**
 * A bank's JSON as the app loads it, stamped with `version`: a hash of its compiled content, so an
 * appeal names the very questions the learner saw even after the teacher edits the bank.
 */
export function bankJson(bank: Bank): string {
  const content = JSON.stringify(bank)
  const version = createHash('sha256').update(content).digest('hex').slice(0, 16)
  return JSON.stringify({ ...bank, version })
}

/**
 * Compiles the question banks at build time through the same validator as `questions:check`:
 * `virtual:factline/banks` is the small index the home page needs, and each bank is its own
 * JSON file, loaded when a page asks for it. An invalid bank fails the build, and shows in the dev server's overlay,
 * with `path:line:column: error: message` lines.
 */
export function factlineBanks(options: { dirs: readonly string[] }): Plugin {
  let root = process.cwd()
  let loaded: Loaded | undefined
  const dirs = () => options.dirs.map((dir) => resolve(root, dir))
  const load = (): Loaded => (loaded ??= loadBanks(dirs(), root))
  const fail = (problems: Problem[]) =>
    `invalid question bank (fix these lines, or run npm run questions:check):\n${problems.map(formatProblem).join('\n')}`

  let building = false

  return {
    name: 'factline-banks',
    configResolved(config) {
      root = config.root
      building = config.command === 'build'
    },
    buildStart() {
      loaded = undefined
      const { problems } = load()
      for (const problem of problems.filter((p) => p.severity === 'warning'))
        this.warn(formatProblem(problem))
      const errors = errorsOf(problems)
      if (errors.length > 0) this.error(fail(errors))
    },
    resolveId(id) {
      if (id === INDEX_ID || id === LOADER_ID) return `\0${id}`
      return undefined
    },
    load(id) {
      if (id !== `\0${INDEX_ID}` && id !== `\0${LOADER_ID}`) return undefined
      const { banks, problems } = load()
      const errors = errorsOf(problems)
      if (errors.length > 0) this.error(fail(errors))
      // The summaries (titles, topics) grow with every bank: only the pages listing banks load
      // them; a quiz needs just the loader.
      if (id === `\0${INDEX_ID}`) {
        return `export const bankIndex = ${JSON.stringify(banks.map((b) => summarizeBank(b, questionPool(b).length)))}`
      }
      // Each bank is a JSON file of its own, fetched when a page needs it: data, not code, so it
      // is parsed faster than a script and never counts against the first screen's JavaScript.
      const urls = banks.map((bank) => {
        if (!building) return `${JSON.stringify(bank.id)}: ${JSON.stringify(devBankUrl(bank.id))}`
        const ref = this.emitFile({
          type: 'asset',
          name: `${bank.id}.json`,
          source: bankJson(bank),
        })
        return `${JSON.stringify(bank.id)}: import.meta.ROLLUP_FILE_URL_${ref}`
      })
      return [
        `export const defaultBankId = ${JSON.stringify(banks[0]?.id)}`,
        `const urls = {\n${urls.map((u) => `  ${u},`).join('\n')}\n}`,
        `const fetchBank = (id) =>`,
        `  fetch(urls[id]).then((response) => {`,
        `    if (!response.ok) throw new Error(\`bank \${id}: HTTP \${response.status}\`)`,
        `    return response.json()`,
        `  })`,
        // A fetch started early, beside the page's code, is handed to the first page that asks.
        `const early = new Map()`,
        `export function prefetchBank(id) {`,
        `  if (!Object.hasOwn(urls, id)) return Promise.resolve()`,
        `  if (!early.has(id)) early.set(id, fetchBank(id))`,
        `  return early.get(id).then(() => undefined, () => undefined)`,
        `}`,
        `export function loadBank(id) {`,
        `  if (!Object.hasOwn(urls, id)) return Promise.resolve(undefined)`,
        `  const pending = early.get(id)`,
        `  early.delete(id)`,
        `  return pending ?? fetchBank(id)`,
        `}`,
      ].join('\n')
    },
    configureServer(server) {
      server.watcher.add(dirs())
      server.middlewares.use((request, response, next) => {
        const match = /^\/@factline\/bank\/([^/?]+)\.json/.exec(request.url ?? '')
        const bank = match && load().banks.find((b) => b.id === decodeURIComponent(match[1]!))
        if (!bank) return next()
        response.setHeader('Content-Type', 'application/json')
        response.end(bankJson(bank))
      })
    },
    hotUpdate({ file, server }) {
      if (!dirs().some((dir) => file.startsWith(dir)) || this.environment.name !== 'client')
        return undefined
      loaded = undefined
      const errors = errorsOf(load().problems)
      if (errors.length > 0) {
        server.ws.send({
          type: 'error',
          err: { message: fail(errors), stack: '', id: file, plugin: 'factline-banks' },
        })
        return []
      }
      for (const mod of this.environment.moduleGraph.idToModuleMap.values()) {
        if (mod.id === `\0${INDEX_ID}` || mod.id === `\0${LOADER_ID}`)
          this.environment.moduleGraph.invalidateModule(mod)
      }
      server.ws.send({ type: 'full-reload' })
      return []
    },
  }
}
