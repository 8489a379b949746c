import { describe, expect, it } from 'vitest'
import {
  compileBank,
  formatProblem,
  readYamlSource,
  type Bank,
  type Fact,
  type Question,
} from '@/domain/bank'
import { generateQuestions, generateWithReport } from '@/domain/generate'
import {
  clozeBlank,
  contextReference,
  handWrittenTwin,
  headNounIndex,
  numberQualifier,
} from '@/domain/generate-gates'
import { gradeAnswer } from '@/domain/grading'

type Of<T extends Question['type']> = Extract<Question, { type: T }>

const fact = (id: string, text: string, extra: Partial<Fact> = {}): Fact => ({
  id,
  topic: 'main',
  text,
  paragraph: 1,
  ...extra,
})

const bankOf = (facts: Fact[], questions: Question[] = []): Bank => ({
  id: 'gates',
  title: 'Gates',
  language: 'en',
  generate: true,
  topics: [{ id: 'main', title: 'Main', order: 1 }],
  facts,
  questions,
})

const written = <T extends Question>(question: Omit<T, 'topic' | 'difficulty'>): T =>
  ({ topic: 'main', difficulty: 2, ...question }) as T

const byId = (questions: Question[], id: string) => questions.find((q) => q.id === id)
const droppedBy = (bank: Bank) =>
  Object.fromEntries(generateWithReport(bank).dropped.map((d) => [d.id, d.gate]))

// ---------------------------------------------------------------------------------------------

