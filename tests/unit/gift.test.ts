import { readFileSync } from 'node:fs'
import { parse } from 'gift-pegjs'
import { describe, expect, it } from 'vitest'
import { compileBank, formatProblem, type Bank, type Question } from '@/domain/bank'
import { findItemStarts, readGiftSource } from '@/domain/bank/gift'
import { slugify } from '@/domain/bank/names'
import { exportGift } from '@/domain/bank/gift-export'
import { createRandom } from '@/domain/random'
import { bankAt, compileLocation } from '../../scripts/bank-files'

const fixture = (name: string, id = name.replace(/\.gift$/, '')) => {
  const file = `tests/fixtures/gift/${name}`
  return readGiftSource(readFileSync(file, 'utf8'), file, id)
}
/** Every problem of reading and compiling a fixture, as editors print them. */
const lines = (name: string) => compileBank(name, [fixture(name)]).problems.map(formatProblem)

describe('readGiftSource', () => {
  const source = fixture('good.gift', 'water-cycle')
  const data = source.data as { questions: Record<string, unknown>[]; topics: unknown[] }
  const question = (id: string) => data.questions.find((q) => q.id === id)

  it('reads a good bank: essays, partial short answers and a repeated name are the only warnings', () => {
    expect(source.problems.map(formatProblem)).toEqual([
      'tests/fixtures/gift/good.gift:36:1: warning: two questions are named "Water states" (lines 29 and 36): this one is known as "water-states-2"; give each a name of its own, so that links, appeals and reports tell them apart',
      "tests/fixtures/gift/good.gift:46:1: warning: essay questions can't be graded automatically; skipped",
      'tests/fixtures/gift/good.gift:67:1: warning: partial-credit short answers are dropped (Factline accepts only fully right ones): "drizzle" (50%)',
    ])
    const { bank, problems } = compileBank('water-cycle', [source])
    expect(problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(bank?.questions).toHaveLength(19)
    expect(bank).toMatchObject({
      id: 'water-cycle',
      title: 'Water cycle',
      language: 'en',
      generate: false,
    })
    expect(bank?.summary).toBeUndefined()
  })

  it('makes a topic of each category, with descriptions as its summary', () => {
    expect(data.topics).toEqual([
      {
        id: 'general',
        title: 'General',
        summary: 'Questions on the water cycle, to warm up.',
        order: 1,
      },
      {
        id: 'course-top-water-cycle-evaporation',
        title: 'Evaporation',
        summary:
          'Water turns into **vapour** when the sun heats it.\n\nA second description is added to the summary.',
        order: 2,
      },
      { id: 'course-top-water-cycle-numbers', title: 'Numbers', order: 3 },
      { id: 'words', title: 'Words', order: 4 },
    ])
    expect(data.questions.map((q) => `${String(q.id)} ${String(q.topic)}`)).toEqual([
      'capital-of-france general',
      'q-2 general',
      'evaporation-driver course-top-water-cycle-evaporation',
      'water-states course-top-water-cycle-evaporation',
      'water-states-2 course-top-water-cycle-evaporation',
      'clouds-are-vapour course-top-water-cycle-evaporation',
      'oceans-are-fresh course-top-water-cycle-evaporation',
      'boiling-point course-top-water-cycle-numbers',
      'cold-water course-top-water-cycle-numbers',
      'boiling-again course-top-water-cycle-numbers',
      'ocean-share course-top-water-cycle-numbers',
      'condensation words',
      'rain-word words',
      'precipitation words',
      'dew words',
      'changes-of-state words',
      'escapes words',
      'ratio words',
      'freezing words',
    ])
  })

  it('maps one = answer to a single-choice question, with feedback and explanation', () => {
    expect(question('capital-of-france')).toEqual({
      id: 'capital-of-france',
      topic: 'general',
      type: 'single',
      format: 'plain',
      prompt: 'What is the capital of France?',
      options: ['Paris', 'Lyon', 'Marseille'],
      answer: 'Paris',
      feedback: {
        Paris: 'Right, it has been the capital for centuries.',
        Lyon: 'Lyon is the third largest city.',
      },
      explanation: 'Paris is the capital and the largest city of France.',
    })
    expect(question('q-2')).toMatchObject({
      options: ['Danube', 'Rhine', 'Elbe'],
      answer: 'Danube',
    })
  })

  it('keeps partial credit of a single-choice question as weights', () => {
    expect(question('evaporation-driver')).toEqual({
      id: 'evaporation-driver',
      topic: 'course-top-water-cycle-evaporation',
      type: 'single',
      format: 'markdown',
      prompt: 'What mostly drives **evaporation**?',
      options: ['Energy from the sun', 'Warm air', 'The moon', 'Salt'],
      answer: 'Energy from the sun',
      weights: { 'Energy from the sun': 100, 'Warm air': 50, 'The moon': -25 },
    })
  })

  it('maps weights without =, or several = answers, to a multiple-choice question', () => {
    expect(question('water-states')).toEqual({
      id: 'water-states',
      topic: 'course-top-water-cycle-evaporation',
      type: 'multiple',
      format: 'plain',
      prompt: 'Which of these are states of water?',
      options: ['Ice', 'Steam', 'Sand'],
      answers: ['Ice', 'Steam'],
      weights: { Ice: 50, Steam: 50, Sand: -100 },
      feedback: { Ice: 'Solid water.', Steam: 'Water as a gas.', Sand: 'Not water at all.' },
      explanation: 'Water is solid, liquid or gas.',
      tags: ['states'],
    })
    expect(question('water-states-2')).toEqual({
      id: 'water-states-2',
      topic: 'course-top-water-cycle-evaporation',
      type: 'multiple',
      format: 'plain',
      prompt: 'Which of these are liquids at room temperature?',
      options: ['Water', 'Milk', 'Stone'],
      answers: ['Water', 'Milk'],
    })
  })

  it('maps true/false, with the feedback for each answer as Moodle reads it', () => {
    expect(question('clouds-are-vapour')).toEqual({
      id: 'clouds-are-vapour',
      topic: 'course-top-water-cycle-evaporation',
      type: 'truefalse',
      format: 'html',
      prompt: '<p>Clouds are made of water <em>vapour</em>.</p>',
      answer: true,
      // {TRUE#for a wrong answer#for the right one}
      feedback: {
        true: 'Well, clouds hold droplets, not vapour.',
        false: 'No: vapour is invisible, clouds are droplets.',
      },
    })
    expect(question('oceans-are-fresh')).toMatchObject({ type: 'truefalse', answer: false })
    expect(question('oceans-are-fresh')).not.toHaveProperty('feedback')
  })

  it('maps numerical questions: tolerance, range, partial credit', () => {
    const numbers = (id: string) =>
      Object.fromEntries(
        Object.entries(question(id) ?? {}).filter(
          ([key]) => !['id', 'topic', 'prompt'].includes(key),
        ),
      )
    expect(numbers('boiling-point')).toEqual({
      type: 'numeric',
      format: 'plain',
      value: 100,
      tolerance: 0.5,
    })
    expect(numbers('cold-water')).toEqual({ type: 'numeric', format: 'plain', range: [0, 4] })
    expect(numbers('boiling-again')).toEqual({
      type: 'numeric',
      format: 'plain',
      value: 100,
      tolerance: 0,
      partial: [{ value: 100, tolerance: 5, credit: 0.5 }],
      explanation: 'It boils at 100 °C at sea level.',
    })
    expect(numbers('ocean-share')).toEqual({ type: 'numeric', format: 'plain', value: 71 })
  })

  it('maps short answers, keeping only the fully right ones', () => {
    expect(question('condensation')).toMatchObject({
      type: 'short',
      answers: ['condensation', 'condensing'],
    })
    expect(question('rain-word')).toMatchObject({ type: 'short', answers: ['rain'] })
  })

  it('shows the answer block of a missing-word question as a blank', () => {
    expect(question('precipitation')).toMatchObject({
      type: 'single',
      prompt: 'Rain, snow and hail are all forms of _____ in the water cycle.',
      options: ['evaporation', 'precipitation', 'condensation'],
      answer: 'precipitation',
    })
    expect(question('dew')).toMatchObject({
      type: 'short',
      prompt: 'Water vapour turns into dew by _____ on cold grass.',
      answers: ['condensation'],
    })
  })

  it('maps matching questions; a pair without left-hand text is a distractor', () => {
    expect(question('changes-of-state')).toMatchObject({
      type: 'match',
      pairs: [
        { left: 'Evaporation', right: 'liquid to gas' },
        { left: 'Condensation', right: 'gas to liquid' },
        { left: 'Freezing', right: 'liquid to solid' },
      ],
      distractors: ['solid to liquid'],
      explanation: 'Melting is the one left over.',
    })
  })

  it('unescapes GIFT escapes everywhere, also on the right of a pair', () => {
    expect(question('escapes')).toMatchObject({
      prompt: 'Which of these texts hold a colon: a:b, a=b or a#b?',
      options: ['a:b', 'a=b', 'a#b', 'a{b}'],
      answer: 'a:b',
    })
    expect(question('ratio')).toMatchObject({
      pairs: [
        { left: 'Hydrogen', right: '2:1 with oxygen' },
        { left: 'Oxygen', right: '1:2 with hydrogen' },
      ],
    })
  })

  it('locates questions at their first character and topics at their category line', () => {
    const at = (...path: PropertyKey[]) => source.locate(path)
    expect(at()).toEqual({ line: 1, column: 1 })
    expect(at('title')).toEqual({ line: 1, column: 1 })
    expect(at('questions', 0)).toEqual({ line: 6, column: 1 })
    expect(at('questions', 0, 'options', 2)).toEqual({ line: 6, column: 1 })
    expect(at('questions', 3, 'weights')).toEqual({ line: 29, column: 1 }) // after its tag comment
    expect(at('questions', 7)).toEqual({ line: 50, column: 1 }) // after the skipped essay
    expect(at('questions', 18, 'answer')).toEqual({ line: 92, column: 3 }) // indented
    expect(at('questions', 99)).toEqual({ line: 1, column: 1 })
    expect(at('topics', 0)).toEqual({ line: 6, column: 1 }) // general: its first question
    expect(at('topics', 1, 'title')).toEqual({ line: 15, column: 1 })
    expect(at('topics', 3)).toEqual({ line: 63, column: 1 })
    expect(source.locateKey(['questions', 2], 'options')).toEqual({ line: 21, column: 1 })
    expect(source.locateInText(['questions', 2, 'prompt'], 5)).toEqual({ line: 21, column: 1 })
  })

  it('reads Windows line endings alike, at the same lines and columns', () => {
    const crlf = readFileSync('tests/fixtures/gift/good.gift', 'utf8').replace(/\n/g, '\r\n')
    const windows = readGiftSource(crlf, 'good.gift', 'water-cycle')
    expect(windows.data).toEqual(source.data)
    for (let i = 0; i < data.questions.length; i++) {
      expect(windows.locate(['questions', i])).toEqual(source.locate(['questions', i]))
    }
    expect(windows.problems.map((p) => [p.line, p.column])).toEqual(
      source.problems.map((p) => [p.line, p.column]),
    )
  })

  it('makes ids unique and falls back to the question number', () => {
    expect(slugify("Jesus' hometown (Short answer ex.)")).toBe('jesus-hometown-short-answer-ex')
    expect(slugify('06- création d’instance')).toBe('06-creation-dinstance')
    const text = '::Même titre::A?{T}\n\n::Meme titre::B?{F}\n\nC?{T}\n\n::日本::D?{T}\n'
    const data = readGiftSource(text, 'ids.gift', 'ids').data as { questions: { id: string }[] }
    expect(data.questions.map((q) => q.id)).toEqual(['meme-titre', 'meme-titre-2', 'q-3', 'q-4'])
  })

  it('introduces the bank with descriptions when no question follows them before a category', () => {
    const text = 'All about water.\n\n$CATEGORY: Rain\n\nRain is water.{T}\n'
    const data = readGiftSource(text, 'intro.gift', 'intro').data
    expect(data).toMatchObject({
      summary: 'All about water.',
      topics: [{ id: 'rain', title: 'Rain', order: 1 }],
    })
  })
})

describe('readGiftSource: problems', () => {
  it('reports a syntax error once, where gift-pegjs found it', () => {
    expect(lines('bad-syntax.gift')).toEqual([
      'tests/fixtures/gift/bad-syntax.gift:3:24: error: GIFT syntax: Expected "{" but ":" found.',
    ])
    expect(fixture('bad-syntax.gift').data).toBeUndefined()
  })

  it('reports an unclosed answer block', () => {
    expect(lines('bad-unclosed.gift')).toEqual([
      'tests/fixtures/gift/bad-unclosed.gift:3:9: error: GIFT syntax: Expected "}" but "\\n" found.',
    ])
  })

  it('keeps the first line of a message that goes on', () => {
    expect(lines('bad-lone-brace.gift')).toEqual([
      'tests/fixtures/gift/bad-lone-brace.gift:1:2: error: GIFT syntax: Expected "}", Single short answer { ... }, {#... }, {= match1 -> Match1',
    ])
  })

  it('says an empty file is empty, also when it holds only comments', () => {
    const empty = 'error: the file is empty: a GIFT bank needs at least one question'
    expect(lines('bad-empty.gift')).toEqual([`tests/fixtures/gift/bad-empty.gift:1:1: ${empty}`])
    expect(lines('bad-only-comments.gift')).toEqual([
      `tests/fixtures/gift/bad-only-comments.gift:1:1: ${empty}`,
    ])
    expect(fixture('bad-empty.gift').data).toBeUndefined()
  })

  it('reports positive weights that do not add up to 100%', () => {
    expect(lines('bad-weights.gift')).toEqual([
      'tests/fixtures/gift/bad-weights.gift:5:1: error: the positive weights add up to 80%, not 100%',
    ])
  })

  it('skips an essay question with a warning', () => {
    expect(lines('bad-essay.gift')).toEqual([
      "tests/fixtures/gift/bad-essay.gift:4:1: warning: essay questions can't be graded automatically; skipped",
    ])
  })

  it('skips a multiple-choice question without a right answer', () => {
    expect(lines('bad-no-right-answer.gift')).toEqual([
      'tests/fixtures/gift/bad-no-right-answer.gift:4:1: warning: the multiple-choice question has no right answer (mark one with = or give it a %weight%); skipped',
    ])
  })

  it('warns about two questions of the same name, naming both lines, and keeps both', () => {
    expect(lines('duplicate-names.gift')).toEqual([
      'tests/fixtures/gift/duplicate-names.gift:7:1: warning: two questions are named "Boiling" (lines 3 and 7): this one is known as "boiling-2"; give each a name of its own, so that links, appeals and reports tell them apart',
    ])
    const { bank } = compileBank('names', [fixture('duplicate-names.gift')])
    expect(bank?.questions.map((q) => q.id)).toEqual(['boiling', 'freezing', 'boiling-2'])
  })

  it('reports what the schema and the checks find at the question', () => {
    expect(lines('bad-duplicate-option.gift')).toEqual([
      'tests/fixtures/gift/bad-duplicate-option.gift:6:1: error: the option "Ice" appears twice',
      'tests/fixtures/gift/bad-duplicate-option.gift:6:1: error: a single-choice question needs exactly one right option',
      'tests/fixtures/gift/bad-duplicate-option.gift:6:1: warning: question "solid" has no explanation',
    ])
    expect(lines('bad-empty-range.gift')).toEqual([
      'tests/fixtures/gift/bad-empty-range.gift:1:1: error: the range is empty: 5 is more than 1',
    ])
    expect(lines('bad-no-prompt.gift')).toEqual([
      'tests/fixtures/gift/bad-no-prompt.gift:4:1: error: questions.1.prompt: must not be empty',
    ])
    expect(lines('bad-one-pair.gift')).toEqual([
      'tests/fixtures/gift/bad-one-pair.gift:1:1: error: questions.0.pairs: a match question needs at least 2 pairs',
    ])
  })

  it('gives data without questions when nothing can be graded; compileBank says so', () => {
    const source = readGiftSource('::Essay::Tell a story.{}\n', 'essay.gift', 'essay')
    expect(source.data).toMatchObject({ topics: [], questions: [] })
    expect(compileBank('essay', [source]).problems.map(formatProblem)).toEqual([
      "essay.gift:1:1: warning: essay questions can't be graded automatically; skipped",
      'essay.gift:1:1: error: a bank needs at least one topic (topics: with id and title)',
      'essay.gift:1:1: error: the bank has no questions: add some under questions:',
    ])
  })
})

/** What a question must keep through GIFT: its type, texts and answers. */
function essentials(q: Question) {
  const common = {
    type: q.type,
    prompt: q.prompt,
    explanation: q.explanation,
    format: q.format ?? 'markdown',
    tags: q.tags,
  }
  switch (q.type) {
    case 'single':
      return { ...common, options: q.options, answer: q.answer, feedback: q.feedback }
    case 'multiple':
      return { ...common, options: q.options, answers: q.answers, feedback: q.feedback }
    case 'truefalse':
      return { ...common, answer: q.answer, feedback: q.feedback }
    case 'numeric':
      return {
        ...common,
        value: q.value,
        tolerance: q.tolerance,
        range: q.range,
        partial: q.partial?.map((p) => ({ ...p, credit: Math.round(p.credit * 1000) / 1000 })),
      }
    case 'short':
      return { ...common, answers: q.answers }
    case 'match':
      return { ...common, pairs: q.pairs, distractors: q.distractors }
    default:
      return { ...common }
  }
}

/** Exports a bank, imports it again, and checks every question GIFT can hold came back. */
function roundTrip(bank: Bank) {
  const gift = exportGift(bank)
  const source = readGiftSource(gift, 'export.gift', bank.id)
  const { bank: again, problems } = compileBank(bank.id, [source])
  expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([])
  expect(source.problems).toEqual([])
  const byId = new Map(again?.questions.map((q) => [q.id, q]))
  const giftLines = gift.split('\n')
  let compared = 0
  for (const question of bank.questions) {
    const back = byId.get(question.id)
    if (question.type === 'cloze' || question.type === 'order') {
      // A cloze with one blank comes back as a short-answer question; the rest is left out.
      if (back) expect(back.type).toBe('short')
      else expect(gift).toContain(`// skipped: ${question.id} (${question.type} has no GIFT form)`)
      continue
    }
    expect(back, question.id).toBeDefined()
    expect(essentials(back!), question.id).toEqual(essentials(question))
    if (question.type === 'single' || question.type === 'multiple') {
      const weights =
        back?.type === 'single' || back?.type === 'multiple' ? back.weights : undefined
      // A single-choice question with weights comes back with its answer's 100% among them.
      if (question.type === 'single' && question.weights) {
        expect(weights, question.id).toEqual({ [question.answer]: 100, ...question.weights })
      } else if (question.weights) expect(weights, question.id).toEqual(question.weights)
      else if (question.type === 'multiple') {
        const positive = Object.values(weights ?? {}).filter((w) => w > 0)
        expect(positive.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 3)
      }
    }
    // The place of every question is its `::id::` line.
    const index = again!.questions.indexOf(back!)
    const { line, column } = source.locate(['questions', index, 'prompt'])
    expect(
      giftLines[line - 1]?.slice(column - 1).startsWith(`::${question.id}::`),
      question.id,
    ).toBe(true)
    compared++
  }
  const topicOf = (b: Bank, q: Question) => b.topics.find((t) => t.id === q.topic)?.title
  for (const question of again!.questions) {
    const original = bank.questions.find((q) => q.id === question.id)!
    expect(topicOf(again!, question), question.id).toBe(topicOf(bank, original))
  }
  return { gift, again: again!, compared }
}

describe('exportGift', () => {
  it('round-trips the good fixture', () => {
    const { bank } = compileBank('water-cycle', [fixture('good.gift', 'water-cycle')])
    const { again, compared } = roundTrip(bank!)
    expect(compared).toBe(19)
    expect(again.topics.map((t) => [t.title, t.summary])).toEqual(
      bank!.topics.map((t) => [t.title, t.summary]),
    )
  })

  it('round-trips the repository bank korea-2018', () => {
    const { bank, problems } = compileLocation(bankAt('questions/korea-2018'), process.cwd())
    expect(problems.filter((p) => p.severity === 'error')).toEqual([])
    const { gift, compared } = roundTrip(bank!)
    const exportable = bank!.questions.filter((q) => q.type !== 'order' && q.type !== 'cloze')
    expect(compared).toBe(exportable.length)
    expect(compared).toBeGreaterThan(0)
    expect(gift).toContain('$CATEGORY: ')
  })

  it('round-trips every type, weights, feedback and the texts GIFT treats specially', () => {
    const { compared, gift, again } = roundTrip(everyType)
    expect(compared).toBe(everyType.questions.length - 3)
    // A cloze with one blank becomes a short-answer question.
    expect(again.questions.find((q) => q.id === 'cloze-one')).toMatchObject({
      type: 'short',
      prompt: 'Fill in the blank.\n\nWater boils at _____ degrees.',
      answers: ['100', 'a hundred'],
    })
    expect(gift).toContain('// skipped: cloze-two (cloze has no GIFT form)')
    expect(gift).toContain('// skipped: order-states (order has no GIFT form)')
    // Multiple choice without weights: right answers share 100%, wrong ones take it back.
    expect(again.questions.find((q) => q.id === 'multiple-plain')).toMatchObject({
      type: 'multiple',
      weights: { Ice: 33.33333, Steam: 33.33333, Water: 33.33333, Sand: -50, Salt: -50 },
    })
    expect(again.questions.find((q) => q.id === 'multiple-one')).toMatchObject({ type: 'multiple' })
  })

  it('writes GIFT as Moodle reads it', () => {
    expect(exportGift(smallBank)).toBe(
      [
        '// Small: exported from Factline (bank "small")',
        '',
        '$CATEGORY: Water and\\\\or ice // snow',
        '',
        '[markdown]All about water\\: ice, \\{steam\\}.',
        '',
        '// [tag:states]',
        '::pick::[plain]Which is solid?{',
        '\t=Ice#Yes\\: frozen water.',
        '\t~%50%Snow',
        '\t~Steam',
        '\t####Ice is frozen water.',
        '}',
        '',
        '::several::[markdown]Which are water?{',
        '\t~%50%Ice',
        '\t~%50%Steam',
        '\t~%-100%Sand',
        '}',
        '',
        '::tf::[html]<p>Ice floats.</p>{TRUE#Try again.#Right.}',
        '',
        '::number::[markdown]How hot?{#',
        '\t=100:0.5',
        '\t=%50%90..110',
        '\t####It boils at 100.',
        '}',
        '',
        '::tiny::[markdown]How small?{#0.0000001}',
        '',
        '::words::[markdown]Frozen water is…{',
        '\t=ice',
        '\t=%100%%ice',
        '}',
        '',
        '::pairs::[markdown]Match.{',
        '\t=Ice -> solid',
        '\t=Steam -> gas\\: hot',
        '\t= -> plasma',
        '}',
        '',
        '// skipped: order-it (order has no GIFT form)',
        '',
      ].join('\n'),
    )
  })
})

describe('readGiftSource never throws', () => {
  const random = createRandom('gift-fuzz')
  const pick = <T>(items: readonly T[]): T => items[random.int(items.length)] as T
  const soup = [
    '{',
    '}',
    '=',
    '~',
    '#',
    '####',
    ':',
    '::',
    '\\',
    '->',
    '%',
    '%50%',
    '..',
    '\n',
    '\n\n',
    ' ',
    '\t',
    '//',
    '$CATEGORY:',
    '[html]',
    '[markdown]',
    'T',
    'FALSE',
    'a',
    'é',
    '漢',
    '1',
    '-3.5',
    '\r\n',
    '\u0000',
    '\uffff',
  ]
  const fragments = [
    'Q?{T}',
    'Q?{=a ~b}',
    '::t::Q?{#1..2}',
    'Q {=x -> y =z -> w}',
    'Desc',
    '// c',
    '$CATEGORY: a/b',
    'Q{~%50%a ~%50%b ~c}',
    'Q{=%50%a}',
    'Q {}',
    '  ::t::Q{F#x#y}',
    'Q?{#=1:0 =%50%2 ~#no}',
    'A {=b} c.',
  ]
  const garbage = (length: number) =>
    Array.from({ length }, () =>
      random.next() < 0.3 ? String.fromCharCode(random.int(0x3000)) : pick(soup),
    ).join('')
  const document = () =>
    Array.from({ length: 1 + random.int(8) }, () => pick(fragments)).join(
      pick(['\n\n', '\n\n\n', '\n \t\n', '\r\n\r\n']),
    )

  const inputs = [
    '',
    ' \n\t\n',
    '{',
    '}',
    '{{{{',
    'Q {=a ~b',
    '::title',
    '$CATEGORY:',
    '\u0000\u0001\u0002',
    Array.from({ length: 2000 }, () => String.fromCharCode(random.int(256))).join(''),
    garbage(100_000),
    ...Array.from({ length: 100 }, () => garbage(1 + random.int(300))),
    ...Array.from({ length: 100 }, document),
  ]

  it('returns problems or data for ~200 generated inputs, and finds the items gift-pegjs reads', () => {
    let parsed = 0
    for (const text of inputs) {
      const source = readGiftSource(text, 'fuzz.gift', 'fuzz')
      if (source.data === undefined)
        expect(source.problems.some((p) => p.severity === 'error')).toBe(true)
      for (const p of source.problems) expect(p.line >= 1 && p.column >= 1).toBe(true)
      const { problems } = compileBank('fuzz', [source])
      for (const p of problems) expect(p.line >= 1 && p.column >= 1).toBe(true)
      if (source.data !== undefined) {
        expect(findItemStarts(text)).toHaveLength(parse(text).length)
        parsed++
      }
    }
    expect(inputs.length).toBeGreaterThanOrEqual(200)
    expect(parsed).toBeGreaterThan(20)
  })
})

/** A question of a compiled bank, without what compileBank fills in. */
type Draft<Q = Question> = Q extends unknown ? Omit<Q, 'facts' | 'difficulty' | 'topic'> : never
const make = (q: Draft): Question =>
  ({ facts: [], difficulty: 2, topic: 'water', ...q }) as Question

const bankOf = (id: string, title: string, questions: Question[], topicTitle = 'Water'): Bank => ({
  id,
  title,
  language: 'en',
  generate: false,
  topics: [{ id: 'water', title: topicTitle, summary: 'All about water: ice, {steam}.', order: 1 }],
  facts: [],
  questions,
})

const smallBank = bankOf(
  'small',
  'Small',
  [
    make({
      id: 'pick',
      type: 'single',
      format: 'plain',
      prompt: 'Which is solid?',
      options: ['Ice', 'Snow', 'Steam'],
      answer: 'Ice',
      weights: { Snow: 50 },
      feedback: { Ice: 'Yes: frozen water.' },
      explanation: 'Ice is frozen water.',
      tags: ['states'],
    }),
    make({
      id: 'several',
      type: 'multiple',
      prompt: 'Which are water?',
      options: ['Ice', 'Steam', 'Sand'],
      answers: ['Ice', 'Steam'],
    }),
    make({
      id: 'tf',
      type: 'truefalse',
      format: 'html',
      prompt: '<p>Ice floats.</p>',
      answer: true,
      feedback: { true: 'Right.', false: 'Try again.' },
    }),
    make({
      id: 'number',
      type: 'numeric',
      prompt: 'How hot?',
      value: 100,
      tolerance: 0.5,
      partial: [{ range: [90, 110], credit: 0.5 }],
      explanation: 'It boils at 100.',
    }),
    make({ id: 'tiny', type: 'numeric', prompt: 'How small?', value: 1e-7 }),
    make({ id: 'words', type: 'short', prompt: 'Frozen water is…', answers: ['ice', '%ice'] }),
    make({
      id: 'pairs',
      type: 'match',
      prompt: 'Match.',
      pairs: [
        { left: 'Ice', right: 'solid' },
        { left: 'Steam', right: 'gas: hot' },
      ],
      distractors: ['plasma'],
    }),
    make({ id: 'order-it', type: 'order', prompt: 'Order.', items: ['a', 'b'] }),
  ],
  'Water and\\or ice / snow',
)

const everyType = bankOf('every-type', 'Every type', [
  make({
    id: 'single-special',
    type: 'single',
    format: 'markdown',
    prompt:
      'Which text is **special**?\n\nPick one: {braces}, a = b, ~tilde, #hash, back\\slash \\n.',
    options: [
      'a: b',
      '{x}',
      '50% off',
      '%5 or %6',
      '[html] tag',
      'back\\slash \\n',
      '#1',
      'go -> there',
    ],
    answer: '%5 or %6',
    weights: { '50% off': 50, '[html] tag': -25 },
    feedback: { 'a: b': '[html]<b>no</b>', '%5 or %6': 'Yes: #1 = {one}.' },
    explanation: '[markdown] is *kept*.',
  }),
  make({
    id: 'multiple-plain',
    type: 'multiple',
    format: 'plain',
    prompt: 'Which are water?',
    options: ['Ice', 'Steam', 'Water', 'Sand', 'Salt'],
    answers: ['Ice', 'Steam', 'Water'],
    feedback: { Sand: 'Sand is rock.' },
  }),
  make({
    id: 'multiple-one',
    type: 'multiple',
    prompt: 'Which is a gas?',
    options: ['Steam', 'Ice'],
    answers: ['Steam'],
  }),
  make({
    id: 'multiple-weights',
    type: 'multiple',
    format: 'html',
    prompt: '<p>Pick the <em>two</em> liquids.</p>',
    options: ['Water', 'Milk', 'Stone'],
    answers: ['Water', 'Milk'],
    weights: { Water: 60, Milk: 40, Stone: -100 },
  }),
  make({
    id: 'tf-true-wrong',
    type: 'truefalse',
    prompt: 'Ice is cold.',
    answer: true,
    feedback: { false: 'It is.' },
  }),
  make({
    id: 'tf-false-right',
    type: 'truefalse',
    prompt: 'Steam is cold.',
    answer: false,
    feedback: { false: 'Right.' },
  }),
  make({
    id: 'tf-plain',
    type: 'truefalse',
    prompt: 'Water is wet.',
    answer: true,
    explanation: 'Mostly.',
  }),
  make({ id: 'num-value', type: 'numeric', prompt: 'Boiling point?', value: 100 }),
  make({ id: 'num-range', type: 'numeric', prompt: 'A cold number?', range: [-5.5, -1] }),
  make({
    id: 'num-big',
    type: 'numeric',
    prompt: 'Big?',
    value: 1.5e21,
    tolerance: 1e20,
    unit: 'drops',
  }),
  make({
    id: 'num-partial',
    type: 'numeric',
    prompt: 'Boiling point, again?',
    value: 100,
    tolerance: 0,
    partial: [
      { value: 100, tolerance: 5, credit: 0.5 },
      { range: [80, 120], credit: 1 / 3 },
    ],
  }),
  make({
    id: 'short-words',
    type: 'short',
    prompt: 'Frozen water?',
    answers: ['ice', 'ICE', 'a -> b'],
    typos: true,
  }),
  make({
    id: 'match-plain',
    type: 'match',
    prompt: 'Match the states.',
    pairs: [
      { left: 'Ice', right: 'solid: cold' },
      { left: '[html] Steam', right: 'gas -> hot' },
      { left: 'Water', right: '{liquid}' },
    ],
    distractors: ['plasma #4'],
    explanation: 'Three states.',
  }),
  make({
    id: 'cloze-one',
    type: 'cloze',
    prompt: 'Fill in the blank.',
    text: 'Water boils at {{100|a hundred}} degrees.',
  }),
  make({
    id: 'cloze-two',
    type: 'cloze',
    prompt: 'Fill in.',
    text: '{{Ice}} melts into {{water}}.',
  }),
  make({
    id: 'order-states',
    type: 'order',
    prompt: 'Order by heat.',
    items: ['Ice', 'Water', 'Steam'],
  }),
])
