import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { compileBank, formatProblem } from '@/domain/bank'
import { isAiken, readAikenSource } from '@/domain/bank/aiken'

const fixture = (name: string) => readFileSync(`tests/fixtures/aiken/${name}`, 'utf8')

/** The problems a teacher reads for an Aiken text. Aiken has no feedback: "no explanation" is left out. */
function problems(text: string, file = 'quiz.txt'): string[] {
  return compileBank('quiz', [readAikenSource(text, file, 'quiz')])
    .problems.filter((p) => !p.message.endsWith('has no explanation'))
    .map(formatProblem)
}

const questionsOf = (text: string) =>
  (readAikenSource(text, 'quiz.txt', 'quiz').data as { questions?: unknown[] } | undefined)
    ?.questions ?? []

describe('reading an Aiken file', () => {
  it('reads single-choice questions: wrapped text, A) and A. options, indented, Answer: in any case', () => {
    const source = readAikenSource(fixture('good.txt'), 'good.txt', 'earth-science')
    expect(source.problems).toEqual([])
    expect(source.data).toEqual({
      title: 'Earth science',
      language: 'en',
      generate: false,
      topics: [{ id: 'general', title: 'General', order: 1 }],
      questions: [
        {
          id: 'which-gas-do-green-plants-take-in-to',
          type: 'single',
          prompt: 'Which gas do green plants take in to make their food?',
          format: 'plain',
          topic: 'general',
          options: ['Oxygen', 'Carbon dioxide', 'Nitrogen', 'Helium'],
          answer: 'Carbon dioxide',
        },
        {
          id: 'what-is-the-name-for-water-falling-from',
          type: 'single',
          prompt: 'What is the name for water falling from clouds\nas rain, snow, sleet or hail?',
          format: 'plain',
          topic: 'general',
          options: ['Evaporation', 'Condensation', 'Precipitation'],
          answer: 'Precipitation',
        },
        {
          id: 'which-planet-is-closest-to-the-sun',
          type: 'single',
          prompt: 'Which planet is closest to the Sun?',
          format: 'plain',
          topic: 'general',
          options: ['Mercury', 'Venus'],
          answer: 'Mercury',
        },
      ],
    })
    const { bank } = compileBank('earth-science', [source])
    expect(bank?.questions.map((q) => q.id)).toHaveLength(3)
  })

  it('leads every part of a question back to its line and column', () => {
    const source = readAikenSource(fixture('good.txt'), 'good.txt', 'earth-science')
    expect(source.locate(['questions', 0])).toEqual({ line: 1, column: 1 })
    expect(source.locate(['questions', 1, 'options', 2])).toEqual({ line: 12, column: 4 })
    expect(source.locate(['questions', 1, 'answer'])).toEqual({ line: 13, column: 9 })
    expect(source.locate(['questions', 2, 'options', 1])).toEqual({ line: 17, column: 5 })
    expect(source.locate(['questions', 2, 'answer'])).toEqual({ line: 18, column: 11 })
    expect(source.locateKey(['questions', 2], 'id')).toEqual({ line: 15, column: 3 })
    expect(source.locate(['topics', 0])).toEqual({ line: 1, column: 1 })
    expect(source.locate(['questions', 9])).toEqual({ line: 1, column: 1 })
    // A wrapped question's text: its second line starts after the first line's break.
    const prompt = ['questions', 1, 'prompt']
    expect(source.locateInText(prompt, 5)).toEqual({ line: 8, column: 6 })
    expect(source.locateInText(prompt, 46)).toEqual({ line: 8, column: 47 })
    expect(source.locateInText(prompt, 47)).toEqual({ line: 9, column: 1 })
    expect(source.locateInText(prompt, 50)).toEqual({ line: 9, column: 4 })
    expect(source.locateInText(['questions', 2, 'options', 0], 3)).toEqual({ line: 16, column: 8 })
  })

  it('reads CRLF line breaks and a last line with none, as Windows editors save', () => {
    const crlf = fixture('good.txt').replace(/\n/g, '\r\n').trimEnd()
    expect(problems(crlf)).toEqual([])
    expect(questionsOf(crlf)).toHaveLength(3)
    expect(readAikenSource(crlf, 'quiz.txt', 'quiz').locate(['questions', 2, 'answer'])).toEqual({
      line: 18,
      column: 11,
    })
  })

  it('takes an answer letter in lower case or followed by ) or .', () => {
    for (const answer of ['b', 'B)', 'B.', ' B ']) {
      const text = `Which is a noble gas?\nA) Iron\nB) Neon\nANSWER:${answer}\n`
      expect(questionsOf(text)).toMatchObject([{ answer: 'Neon' }])
    }
  })

  it('names questions after their first words, the second of the same text with -2, and those without a word by number', () => {
    const twice = 'Is it?\nA) Yes\nB) No\nANSWER: A\n\nIs it?\nA) Yes\nB) No\nANSWER: B\n'
    expect(questionsOf(twice)).toMatchObject([{ id: 'is-it' }, { id: 'is-it-2' }])
    expect(questionsOf('¿?\nA) Sí\nB) No\nANSWER: A\n')).toMatchObject([{ id: 'q-1' }])
  })

  it('is a bank of one topic titled after the bank, whatever its id', () => {
    const source = readAikenSource('Q?\nA) a\nB) b\nANSWER: A\n', 'x.txt', '')
    expect(source.data).toMatchObject({ title: 'Aiken questions', topics: [{ title: 'General' }] })
  })
})

