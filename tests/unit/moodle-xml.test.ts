import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { compileBank, formatProblem, type Bank, type Question } from '@/domain/bank'
import { bankFilesOf } from '@/domain/bank/files'
import { readMoodleXmlSource } from '@/domain/bank/moodle-xml'
import type { Answer } from '@/domain/answers'
import { gradeAnswer } from '@/domain/grading'
import { bankAt, compileLocation, findBanks } from '../../scripts/bank-files'

const DIR = 'tests/fixtures/moodle-xml'

const fixture = (name: string, text = readFileSync(`${DIR}/${name}`, 'utf8')) =>
  readMoodleXmlSource(text, `${DIR}/${name}`, name.replace(/\.xml$/, ''))

/** Every problem of reading and compiling a fixture, as editors print them, but "no explanation". */
const lines = (name: string) =>
  compileBank('b', [fixture(name)])
    .problems.filter((p) => !/has no explanation$/.test(p.message))
    .map(formatProblem)

/** The problems found while reading an inline file, as `line:column severity: message`. */
const problemsOf = (text: string) =>
  readMoodleXmlSource(text, 'inline.xml', 'inline').problems.map(
    (p) => `${p.line}:${p.column} ${p.severity}: ${p.message}`,
  )

/** An inline file of questions inside `<quiz>`. */
const quiz = (...questions: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${questions.join('\n')}\n</quiz>\n`

const dataOf = (text: string) =>
  readMoodleXmlSource(text, 'inline.xml', 'inline').data as {
    questions: Record<string, unknown>[]
    topics: Record<string, unknown>[]
    summary?: string
  }

describe('readMoodleXmlSource: a file of every type', () => {
  const source = fixture('good-all-types.xml')
  const data = source.data as {
    title: string
    summary: string
    topics: unknown[]
    questions: Record<string, unknown>[]
  }
  const question = (id: string) => data.questions.find((q) => q.id === id)
  const { bank, problems } = compileBank('rivers', [source])

  it('imports every gradable type and says what it changed or skipped, line by line', () => {
    expect(source.problems.map(formatProblem)).toEqual([
      `${DIR}/good-all-types.xml:45:3: warning: Moodle gives this question (multichoiceset) full marks or none; Factline gives part of the credit for each right option picked`,
      `${DIR}/good-all-types.xml:70:5: warning: feedback on wrong answers is dropped: Factline shows the explanation after any answer`,
      `${DIR}/good-all-types.xml:119:52: warning: blank 1: partial-credit answers are dropped (a blank accepts only fully right ones): "Oxford" (50%)`,
      `${DIR}/good-all-types.xml:136:3: warning: essay questions can't be graded automatically; skipped`,
      `${DIR}/good-all-types.xml:140:3: warning: the question is hidden in Moodle; skipped`,
    ])
    expect(problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(bank?.questions.map((q) => q.type)).toEqual([
      'single',
      'multiple',
      'multiple',
      'multiple',
      'truefalse',
      'short',
      'short',
      'short',
      'numeric',
      'match',
      'order',
      'order',
      'cloze',
      'cloze',
      'cloze',
    ])
  })

  it('makes topics of categories and introductions of descriptions', () => {
    expect(data).toMatchObject({
      title: 'Good all types',
      language: 'en',
      generate: false,
      summary: 'Questions about rivers and lakes.',
    })
    expect(data.topics).toEqual([
      { id: 'rivers', title: 'Rivers', summary: 'Where rivers start and end.', order: 1 },
      {
        id: 'rivers-lakes-seas',
        title: 'Lakes & seas',
        summary: 'Lakes hold still water.',
        order: 2,
      },
    ])
  })

  it('reads multiple choice with its fractions: weights only where Moodle grades otherwise than Factline', () => {
    expect(question('longest-river')).toEqual({
      id: 'longest-river',
      topic: 'rivers',
      prompt: 'Which river is the longest in Europe?',
      format: 'plain',
      explanation: 'The Volga runs for about 3,500 km.',
      tags: ['geography'],
      difficulty: 1,
      type: 'single',
      options: ['Volga', 'Danube', 'Thames'],
      answer: 'Volga',
      weights: { Volga: 100, Danube: 50 },
      feedback: { Volga: 'Right: it flows into the Caspian Sea.' },
    })
    expect(question('danube-countries')).toMatchObject({
      type: 'multiple',
      answers: ['Austria', 'Hungary'],
    })
    expect(question('danube-countries')).not.toHaveProperty('weights')
    expect(question('rhine-cities')).toMatchObject({
      type: 'multiple',
      answers: ['Basel', 'Cologne'],
      weights: { Basel: 50, Cologne: 50 },
    })
    expect(question('rivers-into-the-north-sea')).toMatchObject({
      type: 'multiple',
      options: ['Elbe', 'Thames', 'Po'],
      answers: ['Elbe', 'Thames'],
    })
  })

  it('reads true/false, short answers (case, wildcards, a star) and numbers (tolerance, unit, partial credit)', () => {
    expect(question('nile-north')).toMatchObject({
      type: 'truefalse',
      answer: true,
      feedback: { true: 'Yes, into the Mediterranean.', false: 'Look at a map: it ends in Egypt.' },
    })
    expect(question('deepest-lake')).toMatchObject({
      type: 'short',
      answers: ['Baikal', 'Lake Baikal'],
      case: true,
      explanation: 'It is more than 1,600 m deep.',
    })
    expect(question('great-lakes')).toMatchObject({
      answers: ['Lake *', 'Superior'],
      wildcards: true,
    })
    expect(question('star')).toMatchObject({ answers: ['2*x'] })
    expect(question('star')).not.toHaveProperty('wildcards')
    expect(question('lake-baikal-depth')).toMatchObject({
      type: 'numeric',
      value: 1642,
      tolerance: 10,
      unit: 'm',
      partial: [{ value: 1600, tolerance: 50, credit: 0.5 }],
    })
  })

  it('reads matching with a distractor, and both kinds of ordering', () => {
    expect(question('river-mouths')).toMatchObject({
      type: 'match',
      pairs: [
        { left: 'Volga', right: 'Caspian Sea' },
        { left: 'Danube', right: 'Black Sea' },
        { left: 'Rhine', right: 'North Sea' },
      ],
      distractors: ['Red Sea'],
    })
    expect(question('danube-order')).toMatchObject({ items: ['Ulm', 'Vienna', 'Budapest'] })
    expect(question('lake-sizes')).toMatchObject({ items: ['Caspian Sea', 'Victoria', 'Geneva'] })
  })

  it('makes cloze questions of embedded answers and of select or drag gaps', () => {
    expect(question('river-facts')).toMatchObject({
      type: 'cloze',
      prompt: 'Fill in the gaps about rivers.',
      text: 'The Thames flows through {{London}}. The Rhine rises in {{Switzerland|~Austria|~Italy}}. The Volga is about {{#3530:30}} km long.',
    })
    expect(question('lake-words')).toMatchObject({
      prompt: 'Fill in the blanks.',
      text: 'Lake {{Titicaca|~Tahoe}} is in {{South America|~Africa}}.',
    })
    expect(question('sea-words')).toMatchObject({
      text: 'The Dead Sea is {{saltier|~colder}} than the ocean.',
    })
  })

  it('locates questions, their parts and topics at their elements', () => {
    const index = (id: string) => data.questions.findIndex((q) => q.id === id)
    const river = index('longest-river')
    expect(source.locate(['questions', river])).toEqual({ line: 13, column: 3 })
    expect(source.locate(['questions', river, 'id'])).toEqual({ line: 14, column: 5 })
    expect(source.locate(['questions', river, 'options', 1])).toEqual({ line: 23, column: 5 })
    expect(source.locate(['questions', river, 'answer'])).toEqual({ line: 19, column: 5 })
    expect(source.locate(['questions', river, 'weights'])).toEqual({ line: 13, column: 3 })
    expect(source.locateKey(['questions', river], 'prompt')).toEqual({ line: 15, column: 48 })
    expect(source.locate(['topics', 1])).toEqual({ line: 58, column: 3 })
    const facts = index('river-facts')
    // The cloze text: its blanks at the Moodle codes they come from.
    expect(source.locateInText(['questions', facts, 'text'], 0)).toEqual({ line: 119, column: 4 })
    const text = data.questions[facts]!.text as string
    expect(
      source.locateInText(['questions', facts, 'text'], text.indexOf('{{Switzerland')),
    ).toEqual({
      line: 119,
      column: 84,
    })
    expect(source.locateInText(['questions', facts, 'text'], text.indexOf('. The Rhine'))).toEqual({
      line: 119,
      column: 63,
    })
  })

  it('reads a file with Windows line ends the same', () => {
    const crlf = readFileSync(`${DIR}/good-all-types.xml`, 'utf8').replace(/\n/g, '\r\n')
    const windows = fixture('good-all-types.xml', crlf)
    expect(windows.data).toEqual(source.data)
    expect(windows.problems).toEqual(source.problems)
    for (let i = 0; i < data.questions.length; i++)
      expect(windows.locate(['questions', i, 'prompt'])).toEqual(
        source.locate(['questions', i, 'prompt']),
      )
  })
})

