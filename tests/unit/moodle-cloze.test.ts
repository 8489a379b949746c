import { describe, expect, it } from 'vitest'
import { parseCloze } from '@/domain/bank/cloze'
import { decodeEntities, htmlToPlain } from '@/domain/bank/moodle-html'
import {
  clozeBlank,
  readMoodleNumber,
  scanMoodleCloze,
  type MoodleClozeCode,
} from '@/domain/bank/moodle-cloze'

/** The one code of a text. */
function codeOf(text: string): MoodleClozeCode {
  const { codes, problems } = scanMoodleCloze(text)
  expect(problems).toEqual([])
  expect(codes).toHaveLength(1)
  return codes[0]!
}

const blankOf = (text: string, group?: string) => clozeBlank(codeOf(text), 1, decodeEntities, group)

describe('scanMoodleCloze', () => {
  it('finds each code with its exact place, weight, type, answers and feedback', () => {
    const text =
      'Paris is in {1:MULTICHOICE:=France#Yes~Spain#No}; {2:SA:=Seine~%50%Loire} flows there.'
    const { codes, problems } = scanMoodleCloze(text)
    expect(problems).toEqual([])
    expect(codes.map((c) => [c.start, c.end, c.weight, c.type, c.kind])).toEqual([
      [12, 48, 1, 'MULTICHOICE', 'choice'],
      [50, 73, 2, 'SA', 'typed'],
    ])
    expect(text.slice(codes[0]!.start, codes[0]!.end)).toBe('{1:MULTICHOICE:=France#Yes~Spain#No}')
    expect(codes[0]!.answers).toEqual([
      { text: 'France', fraction: 100, feedback: 'Yes', start: 27 },
      { text: 'Spain', fraction: 0, feedback: 'No', start: 39 },
    ])
    expect(codes[1]!.answers).toEqual([
      { text: 'Seine', fraction: 100, start: 56 },
      { text: 'Loire', fraction: 50, start: 63 },
    ])
  })

  it("reads Moodle's fractions: =, %n%, negative, decimal point or comma; none is 0%", () => {
    const { answers } = codeOf('{:MCV:%100%a~%-33.3%b~%12,5%c~d}')
    expect(answers.map((a) => a.fraction)).toEqual([100, -33.3, 12.5, 0])
    expect(codeOf('{:MCV:=a~b}').weight).toBe(1)
  })

  it('reads \\} \\# \\~ as characters, and an entity before # or ~ as part of the answer', () => {
    const { answers } = codeOf('{1:SA:=a\\}b\\#c\\~d#it is {a\\}~=x&#35;y&amp;~z}')
    expect(answers.map((a) => [a.text, a.feedback])).toEqual([
      ['a}b#c~d', 'it is {a}'],
      ['x&#35;y&amp;~z', undefined],
    ])
  })

  it('knows every type name Moodle reads, short and long', () => {
    const kinds = (types: string[]) =>
      types.map((t) => scanMoodleCloze(`{1:${t}:=a~b}`).codes[0]?.kind)
    expect(kinds(['SHORTANSWER', 'SA', 'MW'])).toEqual(['typed', 'typed', 'typed'])
    expect(kinds(['SHORTANSWER_C', 'SAC', 'MWC'])).toEqual([
      'typed-case',
      'typed-case',
      'typed-case',
    ])
    expect(kinds(['NUMERICAL', 'NM'])).toEqual(['numeric', 'numeric'])
    expect(kinds(['MULTICHOICE_VS', 'MCHS', 'MC', 'MCS'])).toEqual(Array(4).fill('choice'))
    expect(kinds(['MULTIRESPONSE', 'MRHS'])).toEqual(['multiresponse', 'multiresponse'])
  })

  it('leaves braces that are no code alone, and tells what looks like a code but is not', () => {
    expect(scanMoodleCloze('{a:SA:=x} {1:sa:=x} {x} f(x) {}')).toEqual({ codes: [], problems: [] })
    const text = 'A {1:FOO:=x}, a {1:MULTICHOICE} and {2:SA:=never closed'
    expect(scanMoodleCloze(text)).toEqual({
      codes: [],
      problems: [
        {
          at: 2,
          message:
            '"FOO" is not a Cloze type Moodle knows (such as SHORTANSWER, MULTICHOICE or NUMERICAL); the code stays text',
        },
        {
          at: 16,
          message:
            'the Cloze code {…:MULTICHOICE…} has no answers: write it as {1:MULTICHOICE:=right answer~wrong answer}; it stays text',
        },
        { at: 36, message: 'this Cloze code is never closed with }' },
      ],
    })
  })
})

