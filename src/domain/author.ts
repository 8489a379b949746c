import { base64url } from './base64url.ts'
import {
  compileBank,
  parseCloze,
  readYamlSource,
  type Bank,
  type Fact,
  type Problem,
  type Question,
} from './bank/index.ts'
import { readGiftSource } from './bank/gift.ts'
import { rightAnswerText } from './grading.ts'
import { composeQuiz, questionPool, type QuizQuestion } from './quiz.ts'
import { DRAFT_BANK_ID, quizQuery } from './quiz-url.ts'

/**
 * The studio's draft: one question file, Factline YAML or Moodle GIFT, checked by the same
 * validator as `npm run questions:check`.
 */
export type DraftFormat = 'yaml' | 'gift'

export { DRAFT_BANK_ID }

/** The name of a new draft, started from the template. */
export const NEW_DRAFT_NAME = 'new-bank.yaml'

/** The files the studio opens: the file input offers these, and anything else is refused. */
export const QUESTION_FILE_TYPES = ['.yaml', '.yml', '.gift', '.txt'] as const

export const isQuestionFile = (fileName: string) =>
  QUESTION_FILE_TYPES.some((type) => fileName.toLowerCase().endsWith(type))

/** A file's format from its name; a `.txt` (or no name) from what its text looks like. */
export function formatOf(fileName: string, text: string): DraftFormat {
  if (/\.ya?ml$/i.test(fileName)) return 'yaml'
  if (/\.gift$/i.test(fileName)) return 'gift'
  // YAML banks start with keys such as `title:`; GIFT with `//`, `::`, `$CATEGORY` or a question.
  const firstLine = text.split('\n').find((line) => line.trim() && !line.trim().startsWith('#'))
  return firstLine && /^[A-Za-z_][\w-]*\s*:(\s|$)/.test(firstLine.trim()) ? 'yaml' : 'gift'
}

/** The name of a draft's `Download as GIFT` file: `bank.yaml` gives `bank.gift`. */
export const giftFileName = (draftName: string) =>
  draftName.replace(/\.(ya?ml|txt)$/i, '') + '.gift'

/** A draft in the studio's list: its name, then when it last changed in the reader's own format. */
export const draftLabel = (draft: { name: string; updatedAt: number }, locale?: string) =>
  `${draft.name} (${new Date(draft.updatedAt).toLocaleString(locale)})`

export interface DraftCheck {
  /** Present only when the draft has no error. */
  bank?: Bank
  /** Errors first, then warnings; each in reading order. */
  problems: Problem[]
}

export function checkDraft(text: string, format: DraftFormat, fileName: string): DraftCheck {
  const source =
    format === 'gift'
      ? readGiftSource(text, fileName, DRAFT_BANK_ID)
      : readYamlSource(text, fileName, 'main')
  const { bank, problems } = compileBank(DRAFT_BANK_ID, [source])
  const rank = (p: Problem) => (p.severity === 'error' ? 0 : 1)
  return {
    ...(bank ? { bank } : {}),
    problems: [...problems].sort(
      (a, b) => rank(a) - rank(b) || a.line - b.line || a.column - b.column,
    ),
  }
}

/** A problem as the `Problems` list reads it. */
export const problemText = (problem: Problem) =>
  `line ${problem.line}, column ${problem.column}: ${problem.message}`

/** `1 error`, `0 warnings`: a count and its noun, which takes an `s` unless the count is one. */
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** What the `Problems` list counts: `1 error, 2 warnings`. */
export function problemSummary(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length
  return `${plural(errors, 'error')}, ${plural(problems.length - errors, 'warning')}`
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

/**
 * What the studio's preview shows of a compiled draft: topic by topic, the first `limit` written
 * questions as quiz cards with the generated questions that share their facts, the generated
 * questions no written one covers, and the facts no question tests.
 */
export function draftPreview(bank: Bank, limit: number) {
  const pool = questionPool(bank)
  const written = pool.filter((q) => !q.generated)
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
  const covered = new Set(written.flatMap((q) => q.facts))
  const tested = new Set(pool.flatMap((q) => q.facts))

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
      .filter((g) => g.topic === topic.id && !g.facts.some((f) => covered.has(f)))
      .map(generatedLine),
    untested: bank.facts.filter((f) => f.topic === topic.id && !tested.has(f.id)),
  }))

  const summary =
    `${plural(pool.length, 'question')} (${written.length} written, ${generated.length} generated), ` +
    `${plural(bank.topics.length, 'topic')}, ${plural(bank.facts.length, 'fact')}`
  return { topics, total: written.length, hidden: written.length - visible.size, summary }
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

export async function shareLink(base: string, name: string, text: string): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify({ name, text }))
  const packed = await through(json, new CompressionStream('deflate-raw'))
  return `${base}${LINK_PREFIX}${base64url(packed)}`
}

/** Whether a link's fragment is meant to carry a draft, damaged or not. */
export const carriesDraft = (hash: string) => hash.startsWith(LINK_PREFIX)

/** The draft in a link's fragment; undefined when there is none or it is damaged. */
export async function draftFromHash(
  hash: string,
): Promise<{ name: string; text: string } | undefined> {
  if (!carriesDraft(hash)) return undefined
  try {
    const binary = atob(hash.slice(LINK_PREFIX.length).replace(/-/g, '+').replace(/_/g, '/'))
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0))
    const json = new TextDecoder().decode(
      await through(bytes, new DecompressionStream('deflate-raw')),
    )
    const { name, text } = JSON.parse(json) as { name?: unknown; text?: unknown }
    return typeof name === 'string' && typeof text === 'string' ? { name, text } : undefined
  } catch {
    return undefined
  }
}