describe('readMoodleXmlSource: what imported questions accept', () => {
  const { bank } = compileBank('rivers', [fixture('good-all-types.xml')])
  const byId = (id: string) => bank!.questions.find((q) => q.id === id) as Question
  const credit = (id: string, answer: Answer) => gradeAnswer(byId(id), answer).credit
  const typed = (id: string, text: string) =>
    credit(id, { type: byId(id).type === 'numeric' ? 'numeric' : 'short', text } as Answer)
  const blanks = (id: string, ...given: string[]) => credit(id, { type: 'cloze', blanks: given })

  it('grades right answers right and wrong ones wrong, as Moodle would', () => {
    expect(credit('longest-river', { type: 'single', choice: 'Volga' })).toBe(1)
    expect(credit('longest-river', { type: 'single', choice: 'Danube' })).toBe(0.5)
    expect(credit('longest-river', { type: 'single', choice: 'Thames' })).toBe(0)
    expect(credit('danube-countries', { type: 'multiple', choices: ['Austria', 'Hungary'] })).toBe(
      1,
    )
    expect(credit('danube-countries', { type: 'multiple', choices: ['Austria', 'France'] })).toBe(0)
    expect(credit('rhine-cities', { type: 'multiple', choices: ['Basel', 'Vienna'] })).toBe(0.5)
    expect(typed('deepest-lake', 'Baikal')).toBe(1)
    expect(typed('deepest-lake', 'baikal')).toBe(0)
    expect(typed('great-lakes', 'Lake Erie')).toBe(1)
    expect(typed('great-lakes', 'Erie')).toBe(0)
    expect(typed('star', '2*x')).toBe(1)
    expect(typed('star', '3*x')).toBe(0)
    expect(typed('lake-baikal-depth', '1650 m')).toBe(1)
    expect(typed('lake-baikal-depth', '1560')).toBe(0.5)
    expect(typed('lake-baikal-depth', '1400')).toBe(0)
    expect(blanks('river-facts', 'London', 'Switzerland', '3510')).toBe(1)
    expect(blanks('river-facts', 'Oxford', 'Austria', '3000')).toBe(0)
    expect(blanks('lake-words', 'Titicaca', 'South America')).toBe(1)
    expect(blanks('lake-words', 'Tahoe', 'Africa')).toBe(0)
    const order = (id: string, items: string[]) => credit(id, { type: 'order', items })
    expect(order('danube-order', ['Ulm', 'Vienna', 'Budapest'])).toBe(1)
    expect(order('danube-order', ['Budapest', 'Vienna', 'Ulm'])).toBe(0)
  })
})

