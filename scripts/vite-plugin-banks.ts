import { relative, resolve } from 'node:path'
import type { Plugin } from 'vite'
import { formatProblem, summarizeBank, type Bank, type Problem } from '../src/domain/bank/index.ts'
import { questionPool } from '../src/domain/quiz.ts'
import { compileLocation, findBanks } from './bank-files.ts'

const INDEX_ID = 'virtual:factline/banks'
const BANK_PREFIX = 'virtual:factline/bank/'

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
 * Compiles the question banks at build time through the same validator as `questions:check`:
 * `virtual:factline/banks` is the small index the home page needs, and each bank is its own
 * lazily loaded chunk. An invalid bank fails the build, and shows in the dev server's overlay,
 * with `path:line:column: error: message` lines.
 */
export function factlineBanks(options: { dirs: readonly string[] }): Plugin {
  let root = process.cwd()
  let loaded: Loaded | undefined
  const dirs = () => options.dirs.map((dir) => resolve(root, dir))
  const load = (): Loaded => (loaded ??= loadBanks(dirs(), root))
  const fail = (problems: Problem[]) =>
    `invalid question bank (fix these lines, or run npm run questions:check):\n${problems.map(formatProblem).join('\n')}`

  return {
    name: 'factline-banks',
    configResolved(config) {
      root = config.root
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
      if (id === INDEX_ID || id.startsWith(BANK_PREFIX)) return `\0${id}`
      return undefined
    },
    load(id) {
      if (!id.startsWith('\0virtual:factline/')) return undefined
      const { banks, problems } = load()
      const errors = errorsOf(problems)
      if (errors.length > 0) this.error(fail(errors))
      if (id === `\0${INDEX_ID}`) {
        const loaders = banks
          .map(
            (bank) =>
              `  ${JSON.stringify(bank.id)}: () => import(${JSON.stringify(BANK_PREFIX + bank.id)}),`,
          )
          .join('\n')
        return [
          `export const bankIndex = ${JSON.stringify(banks.map((b) => summarizeBank(b, questionPool(b).length)))}`,
          `const loaders = {\n${loaders}\n}`,
          `export function loadBank(id) {`,
          `  const loader = Object.hasOwn(loaders, id) ? loaders[id] : undefined`,
          `  return loader ? loader().then((m) => m.default) : Promise.resolve(undefined)`,
          `}`,
        ].join('\n')
      }
      const bank = banks.find((b) => `\0${BANK_PREFIX}${b.id}` === id)
      if (!bank) return undefined
      // JSON.parse of a string literal loads faster than a large object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(bank))})`
    },
    configureServer(server) {
      server.watcher.add(dirs())
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
        if (mod.id?.startsWith('\0virtual:factline/'))
          this.environment.moduleGraph.invalidateModule(mod)
      }
      server.ws.send({ type: 'full-reload' })
      return []
    },
  }
}