describe('clozeBlank: a Factline blank of the agreed kind', () => {
  it('makes a typed blank of the fully right answers, escaping what the blank syntax uses', () => {
    expect(blankOf('{1:SA:=Paris~=paris, France~Lyon}')).toEqual({
      blank: '{{Paris|paris, France}}',
      warnings: [],
    })
    expect(blankOf('{1:SA:=a|b~=c\\}d~=e\\#f~=\\~g~=h\\\\i}')).toEqual({
      blank: '{{a\\|b|c\\}d|e\\#f|\\~g|h\\\\\\\\i}}',
      warnings: [],
    })
    expect(blankOf('{1:SA:=Seine}', 'rivers')).toEqual({ blank: '{{@rivers Seine}}', warnings: [] })
  })

  it('reads the HTML entities of an answer as Moodle does', () => {
    expect(blankOf('{1:SA:=Tom &amp; Jerry~=&lt;br&gt;}')).toMatchObject({
      blank: '{{Tom & Jerry|<br>}}',
    })
  })

  it('keeps the blank when partly right or wildcard answers are dropped, and says so at the answer', () => {
    const code = codeOf('{1:SA:=Arm*~=Armstrong~%50%Neil}')
    expect(clozeBlank(code, 3, decodeEntities)).toEqual({
      blank: '{{Armstrong}}',
      warnings: [
        {
          at: 6,
          message:
            'blank 3: answers with the wildcard * can\'t be used in a blank (only in a short-answer question), dropped: "Arm*"',
        },
        {
          at: 23,
          message:
            'blank 3: partial-credit answers are dropped (a blank accepts only fully right ones): "Neil" (50%)',
        },
      ],
    })
    expect(blankOf('{1:SA:=\\*}')).toMatchObject({ blank: '{{*}}' })
  })

  it('warns that a case-sensitive blank now accepts any case', () => {
    expect(blankOf('{1:SAC:=Apollo}')).toEqual({
      blank: '{{Apollo}}',
      warnings: [
        {
          at: 0,
          message: "blank 1 is case-sensitive in Moodle (SAC); Factline's blanks accept any case",
        },
      ],
    })
  })

  it('makes a drop-down of a multiple-choice code: right choices, then ~wrong ones', () => {
    const code = codeOf('{1:MCS:=<b>Rome</b>~Milan~%50%Turin~=Roma~Milan}')
    expect(clozeBlank(code, 2, htmlToPlain)).toEqual({
      blank: '{{Rome|Roma|~Milan|~Turin}}',
      warnings: [
        {
          at: 0,
          message:
            'blank 2: a drop-down is right or wrong, so these partly right choices now count as wrong: "Turin" (50%)',
        },
      ],
    })
  })

  it('makes a number blank of the first fully right answer, with its tolerance', () => {
    expect(blankOf('{1:NUMERICAL:=4050.000000:1.000000#}')).toEqual({
      blank: '{{#4050:1}}',
      warnings: [],
    })
    expect(blankOf('{1:NM:=-2,5:0,25~*#anything else}')).toEqual({
      blank: '{{#-2.5:0.25}}',
      warnings: [],
    })
    expect(blankOf('{1:NM:=1953~=1954~%50%1950:5}')).toEqual({
      blank: '{{#1953}}',
      warnings: [
        {
          at: 12,
          message:
            'blank 1: a number blank has one right answer; dropped: "1954" (100%), "1950:5" (50%)',
        },
      ],
    })
  })

  it('refuses, with the place to look, what no Factline blank can be', () => {
    const refuse = (text: string) => clozeBlank(codeOf(text), 1, htmlToPlain)
    expect(refuse('{1:MULTIRESPONSE:=a~=b~c}')).toEqual({
      skip: "blank 1 (MULTIRESPONSE) lets learners tick several answers, which a Factline blank can't; skipped",
      at: 0,
    })
    expect(refuse('{1:MC:=only}')).toEqual({
      skip: 'blank 1 offers only one choice: a drop-down needs a right one and a wrong one; skipped',
      at: 0,
    })
    expect(refuse('{1:MC:Pear~%50%Apple}')).toEqual({
      skip: 'blank 1 has no answer worth 100%; skipped',
      at: 0,
    })
    expect(refuse('{1:SA:=a*}')).toEqual({
      skip: 'blank 1 has no answer worth 100% without a wildcard; skipped',
      at: 0,
    })
    expect(refuse('x {3:NUMERICAL:=zero}')).toEqual({
      skip: 'blank 1: "zero" is not a number (write =42 or =42:0.5, a value and its tolerance); skipped',
      at: 15,
    })
  })

  it('writes blanks that the cloze parser reads back as the same answers', () => {
    const blanks = [
      blankOf('{1:SA:=a|b~=c}}'),
      blankOf('{1:MC:=x~y\\~z}'),
      blankOf('{1:NM:=6.25:0.05}'),
    ].map((b) => ('blank' in b ? b.blank : ''))
    const { kinds, errors } = parseCloze(`One ${blanks.join(', ')}.`)
    expect(errors).toEqual([])
    expect(kinds).toMatchObject([
      { kind: 'typed', answers: ['a|b', 'c'] },
      { kind: 'choice', answers: ['x'], wrong: ['y~z'] },
      { kind: 'numeric', target: { value: 6.25, tolerance: 0.05 } },
    ])
  })
})

describe('readMoodleNumber', () => {
  it("reads Moodle's numbers and nothing else", () => {
    expect(['42', '-1,5', '.5', '2e3', '+7', '1.'].map(readMoodleNumber)).toEqual([
      42, -1.5, 0.5, 2000, 7, 1,
    ])
    expect(['', 'zero', '1..2', '1,000.5', '3 m'].map(readMoodleNumber)).toEqual(
      Array(5).fill(undefined),
    )
  })
})