describe('readMoodleXmlSource: problems at their line and column', () => {
  it('reports malformed XML where it is, naming the open element', () => {
    expect(lines('bad-syntax.xml')).toEqual([
      `${DIR}/bad-syntax.xml:7:5: error: </generalfeedback> does not close <questiontext> (opened at line 5, column 5): write </questiontext> here, or add the missing <generalfeedback>`,
    ])
    expect(fixture('bad-syntax.xml').data).toBeUndefined()
  })

  it('asks for <quiz> around questions written side by side', () => {
    expect(lines('bad-two-roots.xml')).toEqual([
      `${DIR}/bad-two-roots.xml:7:1: error: a second top-level element <question> (the first, <question>, is at line 1, column 1): an XML file has one root element; put all the questions inside one <quiz> … </quiz>`,
    ])
  })

  it('skips unknown and ungradable types, and ignores what is not a question', () => {
    expect(lines('bad-unknown-type.xml')).toEqual([
      `${DIR}/bad-unknown-type.xml:3:3: warning: unknown question type "multichioce"; skipped`,
      `${DIR}/bad-unknown-type.xml:9:3: warning: a <question> without a type; skipped`,
      `${DIR}/bad-unknown-type.xml:13:3: warning: calculated questions can't be graded in Factline; skipped`,
      `${DIR}/bad-unknown-type.xml:17:3: warning: <comment> is not a question; ignored`,
    ])
  })

  it('skips questions without a right answer or without words', () => {
    expect(lines('bad-no-right-answer.xml')).toEqual([
      `${DIR}/bad-no-right-answer.xml:1:1: error: a bank needs at least one topic (topics: with id and title)`,
      `${DIR}/bad-no-right-answer.xml:1:1: error: the bank has no questions: add some under questions:`,
      `${DIR}/bad-no-right-answer.xml:3:3: warning: the multiple-choice question has no right answer (no answer has a fraction above 0); skipped`,
      `${DIR}/bad-no-right-answer.xml:10:3: warning: the single-choice question has no answer worth 100%; skipped`,
      `${DIR}/bad-no-right-answer.xml:17:3: warning: the short-answer question has no answer worth 100%; skipped`,
      `${DIR}/bad-no-right-answer.xml:20:5: warning: partial-credit short answers are dropped (Factline accepts only fully right ones): "red one" (50%)`,
      `${DIR}/bad-no-right-answer.xml:22:3: warning: the true/false question has no answer worth 100%; skipped`,
      `${DIR}/bad-no-right-answer.xml:28:3: warning: the numerical question has no answer worth 100%; skipped`,
      `${DIR}/bad-no-right-answer.xml:33:3: warning: the question has no text; skipped`,
    ])
  })

  it('refuses fractions that do not add up, and tells those Moodle does not offer at their value', () => {
    expect(lines('bad-fractions.xml')).toEqual([
      `${DIR}/bad-fractions.xml:3:3: error: the positive fractions add up to 90%, not 100%: the right answers of a multiple-answer question share 100%`,
      `${DIR}/bad-fractions.xml:16:23: warning: 33% is not one of Moodle's grades (100, 50, 33.33333, 25, 20, 10…); kept as 33%`,
      `${DIR}/bad-fractions.xml:17:23: warning: 33% is not one of Moodle's grades (100, 50, 33.33333, 25, 20, 10…); kept as 33%`,
      `${DIR}/bad-fractions.xml:18:23: warning: 34% is not one of Moodle's grades (100, 50, 33.33333, 25, 20, 10…); kept as 34%`,
      `${DIR}/bad-fractions.xml:19:23: warning: the fraction "many" is not a number; read as 0%`,
    ])
    const data = fixture('bad-fractions.xml').data as { questions: Record<string, unknown>[] }
    expect(data.questions).toHaveLength(1)
    expect(data.questions[0]).toMatchObject({
      id: 'odd-grades',
      answers: ['Mercury', 'Venus', 'Earth'],
      weights: { Mercury: 33, Venus: 33, Earth: 34 },
    })
  })

  it('tells each Cloze code it cannot import at its column', () => {
    expect(lines('bad-cloze.xml')).toEqual([
      `${DIR}/bad-cloze.xml:3:3: warning: the Cloze question has no blanks (written like {1:SHORTANSWER:=answer}); skipped`,
      `${DIR}/bad-cloze.xml:7:3: warning: the Cloze question has no blanks (written like {1:SHORTANSWER:=answer}); skipped`,
      `${DIR}/bad-cloze.xml:9:59: warning: the Cloze code {…:MULTICHOICE…} has no answers: write it as {1:MULTICHOICE:=right answer~wrong answer}; it stays text`,
      `${DIR}/bad-cloze.xml:13:54: warning: blank 1 (MULTIRESPONSE) lets learners tick several answers, which a Factline blank can't; skipped`,
      `${DIR}/bad-cloze.xml:17:58: warning: blank 1 offers only one choice: a drop-down needs a right one and a wrong one; skipped`,
      `${DIR}/bad-cloze.xml:21:65: warning: blank 1 has no answer worth 100%; skipped`,
      `${DIR}/bad-cloze.xml:25:57: warning: blank 1: "thirty:2" is not a number (write =42 or =42:0.5, a value and its tolerance); skipped`,
      `${DIR}/bad-cloze.xml:27:3: warning: the Cloze question has no blanks (written like {1:SHORTANSWER:=answer}); skipped`,
      `${DIR}/bad-cloze.xml:29:72: warning: this Cloze code is never closed with }`,
      `${DIR}/bad-cloze.xml:33:41: warning: "FOO" is not a Cloze type Moodle knows (such as SHORTANSWER, MULTICHOICE or NUMERICAL); the code stays text`,
      `${DIR}/bad-cloze.xml:33:76: warning: this blank counts 2 times in Moodle ({2:…}), others 1; in Factline every blank counts the same`,
      `${DIR}/bad-cloze.xml:33:112: warning: feedback on a blank's answers is dropped: Factline shows the question's explanation`,
      `${DIR}/bad-cloze.xml:33:112: warning: blank 2 is case-sensitive in Moodle (SAC); Factline's blanks accept any case`,
      `${DIR}/bad-cloze.xml:33:171: warning: blank 3: answers with the wildcard * can't be used in a blank (only in a short-answer question), dropped: "Arm*"`,
    ])
    const data = fixture('bad-cloze.xml').data as { questions: Record<string, unknown>[] }
    expect(data.questions).toEqual([
      expect.objectContaining({
        id: 'imported-with-warnings',
        text: 'A {1:FOO:=bar} day on the Moon lasts {{#29.5:0.5}} Earth days; {{Apollo 11}} landed first; its crew: {{Armstrong}}.',
      }),
    ])
  })

  it('refuses a gap naming a choice the question does not have, and writes in a gap of one choice', () => {
    expect(lines('bad-gap.xml')).toEqual([
      `${DIR}/bad-gap.xml:5:67: error: [[4]] names choice 4, but the question has 3 choices`,
      `${DIR}/bad-gap.xml:12:66: warning: gap 2 offers only one choice ("Milky Way"), so it asks nothing: the word is written into the text`,
      `${DIR}/bad-gap.xml:18:3: warning: the question has no gaps (written [[1]], [[2]]… in its text); skipped`,
    ])
    const data = fixture('bad-gap.xml').data as { questions: Record<string, unknown>[] }
    expect(data.questions).toEqual([
      expect.objectContaining({ text: 'The {{Sun|~Moon}} is a star in the Milky Way galaxy.' }),
    ])
  })

  it('warns about two questions of the same name, naming both lines, and about an option written twice', () => {
    expect(lines('duplicate-names.xml')).toEqual([
      `${DIR}/duplicate-names.xml:10:3: warning: two questions are named "Comets" (lines 3 and 10): this one is known as "comets-2"; give each a name of its own, so that links, appeals and reports tell them apart`,
      `${DIR}/duplicate-names.xml:16:5: warning: the option "Fire" is written twice (lines 15 and 16): kept once, worth 0%`,
    ])
    const { bank } = compileBank('b', [fixture('duplicate-names.xml')])
    expect(bank?.questions.map((q) => q.id)).toEqual(['comets', 'comets-2'])
    expect(bank?.questions[1]).toMatchObject({ options: ['Gas and dust', 'Fire'] })
  })

  it('says an empty file is empty, and what a root other than <quiz> should be', () => {
    expect(problemsOf('')).toEqual([
      '1:1 error: the file is empty: a Moodle XML bank is <quiz> with questions inside',
    ])
    expect(problemsOf('<?xml version="1.0"?>\n<questions>\n</questions>\n')).toEqual([
      '2:1 error: a Moodle XML file has <quiz> around its questions, not <questions>',
    ])
  })

  it('warns when the declared encoding is not the one the file is read in', () => {
    const latin = '<?xml version="1.0" encoding="ISO-8859-1"?>\n<quiz>\n<!-- café -->\n</quiz>\n'
    expect(problemsOf(latin)).toEqual([
      '1:1 warning: the file says it is ISO-8859-1, but it reads as UTF-8 and is read so; if letters look wrong, save it as UTF-8',
    ])
    expect(problemsOf(latin.replace('café', 'cafe'))).toEqual([])
  })
})

