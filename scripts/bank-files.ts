import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, extname, join, relative, resolve } from 'node:path'
import {
  compileBank,
  decodeUtf8,
  type BankSource,
  type CompiledBank,
} from '../src/domain/bank/index.ts'
import {
  formatOfKind,
  readBankFile,
  type BankKind,
  type ReadableFormat,
} from '../src/domain/bank/files.ts'
import { isAiken } from '../src/domain/bank/aiken.ts'
import { htmlLosses } from '../src/domain/rich/html.ts'

/** A bank as it lies on disk: one file (YAML, GIFT, Moodle XML), or a folder with bank.yaml and more YAML files. */
export interface BankLocation {
  id: string
  /** The bank's file or folder. */
  path: string
  /** Absolute paths; for a folder the main file (bank.yaml) comes first. */
  files: string[]
  kind: BankKind
}

/**
 * The format of a bank file by its extension (a file of any other name is no bank); a `.txt` is
 * Aiken when it has an `ANSWER:` line, else GIFT, as Moodle exports GIFT as .txt.
 */
const FILE_FORMATS: Record<string, (path: string) => ReadableFormat> = {
  '.yaml': () => 'yaml',
  '.yml': () => 'yaml',
  '.gift': () => 'gift',
  '.xml': () => 'moodle-xml',
  '.txt': (path) => (isAiken(readTextOrNothing(path)) ? 'aiken' : 'gift'),
}

/** A file's text to tell its format by; an unreadable file is told about when it is read. */
function readTextOrNothing(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return ''
  }
}
const YAML = ['.yaml', '.yml']
const MAIN_FILE = 'bank.yaml'

function folderBank(dir: string): BankLocation {
  const files = readdirSync(dir)
    .filter((name) => YAML.includes(extname(name)))
    .sort((a, b) => (a === MAIN_FILE ? -1 : b === MAIN_FILE ? 1 : a.localeCompare(b)))
    .map((name) => join(dir, name))
  return { id: basename(dir), path: dir, files, kind: 'folder' }
}

function fileBank(path: string): BankLocation {
  const ext = extname(path)
  return { id: basename(path, ext), path, files: [path], kind: FILE_FORMATS[ext]?.(path) ?? 'yaml' }
}

/** Every bank in the questions folder: its question files, and its sub-folders but schema/. */
export function findBanks(dir: string): BankLocation[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'schema')
    .flatMap((entry) => {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) return [folderBank(path)]
      if (Object.hasOwn(FILE_FORMATS, extname(entry.name))) return [fileBank(path)]
      return []
    })
    .sort((a, b) => a.id.localeCompare(b.id))
}

/** The bank a path names: a bank folder, a file of a bank folder, or a bank file. */
export function bankAt(path: string): BankLocation {
  const absolute = resolve(path)
  if (existsSync(absolute) && statSync(absolute).isDirectory()) return folderBank(absolute)
  if (basename(absolute) === MAIN_FILE || existsSync(join(dirname(absolute), MAIN_FILE))) {
    return folderBank(dirname(absolute))
  }
  return fileBank(absolute)
}

function readSource(path: string, root: string, location: BankLocation, index: number): BankSource {
  const file = relative(root, path) || path
  const kind = index === 0 ? 'main' : 'part'
  let bytes: Uint8Array
  try {
    bytes = readFileSync(path)
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error)
    return unreadable(file, kind, { line: 1, column: 1 }, `cannot read the file: ${reason}`)
  }
  const decoded = decodeUtf8(bytes)
  if ('offset' in decoded) return unreadable(file, kind, decoded.at, decoded.message)
  return readBankFile(
    { name: file, text: decoded.text },
    index,
    formatOfKind(location.kind),
    location.id,
  )
}

function unreadable(
  file: string,
  kind: BankSource['kind'],
  at: { line: number; column: number },
  message: string,
): BankSource {
  const here = () => at
  return {
    file,
    kind,
    data: undefined,
    problems: [{ file, ...at, severity: 'error', message }],
    locate: here,
    locateKey: here,
    locateInText: here,
  }
}

/**
 * Reads, validates and compiles one bank; problems name files relative to `root`. What a text in
 * HTML loses on the page is told too: the build and `questions:check` list the same lines.
 */
export function compileLocation(location: BankLocation, root: string): CompiledBank {
  if (location.kind === 'folder' && basename(location.files[0] ?? '') !== MAIN_FILE) {
    const file = relative(root, join(location.path, MAIN_FILE))
    return {
      problems: [
        {
          file,
          line: 1,
          column: 1,
          severity: 'error',
          message: 'a bank folder needs a bank.yaml with its title and language',
        },
      ],
    }
  }
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(location.id)) {
    const file = relative(
      root,
      location.kind === 'folder' ? location.path : (location.files[0] ?? location.path),
    )
    const suggestion = location.id
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
    const message = `the bank id comes from this name and must be lower-case letters, digits and hyphens: rename "${location.id}" to "${suggestion}"`
    return { problems: [{ file, line: 1, column: 1, severity: 'error', message }] }
  }
  const sources = location.files.map((path, i) => readSource(path, root, location, i))
  return compileBank(location.id, sources, { checkHtml: htmlLosses })
}