describe('what an Aiken file can get wrong, at its line and column', () => {
  const cases: Record<string, string[]> = {
    'bad-no-answer-line.txt': [
      "bad-no-answer-line.txt:1:1: error: the question's options (lines 2–4) are not followed by an ANSWER: line with the right option's letter",
    ],
    'bad-letter-not-an-option.txt': [
      'bad-letter-not-an-option.txt:6:9: error: ANSWER: E, but the options are A–D',
    ],
    'bad-one-option.txt': [
      'bad-one-option.txt:3:1: error: the question (line 1) has only one option, A: a single-choice question needs at least two, as A) …, B) … above its ANSWER: line',
    ],
    'bad-several-letters.txt': [
      'bad-several-letters.txt:5:9: error: ANSWER: A, B names several options: an Aiken question has one right answer; write several right answers in GIFT or YAML',
    ],
    'bad-options-before-question.txt': [
      "bad-options-before-question.txt:1:1: error: an option with no question before it: write the question's text on the line above its first option",
      'bad-options-before-question.txt:3:1: error: an ANSWER: line with no question before it: each question is its text, its options, then its ANSWER: line',
    ],
    'bad-letters-out-of-order.txt': [
      'bad-letters-out-of-order.txt:3:1: error: this option is lettered C, but the one before it is A: letter the options A, B, C… in order',
    ],
    'warn-numbering.txt': [
      'warn-numbering.txt:5:1: warning: NUMBERING: lines come from the "Aiken advanced" plugin and are ignored: Factline shows options in a shuffled order, without letters',
    ],
  }
  for (const [name, expected] of Object.entries(cases)) {
    it(name, () => expect(problems(fixture(name), name)).toEqual(expected))
  }

  it('keeps the good questions of a file with bad ones out of no error', () => {
    expect(questionsOf(fixture('bad-no-answer-line.txt'))).toMatchObject([{ answer: 'A whale' }])
    expect(questionsOf(fixture('bad-options-before-question.txt'))).toMatchObject([
      { prompt: 'What is the capital of Italy?' },
    ])
    expect(questionsOf(fixture('warn-numbering.txt'))).toMatchObject([{ answer: 'The Pacific' }])
  })

  it('says what is wrong with an ANSWER: line that names no letter, or an option with no text', () => {
    expect(problems('Which?\nA) One\nB) Two\nANSWER: Two\n')).toEqual([
      'quiz.txt:4:9: error: ANSWER: must be the right option\'s letter (A–B), not "Two"',
    ])
    expect(problems('Which?\nA) One\nB) Two\n  ANSWER:\n')).toEqual([
      "quiz.txt:4:10: error: ANSWER: names no option: write the right option's letter (A–B)",
    ])
    expect(problems('Which?\nA) One\nB)\nANSWER: A\n')).toEqual([
      'quiz.txt:3:1: error: option B has no text: write it after "B)"',
    ])
    expect(problems('Which?\nB) One\nC) Two\nANSWER: B\n')).toEqual([
      'quiz.txt:2:1: error: the first option is lettered B: letter the options A, B, C… in order',
    ])
  })

  it('ends a question with no options at a blank line, or at the end of the file', () => {
    expect(
      problems('Which river is longest?\n\nWhich is widest?\nA) Amazon\nB) Nile\nANSWER: A'),
    ).toEqual([
      "quiz.txt:1:1: error: the question has no options: write them under it, one a line, as A) …, B) …, then ANSWER: and the right option's letter",
    ])
    expect(problems('One?\nA) a\nB) b\nANSWER: A\n\n  Two, with 1) and 2)?\n1) a\n2) b\n')).toEqual(
      [
        "quiz.txt:6:3: error: the question has no options: write them under it, one a line, as A) …, B) …, then ANSWER: and the right option's letter",
      ],
    )
    expect(problems('Where?\n\nANSWER: A\n')).toEqual([
      'quiz.txt:3:1: error: the question (line 1) has no options: a single-choice question needs at least two, as A) …, B) … above its ANSWER: line',
    ])
  })

  it('reports a run of options with no question once, at its first', () => {
    expect(problems('A) a\nB) b\nC) c\n\nQ?\nA) x\nB) y\nANSWER: B\nC) late\n')).toEqual([
      "quiz.txt:1:1: error: an option with no question before it: write the question's text on the line above its first option",
      "quiz.txt:9:1: error: an option with no question before it: write the question's text on the line above its first option",
    ])
  })

  it('leads the compiler to the option a question repeats, and to its answer', () => {
    expect(problems('Which?\nA) Same\nB)  Same\nANSWER: A\n')).toEqual([
      'quiz.txt:3:5: error: the option "Same" appears twice',
      'quiz.txt:4:9: error: a single-choice question needs exactly one right option',
    ])
  })

  it('refuses a file with no question', () => {
    expect(problems('')).toEqual([
      "quiz.txt:1:1: error: the file has no questions: an Aiken question is its text, its options A) …, B) … one a line, then ANSWER: and the right option's letter",
    ])
    expect(problems('\nNUMBERING: 123\n')).toEqual([
      "quiz.txt:1:1: error: the file has no questions: an Aiken question is its text, its options A) …, B) … one a line, then ANSWER: and the right option's letter",
      'quiz.txt:2:1: warning: NUMBERING: lines come from the "Aiken advanced" plugin and are ignored: Factline shows options in a shuffled order, without letters',
    ])
  })
})

describe('telling Aiken from other text', () => {
  it('is Aiken with an ANSWER: line, or an Answer: line right after an option', () => {
    expect(isAiken(fixture('good.txt'))).toBe(true)
    expect(isAiken('Q?\r\nA) a\r\nB) b\r\nANSWER: B')).toBe(true)
    expect(isAiken('Q?\nA) a\nB) b\nAnswer: B\n')).toBe(true)
  })

  it('is not Aiken for YAML answer: keys, GIFT answer blocks or plain text', () => {
    const yaml =
      'title: T\nquestions:\n  - id: q\n    type: single\n    options: [a, b]\n    answer: a\n'
    expect(isAiken(yaml)).toBe(false)
    expect(isAiken('::q:: Which? {\n=a\n~b\n}\n\nAnswer: {=yes}\n')).toBe(false)
    expect(isAiken('ANSWER: {=yes}\n')).toBe(false)
    expect(isAiken('Some notes about the answer: none.\n')).toBe(false)
    expect(isAiken('')).toBe(false)
  })
})