describe('readMoodleXmlSource: Moodle details', () => {
  const tf = (name: string, extra = '') =>
    `<question type="truefalse"><name><text>${name}</text></name><questiontext format="html"><text>${name}?</text></questiontext>${extra}<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>`

  it('reads a lone <question> as a file of one question', () => {
    expect(dataOf(tf('Alone')).questions).toEqual([
      expect.objectContaining({ id: 'alone', type: 'truefalse', answer: true }),
    ])
  })

  it('starts category paths below the course, uses a valid idnumber as the id, and keeps only topics with questions', () => {
    const data = dataOf(
      quiz(
        '<question type="category"><category><text>$course$/top</text></category></question>',
        tf('At the top'),
        '<question type="category"><category><text>$cat1$/top/Unit 1/A//B</text></category><idnumber>not an id!</idnumber></question>',
        tf('In A/B'),
        '<question type="category"><category><text>Empty</text></category></question>',
        '<question type="category"><category><text>Unit 2</text></category><idnumber>unit-two</idnumber></question>',
        tf('In unit 2'),
      ),
    )
    expect(data.topics).toEqual([
      { id: 'general', title: 'General', order: 1 },
      { id: 'unit-1-a-b', title: 'A/B', order: 2 },
      { id: 'unit-two', title: 'Unit 2', order: 3 },
    ])
    expect(data.questions.map((q) => q.topic)).toEqual(['general', 'unit-1-a-b', 'unit-two'])
  })

  it("reads Factline's own tags back: difficulty, typos, ranges, groups, and drops the source citation", () => {
    const tags = (...names: string[]) =>
      `<tags>${names.map((n) => `<tag><text>${n}</text></tag>`).join('')}</tags>`
    const data = dataOf(
      quiz(
        `<question type="numerical"><name><text>n</text></name><questiontext format="markdown"><text>How *many*?</text></questiontext><generalfeedback format="markdown"><text>Because.\n\nSource: paragraph 2 of *The News*, Press, 2020-01-01</text></generalfeedback><answer fraction="100"><text>1.5</text><tolerance>0.5</tolerance></answer><answer fraction="50"><text>3</text><tolerance>0</tolerance></answer>${tags('factline:difficulty=3', 'factline:range=1', 'factline:source', 'history')}</question>`,
        `<question type="cloze"><name><text>c</text></name><questiontext format="html"><text>{1:SA:=a}, {1:SA:=b} and {1:NUMERICAL:=0.2:0.1}</text></questiontext>${tags('factline:group=pair:1+2', 'factline:range=3', 'factline:typos')}</question>`,
      ),
    )
    expect(data.questions[0]).toEqual({
      id: 'n',
      topic: 'general',
      prompt: 'How *many*?',
      format: 'markdown',
      explanation: 'Because.',
      tags: ['history'],
      difficulty: 3,
      type: 'numeric',
      range: [1, 2],
      partial: [{ value: 3, credit: 0.5 }],
    })
    expect(data.questions[1]).toMatchObject({
      text: '{{@pair a}}, {{@pair b}} and {{#0.1..0.3}}',
      typos: true,
    })
  })

  it('takes the first of two answers without true/false as true, as Moodle does', () => {
    const text = quiz(
      '<question type="truefalse"><name><text>t</text></name><questiontext><text>Yes?</text></questiontext>',
      '<answer fraction="0"><p>true</p></answer>',
      '<answer fraction="100"><p>false</p></answer></question>',
    )
    expect(problemsOf(text)).toEqual([
      '4:1 warning: the answers are not marked true and false (<text>true</text>); as Moodle does, the first is taken as true',
    ])
    expect(dataOf(text).questions[0]).toMatchObject({ answer: false })
  })

  it('keeps HTML where it has markup, as plain words where only editor wrappers were', () => {
    const data = dataOf(
      quiz(
        `<question type="multichoice"><name><text>h</text></name><questiontext format="html"><text><![CDATA[<p dir="ltr" style="text-align: left;">Pick <b>one</b>&nbsp;</p>]]></text></questiontext><answer fraction="100"><text><![CDATA[<p>a &amp; b<br></p>]]></text></answer><answer fraction="0"><text>x &lt; y</text></answer></question>`,
        `<question type="multichoice"><name><text>p</text></name><questiontext format="html"><text><![CDATA[<p>Pick   <span>one</span>.</p>]]></text></questiontext><answer fraction="100"><text><![CDATA[<p>a &amp; b</p>]]></text></answer><answer fraction="0"><text>c</text></answer></question>`,
      ),
    )
    expect(data.questions[0]).toMatchObject({
      format: 'html',
      prompt: 'Pick <b>one</b>',
      options: ['a &amp; b', 'x &lt; y'],
      answer: 'a &amp; b',
    })
    expect(data.questions[1]).toMatchObject({
      format: 'html',
      prompt: 'Pick   <span>one</span>.',
      options: ['a &amp; b', 'c'],
    })
  })

  it('reads ordering options it cannot keep, and a second question text, with a warning each', () => {
    const text = quiz(
      '<question type="ordering"><name><text>o</text></name>',
      '<questiontext><text>Order them.</text></questiontext>',
      '<questiontext><text>Again.</text></questiontext>',
      '<selecttype>RANDOM</selecttype><selectcount>2</selectcount>',
      '<gradingtype>4</gradingtype>',
      '<answer fraction="2"><text>b</text></answer><answer fraction="1"><text>a</text></answer><answer fraction="3"><text>c</text></answer>',
      '</question>',
    )
    expect(problemsOf(text)).toEqual([
      '5:1 warning: a second <questiontext>: the first is kept',
      "7:1 warning: Moodle grades this ordering by RELATIVE_ALL_PREVIOUS_AND_NEXT; Factline gives credit for each neighbouring pair in the right order (Moodle's RELATIVE_NEXT_EXCLUDE_LAST)",
      '6:1 warning: Moodle shows learners 2 of the 3 items (RANDOM); Factline shows them all',
    ])
    expect(dataOf(text).questions[0]).toMatchObject({
      prompt: 'Order them.',
      items: ['a', 'b', 'c'],
    })
  })

  it('drops units other than the base one, and warns when options can no longer keep their place', () => {
    const text = quiz(
      '<question type="numerical"><name><text>u</text></name><questiontext><text>How long?</text></questiontext>',
      '<answer fraction="100"><text>2</text></answer>',
      '<units><unit><multiplier>1</multiplier><unit_name>m</unit_name></unit>',
      '<unit><multiplier>100</multiplier><unit_name>cm</unit_name></unit></units></question>',
      '<question type="multichoice"><name><text>s</text></name><questiontext><text>Which?</text></questiontext><shuffleanswers>0</shuffleanswers>',
      '<answer fraction="100"><text>Paris</text></answer>',
      '<answer fraction="0"><text>None of the above</text></answer></question>',
    )
    expect(problemsOf(text)).toEqual([
      '6:1 warning: the unit "cm" (× 100) is dropped: Factline accepts one unit, the one with multiplier 1',
      '9:1 warning: Factline always shuffles the options: "None of the above" may no longer make sense',
    ])
    expect(dataOf(text).questions[0]).toMatchObject({ value: 2, unit: 'm' })
  })
})

