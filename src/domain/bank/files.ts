import { readAikenSource } from './aiken.ts'
import type { Bank } from './compile.ts'
import type { BankFormat } from './formats.ts'
import { readGiftSource } from './gift.ts'
import { readMoodleXmlSource } from './moodle-xml.ts'
import type { BankSource, Position } from './source.ts'
import { readYamlSource } from './yaml.ts'

type ReadFile = (file: BankFileText, index: number, bankId: string) => BankSource

/**
 * How a file of each format is read: the one table of readers, for the build, the command line
 * and the studio. A YAML file is a bank's main file when it comes first (a folder's bank.yaml),
 * else a part; a file of any other format is a whole bank, titled after the bank's id.
 */
const READERS = {
  yaml: (file, index) => readYamlSource(file.text, file.name, index === 0 ? 'main' : 'part'),
  gift: (file, _index, bankId) => readGiftSource(file.text, file.name, bankId),
  'moodle-xml': (file, _index, bankId) => readMoodleXmlSource(file.text, file.name, bankId),
  aiken: (file, _index, bankId) => readAikenSource(file.text, file.name, bankId),
} satisfies Partial<Record<BankFormat, ReadFile>>

/** The formats a bank's files can be read in. */
export type ReadableFormat = keyof typeof READERS

/** How a bank lies in its questions folder: one file of a format, or a folder of YAML files. */
export type BankKind = ReadableFormat | 'folder'

/** The format each file of a bank of this kind is read in. */
export const formatOfKind = (kind: BankKind): ReadableFormat => (kind === 'folder' ? 'yaml' : kind)

/** One question file of a bank: its name within the questions folder (`korea-2018/bank.yaml`), and its text. */
export interface BankFileText {
  name: string
  text: string
}

/** Where a question or a fact starts: which file of its bank (an index into its files), and the line. */
export interface Place {
  file: number
  line: number
}

/**
 * A bank's question files as the build publishes them for the studio, in a file of their own that
 * only the studio fetches: their texts, and where each written question and each fact starts. A
 * generated question has no place of its own: it is found through the fact it is made from.
 */
export interface BankFiles {
  id: string
  /** The bank's language, which typed answers are read in. */
  language: string
  kind: BankKind
  /** A folder's bank.yaml first, as the build compiles them. */
  files: BankFileText[]
  questions: Record<string, Place>
  facts: Record<string, Place>
  /** A generated question's id → the id of the fact it is made from. */
  generated: Record<string, string>
}

/** Reads one file of a bank as the build does (see READERS). */
export function readBankFile(
  file: BankFileText,
  index: number,
  format: ReadableFormat,
  bankId: string,
): BankSource {
  return READERS[format](file, index, bankId)
}

/** The ids of the items under `key` (questions, facts) of a file's data, by their index. */
function idsOf(data: unknown, key: 'questions' | 'facts'): (string | undefined)[] {
  const list = data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined
  if (!Array.isArray(list)) return []
  return list.map((item: unknown) => {
    const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined
    return typeof id === 'string' ? id : undefined
  })
}

/** Where the question (or fact) `id` starts in one file; undefined when the file has none such. */
export function locateItem(
  source: BankSource,
  key: 'questions' | 'facts',
  id: string,
): Position | undefined {
  const index = idsOf(source.data, key).indexOf(id)
  return index < 0 ? undefined : source.locate([key, index])
}

/** The line each written question and each fact of a bank's files starts at; the first of an id wins. */
export function placesOf(sources: readonly BankSource[]) {
  const questions: Record<string, Place> = {}
  const facts: Record<string, Place> = {}
  sources.forEach((source, file) => {
    for (const [key, places] of [
      ['questions', questions],
      ['facts', facts],
    ] as const) {
      idsOf(source.data, key).forEach((id, index) => {
        if (id !== undefined && !Object.hasOwn(places, id))
          places[id] = { file, line: source.locate([key, index]).line }
      })
    }
  })
  return { questions, facts }
}

/** What the build publishes of a compiled bank's files for the studio. */
export function bankFilesOf(
  bank: Pick<Bank, 'id' | 'language'> & {
    generated?: readonly { id: string; facts: readonly string[] }[]
  },
  kind: BankKind,
  files: BankFileText[],
): BankFiles {
  const sources = files.map((file, i) => readBankFile(file, i, formatOfKind(kind), bank.id))
  return {
    id: bank.id,
    language: bank.language,
    kind,
    files,
    ...placesOf(sources),
    generated: Object.fromEntries(
      (bank.generated ?? []).flatMap((q) => (q.facts[0] === undefined ? [] : [[q.id, q.facts[0]]])),
    ),
  }
}
