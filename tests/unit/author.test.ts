import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  baseName,
  checkDraft,
  draftContext,
  draftLabel,
  findInDraft,
  formatToTell,
  draftFileName,
  draftPreview,
  formatOf,
  pastedFormat,
  giftFileName,
  isQuestionFile,
  problemCounts,
  QUESTION_FILE_TYPES,
  tryAsStudentQuery,
} from '@/domain/author'
import { STARTER_TEMPLATE } from '@/domain/author-template'
import type { Bank, Problem } from '@/domain/bank'
import { bankFilesOf } from '@/domain/bank/files'
import english from '@/i18n/messages/en/author'
import { bankAt } from '../../scripts/bank-files'

/** A problem as the studio's `Problems` list reads it in English. */
const problemText = (p: Problem) => english.author.problems.item(p.line, p.column, p.message)

const AIKEN = 'When did the Korean War end?\nA) 1950\nB) 1953\nC) 1961\nANSWER: B\n'

/** The starter bank with two more facts: a term no written question tests, and a bare fact. */
function starterWithMoreFacts(): Bank {
  const facts = `  - id: armistice
    topic: basics
    text: An armistice stopped the fighting.
    paragraph: 2
    term: { term: armistice, meaning: an agreement that stops the fighting }
  - { id: bare, topic: basics, text: A fact with nothing to generate from., paragraph: 4 }
`
  const text = STARTER_TEMPLATE.replace('\nquestions:', `${facts}\nquestions:`)
  const { bank, problems } = checkDraft(text, 'yaml', 'new.yaml')
  if (!bank) throw new Error(problems.map(problemText).join('\n'))
  return bank
}