describe('readMoodleXmlSource: pictures', () => {
  const source = fixture('images.xml')
  const data = source.data as { questions: Record<string, unknown>[] }

  it('puts the pictures a text carries into it, checked by their first bytes', () => {
    const [flags, shapes, old] = data.questions
    expect(flags).toMatchObject({
      format: 'html',
      prompt: expect.stringMatching(
        /^Which colour is this dot\? <img src="data:image\/png;base64,iVBORw0KGgo[^"]+" alt="A small dot" width="20" height="20">$/,
      ),
      explanation: 'It is green. <img src="data:image/webp;base64,UklGRgQAAABXRUJQ" alt="Tick">',
      options: [
        expect.stringMatching(
          /^Green <img src="data:image\/gif;base64,R0lGOD[^"]+" alt="green swatch">$/,
        ),
        expect.stringMatching(
          /^Red <img src="data:image\/jpeg;base64,\/9j\/[^"]+" alt="red swatch">$/,
        ),
      ],
    })
    expect(shapes).toMatchObject({ format: 'plain', prompt: 'A square has four sides. Listen' })
    expect(old).toMatchObject({
      format: 'html',
      prompt: expect.stringMatching(
        /^Name the colour of the dot\.<br><img src="data:image\/png;base64,[^"]+" alt="">$/,
      ),
    })
  })

  it('drops what it cannot show, each at its tag', () => {
    expect(source.problems.map(formatProblem)).toEqual([
      `${DIR}/images.xml:28:50: warning: the picture "square.svg" is not a png, jpeg, gif or webp picture, the only kinds Factline shows; dropped`,
      `${DIR}/images.xml:28:103: warning: the picture "circle.png" is not in the file (no <file name="circle.png"> beside this text); dropped`,
      `${DIR}/images.xml:28:156: warning: the picture https://example.org/square.png is not carried in the file, and Factline's pages show no pictures from other sites; dropped (add it to the question in Moodle and export again)`,
      `${DIR}/images.xml:28:214: warning: the file "square.mp3" can't be shown in Factline (only png, jpeg, gif and webp pictures can); its <a> is dropped`,
      `${DIR}/images.xml:44:5: warning: pictures in a description are left out: a topic's introduction is words only`,
    ])
  })

  it('warns about a picture every learner would wait for', () => {
    const big = `iVBORw0KGgo${'A'.repeat(700_000)}`
    const text = quiz(
      `<question type="truefalse"><name><text>b</text></name><questiontext format="html"><text><![CDATA[Big: <img src="@@PLUGINFILE@@/big.png" alt="">]]></text><file name="big.png">${big}</file></questiontext><answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>`,
    )
    expect(problemsOf(text)).toEqual([
      '3:103 warning: the picture "big.png" is 513 KB: every learner downloads it with the bank; make it smaller (under 500 KB)',
    ])
  })
})

