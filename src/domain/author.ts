import { base64url } from './base64url.ts'
import {
  compileBank,
  parseCloze,
  type Bank,
  type CompileOptions,
  type Fact,
  type Problem,
  type Question,
} from './bank/index.ts'
import {
  formatOfKind,
  locateItem,
  placesOf,
  readBankFile,
  type BankFiles,
  type BankFileText,
  type BankKind,
  type Place,
} from './bank/files.ts'
import { detectFormat, recognizeFormat, type BankFormat } from './bank/formats.ts'
import type { Position } from './bank/source.ts'
import { rightAnswerText } from './grading.ts'
import { composeQuiz, questionPool, type QuizQuestion } from './quiz.ts'
import { DRAFT_BANK_ID, quizQuery } from './quiz-url.ts'

/**
 * The studio's draft: one question file, in Factline YAML, Moodle GIFT, Moodle XML or Aiken,
 * checked by the same validator as `npm run questions:check`.
 */
export type DraftFormat = BankFormat

export { DRAFT_BANK_ID }

/** The name of a new draft, started from the template. */
export const NEW_DRAFT_NAME = 'new-bank.yaml'

/** The files the studio opens: the file input offers these, and anything else is refused. */
export const QUESTION_FILE_TYPES = ['.yaml', '.yml', '.gift', '.xml', '.txt'] as const

export const isQuestionFile = (fileName: string) =>
  QUESTION_FILE_TYPES.some((type) => fileName.toLowerCase().endsWith(type))

/** The format a file's name says: none for a `.txt` (Aiken or GIFT) or a file with no such name. */
function formatOfName(fileName: string): DraftFormat | undefined {
  if (/\.ya?ml$/i.test(fileName)) return 'yaml'
  if (/\.gift$/i.test(fileName)) return 'gift'
  if (/\.xml$/i.test(fileName)) return 'moodle-xml'
  return undefined
}

/** A file's format from its name; a `.txt` (or no name) from what its text looks like. */
export const formatOf = (fileName: string, text: string): DraftFormat =>
  formatOfName(fileName) ?? detectFormat(text)

/** The format the studio names when it says it opened a file: only one its text, not its name, told. */
export const formatToTell = (fileName: string, format: DraftFormat): DraftFormat | undefined =>
  formatOfName(fileName) ? undefined : format

/** The name a draft of `format` is saved as: its own, unless its extension says another format. */
export function draftFileName(name: string, format: DraftFormat): string {
  const fits = {
    yaml: /\.ya?ml$/i,
    gift: /\.(gift|txt)$/i,
    'moodle-xml': /\.xml$/i,
    aiken: /\.txt$/i,
  }
  if (fits[format].test(name)) return name
  const extension = { yaml: '.yaml', gift: '.gift', 'moodle-xml': '.xml', aiken: '.txt' }[format]
  return name.replace(/\.(ya?ml|gift|xml|txt)$/i, '') + extension
}

/** A draft switched to the format of text pasted over it: its new format and name, and its old format. */
export interface PastedFormat {
  format: DraftFormat
  name: string
  /** Whether the name changed to fit the format. */
  renamed: boolean
  /** The format it had, to choose again to undo. */
  was: DraftFormat
}

/**
 * Text pasted over most of a draft (`pasted` characters of `text`, the draft after the paste) in
 * another format than the draft's: the format the draft takes, for the studio to say so.
 * Undefined for a paste into part of the draft, or of text in no format the studio recognises.
 */
export function pastedFormat(
  text: string,
  pasted: number,
  draft: { format: DraftFormat; name: string },
): PastedFormat | undefined {
  if (pasted * 2 < text.trim().length) return undefined
  const format = recognizeFormat(text)
  if (!format || format === draft.format) return undefined
  const name = draftFileName(draft.name, format)
  return { format, name, renamed: name !== draft.name, was: draft.format }
}

/** The name of a draft's `Download as GIFT` file: `bank.yaml` gives `bank.gift`. */
export const giftFileName = (draftName: string) =>
  draftName.replace(/\.(ya?ml|xml|txt)$/i, '') + '.gift'