describe('the studio draft', () => {
  it('starts from a template that is a valid bank', () => {
    const { bank, problems } = checkDraft(STARTER_TEMPLATE, 'yaml', 'new.yaml')
    expect(problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(bank?.questions.map((q) => q.id)).toEqual(['how-many-troops', 'troops-true-false'])
  })

  it('reports problems as line and column, errors before warnings', () => {
    const text = STARTER_TEMPLATE.replace('answer: About 28,000', 'answer: About 28000').replace(
      '    explanation: That is the figure the article gives.\n',
      '',
    )
    const { bank, problems } = checkDraft(text, 'yaml', 'new.yaml')
    expect(bank).toBeUndefined()
    expect(problems[0]!.severity).toBe('error')
    expect(problems.at(-1)!.severity).toBe('warning')
    const answerLine = text.split('\n').findIndex((l) => l.includes('About 28000')) + 1
    expect(problems[0]).toMatchObject({ line: answerLine })
    expect(problemText(problems[0]!)).toMatch(new RegExp(`^line ${answerLine}, column \\d+: `))
  })

  it('checks GIFT with the same validator, at the place of the missing brace', () => {
    const gift =
      '::Q1:: 1953 is the year of the armistice. {T}\n\n::Q2:: Which year? {=1953 ~1950\n'
    const { problems } = checkDraft(gift, 'gift', 'quiz.gift')
    // The unclosed answer block of question 2 is reported where its "}" is missing.
    expect(problems.find((p) => p.severity === 'error')).toMatchObject({
      line: 4,
      message: expect.stringContaining('Expected "}"'),
    })
    expect(
      checkDraft(gift.replace('~1950', '~1950}'), 'gift', 'quiz.gift').bank?.questions,
    ).toHaveLength(2)
  })

  it('tells the format by the name, and by the text for a .txt', () => {
    expect(formatOf('bank.yml', '')).toBe('yaml')
    expect(formatOf('moodle.gift', 'title: x')).toBe('gift')
    expect(formatOf('export.XML', '')).toBe('moodle-xml')
    expect(formatOf('notes.txt', '# comment\ntitle: A bank\n')).toBe('yaml')
    expect(formatOf('notes.txt', '// from Moodle\n::Q1:: Is it? {T}')).toBe('gift')
    expect(formatOf('', '$CATEGORY: war\n\nWhen? {=1950}')).toBe('gift')
    expect(formatOf('quiz.txt', AIKEN)).toBe('aiken')
    expect(formatOf('pasted', '<?xml version="1.0"?>\n<quiz></quiz>')).toBe('moodle-xml')
  })

  it('checks Aiken with the same validator, each problem at its line and column', () => {
    const { bank, problems } = checkDraft(AIKEN, 'aiken', 'quiz.txt')
    expect(bank?.questions).toMatchObject([
      { id: 'when-did-the-korean-war-end', type: 'single', answer: '1953' },
    ])
    expect(problems.map(problemText)).toEqual([
      'line 1, column 1: question "when-did-the-korean-war-end" has no explanation',
    ])
    const wrong = checkDraft(AIKEN.replace('ANSWER: B', 'ANSWER: D'), 'aiken', 'quiz.txt')
    expect(wrong.bank).toBeUndefined()
    expect(wrong.problems.map(problemText)).toEqual([
      'line 5, column 9: ANSWER: D, but the options are A–C',
    ])
    expect(findInDraft(AIKEN, 'aiken', 0, 'questions', 'when-did-the-korean-war-end')).toEqual({
      line: 1,
      column: 1,
    })
  })

  it('says in which format it opened a file whose name does not say', () => {
    expect(formatToTell('war.gift', 'gift')).toBeUndefined()
    expect(formatToTell('export.xml', 'moodle-xml')).toBeUndefined()
    expect(formatToTell('quiz.txt', 'aiken')).toBe('aiken')
    expect(formatToTell('quiz.txt', 'gift')).toBe('gift')
  })
})

describe('pasting a file of another format over a draft', () => {
  const GIFT = '::armistice:: The Korean War ended with a peace treaty. {F}\n'

  it('switches the draft to the format of text pasted over most of it, renamed to fit, and says how to undo', () => {
    expect(pastedFormat(GIFT, GIFT.length, { format: 'yaml', name: 'new-bank.yaml' })).toEqual({
      format: 'gift',
      name: 'new-bank.gift',
      renamed: true,
      was: 'yaml',
    })
    expect(
      pastedFormat(STARTER_TEMPLATE, 2000, { format: 'gift', name: 'war.gift' }),
    ).toMatchObject({ format: 'yaml', name: 'war.yaml' })
    expect(pastedFormat(AIKEN, AIKEN.length, { format: 'yaml', name: 'x.yaml' })).toMatchObject({
      format: 'aiken',
      name: 'x.txt',
    })
    const xml = '<?xml version="1.0"?>\n<quiz>\n</quiz>\n'
    expect(pastedFormat(xml, xml.length, { format: 'aiken', name: 'x.txt' })).toMatchObject({
      format: 'moodle-xml',
      name: 'x.xml',
    })
    // A .txt fits GIFT as well as Aiken: the name stays.
    expect(pastedFormat(GIFT, GIFT.length, { format: 'aiken', name: 'quiz.txt' })).toEqual({
      format: 'gift',
      name: 'quiz.txt',
      renamed: false,
      was: 'aiken',
    })
  })

  it('keeps the format for a paste into part of the draft, of the same format, or of text in no format', () => {
    const draft = { format: 'yaml' as const, name: 'war.yaml' }
    const mixed = `${STARTER_TEMPLATE}\n${GIFT}`
    expect(pastedFormat(mixed, GIFT.length, draft)).toBeUndefined()
    expect(pastedFormat(STARTER_TEMPLATE, STARTER_TEMPLATE.length, draft)).toBeUndefined()
    expect(pastedFormat('Notes for Monday.', 17, draft)).toBeUndefined()
    // Half of the draft, pasted, is most of it.
    expect(pastedFormat(`${GIFT}${GIFT}`, GIFT.length, draft)).toMatchObject({ format: 'gift' })
  })

  it('names a draft for its format only when its extension says another', () => {
    expect(draftFileName('war.yml', 'yaml')).toBe('war.yml')
    expect(draftFileName('war.yml', 'gift')).toBe('war.gift')
    expect(draftFileName('war.txt', 'gift')).toBe('war.txt')
    expect(draftFileName('war.gift', 'aiken')).toBe('war.txt')
    expect(draftFileName('war', 'moodle-xml')).toBe('war.xml')
  })
})

describe('what the studio shows of a draft', () => {
  it('opens only question files, the ones the file input offers', () => {
    expect(QUESTION_FILE_TYPES.join(',')).toBe('.yaml,.yml,.gift,.xml,.txt')
    for (const name of ['bank.yaml', 'BANK.YML', 'moodle.gift', 'aiken.TXT', 'export.xml'])
      expect(isQuestionFile(name)).toBe(true)
    for (const name of ['photo.png', 'bank.yaml.zip', 'gift', ''])
      expect(isQuestionFile(name)).toBe(false)
  })

  it('names the GIFT export after the draft', () => {
    expect(giftFileName('war.yaml')).toBe('war.gift')
    expect(giftFileName('war.YML')).toBe('war.gift')
    expect(giftFileName('notes.txt')).toBe('notes.gift')
    expect(giftFileName('export.xml')).toBe('export.gift')
  })

  it('lists a draft by its name and when it last changed', () => {
    const updatedAt = Date.UTC(2024, 5, 15, 12)
    expect(draftLabel({ name: 'war.yaml', updatedAt }, 'en-GB')).toBe(
      `war.yaml (${new Date(updatedAt).toLocaleString('en-GB')})`,
    )
    expect(draftLabel({ name: 'war.yaml', updatedAt }, 'en-GB')).toMatch(
      /^war\.yaml \(15\/06\/2024, /,
    )
    // The interface language's words put the name and the time together.
    expect(draftLabel({ name: 'war.yaml', updatedAt }, 'en-GB', (name) => `[${name}]`)).toBe(
      '[war.yaml]',
    )
  })

  it('counts errors and warnings', () => {
    const of = (severity: Problem['severity']): Problem => ({
      file: 'draft.yaml',
      line: 1,
      column: 1,
      severity,
      message: 'Something.',
    })
    expect(problemCounts([of('error'), of('warning'), of('warning')])).toEqual({
      errors: 1,
      warnings: 2,
    })
    expect(problemCounts([of('warning')])).toEqual({ errors: 0, warnings: 1 })
    expect(problemCounts([])).toEqual({ errors: 0, warnings: 0 })
  })

  it('tries the whole draft as a student, in one order, once it has questions', () => {
    const bank = starterWithMoreFacts()
    expect(tryAsStudentQuery(bank)).toEqual({ bank: 'studio-draft', n: '2', seed: 'studio' })
    expect(tryAsStudentQuery({ ...bank, questions: [] })).toBeUndefined()
    expect(tryAsStudentQuery(undefined)).toBeUndefined()
  })

  it('previews the first written questions with the generated ones that share their facts', () => {
    const bank = starterWithMoreFacts()
    const preview = draftPreview(bank, 1)
    expect(preview).toMatchObject({ total: 2, hidden: 1 })
    const [topic] = preview.topics
    expect(topic!.written.map((w) => [w.card.id, w.number])).toEqual([['how-many-troops', 1]])
    expect(topic!.written[0]!.siblings.length).toBeGreaterThan(0)
    expect(topic!.written[0]!.signature).toBe(JSON.stringify(topic!.written[0]!.card))
    expect(draftPreview(bank, 25).hidden).toBe(0)
  })

  it('finds what no written question covers and the facts no question tests', () => {
    const preview = draftPreview(starterWithMoreFacts(), 25)
    const [topic] = preview.topics
    expect(topic!.orphans).toEqual([
      {
        id: expect.any(String),
        prompt: 'Fill in the missing word.',
        detail: 'An ___ stopped the fighting.',
        answer: 'An armistice stopped the fighting.',
      },
    ])
    expect(topic!.untested.map((f) => f.id)).toEqual(['bare'])
    expect(preview.counts).toMatchObject({ written: 2, topics: 1, facts: 3 })
    expect(preview.counts.generated).toBeGreaterThan(0)
    expect(preview.counts.questions).toBe(2 + preview.counts.generated)
  })
})

/** korea-2018's files as the build publishes them, and the context of a draft of one of them. */
function koreaContext(file: string) {
  const files = bankAt('questions/korea-2018').files.map((path) => ({
    name: `korea-2018/${basename(path)}`,
    text: readFileSync(path, 'utf8'),
  }))
  const published = bankFilesOf({ id: 'korea-2018', language: 'en' }, 'folder', files)
  const text = files.find((f) => f.name === `korea-2018/${file}`)!.text
  return {
    text,
    published,
    context: draftContext({ id: 'korea-2018', file: `korea-2018/${file}` }, published)!,
  }
}

describe('a draft of one file of a bank', () => {
  it('is checked with the bank’s other files: the whole bank, and this file’s part of it', () => {
    const { text, context } = koreaContext('02-troops-and-china.yaml')
    const { bank, problems, part } = checkDraft(text, 'yaml', '02-troops-and-china.yaml', context)
    expect(problems).toEqual([])
    expect(bank?.id).toBe('studio-draft')
    expect(bank?.questions.length).toBeGreaterThan(80)
    expect(part?.questions).toContain('short-trade-partner')
    expect(part?.questions).not.toContain('short-treasured-sword')
    expect(part?.facts).toEqual([
      'us-troops-28000',
      'troop-justification-fear',
      'china-wants-troops-gone',
      'china-top-trade-partner',
      'china-sway',
    ])
    // Alone, the same file is no bank: it has no title.
    expect(checkDraft(text, 'yaml', '02-troops-and-china.yaml').bank).toBeUndefined()
  })

  it('lists its own problems at their lines, and an error it causes elsewhere at its first line', () => {
    const { text, context } = koreaContext('02-troops-and-china.yaml')
    // Renamed here, the fact is still named by questions of 01 and 04.
    const renamed = text.replaceAll('us-troops-28000', 'us-troops')
    const elsewhere = checkDraft(renamed, 'yaml', '02-troops-and-china.yaml', context)
    expect(elsewhere.bank).toBeUndefined()
    expect(elsewhere.problems.map(problemText)).toEqual([
      expect.stringMatching(
        /^line 1, column 1: korea-2018\/01-war-and-armistice\.yaml, line 225: unknown fact "us-troops-28000"/,
      ),
      expect.stringMatching(
        /^line 1, column 1: korea-2018\/04-moon-kim-summit\.yaml, line 187: unknown fact "us-troops-28000"/,
      ),
    ])

    const edited = text.replace('  - id: china-sway\n', '  - id: china-influence\n')
    const { problems } = checkDraft(edited, 'yaml', '02-troops-and-china.yaml', context)
    const lineOf = (pattern: string) => edited.split('\n').findIndex((l) => l.includes(pattern)) + 1
    expect(problems.map((p) => [p.line, p.severity, p.message])).toEqual([
      [
        lineOf('facts: [ china-wants-troops-gone, china-top-trade-partner, china-sway ]'),
        'error',
        'unknown fact "china-sway"',
      ],
      [
        lineOf('facts: [ china-sway, china-top-trade-partner ]'),
        'error',
        'unknown fact "china-sway"',
      ],
      [lineOf('id: china-influence'), 'warning', 'no question tests the fact "china-influence"'],
    ])
  })

  it('previews only what the file writes', () => {
    const { text, context } = koreaContext('02-troops-and-china.yaml')
    const { bank, part } = checkDraft(text, 'yaml', '02-troops-and-china.yaml', context)
    const preview = draftPreview(bank!, 100, part)
    expect(preview.topics.map((t) => t.id)).toEqual(['troops-and-china'])
    expect(preview.total).toBe(part!.questions.length)
    expect(preview.counts).toMatchObject({ written: 11, topics: 1, facts: 5 })
  })

  it('is listed by its bank’s file, and opened at its question or at the fact of a generated one', () => {
    const updatedAt = Date.UTC(2024, 5, 15, 12)
    const bank = { id: 'korea-2018', file: 'korea-2018/02-troops-and-china.yaml' }
    expect(draftLabel({ name: '02-troops-and-china.yaml', updatedAt, bank }, 'en-GB')).toMatch(
      /^korea-2018\/02-troops-and-china\.yaml \(15\/06\/2024, /,
    )
    expect(baseName(bank.file)).toBe('02-troops-and-china.yaml')
    const said = english.author.said
    expect(said.openedAt(bank.file, 'short-trade-partner', 110)).toBe(
      'Opened korea-2018/02-troops-and-china.yaml at question short-trade-partner (line 110).',
    )
    expect(said.openedDraftAt(bank.file, 'short-trade-partner', 110)).toBe(
      'Opened your draft of korea-2018/02-troops-and-china.yaml, with your edits, at question short-trade-partner (line 110).',
    )
    expect(said.openedAtFact(bank.file, 'us-troops-28000', 6, 'gen-x')).toBe(
      'Opened korea-2018/02-troops-and-china.yaml at fact us-troops-28000 (line 6): question gen-x is generated from it.',
    )
  })

  it('finds its question in the draft as it is now, edited or not', () => {
    const { text } = koreaContext('02-troops-and-china.yaml')
    expect(findInDraft(text, 'yaml', 2, 'questions', 'short-trade-partner')).toEqual({
      line: 110,
      column: 5,
    })
    const moved = `# A new first line.\n${text}`
    expect(findInDraft(moved, 'yaml', 2, 'questions', 'short-trade-partner')?.line).toBe(111)
    expect(findInDraft(moved, 'yaml', 2, 'facts', 'china-sway')?.line).toBe(26)
    expect(findInDraft(moved, 'yaml', 2, 'questions', 'gone')).toBeUndefined()
  })
})