describe('Moodle XML banks in the questions folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'factline-moodle-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('finds a .xml file as a bank and compiles it as the build does', () => {
    writeFileSync(join(dir, 'rivers.xml'), readFileSync(`${DIR}/good-all-types.xml`))
    writeFileSync(join(dir, 'notes.md'), 'not a bank')
    const banks = findBanks(dir)
    expect(banks.map((b) => [b.id, b.kind])).toEqual([['rivers', 'moodle-xml']])
    const { bank, problems } = compileLocation(banks[0]!, dir)
    expect(problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(bank).toMatchObject({ id: 'rivers', title: 'Rivers' } satisfies Partial<Bank>)
    expect(problems[0]?.file).toBe('rivers.xml')
  })

  it('names a single file by its path, and publishes where each question starts for the studio', () => {
    const location = bankAt(`${DIR}/duplicate-names.xml`)
    expect(location.kind).toBe('moodle-xml')
    const bank = compileLocation(location, process.cwd()).bank!
    const text = readFileSync(`${DIR}/duplicate-names.xml`, 'utf8')
    const files = bankFilesOf(bank, 'moodle-xml', [{ name: 'duplicate-names.xml', text }])
    expect(files.questions).toEqual({
      comets: { file: 0, line: 3 },
      'comets-2': { file: 0, line: 10 },
    })
  })
})