/** The published bank and file a draft was opened from (`/author?bank=ID&question=QID`). */
export interface DraftOrigin {
  /** The bank's id. */
  id: string
  /** The file's name within its questions folder, as the bank's files name it. */
  file: string
}

/**
 * A draft in the studio's list: its name (its bank's file, for one opened from a bank), then when
 * it last changed, written in `locale` (the interface's format locale, which the caller knows),
 * put together by `label` (the interface language's words).
 */
export const draftLabel = (
  draft: { name: string; updatedAt: number; bank?: DraftOrigin },
  locale: string,
  label = (name: string, when: string) => `${name} (${when})`,
) => label(draft.bank?.file ?? draft.name, new Date(draft.updatedAt).toLocaleString(locale))

/** The name a draft of a bank's file is downloaded as: the file's own (`02-troops.yaml`). */
export const baseName = (file: string) => file.slice(file.lastIndexOf('/') + 1)

/** A draft that is one file of a published bank: checked as part of the bank with its other files. */
export interface DraftContext {
  bankId: string
  kind: BankKind
  /** The draft's file, among `files`. */
  file: string
  /** The bank's files as published. */
  files: BankFileText[]
}

/** The context of a draft of `origin`, once the bank's published files are in. */
export function draftContext(
  origin: DraftOrigin | undefined,
  published: BankFiles | undefined,
): DraftContext | undefined {
  if (!origin || !published || published.id !== origin.id) return undefined
  return { bankId: origin.id, kind: published.kind, file: origin.file, files: published.files }
}

export interface DraftCheck {
  /** Present only when the draft has no error: the whole bank, for a draft of a bank's file. */
  bank?: Bank
  /** Errors first, then warnings; each in reading order. */
  problems: Problem[]
  /** For a draft of a bank's file: the ids of the questions and facts written in it. */
  part?: { questions: string[]; facts: string[] }
}

const rank = (p: Problem) => (p.severity === 'error' ? 0 : 1)
const inOrder = (problems: Problem[]) =>
  [...problems].sort((a, b) => rank(a) - rank(b) || a.line - b.line || a.column - b.column)

/**
 * Checks a draft: alone, or, for a draft of a bank's file (`context`), as that file of its bank:
 * the bank is compiled with its other files as published and the draft in place of its file. Only
 * the draft's problems are listed; an error the draft causes in another file (a fact it no longer
 * has, an id it now shares) is listed at the draft's first line, naming that file and line.
 * `options.checkHtml` is given by the studio's worker, which may load the HTML parser; the page
 * gives none.
 */
export function checkDraft(
  text: string,
  format: DraftFormat,
  fileName: string,
  context?: DraftContext,
  options: CompileOptions = {},
): DraftCheck {
  if (context) return checkInBank(text, format, context, options)
  const source = readBankFile({ name: fileName, text }, 0, format, DRAFT_BANK_ID)
  const { bank, problems } = compileBank(DRAFT_BANK_ID, [source], options)
  return { ...(bank ? { bank } : {}), problems: inOrder(problems) }
}

function checkInBank(
  text: string,
  format: DraftFormat,
  context: DraftContext,
  options: CompileOptions,
): DraftCheck {
  const draft = { name: context.file, text }
  const files = context.files.some((f) => f.name === context.file)
    ? context.files.map((f) => (f.name === context.file ? draft : f))
    : [...context.files, draft]
  const published = formatOfKind(context.kind)
  const sources = files.map((f, i) =>
    readBankFile(f, i, f === draft ? format : published, context.bankId),
  )
  const { bank, problems } = compileBank(DRAFT_BANK_ID, sources, options)
  const own = problems.filter((p) => p.file === context.file)
  const caused = problems
    .filter((p) => p.file !== context.file && p.severity === 'error')
    .map((p) => ({
      ...p,
      file: context.file,
      line: 1,
      column: 1,
      message: `${p.file}, line ${p.line}: ${p.message}`,
    }))
  const places = placesOf(sources.filter((s) => s.file === context.file))
  return {
    ...(bank ? { bank } : {}),
    problems: inOrder([...own, ...caused]),
    part: { questions: Object.keys(places.questions), facts: Object.keys(places.facts) },
  }
}

