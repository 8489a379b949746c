import { z } from 'zod/mini'
import { AppealSchema, byAppealTime, mergeAppeals, type Appeal } from './appeals.ts'
import { AttemptSchema, byTime, type Attempt } from './attempts.ts'
import { schemaOnFirstUse } from './schema-on-first-use.ts'

/**
 * The learning record: who the learner is, every answer they gave and their appeals against a
 * verdict, as kept in storage and carried between devices in an export file. Everything else
 * (progress, streaks, the review schedule) is derived from its attempts.
 *
 * Version 3 (current): `{ version: 3, learner: { id, name }, attempts: Attempt[],
 * appeals: Appeal[] }`.
 * Version 2: `{ version: 2, learner, attempts }`, from before learners could appeal.
 * Version 1 (legacy, still read from old storage and old exports):
 * `{ v: 1, name?, answers: [{ id, time (ISO), bank, question, facts, type, answer, credit,
 * seconds, where: 'quiz' | 'lesson' | 'review' }] }`.
 *
 * A record as this module returns it holds each attempt id once, sorted by `at`, then by id, and
 * at most one appeal per attempt id, sorted the same way.
 */
export const RECORD_VERSION = 3

/** The `format` of an export file. */
export const EXPORT_FORMAT = 'factline-progress'

/** More attempts than anyone answers in a lifetime: a list this long is not a learning record. */
export const MAX_ATTEMPTS = 5_000_000

export const LearnerSchema = schemaOnFirstUse(() =>
  z.object({ id: z.string().check(z.minLength(1)), name: z.string() }),
)
export type Learner = z.infer<typeof LearnerSchema>

export const LearningRecordSchema = schemaOnFirstUse(() =>
  z
    .object({
      version: z.literal(RECORD_VERSION),
      learner: LearnerSchema,
      attempts: z.array(AttemptSchema),
      appeals: z.array(AppealSchema),
    })
    .check(
      z.refine(
        (record) => new Set(record.attempts.map((a) => a.id)).size === record.attempts.length,
        { message: 'an attempt id appears more than once', path: ['attempts'] },
      ),
      z.refine(
        (record) => new Set(record.appeals.map((a) => a.attemptId)).size === record.appeals.length,
        { message: 'an attempt is appealed more than once', path: ['appeals'] },
      ),
    ),
)
export type LearningRecord = z.infer<typeof LearningRecordSchema>

export interface ReadResult {
  /** Undefined only when nothing usable was found; `problem` then says why. */
  record?: LearningRecord
  /** Attempts and appeals that were damaged and left out. */
  dropped: number
  /** Why there is no record: a code the app words for the learner. */
  problem?: RecordProblem
}

/**
 * Why a stored value or a file is not a learning record: `notProgress` (not a Factline progress
 * file), `newer` (from a newer version), `damaged` (its envelope is), `allDamaged` (not one answer
 * could be read), `tooLarge` (too many answers to be a record), `empty` (the file is).
 */
export type RecordProblem =
  'notProgress' | 'newer' | 'damaged' | 'allDamaged' | 'tooLarge' | 'empty'

export const PROBLEMS = {
  notProgress: 'notProgress',
  newer: 'newer',
  damaged: 'damaged',
  allDamaged: 'allDamaged',
  tooLarge: 'tooLarge',
  empty: 'empty',
} as const satisfies Record<RecordProblem, RecordProblem>

// ---------------------------------------------------------------------------------------------
// Versions. Each version describes its envelope loosely (the attempts as a plain list, so one
// damaged attempt never costs the others) and, from version 2 on, how to bring the version
// before it up. Reading finds the version, then runs every `up()` from there to the current one;
// only then is each attempt validated against AttemptSchema.
// ---------------------------------------------------------------------------------------------

/** A list without looking inside: its items are validated one by one after migration. */
const looseList = () => z.custom<unknown[]>((value) => Array.isArray(value))