describe('the context gate', () => {
  it.each([
    ['They met 9 times in all.', 'They'],
    ['He resigned in 2001.', 'He'],
    ['Its economy grew by 3 percent.', 'Its'],
    ['“These talks failed,” a diplomat said.', 'These'],
    ['However, the talks stalled.', 'However'],
    ['Then the talks stalled.', 'Then'],
    ['The two leaders agreed to create a joint military committee.', 'The two leaders'],
    ['Both sides pulled back some guard posts.', 'Both sides'],
    ['The latter refused to sign.', 'The latter'],
    ['Also, the border opened.', 'Also'],
    ['Moon said Kim also wanted to speed up the process.', 'also'],
  ])('finds what %j leans on', (text, words) => {
    expect(contextReference(text)?.words).toBe(words)
  })

  it.each([
    'The two Koreas might make a joint bid for the 2032 Summer Olympics.',
    "Both Trump's thumbs-up and the summit itself counted as victories for Kim.",
    'Both the US and China want the talks to go on.',
    'Neither the launchpad nor the test site still matters much.',
    'Each year, about 1,000 tourists visit the border.',
    'Italy joined the talks in 2001.',
    'Theresa May spoke first.',
    'At their first summit, Trump flashed Kim a thumbs-up.',
    'There were signs North Korea was still developing missiles.',
    "China is North Korea's largest trading partner.",
  ])('lets %j stand on its own', (text) => {
    expect(contextReference(text)).toBeUndefined()
  })

  it('says where the words stand: the opening, past quotes, or "also" further in', () => {
    expect(contextReference('“They left.”')).toEqual({ words: 'They', index: 1, opening: true })
    expect(contextReference('Moon said Kim also left.')).toEqual({
      words: 'also',
      index: 14,
      opening: false,
    })
  })

  it('makes no question at all from a fact that leans on context', () => {
    const facts = [
      fact('met', 'They met 9 times in all.', { number: { value: 9 } }),
      fact('committee', 'The two leaders agreed to create a military committee.', {
        term: { term: 'military committee', meaning: 'a body of officers' },
      }),
      fact('treaty', 'No peace treaty was ever signed.', {
        term: { term: 'peace treaty', meaning: 'an agreement that ends a war' },
      }),
      fact('sanctions', 'UN sanctions on North Korea grew tougher in 2017.', {
        term: { term: 'sanctions', meaning: 'penalties imposed to pressure a country' },
      }),
      fact('resigned', 'He resigned in 2001.', { event: { name: 'Resignation', date: '2001' } }),
      ...['1999', '2003', '2005'].map((year) =>
        fact(`event-${year}`, `Talks were held in ${year}.`, {
          event: { name: `Talks of ${year}`, date: year },
        }),
      ),
    ]
    const { kept, dropped } = generateWithReport(bankOf(facts))
    for (const q of kept) {
      expect(q.facts).not.toContain('met')
      expect(q.facts).not.toContain('committee')
      expect(q.facts).not.toContain('resigned')
    }
    // The other facts still make theirs: two pairs of terms, three events.
    expect(kept.find((q) => q.type === 'match')?.facts).toEqual(
      expect.arrayContaining(['treaty', 'sanctions']),
    )
    expect(kept.find((q) => q.type === 'order')?.facts).toEqual([
      'event-1999',
      'event-2003',
      'event-2005',
    ])
    const gates = dropped.filter((d) => d.gate === 'context')
    expect(gates.map((d) => d.id).sort()).toEqual([
      'gen-cloze-committee',
      'gen-match-terms',
      'gen-numeric-met',
      'gen-order',
      'gen-single-met',
    ])
    expect(gates.find((d) => d.id === 'gen-numeric-met')?.reason).toBe(
      'fact "met" starts with "They", which a generated question can\'t explain out of context: name who or what it is',
    )
  })

  const yaml = (generate: boolean) => `title: Context
language: en
generate: ${generate}
topics:
  - { id: main, title: Main }
facts:
  - id: leaders
    topic: main
    text: The two leaders agreed to create a joint military committee.
    paragraph: 1
  - id: also
    topic: main
    text: Moon said Kim also wanted to speed up the process.
    paragraph: 1
  - id: fine
    topic: main
    text: The two Koreas might bid for the 2032 Summer Olympics.
    paragraph: 1
questions:
  - id: q
    type: truefalse
    prompt: The Koreas agreed.
    answer: true
    facts: [leaders, also, fine]
    explanation: They did.
`

  it('warns the author of such a fact at its words, with what to do', () => {
    const source = readYamlSource(yaml(true), 'context.yaml', 'main')
    const { bank, problems } = compileBank('context', [source])
    expect(bank).toBeDefined()
    expect(problems.map(formatProblem)).toEqual([
      'context.yaml:9:11: warning: fact "leaders" starts with "The two leaders", which a generated question can\'t explain out of context: name who or what it is',
      'context.yaml:13:25: warning: fact "also" says "also", which a generated question can\'t explain out of context: say what it adds to, or leave the word out',
    ])
  })

  it('does not warn when the bank generates nothing', () => {
    const source = readYamlSource(yaml(false), 'context.yaml', 'main')
    expect(compileBank('context', [source]).problems).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------------

describe('the bound and tolerance gates', () => {
  const at = (text: string, figure: string) =>
    numberQualifier(text, text.indexOf(figure), figure.length)

  it.each([
    ['UN forces came from more than 55 nations.', '55', 'lower', 'more than 55'],
    ['Over 55 nations took part.', '55', 'lower', 'Over 55'],
    ['At least 3 ships sank.', '3', 'lower', 'At least 3'],
    ['Just over 1,000 guests came.', '1,000', 'lower', 'Just over 1,000'],
    ['It drew 55 or more members.', '55', 'lower', '55 or more'],
    ['Fewer than 10 delegates signed.', '10', 'upper', 'Fewer than 10'],
    ['Up to 64000 tonnes were shipped.', '64000', 'upper', 'Up to 64000'],
    ['About 28,000 troops are based there.', '28,000', 'approximate', 'About 28,000'],
    ['Nearly 3,000 people fled.', '3,000', 'approximate', 'Nearly 3,000'],
    ['Some 9,000 soldiers withdrew.', '9,000', 'approximate', 'Some 9,000'],
    ['The fleet had ~40 ships.', '40', 'approximate', '~40'],
    ['A 55-odd nations sent troops.', '55', 'approximate', '55-odd'],
  ])('reads %j as a %s bound', (text, figure, kind, words) => {
    expect(at(text, figure)).toEqual({ kind, words })
  })

  it.each([
    ['The war broke out in 1950.', '1950'],
    ['Moreover 55 nations took part.', '55'],
    ['The 55 nations of the coalition met.', '55'],
    ['A turnover 40 times larger.', '40'],
  ])('reads %j as a plain figure', (text, figure) => {
    expect(at(text, figure)).toBeUndefined()
  })

  it('never offers a choice of numbers for a bound, but asks for the figure the text gives', () => {
    const bank = bankOf([
      fact('nations', 'UN forces came from more than 55 nations.', {
        number: { value: 55, unit: 'nations' },
      }),
      fact('tonnes', 'Up to 64000 tonnes were shipped.', { number: { value: 64000 } }),
    ])
    const { kept, dropped } = generateWithReport(bank)
    expect(kept.filter((q) => q.type === 'single')).toEqual([])
    expect(dropped.find((d) => d.id === 'gen-single-nations')).toEqual({
      id: 'gen-single-nations',
      type: 'single',
      facts: ['nations'],
      gate: 'bound',
      reason:
        '"more than 55" is a bound, not a figure: with any smaller number the sentence is true as well, so no option can be the one right answer',
    })
    expect(dropped.find((d) => d.id === 'gen-single-tonnes')?.reason).toContain(
      '"Up to 64000" is a bound, not a figure: with any larger number',
    )
    expect(byId(kept, 'gen-numeric-nations')).toMatchObject({ value: 55, tolerance: 0 })
  })

  it('drops an "about" figure without a tolerance, and gives one with it its tolerance', () => {
    const loose = fact('posts', 'About 750 guard posts line the border.', {
      number: { value: 750 },
    })
    expect(droppedBy(bankOf([loose]))).toEqual({
      'gen-numeric-posts': 'tolerance',
      'gen-single-posts': 'tolerance',
    })
    expect(generateWithReport(bankOf([loose])).dropped[0]?.reason).toBe(
      '"About 750" is approximate and the fact gives no tolerance: add number.tolerance, how far off still counts',
    )

    const fair = { ...loose, number: { value: 750, tolerance: 100 } }
    const kept = generateQuestions(bankOf([fair]))
    const numeric = byId(kept, 'gen-numeric-posts') as Of<'numeric'>
    expect(numeric.tolerance).toBe(100)
    expect(gradeAnswer(numeric, { type: 'numeric', text: '690' }).credit).toBe(1)
    const single = byId(kept, 'gen-single-posts') as Of<'single'>
    for (const option of single.options.filter((o) => o !== single.answer))
      expect(Math.abs(Number(option) - 750)).toBeGreaterThan(100)
  })

  it('keeps a plain figure without a tolerance', () => {
    const plain = fact('war', 'The war broke out in 1950.', { number: { value: 1950 } })
    expect(generateWithReport(bankOf([plain])).dropped).toEqual([])
    expect(generateQuestions(bankOf([plain])).map((q) => q.type)).toEqual(['numeric', 'single'])
  })
})

// ---------------------------------------------------------------------------------------------

describe('the blank gate', () => {
  it.each([
    ['armistice', undefined],
    ['peace treaty', 1],
    ['joint military committee', 2],
    ['weapons of mass destruction', 0],
    ['the nuclear arsenal', 2],
    ['Security Council', undefined],
    ['Bank of Korea', undefined],
    ['Resolution 2397', undefined],
  ])('finds the head noun of %j at %j', (term, index) => {
    expect(headNounIndex(term)).toBe(index)
  })

  it('blanks the term and accepts its head noun', () => {
    const text = 'Few observers expect North Korea to surrender its whole nuclear arsenal.'
    expect(clozeBlank(text, 'nuclear arsenal')).toEqual({
      text: 'Few observers expect North Korea to surrender its whole {{nuclear arsenal|arsenal}}.',
      answers: ['nuclear arsenal', 'arsenal'],
    })
    expect(clozeBlank('Kim will dismantle a Missile Launchpad.', 'missile launchpad')).toEqual({
      text: 'Kim will dismantle a {{Missile Launchpad|Launchpad}}.',
      answers: ['Missile Launchpad', 'Launchpad'],
    })
    expect(
      clozeBlank('Tunnels hide weapons of mass destruction.', 'weapons of mass destruction'),
    ).toMatchObject({ answers: ['weapons of mass destruction', 'weapons'] })
    // A name, or a quotation, is a fixed term: nothing shorter stands for it.
    expect(clozeBlank('Media called the weapons a "treasured sword".', 'treasured sword')).toEqual({
      text: 'Media called the weapons a "{{treasured sword}}".',
      answers: ['treasured sword'],
    })
    expect(clozeBlank('The US sits on the UN Security Council.', 'Security Council')).toEqual({
      text: 'The US sits on the UN {{Security Council}}.',
      answers: ['Security Council'],
    })
  })

  it('credits the head noun alone as a right answer', () => {
    const arsenal = fact(
      'arsenal',
      'Few expect North Korea to surrender its whole nuclear arsenal.',
      {
        term: { term: 'nuclear arsenal', meaning: 'a stock of nuclear weapons' },
      },
    )
    const cloze = byId(generateQuestions(bankOf([arsenal])), 'gen-cloze-arsenal') as Of<'cloze'>
    const credit = (text: string) => gradeAnswer(cloze, { type: 'cloze', blanks: [text] }).credit
    expect(credit('nuclear arsenal')).toBe(1)
    expect(credit('arsenal')).toBe(1)
    expect(credit('nuclear')).toBe(0)
  })

  it('makes no blank that another part of the term would fill', () => {
    const text = 'The two Koreas agreed to create a joint military committee to ease tensions.'
    expect(clozeBlank(text, 'joint military committee')).toEqual({
      reason:
        '"military committee" would fill the blank of "joint military committee" as well, and a generated blank accepts only the term and its head noun "committee": shorten the term',
    })
    expect(
      clozeBlank('They banned chemical weapons of war.', 'chemical weapons of war'),
    ).toMatchObject({ reason: expect.stringContaining('"chemical weapons" would fill the blank') })
  })

  it('makes no blank that the text fills by saying the answer again', () => {
    expect(clozeBlank('UN sanctions grew; the sanctions stayed in force.', 'sanctions')).toEqual({
      reason:
        'the text says "sanctions" outside the blank too, which gives the answer away: blank a term the fact says once',
    })
    // The head noun, or a plural, gives it away as well.
    expect(
      clozeBlank('No peace treaty was signed, and no treaty is near.', 'peace treaty'),
    ).toMatchObject({ reason: expect.stringContaining('says "treaty" outside the blank') })
    expect(clozeBlank('Several summits came before the summit itself.', 'summit')).toMatchObject({
      reason: expect.stringContaining('says "summits" outside the blank'),
    })
  })

  it('blanks whole words only', () => {
    expect(clozeBlank('Several summits were held.', 'summit')).toEqual({
      reason:
        '"summit" stands in the text only inside "summits": a blank takes whole words, so make the term the whole word',
    })
    // Not in the text, or written with cloze braces: nothing to blank, nothing to report.
    expect(clozeBlank('The war ended.', 'armistice')).toBeUndefined()
    expect(clozeBlank('A {{strange}} armistice.', 'armistice')).toBeUndefined()
  })

  it('reports the cloze it did not generate, at its fact', () => {
    const facts = [
      fact('committee', 'The Koreas set up a joint military committee.', {
        term: { term: 'joint military committee', meaning: 'a body of officers from both sides' },
      }),
      fact('summits', 'Several summits were held.', {
        term: { term: 'summit', meaning: 'a meeting of leaders' },
      }),
    ]
    expect(droppedBy(bankOf(facts))).toEqual({
      'gen-cloze-committee': 'blank',
      'gen-cloze-summits': 'blank',
    })
    expect(generateQuestions(bankOf(facts)).filter((q) => q.type === 'cloze')).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------------

describe('the duplicate gate', () => {
  const troops = fact('troops', 'About 28,000 American troops are based in South Korea.', {
    number: { value: 28000, unit: 'troops', tolerance: 2000 },
  })
  const arsenal = fact(
    'arsenal',
    'Few expect North Korea to surrender its whole nuclear arsenal.',
    {
      term: { term: 'nuclear arsenal', meaning: 'a stock of nuclear weapons' },
    },
  )

  const numeric = (facts: string[], target: { value?: number; range?: [number, number] }) =>
    written<Of<'numeric'>>({ id: 'num', type: 'numeric', prompt: 'How many?', facts, ...target })
  const single = (answer: string) =>
    written<Of<'single'>>({
      id: 'pick',
      type: 'single',
      prompt: 'How many troops?',
      options: [answer, 'About 2,800'],
      answer,
      facts: ['troops'],
    })
  const cloze = (text: string) =>
    written<Of<'cloze'>>({
      id: 'fill',
      type: 'cloze',
      prompt: 'Fill in.',
      text,
      facts: ['arsenal'],
    })

  it('finds the teacher question of the same type, fact and answer', () => {
    const generated = generateQuestions(bankOf([troops, arsenal]))
    const num = byId(generated, 'gen-numeric-troops')!
    const pick = byId(generated, 'gen-single-troops')!
    const fill = byId(generated, 'gen-cloze-arsenal')!

    expect(handWrittenTwin(num, [numeric(['troops'], { value: 28000 })])?.id).toBe('num')
    expect(handWrittenTwin(num, [numeric(['troops'], { range: [27000, 29000] })])?.id).toBe('num')
    expect(handWrittenTwin(num, [numeric(['troops'], { value: 2018 })])).toBeUndefined()
    expect(handWrittenTwin(num, [numeric(['other'], { value: 28000 })])).toBeUndefined()

    expect(handWrittenTwin(pick, [single('About 28,000')])?.id).toBe('pick')
    expect(handWrittenTwin(pick, [single('28000')])?.id).toBe('pick')
    expect(handWrittenTwin(pick, [single('About 280,000')])).toBeUndefined()
    // Same fact and answer, another type: a different question.
    expect(handWrittenTwin(num, [single('About 28,000')])).toBeUndefined()

    expect(handWrittenTwin(fill, [cloze('Kim keeps his {{arsenal|weapons}}.')])?.id).toBe('fill')
    expect(handWrittenTwin(fill, [cloze('Kim keeps his {{Nuclear  Arsenal}}.')])?.id).toBe('fill')
    expect(handWrittenTwin(fill, [cloze('Kim keeps his {{missiles}}.')])).toBeUndefined()
  })

  it('finds the teacher order and match questions with the same facts or texts', () => {
    const events = ['1950', '1953', '2017'].map((year) =>
      fact(`e${year}`, `Something happened in ${year}.`, {
        event: { name: `E${year}`, date: year },
      }),
    )
    const order = generateQuestions(bankOf(events)).find((q) => q.type === 'order')!
    const teacherOrder = (items: string[], facts: string[]) =>
      written<Of<'order'>>({ id: 'timeline', type: 'order', prompt: 'Order', items, facts })
    expect(
      handWrittenTwin(order, [teacherOrder(['A', 'B', 'C'], ['e2017', 'e1950', 'e1953'])])?.id,
    ).toBe('timeline')
    expect(handWrittenTwin(order, [teacherOrder(['E1950', 'e1953', 'E2017'], ['e1950'])])?.id).toBe(
      'timeline',
    )
    expect(handWrittenTwin(order, [teacherOrder(['A', 'B'], ['e1950', 'e1953'])])).toBeUndefined()

    const people = ['Ada Park', 'Ben Cho'].map((name, i) =>
      fact(`p${i}`, `${name} served.`, { person: { name, role: `Role ${i}` } }),
    )
    const match = generateQuestions(bankOf(people)).find((q) => q.type === 'match')!
    const teacherMatch = (lefts: string[]) =>
      written<Of<'match'>>({
        id: 'who',
        type: 'match',
        prompt: 'Match',
        pairs: lefts.map((left, i) => ({ left, right: `Job ${i}` })),
        facts: ['p0'],
      })
    expect(handWrittenTwin(match, [teacherMatch(['ada park', 'Ben Cho', 'Cleo Diaz'])])?.id).toBe(
      'who',
    )
    expect(handWrittenTwin(match, [teacherMatch(['Ada Park', 'Cleo Diaz'])])).toBeUndefined()
  })

  it('drops the generated repeat and keeps the rest', () => {
    const bank = bankOf([troops, arsenal], [numeric(['troops'], { value: 28000 })])
    const { kept, dropped } = generateWithReport(bank)
    expect(dropped).toEqual([
      {
        id: 'gen-numeric-troops',
        type: 'numeric',
        facts: ['troops'],
        gate: 'duplicate',
        reason: 'repeats the question "num": same type, same fact, same answer',
      },
    ])
    expect(kept.map((q) => q.id).sort()).toEqual(['gen-cloze-arsenal', 'gen-single-troops'])
  })
})

// ---------------------------------------------------------------------------------------------

describe('generateWithReport', () => {
  const facts = [
    fact('nations', 'UN forces came from more than 55 nations.', { number: { value: 55 } }),
    fact('they', 'They met 9 times in all.', { number: { value: 9 } }),
    fact('war', 'The war broke out in 1950.', { number: { value: 1950 } }),
  ]

  it('keeps what generateQuestions gives and reports every other draft once', () => {
    const bank = bankOf(facts)
    const { kept, dropped } = generateWithReport(bank)
    expect(kept).toEqual(generateQuestions(bank))
    expect(kept.map((q) => q.id)).toEqual([
      'gen-numeric-nations',
      'gen-numeric-war',
      'gen-single-war',
    ])
    expect(dropped.map((d) => `${d.id} ${d.gate}`)).toEqual([
      'gen-single-nations bound',
      'gen-numeric-they context',
      'gen-single-they context',
    ])
  })

  it('generates for English banks only (its prompts are English), and tags answers with the language', () => {
    const french = {
      ...bankOf([
        ...facts,
        fact('arsenal', 'Ils gardent leur arsenal nucléaire.', {
          term: { term: 'arsenal nucléaire', meaning: 'les armes nucléaires' },
        }),
      ]),
      language: 'fr',
    }
    expect(generateWithReport(french)).toEqual({ kept: [], dropped: [] })
    const british = generateWithReport({ ...bankOf(facts), language: 'en-GB' })
    expect(british.kept.length).toBeGreaterThan(0)
    expect(british.kept.map((q) => q.language)).toEqual(british.kept.map(() => 'en-GB'))
    expect(contextReference('They met.', 'en-GB')?.words).toBe('They')
    expect(contextReference('They met.', 'fr')).toBeUndefined()
  })

  it('reports nothing for a bank that generates nothing', () => {
    expect(generateWithReport({ ...bankOf(facts), generate: false })).toEqual({
      kept: [],
      dropped: [],
    })
  })
})