/** Where question (or fact) `id` starts in a draft of file `index` of a bank; undefined when it has none such. */
export function findInDraft(
  text: string,
  format: DraftFormat,
  index: number,
  key: 'questions' | 'facts',
  id: string,
): Position | undefined {
  return locateItem(readBankFile({ name: '', text }, index, format, ''), key, id)
}

/** What the `Problems` list counts: its errors and its warnings. */
export function problemCounts(problems: readonly Problem[]): { errors: number; warnings: number } {
  const errors = problems.filter((p) => p.severity === 'error').length
  return { errors, warnings: problems.length - errors }
}

/** `Try as student`'s quiz: the whole draft, in one order; undefined while it has no question. */
export function tryAsStudentQuery(bank: Bank | undefined): Record<string, string> | undefined {
  const n = bank?.questions.length ?? 0
  return n ? quizQuery({ bankIds: [DRAFT_BANK_ID], params: { n, seed: 'studio' } }) : undefined
}

/** A generated question as the preview lists it: its prompt, what it shows, its right answer. */
export interface GeneratedLine {
  id: string
  prompt: string
  /** The text around the blanks of a cloze, whose prompt alone says nothing. */
  detail?: string
  answer: string
}

function generatedLine(question: Question): GeneratedLine {
  const detail =
    question.type === 'cloze'
      ? parseCloze(question.text)
          .segments.map((s) => (typeof s === 'string' ? s : '___'))
          .join('')
      : undefined
  return {
    id: question.id,
    prompt: question.prompt,
    ...(detail ? { detail } : {}),
    answer: rightAnswerText(question),
  }
}

export interface PreviewTopic {
  id: string
  title: string
  /** Its written questions among the first shown, each with the generated ones sharing a fact. */
  written: { card: QuizQuestion; number: number; siblings: GeneratedLine[]; signature: string }[]
  /** Generated from facts no written question tests. */
  orphans: GeneratedLine[]
  /** Facts no question, written or generated, tests. */
  untested: Fact[]
}

/** What the preview's summary counts: questions (written and generated), topics and facts. */
export interface PreviewCounts {
  questions: number
  written: number
  generated: number
  topics: number
  facts: number
}

/**
 * What the studio's preview shows of a compiled draft: topic by topic, the first `limit` written
 * questions as quiz cards with the generated questions that share their facts, the generated
 * questions no written one covers, and the facts no question tests. For a draft of a bank's file
 * (`part`), only what that file writes: its questions, and what is generated from its facts.
 */
export function draftPreview(bank: Bank, limit: number, part?: DraftCheck['part']) {
  const pool = questionPool(bank)
  const ownQuestions = part && new Set(part.questions)
  const ownFacts = part && new Set(part.facts)
  const isOwn = (q: Question) =>
    !part || (q.generated ? q.facts.some((f) => ownFacts!.has(f)) : ownQuestions!.has(q.id))
  const written = pool.filter((q) => !q.generated && isOwn(q))
  const generated = pool.filter((q) => q.generated)
  const visible = new Set(written.slice(0, limit).map((q) => q.id))
  // The quiz's own presentation (citation, topic title, shuffled options) for every written question.
  const shown = new Map(
    composeQuiz([bank], {
      n: pool.length,
      seed: 'preview',
      keys: [...visible].map((q) => `${bank.id}/${q}`),
    }).map((q) => [q.id, q]),
  )
  const covered = new Set(pool.filter((q) => !q.generated).flatMap((q) => q.facts))
  const tested = new Set(pool.flatMap((q) => q.facts))
  const facts = bank.facts.filter((f) => !ownFacts || ownFacts.has(f.id))

  const topics = bank.topics.map((topic): PreviewTopic => ({
    id: topic.id,
    title: topic.title,
    written: written.flatMap((question, i) => {
      const card = shown.get(question.id)
      if (question.topic !== topic.id || !visible.has(question.id) || !card) return []
      const facts = new Set(question.facts)
      const siblings = generated.filter((g) => g.facts.some((f) => facts.has(f)))
      // Any change to the question remounts its card (the signature is its key), which keeps its
      // answer from its first props.
      return [
        {
          card,
          number: i + 1,
          siblings: siblings.map(generatedLine),
          signature: JSON.stringify(card),
        },
      ]
    }),
    orphans: generated
      .filter((g) => g.topic === topic.id && isOwn(g) && !g.facts.some((f) => covered.has(f)))
      .map(generatedLine),
    untested: facts.filter((f) => f.topic === topic.id && !tested.has(f.id)),
  }))
  // A file of a bank shows the topics it writes in, not every topic of its bank.
  const mentioned = new Set([...written, ...facts].map((item) => item.topic))
  const kept = part ? topics.filter((t) => mentioned.has(t.id)) : topics
  const ownGenerated = generated.filter(isOwn).length

  const counts: PreviewCounts = {
    questions: written.length + ownGenerated,
    written: written.length,
    generated: ownGenerated,
    topics: kept.length,
    facts: facts.length,
  }
  return { topics: kept, total: written.length, hidden: written.length - visible.size, counts }
}

