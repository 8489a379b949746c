import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { dirname, relative, resolve, sep } from 'node:path'
import type { Plugin } from 'vite'
import {
  decodeUtf8,
  formatProblem,
  summarizeBank,
  type Bank,
  type Problem,
} from '../src/domain/bank/index.ts'
import { bankFilesOf, type BankFiles } from '../src/domain/bank/files.ts'
import { questionPool } from '../src/domain/quiz.ts'
import { withRichTexts } from '../src/domain/rich/compile.ts'
import { compileLocation, findBanks, type BankLocation } from './bank-files.ts'

const INDEX_ID = 'virtual:factline/banks'
const LOADER_ID = 'virtual:factline/bank-loader'
const FILES_ID = 'virtual:factline/bank-files'
/** Where the dev server serves a bank; a build emits each as `assets/<id>-<hash>.json`. */
const devBankUrl = (id: string) => `/@factline/bank/${encodeURIComponent(id)}.json`
/** Where the dev server serves a bank's question files for the studio; a build emits `assets/<id>.files-<hash>.json`. */
const devFilesUrl = (id: string) => `/@factline/bank-files/${encodeURIComponent(id)}.json`

interface Loaded {
  banks: Bank[]
  problems: Problem[]
  /** Where each compiled bank lies: its files, and the questions folder that names them. */
  locations: Map<string, { location: BankLocation; dir: string }>
}

/**
 * Every bank of the question folders (or only the banks `chosen` names: an exported package's),
 * compiled, with its texts' nodes; problems name files relative to `root`.
 */
export function loadBanks(
  dirs: readonly string[],
  root: string,
  chosen?: readonly BankLocation[],
): Loaded {
  const banks: Bank[] = []
  const problems: Problem[] = []
  const locations: Loaded['locations'] = new Map()
  const seen = new Map<string, string>()
  const found = chosen
    ? chosen.map((location) => ({ location, dir: dirname(location.path) }))
    : dirs.flatMap((dir) => findBanks(dir).map((location) => ({ location, dir })))
  for (const { location, dir } of found) {
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
    if (compiled.bank) {
      // Its Markdown and HTML as nodes, so that a learner's page needs no parser or sanitiser.
      banks.push(withRichTexts(compiled.bank))
      locations.set(location.id, { location, dir })
    }
  }
  return { banks, problems, locations }
}

/** The names of a bank's files within their questions folder (`korea-2018/bank.yaml`), as the studio shows them. */
const fileNames = ({ location, dir }: { location: BankLocation; dir: string }) =>
  location.files.map((path) => relative(dir, path).split(sep).join('/'))

/**
 * A compiled bank's question files as the studio opens them: their texts and the line each
 * question and fact starts at. Only the studio fetches them: a quiz never does.
 */
export function bankFiles(bank: Bank, where: { location: BankLocation; dir: string }): BankFiles {
  const names = fileNames(where)
  const files = where.location.files.map((path, i) => {
    const decoded = decodeUtf8(readFileSync(path))
    return { name: names[i]!, text: 'text' in decoded ? decoded.text : '' }
  })
  return bankFilesOf(bank, where.location.kind, files)
}

const errorsOf = (problems: Problem[]) => problems.filter((p) => p.severity === 'error')

/**
 * A bank's JSON as the app loads it, stamped with `version`: a hash of its compiled content, so an
 * appeal names the very questions the learner saw even after the teacher edits the bank. `files`
 * (the names of its question files, which the studio can open) are not content: not hashed.
 */
export function bankJson(bank: Bank, files?: string[]): string {
  const content = JSON.stringify(bank)
  const version = createHash('sha256').update(content).digest('hex').slice(0, 16)
  return JSON.stringify({ ...bank, ...(files ? { files } : {}), version })
}

/**
 * Compiles the question banks at build time through the same validator as `questions:check`:
 * `virtual:factline/banks` is the small index the home page needs, and each bank is its own
 * JSON file, loaded when a page asks for it. An invalid bank fails the build, and shows in the dev server's overlay,
 * with `path:line:column: error: message` lines.
 */
export function factlineBanks(options: {
  dirs: readonly string[]
  /** Only these banks (a package's), wherever they lie: `dirs` is then only watched. */
  banks?: readonly BankLocation[]
}): Plugin {
  let root = process.cwd()
  let loaded: Loaded | undefined
  const dirs = () => options.dirs.map((dir) => resolve(root, dir))
  const load = (): Loaded => (loaded ??= loadBanks(dirs(), root, options.banks))
  const located = (bank: Bank) => load().locations.get(bank.id)!
  const json = (bank: Bank) => bankJson(bank, fileNames(located(bank)))
  const filesJson = (bank: Bank) => JSON.stringify(bankFiles(bank, located(bank)))
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
      if (id === INDEX_ID || id === LOADER_ID || id === FILES_ID) return `\0${id}`
      return undefined
    },
    load(id) {
      if (id !== `\0${INDEX_ID}` && id !== `\0${LOADER_ID}` && id !== `\0${FILES_ID}`)
        return undefined
      const { banks, problems } = load()
      const errors = errorsOf(problems)
      if (errors.length > 0) this.error(fail(errors))
      // The summaries (titles, topics) grow with every bank: only the pages listing banks load
      // them; a quiz needs just the loader.
      if (id === `\0${INDEX_ID}`) {
        return `export const bankIndex = ${JSON.stringify(banks.map((b) => summarizeBank(b, questionPool(b).length)))}`
      }
      // The studio's copy of each bank's question files: a file of its own per bank, which only
      // the studio's code (this module) asks for.
      if (id === `\0${FILES_ID}`) {
        const urls = banks.map((bank) => {
          if (!building)
            return `${JSON.stringify(bank.id)}: ${JSON.stringify(devFilesUrl(bank.id))}`
          const ref = this.emitFile({
            type: 'asset',
            name: `${bank.id}.files.json`,
            source: filesJson(bank),
          })
          return `${JSON.stringify(bank.id)}: import.meta.ROLLUP_FILE_URL_${ref}`
        })
        return [
          `const urls = {\n${urls.map((u) => `  ${u},`).join('\n')}\n}`,
          `export function loadBankFiles(id) {`,
          `  if (!Object.hasOwn(urls, id)) return Promise.resolve(undefined)`,
          `  return fetch(urls[id]).then((response) => {`,
          `    if (!response.ok) throw new Error(\`bank files \${id}: HTTP \${response.status}\`)`,
          `    return response.json()`,
          `  })`,
          `}`,
        ].join('\n')
      }
      // Each bank is a JSON file of its own, fetched when a page needs it: data, not code, so it
      // is parsed faster than a script and never counts against the first screen's JavaScript.
      const urls = banks.map((bank) => {
        if (!building) return `${JSON.stringify(bank.id)}: ${JSON.stringify(devBankUrl(bank.id))}`
        const ref = this.emitFile({
          type: 'asset',
          name: `${bank.id}.json`,
          source: json(bank),
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
        const match = /^\/@factline\/bank(-files)?\/([^/?]+)\.json/.exec(request.url ?? '')
        const bank = match && load().banks.find((b) => b.id === decodeURIComponent(match[2]!))
        if (!bank) return next()
        response.setHeader('Content-Type', 'application/json')
        response.end(match[1] ? filesJson(bank) : json(bank))
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
        if ([INDEX_ID, LOADER_ID, FILES_ID].some((virtual) => mod.id === `\0${virtual}`))
          this.environment.moduleGraph.invalidateModule(mod)
      }
      server.ws.send({ type: 'full-reload' })
      return []
    },
  }
}
