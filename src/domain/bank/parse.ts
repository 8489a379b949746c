import { isNode, LineCounter, parseDocument, type Document } from 'yaml'
import type { z } from 'zod'
import { BankFileSchema, type BankFile } from './schema.ts'
import type { Problem } from './problems.ts'

export interface Bank extends BankFile {
  id: string
}

export interface BankSummary {
  id: string
  title: string
  summary: string
  topics: { id: string; title: string; summary: string; order: number }[]
  questionCount: number
}

export interface ParsedBank {
  /** Present only when the file has no errors. */
  bank?: Bank
  problems: Problem[]
}

type Path = readonly PropertyKey[]

/** Parses and validates one bank file written in Factline's YAML format. */
export function parseBankYaml(source: string, options: { id: string; file: string }): ParsedBank {
  const lineCounter = new LineCounter()
  const doc = parseDocument(source, { lineCounter, prettyErrors: true, uniqueKeys: true })
  const problems: Problem[] = []
  const at = (offset: number, message: string, severity: Problem['severity'] = 'error') => {
    const { line, col } = lineCounter.linePos(offset)
    problems.push({ file: options.file, line, column: col, severity, message })
  }

  for (const error of doc.errors) {
    at(error.pos[0], `YAML syntax: ${firstLine(error.message)}`)
  }
  if (problems.length > 0) return { problems }
  if (doc.contents === null) {
    at(0, 'the file is empty: a bank needs a title, topics, facts and questions')
    return { problems }
  }

  const result = BankFileSchema.safeParse(doc.toJS(), { reportInput: true })
  if (!result.success) {
    for (const issue of result.error.issues) {
      const { offset, message } = locateIssue(doc, issue)
      at(offset, message)
    }
    return { problems }
  }

  const bank: Bank = { id: options.id, ...result.data }
  for (const { path, message } of checkReferences(bank)) {
    at(offsetOf(doc, path), message)
  }
  return problems.length > 0 ? { problems } : { bank, problems }
}

/** What the schema can't see: ids that clash, and references to things that don't exist. */
function checkReferences(bank: BankFile): { path: Path; message: string }[] {
  const found: { path: Path; message: string }[] = []
  const unique = (kind: string, list: { id: string }[], key: string) => {
    const seen = new Set<string>()
    list.forEach((item, i) => {
      if (seen.has(item.id))
        found.push({ path: [key, i, 'id'], message: `duplicate ${kind} id "${item.id}"` })
      seen.add(item.id)
    })
    return seen
  }
  const topics = unique('topic', bank.topics, 'topics')
  const facts = unique('fact', bank.facts, 'facts')
  unique('question', bank.questions, 'questions')

  bank.facts.forEach((fact, i) => {
    if (!topics.has(fact.topic)) {
      found.push({ path: ['facts', i, 'topic'], message: `unknown topic "${fact.topic}"` })
    }
  })
  bank.questions.forEach((question, i) => {
    question.facts.forEach((factId, j) => {
      if (!facts.has(factId)) {
        found.push({ path: ['questions', i, 'facts', j], message: `unknown fact "${factId}"` })
      }
    })
    if (!question.options.includes(question.answer)) {
      found.push({
        path: ['questions', i, 'answer'],
        message: `the answer "${question.answer}" is not one of the options`,
      })
    }
  })
  return found
}

function locateIssue(doc: Document, issue: z.core.$ZodIssue): { offset: number; message: string } {
  const field = issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? ''
    return { offset: keyOffset(doc, issue.path, key), message: `${field}unknown key "${key}"` }
  }
  if (issue.code === 'invalid_type' && issue.input === undefined && issue.path.length > 0) {
    const parent = issue.path.slice(0, -1)
    const where = parent.length > 0 ? `${parent.join('.')}: ` : ''
    return {
      offset: offsetOf(doc, parent),
      message: `${where}missing "${String(issue.path.at(-1))}"`,
    }
  }
  return { offset: offsetOf(doc, issue.path), message: `${field}${issue.message}` }
}

/** The start of the deepest YAML node that exists along `path`. */
function offsetOf(doc: Document, path: Path): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true)
    if (isNode(node) && node.range) return node.range[0]
  }
  return 0
}

function keyOffset(doc: Document, path: Path, key: string): number {
  const map = doc.getIn(path as unknown[], true)
  if (map && typeof map === 'object' && 'items' in map && Array.isArray(map.items)) {
    for (const pair of map.items as { key: unknown }[]) {
      if (
        isNode(pair.key) &&
        String((pair.key as { value?: unknown }).value) === key &&
        pair.key.range
      ) {
        return pair.key.range[0]
      }
    }
  }
  return offsetOf(doc, path)
}

/** yaml's first message line, without the position it repeats (we print our own). */
const firstLine = (message: string) =>
  (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '')

export function summarizeBank(bank: Bank): BankSummary {
  return {
    id: bank.id,
    title: bank.title,
    summary: bank.summary,
    topics: bank.topics
      .slice()
      .sort((a, b) => a.order - b.order)
      .map(({ id, title, summary, order }) => ({ id, title, summary, order })),
    questionCount: bank.questions.length,
  }
}
