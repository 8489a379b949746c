import { describe, expect, it } from 'vitest'
import { checkDraft, formatOf, problemText } from '@/domain/author'
import { STARTER_TEMPLATE } from '@/domain/author-template'

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

  it('tells YAML from GIFT by the name, and by the text for a .txt', () => {
    expect(formatOf('bank.yml', '')).toBe('yaml')
    expect(formatOf('moodle.gift', 'title: x')).toBe('gift')
    expect(formatOf('notes.txt', '# comment\ntitle: A bank\n')).toBe('yaml')
    expect(formatOf('notes.txt', '// from Moodle\n::Q1:: Is it? {T}')).toBe('gift')
    expect(formatOf('', '$CATEGORY: war\n\nWhen? {=1950}')).toBe('gift')
  })
})