/*
 * A draft carried in a link's fragment (`/author#draft=…`): deflated, then base64url. The fragment
 * never reaches a server, so the draft stays between the teacher and whoever opens the link.
 */
const LINK_PREFIX = '#draft='
/** Longer links are cut by mail and chat apps; past this, the teacher is told to send the file. */
export const MAX_LINK_LENGTH = 8000

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
  const piped = new Blob([bytes as BlobPart]).stream().pipeThrough(stream)
  return new Uint8Array(await new Response(piped).arrayBuffer())
}

export async function shareLink(
  base: string,
  name: string,
  text: string,
  bank?: DraftOrigin,
): Promise<string> {
  // A draft of a bank's file says which: whoever opens it checks it with the bank's other files.
  const json = new TextEncoder().encode(
    JSON.stringify(bank ? { name, text, bank } : { name, text }),
  )
  const packed = await through(json, new CompressionStream('deflate-raw'))
  return `${base}${LINK_PREFIX}${base64url(packed)}`
}

/** Whether a link's fragment is meant to carry a draft, damaged or not. */
export const carriesDraft = (hash: string) => hash.startsWith(LINK_PREFIX)

/** The draft in a link's fragment; undefined when there is none or it is damaged. */
export async function draftFromHash(
  hash: string,
): Promise<{ name: string; text: string; bank?: DraftOrigin } | undefined> {
  if (!carriesDraft(hash)) return undefined
  try {
    const binary = atob(hash.slice(LINK_PREFIX.length).replace(/-/g, '+').replace(/_/g, '/'))
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0))
    const json = new TextDecoder().decode(
      await through(bytes, new DecompressionStream('deflate-raw')),
    )
    const { name, text, bank } = JSON.parse(json) as {
      name?: unknown
      text?: unknown
      bank?: unknown
    }
    if (typeof name !== 'string' || typeof text !== 'string') return undefined
    const origin = bank as Partial<DraftOrigin> | undefined
    return typeof origin?.id === 'string' && typeof origin.file === 'string'
      ? { name, text, bank: { id: origin.id, file: origin.file } }
      : { name, text }
  } catch {
    return undefined
  }
}

/** Where a studio link leads in a bank's files: a written question, or the fact a generated one is made from. */
export interface LinkTarget {
  key: 'questions' | 'facts'
  id: string
  /** Its place as published. */
  place: Place
  /** For a generated question: the fact (`id`) it is made from. */
  generated?: true
}

/** The place question `questionId` of a bank's files leads to; undefined when the bank has no such question. */
export function linkTarget(published: BankFiles, questionId: string): LinkTarget | undefined {
  const own = published.questions[questionId]
  if (own) return { key: 'questions', id: questionId, place: own }
  const fact = published.generated[questionId]
  const place = fact === undefined ? undefined : published.facts[fact]
  return fact !== undefined && place
    ? { key: 'facts', id: fact, place, generated: true }
    : undefined
}
