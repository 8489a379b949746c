import { readdirSync, readFileSync } from 'node:fs'
import { basename, extname, join, relative } from 'node:path'
import type { Plugin } from 'vite'
import {
  formatProblem,
  hasErrors,
  parseBankYaml,
  sortProblems,
  summarizeBank,
} from '../src/domain/bank/index.ts'
import type { Bank, Problem } from '../src/domain/bank/index.ts'

const INDEX_ID = 'virtual:factline/banks'
const BANK_PREFIX = 'virtual:factline/bank/'

interface Loaded {
  banks: Bank[]
  problems: Problem[]
}

/** Reads and validates every bank in `dir`; problems carry paths relative to `root`. */
export function loadBanks(dir: string, root: string): Loaded {
  const banks: Bank[] = []
  const problems: Problem[] = []
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && ['.yaml', '.yml'].includes(extname(entry.name)))
    .map((entry) => join(dir, entry.name))
    .sort()
  for (const path of files) {
    const file = relative(root, path)
    const parsed = parseBankYaml(readFileSync(path, 'utf8'), {
      id: basename(path, extname(path)),
      file,
    })
    problems.push(...parsed.problems)
    if (parsed.bank) banks.push(parsed.bank)
  }
  return { banks, problems: sortProblems(problems) }
}

/**
 * Compiles the question banks at build time: `virtual:factline/banks` is the small index the
 * home page needs, and each bank is its own lazily loaded chunk. An invalid bank fails the
 * build (and shows in the dev server's overlay) with `path:line:column: error: message` lines.
 */
export function factlineBanks(options: { dir: string }): Plugin {
  let root = process.cwd()
  let loaded: Loaded | undefined
  const load = (): Loaded => (loaded ??= loadBanks(options.dir, root))

  return {
    name: 'factline-banks',
    configResolved(config) {
      root = config.root
    },
    buildStart() {
      loaded = undefined
      this.addWatchFile(options.dir)
      const { problems } = load()
      for (const problem of problems.filter((p) => p.severity === 'warning')) {
        this.warn(formatProblem(problem))
      }
      if (hasErrors(problems)) {
        this.error(`invalid question bank\n${problems.map(formatProblem).join('\n')}`)
      }
    },
    resolveId(id) {
      if (id === INDEX_ID || id.startsWith(BANK_PREFIX)) return `\0${id}`
      return undefined
    },
    load(id) {
      if (!id.startsWith('\0virtual:factline/')) return undefined
      const { banks, problems } = load()
      if (hasErrors(problems)) {
        this.error(`invalid question bank\n${problems.map(formatProblem).join('\n')}`)
      }
      if (id === `\0${INDEX_ID}`) {
        const loaders = banks
          .map(
            (bank) =>
              `  ${JSON.stringify(bank.id)}: () => import(${JSON.stringify(BANK_PREFIX + bank.id)}),`,
          )
          .join('\n')
        return [
          `export const bankIndex = ${JSON.stringify(banks.map(summarizeBank))}`,
          `const loaders = {\n${loaders}\n}`,
          `export function loadBank(id) {`,
          `  const loader = Object.hasOwn(loaders, id) ? loaders[id] : undefined`,
          `  return loader ? loader().then((m) => m.default) : Promise.resolve(undefined)`,
          `}`,
        ].join('\n')
      }
      const bank = banks.find((b) => `\0${BANK_PREFIX}${b.id}` === id)
      if (!bank) return undefined
      // JSON.parse of a string literal is faster for engines to load than a big object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(bank))})`
    },
    hotUpdate({ file, server }) {
      if (!file.startsWith(options.dir)) return undefined
      loaded = undefined
      const { problems } = load()
      if (hasErrors(problems)) {
        server.ws.send({
          type: 'error',
          err: {
            message: problems.map(formatProblem).join('\n'),
            stack: '',
            id: file,
            plugin: 'factline-banks',
          },
        })
        return []
      }
      for (const env of Object.values(server.environments)) {
        for (const mod of env.moduleGraph.idToModuleMap.values()) {
          if (mod.id?.startsWith('\0virtual:factline/')) env.moduleGraph.invalidateModule(mod)
        }
      }
      server.ws.send({ type: 'full-reload' })
      return []
    },
  }
}
