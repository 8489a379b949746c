import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml'
import type { Problem } from './problems.ts'
import type { BankSource, DataPath, Position } from './source.ts'

/** Reads one YAML file of a bank, keeping the way back from data to lines and columns. */
export function readYamlSource(text: string, file: string, kind: BankSource['kind']): BankSource {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true })
  const pos = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }
  const problems: Problem[] = doc.errors.map((error) => ({
    file,
    ...pos(error.pos[0]),
    severity: 'error',
    message: `YAML syntax: ${yamlMessage(error.message)}`,
  }))
  for (const warning of doc.warnings) {
    problems.push({
      file,
      ...pos(warning.pos[0]),
      severity: 'warning',
      message: `YAML: ${yamlMessage(warning.message)}`,
    })
  }
  const empty = problems.length === 0 && (doc.contents === null || text.trim() === '')
  if (empty) {
    problems.push({
      file,
      line: 1,
      column: 1,
      severity: 'error',
      message:
        kind === 'main'
          ? 'the file is empty: a bank needs a title, a language, topics, facts and questions'
          : 'the file is empty: a bank file adds topics, facts or questions',
    })
  }
  const failed = problems.some((p) => p.severity === 'error')

  const nodeAt = (path: DataPath) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true)
      if (isNode(node) && node.range) return { node, exact: depth === path.length }
    }
    return undefined
  }

  return {
    file,
    kind,
    data: failed ? undefined : doc.toJS({ maxAliasCount: 1000 }),
    problems,
    locate: (path) => pos(nodeAt(path)?.node.range?.[0] ?? 0),
    locateKey(path, key) {
      const map = doc.getIn(path as unknown[], true)
      if (isMap(map)) {
        const pair = map.items.find((item) => isScalar(item.key) && String(item.key.value) === key)
        if (pair && isNode(pair.key) && pair.key.range) return pos(pair.key.range[0])
      }
      return pos(nodeAt(path)?.node.range?.[0] ?? 0)
    },
    locateInText(path, index) {
      const found = nodeAt(path)
      if (!found?.node.range) return pos(0)
      const start = found.node.range[0]
      const raw = text.slice(start, found.node.range[1])
      // Plain and quoted scalars on one line map characters one to one (after the opening quote).
      if (found.exact && isScalar(found.node) && !raw.includes('\n')) {
        const quote =
          found.node.type === 'QUOTE_DOUBLE' || found.node.type === 'QUOTE_SINGLE' ? 1 : 0
        if (
          found.node.type === 'PLAIN' ||
          (quote === 1 && !raw.includes('\\') && !raw.includes("''"))
        ) {
          return pos(start + quote + index)
        }
      }
      return pos(start)
    },
  }
}

/** yaml's first message line, without the position it repeats (each problem prints its own). */
function yamlMessage(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '')
}