const V1Schema = schemaOnFirstUse(() =>
  z.object({ name: z.optional(z.unknown()), answers: looseList() }),
)
type V1 = z.infer<typeof V1Schema>

const V2Schema = schemaOnFirstUse(() =>
  z.object({ learner: z.optional(z.unknown()), attempts: looseList() }),
)
type V2 = z.infer<typeof V2Schema>

const V3Schema = schemaOnFirstUse(() =>
  z.object({
    learner: z.optional(z.unknown()),
    attempts: looseList(),
    appeals: z.optional(looseList()),
  }),
)
type V3 = z.infer<typeof V3Schema>

interface Version {
  /** The envelope of this version, checked before migrating. */
  schema: z.ZodMiniType
  /** Where the envelope keeps its attempts, to refuse absurd sizes before touching them. */
  list: string
  /** From the version before to this one; never throws, leaves damaged attempts as they are. */
  up?: (old: never, fallbackLearner: Learner) => unknown
}

const VERSIONS: Record<number, Version> = {
  1: { schema: V1Schema, list: 'answers' },
  2: {
    schema: V2Schema,
    list: 'attempts',
    up: (old: V1, fallbackLearner): V2 => ({
      learner: {
        id: fallbackLearner.id,
        name: typeof old.name === 'string' && old.name.trim() ? old.name : fallbackLearner.name,
      },
      attempts: old.answers.map(attemptFromV1),
    }),
  },
  3: { schema: V3Schema, list: 'attempts', up: (old: V2): V3 => ({ ...old, appeals: [] }) },
}

/** Only a full ISO date and time with a zone, so the result never depends on the device's zone. */
const IsoTime = schemaOnFirstUse(() => z.iso.datetime({ offset: true }))

function attemptFromV1(answer: unknown): unknown {
  if (!isPlainObject(answer)) return answer
  const { time, where, ...rest } = answer
  const at = IsoTime.safeParse(time).success ? Date.parse(time as string) : Number.NaN
  return { ...rest, at, context: where }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The version a stored value claims: `version` from 2 on, `v` in version 1. */
function versionOf(data: Record<string, unknown>): number | undefined {
  if (!('version' in data)) return data.v === 1 ? 1 : undefined
  const claimed = data.version
  return typeof claimed === 'number' && Number.isSafeInteger(claimed) && claimed >= 1
    ? claimed
    : undefined
}

/**
 * Reads anything found in storage or in an imported file: checks it, migrates an older version
 * up to the current one and keeps every valid attempt even when others are damaged (those are
 * counted in `dropped`). An attempt id found twice is kept once (the first). A missing or
 * damaged learner is replaced by `fallbackLearner`. Never throws.
 */
export function readRecord(data: unknown, fallbackLearner: Learner): ReadResult {
  try {
    return read(data, fallbackLearner)
  } catch {
    // Only exotic values (proxies, throwing getters) get here: JSON never does.
    return { dropped: 0, problem: PROBLEMS.notProgress }
  }
}

function read(data: unknown, fallbackLearner: Learner): ReadResult {
  if (!isPlainObject(data)) return { dropped: 0, problem: PROBLEMS.notProgress }
  if ('format' in data && data.format !== EXPORT_FORMAT) {
    return { dropped: 0, problem: PROBLEMS.notProgress }
  }
  const version = versionOf(data)
  if (version === undefined) return { dropped: 0, problem: PROBLEMS.notProgress }
  if (version > RECORD_VERSION) return { dropped: 0, problem: PROBLEMS.newer }
  const first = VERSIONS[version]
  if (!first) return { dropped: 0, problem: PROBLEMS.notProgress }

  const list = data[first.list]
  const tooLong = (value: unknown) => Array.isArray(value) && value.length > MAX_ATTEMPTS
  if (tooLong(list) || tooLong(data.appeals)) return { dropped: 0, problem: PROBLEMS.tooLarge }
  const parsed = first.schema.safeParse(data)
  if (!parsed.success) return { dropped: 0, problem: PROBLEMS.damaged }

  let current: unknown = parsed.data
  for (let v = version + 1; v <= RECORD_VERSION; v++) {
    current = VERSIONS[v]!.up!(current as never, fallbackLearner)
  }
  const latest = current as V3

  const attempts: Attempt[] = []
  const seen = new Set<string>()
  let dropped = 0
  for (let i = 0; i < latest.attempts.length; i++) {
    const attempt = AttemptSchema.safeParse(latest.attempts[i])
    if (!attempt.success) dropped++
    else if (!seen.has(attempt.data.id)) {
      seen.add(attempt.data.id)
      attempts.push(attempt.data)
    }
  }
  if (attempts.length === 0 && dropped > 0) return { dropped, problem: PROBLEMS.allDamaged }

  const appeals: Appeal[] = []
  const appealed = new Set<string>()
  for (const item of latest.appeals ?? []) {
    const appeal = AppealSchema.safeParse(item)
    if (!appeal.success) dropped++
    else if (!appealed.has(appeal.data.attemptId)) {
      appealed.add(appeal.data.attemptId)
      appeals.push(appeal.data)
    }
  }

  return {
    record: {
      version: RECORD_VERSION,
      learner: learnerFrom(latest.learner, fallbackLearner),
      attempts: attempts.sort(byTime),
      appeals: appeals.sort(byAppealTime),
    },
    dropped,
  }
}

/** Keeps what is valid of a stored learner, field by field. */
function learnerFrom(value: unknown, fallback: Learner): Learner {
  const stored = isPlainObject(value) ? value : {}
  return {
    id: typeof stored.id === 'string' && stored.id ? stored.id : fallback.id,
    name: typeof stored.name === 'string' ? stored.name : fallback.name,
  }
}

/**
 * Adds the attempts of `incoming` to those of `base`, skipping every attempt id `base` already
 * holds (attempt ids are random UUIDs, so the same id is the same answer), and its appeals, one
 * per attempt (`base`'s wins). The learner stays `base`'s. Neither argument is changed.
 */
export function mergeRecords(
  base: LearningRecord,
  incoming: LearningRecord,
): { record: LearningRecord; added: number } {
  const seen = new Set(base.attempts.map((a) => a.id))
  const attempts = [...base.attempts]
  for (const attempt of incoming.attempts) {
    if (seen.has(attempt.id)) continue
    seen.add(attempt.id)
    attempts.push(attempt)
  }
  return {
    record: {
      ...base,
      learner: { ...base.learner },
      attempts: attempts.sort(byTime),
      appeals: mergeAppeals(base.appeals, incoming.appeals),
    },
    added: attempts.length - base.attempts.length,
  }
}

/** The text of an export file: JSON, one attempt or appeal a line. */
export function exportRecord(record: LearningRecord, now: number): string {
  const head = {
    format: EXPORT_FORMAT,
    version: RECORD_VERSION,
    exportedAt: new Date(now).toISOString(),
    learner: record.learner,
  }
  const lines = Object.entries(head).map(
    ([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`,
  )
  const list = (key: string, items: readonly unknown[]) =>
    items.length
      ? `  ${JSON.stringify(key)}: [\n${items.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`
      : `  ${JSON.stringify(key)}: []`
  return [
    '{',
    ...lines,
    `${list('attempts', record.attempts)},`,
    list('appeals', record.appeals),
    '}',
    '',
  ].join('\n')
}

/** Reads the text of an imported file (JSON) through `readRecord`. Never throws. */
export function importRecord(text: string, fallbackLearner: Learner): ReadResult {
  if (typeof text !== 'string') return { dropped: 0, problem: PROBLEMS.notProgress }
  const json = text.replace(/^\uFEFF/, '')
  if (json.trim() === '') return { dropped: 0, problem: PROBLEMS.empty }
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch {
    return { dropped: 0, problem: PROBLEMS.notProgress }
  }
  return readRecord(data, fallbackLearner)
}
