import { SaxesParser } from 'saxes'
import { describe, expect, it } from 'vitest'
import type { Bank } from '@/domain/bank'
import {
  cdataXml,
  el,
  escapeXmlAttribute,
  escapeXmlText,
  exportMoodleXml,
  serializeXml,
} from '@/domain/bank/moodle-xml-export'
import { bankAt, compileLocation } from '../../scripts/bank-files'

/** An element as a real XML parser reads it: text and CDATA joined, whitespace kept. */
interface Node {
  name: string
  attributes: Record<string, string>
  children: Node[]
  text: string
}

function parseXml(xml: string): Node {
  const parser = new SaxesParser()
  const top: Node = { name: '', attributes: {}, children: [], text: '' }
  const stack = [top]
  const current = () => stack[stack.length - 1] as Node
  parser.on('error', (error) => {
    throw error
  })
  parser.on('opentag', (tag) => {
    const node = {
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      children: [],
      text: '',
    }
    current().children.push(node)
    stack.push(node)
  })
  parser.on('text', (text) => (current().text += text))
  parser.on('cdata', (text) => (current().text += text))
  parser.on('closetag', () => stack.pop())
  parser.write(xml).close()
  expect(top.children).toHaveLength(1)
  return top.children[0] as Node
}

const all = (node: Node, name: string) => node.children.filter((c) => c.name === name)
function one(node: Node, ...path: string[]): Node {
  let here = node
  for (const name of path) {
    const found = all(here, name)
    expect(found, `<${here.name}> has one <${name}>`).toHaveLength(1)
    here = found[0] as Node
  }
  return here
}
/** The text of `<path><text>`, as Moodle reads it. */
const textOf = (node: Node, ...path: string[]) => one(node, ...path, 'text').text
/** The category of a topic, by its id. */
const topicNamed = (questions: Node[], id: string) =>
  questions.find((q) => q.attributes.type === 'category' && one(q, 'idnumber').text === id)!
const tagsOf = (question: Node) =>
  all(question, 'tags').flatMap((tags) => all(tags, 'tag').map((t) => textOf(t)))

const compiled = (path: string): Bank => {
  const { bank, problems } = compileLocation(bankAt(path), process.cwd())
  expect(problems.filter((p) => p.severity === 'error')).toEqual([])
  return bank!
}

/** The exported file, parsed, with its questions by name and its categories in order. */
function exported(bank: Bank) {
  const { xml, warnings } = exportMoodleXml(bank)
  const quiz = parseXml(xml)
  const questions = all(quiz, 'question')
  const byName = new Map(
    questions
      .filter((q) => !['category', 'description'].includes(q.attributes.type ?? ''))
      .map((q) => [textOf(q, 'name'), q]),
  )
  const question = (id: string) => {
    const found = byName.get(id)
    expect(found, id).toBeDefined()
    return found as Node
  }
  return { xml, warnings, quiz, questions, question }
}

describe('the XML writer', () => {
  it('escapes text, attributes and CDATA so that a parser reads back every character', () => {
    const nasty = [
      'a & b < c > d',
      'ends with ]]> and ]]]]>',
      ']]>',
      'quotes " and \' and tabs\tand\nlines',
      'carriage\r\nreturns',
      '&amp; is already an entity',
      '𝄞 astral and é accents',
    ]
    const root = el(
      'root',
      {},
      ...nasty.map((text) =>
        el('item', { value: text }, el('plain', {}, text), el('rich', {}, { cdata: text })),
      ),
    )
    const parsed = parseXml(serializeXml(root))
    expect(all(parsed, 'item').map((item) => item.attributes.value)).toEqual(nasty)
    expect(all(parsed, 'item').map((item) => one(item, 'plain').text)).toEqual(nasty)
    expect(all(parsed, 'item').map((item) => one(item, 'rich').text)).toEqual(nasty)
  })

  it('writes the escapes Moodle expects', () => {
    expect(escapeXmlText('a<b & c>d')).toBe('a&lt;b &amp; c&gt;d')
    expect(escapeXmlAttribute('say "hi"\tthen\nstop')).toBe('say &quot;hi&quot;&#9;then&#10;stop')
    expect(cdataXml('x]]>y')).toBe('<![CDATA[x]]]]><![CDATA[>y]]>')
    // A carriage return does not survive CDATA: the text is escaped instead.
    expect(cdataXml('a\r\nb<')).toBe('a&#13;\nb&lt;')
  })

  it('indents elements, keeps text inline, and writes a comment without "--"', () => {
    const root = el('quiz', {}, { comment: ' a -- b -' }, el('question', { type: 'x' }, el('text')))
    expect(serializeXml(root)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<quiz>',
        '  <!-- a - - b - -->',
        '  <question type="x">',
        '    <text></text>',
        '  </question>',
        '</quiz>',
        '',
      ].join('\n'),
    )
  })

  it('refuses what would not be well-formed XML', () => {
    expect(() => escapeXmlText('bell \x07')).toThrow("U+0007 can't be written in XML")
    expect(() => cdataXml('lone \ud800 surrogate')).toThrow("U+D800 can't be written in XML")
    expect(() => el('two words')).toThrow('"two words" is not an element name')
    expect(() => el('a', { 'x y': '1' })).toThrow('"x y" is not an attribute name')
    expect(() => serializeXml(el('a', {}, 'text', el('b')))).toThrow(
      '<a> holds both text and elements',
    )
  })
})

describe('exportMoodleXml on korea-2018', () => {
  const bank = compiled('questions/korea-2018')
  const { quiz, questions, question, warnings } = exported(bank)

  it('is well-formed and holds the summary, every topic and every question', () => {
    expect(quiz.name).toBe('quiz')
    const types = questions.map((q) => q.attributes.type)
    expect(types[0]).toBe('description')
    expect(types.filter((t) => t === 'category')).toHaveLength(bank.topics.length)
    const moodleType = {
      single: 'multichoice',
      multiple: 'multichoice',
      truefalse: 'truefalse',
      numeric: 'numerical',
      short: 'shortanswer',
      cloze: 'multianswer',
      order: 'ordering',
      match: 'matching',
    }
    expect(types.filter((t) => t !== 'category' && t !== 'description')).toEqual(
      bank.topics.flatMap((t) =>
        bank.questions.filter((q) => q.topic === t.id).map((q) => moodleType[q.type]),
      ),
    )
    for (const q of bank.questions) {
      expect(one(question(q.id), 'idnumber').text).toBe(q.id)
      expect(one(question(q.id), 'questiontext').attributes.format).toBe('markdown')
    }
  })

  it('writes each topic as a category with its summary and id', () => {
    const categories = questions.filter((q) => q.attributes.type === 'category')
    expect(categories.map((c) => textOf(c, 'category'))).toEqual(
      bank.topics.map((t) => `$course$/top/${t.title}`),
    )
    expect(categories.map((c) => textOf(c, 'info'))).toEqual(bank.topics.map((t) => t.summary))
    expect(categories.map((c) => one(c, 'idnumber').text)).toEqual(bank.topics.map((t) => t.id))
  })

  it('writes a single-choice question with its fractions, tags and cited source', () => {
    const q = question('war-start-year')
    expect(q.attributes.type).toBe('multichoice')
    expect(one(q, 'single').text).toBe('true')
    expect(
      all(q, 'answer').map((a) => [a.attributes.fraction, a.attributes.format, textOf(a)]),
    ).toEqual([
      ['0', 'markdown', '1945'],
      ['100', 'markdown', '1950'],
      ['0', 'markdown', '1953'],
      ['0', 'markdown', '1960'],
    ])
    expect(tagsOf(q)).toEqual(['dates', 'factline:difficulty=1', 'factline:source'])
    expect(textOf(q, 'generalfeedback')).toBe(
      'The war broke out in 1950; 1953 is the year the armistice stopped the fighting.\n\n' +
        'Source: paragraph 2 of [*Kim Jong Un liked his Trump summit so much, he’s calling for another one*](<https://qz.com/1397757/north-korea-wants-a-second-trump-kim-summit-soon>), Quartz, 2018-09-20',
    )
  })

  it('writes a range as its midpoint and half its width, tagged, with the unit', () => {
    const q = question('num-us-troops')
    expect(q.attributes.type).toBe('numerical')
    const [answer] = all(q, 'answer')
    expect(answer?.attributes.fraction).toBe('100')
    expect(textOf(answer!)).toBe('28000')
    expect(one(answer!, 'tolerance').text).toBe('2000')
    expect(one(q, 'units', 'unit', 'unit_name').text).toBe('troops')
    expect(one(q, 'units', 'unit', 'multiplier').text).toBe('1')
    expect(one(q, 'unitgradingtype').text).toBe('0')
    expect(one(q, 'showunits').text).toBe('0')
    expect(tagsOf(q)).toEqual(['numbers', 'factline:source', 'factline:range=1'])
  })

  it('writes a cloze as multianswer, its group in a tag, and says Moodle grades by place', () => {
    const q = question('cloze-lenders')
    expect(q.attributes.type).toBe('multianswer')
    expect(textOf(q, 'questiontext')).toBe(
      'Fill in the blanks.\n\nVictor Cha argued that the {1:SHORTANSWER:=United States~=US~=USA~=United States of America~=America} is the biggest obstacle to North Korea getting money from the {1:SHORTANSWER:=IMF~=International Monetary Fund}, the {1:SHORTANSWER:=World Bank} and the {1:SHORTANSWER:=Asian Development Bank~=ADB}.',
    )
    expect(one(q, 'defaultgrade').text).toBe('4')
    expect(tagsOf(q)).toEqual([
      'factline:difficulty=3',
      'factline:source',
      'factline:typos',
      'factline:group=lenders:2+3+4',
    ])
    expect(warnings).toContain(
      'question "cloze-lenders": blanks 2, 3, 4 take their answers in any order in Factline; Moodle grades each blank by its place',
    )
  })

  it('writes a match question with its distractor as an empty subquestion', () => {
    const q = question('match-numbers')
    expect(q.attributes.type).toBe('matching')
    expect(all(q, 'subquestion').map((s) => [textOf(s), textOf(s, 'answer')])).toEqual([
      ['1950', 'Year the Korean War began'],
      ['1953', 'Year the armistice stopped the fighting'],
      ['55', 'More than this many nations sent troops to the UN side'],
      ['28,000', 'Approximate number of US troops in South Korea'],
      ['2032', 'Summer Olympics the Koreas might bid for together'],
      ['', 'Year the peace treaty was signed'],
    ])
  })

  it('warns only about the groups Moodle cannot grade in any order', () => {
    expect(warnings.every((w) => w.includes('take their answers in any order'))).toBe(true)
    expect(warnings.length).toBe(
      bank.questions.filter((q) => q.type === 'cloze' && /\{\{@/.test(q.text)).length,
    )
  })
})

describe('exportMoodleXml on a bank of every type', () => {
  const bank = compiled('tests/fixtures/moodle-xml-export/every-type.yaml')
  const { xml, quiz, questions, question, warnings } = exported(bank)
  const answers = (id: string) =>
    all(question(id), 'answer').map((a) => [a.attributes.fraction, textOf(a)])

  it('starts with a comment and the bank summary as a description', () => {
    expect(xml.split('\n').slice(0, 3)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<quiz>',
      '  <!-- Rivers & lakes of Europe: exported from Factline (bank "every-type") -->',
    ])
    const [first] = questions
    expect(first?.attributes.type).toBe('description')
    expect(textOf(first!, 'name')).toBe('Rivers & lakes of Europe')
    expect(textOf(first!, 'questiontext')).toBe(bank.summary)
    expect(quiz.children).toHaveLength(bank.questions.length + bank.topics.length + 1)
  })

  it('writes a slash in a category name as Moodle does, and markdown info', () => {
    const lakes = topicNamed(questions, 'lakes')
    expect(textOf(lakes, 'category')).toBe('$course$/top/Lakes // reservoirs')
    expect(one(lakes, 'info').attributes.format).toBe('markdown')
    expect(textOf(lakes, 'info')).toBe('Still water, *natural* or not.')
  })

  it('keeps the texts XML treats specially, and the feedback of each option', () => {
    expect(answers('longest-river')).toEqual([
      ['100', 'Volga'],
      ['50', 'Danube'],
      ['0', 'Rhine & Rhône'],
      ['0', 'Loire ]]> Seine'],
    ])
    const feedback = all(question('longest-river'), 'answer').map((a) =>
      all(a, 'feedback').map((f) => textOf(f)),
    )
    expect(feedback).toEqual([['Right.'], ['Second longest.'], [], []])
    expect(xml).toContain('<text><![CDATA[Loire ]]]]><![CDATA[> Seine]]></text>')
  })

  it('writes plain questions as plain_text, with the source as plain text', () => {
    const q = question('plain-choice')
    expect(one(q, 'questiontext').attributes.format).toBe('plain_text')
    expect(one(q, 'generalfeedback').attributes.format).toBe('plain_text')
    expect(all(q, 'answer').map((a) => [a.attributes.format, textOf(a)])).toEqual([
      ['plain_text', '<b>'],
      ['plain_text', '<i>'],
    ])
    expect(textOf(q, 'generalfeedback')).toBe(
      "Plain text shows <b> as it is.\n\nSource: Where Europe's water goes <a field guide>, The River Desk, 2021-05-04, https://example.org/rivers_(guide)",
    )
  })

  it('cites the source in HTML for an HTML question, escaped and linked', () => {
    expect(textOf(question('cloze-html'), 'generalfeedback')).toBe(
      '<p>France, to the south.</p>\n\n<p>Source: paragraph 5 of <a href="https://example.org/rivers_(guide)"><cite>Where Europe\'s water goes &lt;a field guide&gt;</cite></a>, The River Desk, 2021-05-04</p>',
    )
    expect(textOf(question('black-sea-rivers'), 'generalfeedback')).toBe(
      "The Volga ends in the Caspian Sea, the Rhine in the North Sea.\n\nSource: paragraph 2 of [*Where Europe's water goes \\<a field guide\\>*](<https://example.org/rivers_(guide)>), The River Desk, 2021-05-04",
    )
  })

  it('writes multiple choice with Moodle-style fractions or the weights', () => {
    expect(one(question('black-sea-rivers'), 'single').text).toBe('false')
    expect(answers('black-sea-rivers')).toEqual([
      ['33.33333', 'Danube'],
      ['33.33333', 'Dnieper'],
      ['33.33333', 'Don'],
      ['-50', 'Volga'],
      ['-50', 'Rhine'],
    ])
    expect(answers('weighted-rivers')).toEqual([
      ['50', 'Rhine'],
      ['50', 'Danube'],
      ['-100', 'Volga'],
    ])
    expect(answers('eleven-rivers')[0]).toEqual(['9.09091', 'Elbe'])
  })

  it('writes true/false with the feedback of each answer', () => {
    const q = question('volga-black-sea')
    expect(one(q, 'penalty').text).toBe('1')
    expect(
      all(q, 'answer').map((a) => [a.attributes.fraction, textOf(a), textOf(a, 'feedback')]),
    ).toEqual([
      ['0', 'true', 'It ends in the Caspian Sea.'],
      ['100', 'false', 'Right, the Caspian Sea.'],
    ])
    expect(tagsOf(q)).toEqual(['factline:difficulty=3', 'factline:source'])
  })

  it('writes numeric answers with tolerances, partial credit, ranges and the unit', () => {
    const tolerances = (id: string) =>
      all(question(id), 'answer').map((a) => [
        a.attributes.fraction,
        textOf(a),
        one(a, 'tolerance').text,
      ])
    expect(tolerances('volga-length')).toEqual([
      ['100', '3530', '10'],
      ['50', '3550', '150'],
    ])
    expect(tagsOf(question('volga-length'))).toEqual(['factline:source', 'factline:range=2'])
    expect(tolerances('danube-countries')).toEqual([
      ['100', '10', '0.5'],
      ['45', '9', '0'],
    ])
    expect(all(question('danube-countries'), 'units')).toEqual([])
    expect(one(question('danube-countries'), 'showunits').text).toBe('3')
  })

  it('writes short answers with stars escaped and typos in a tag', () => {
    const q = question('sea-name')
    expect(one(q, 'usecase').text).toBe('0')
    expect(answers('sea-name')).toEqual([
      ['100', 'Caspian Sea'],
      ['100', 'the Caspian'],
      ['100', 'Caspian\\*'],
    ])
    expect(tagsOf(q)).toEqual(['factline:source', 'factline:typos'])
  })

  it('writes case-sensitive answers with wildcards as they are', () => {
    expect(one(question('river-code'), 'usecase').text).toBe('1')
    expect(answers('river-code')).toEqual([
      ['100', 'DNB-*'],
      ['100', 'gauge \\* one'],
    ])
  })

  it('writes every kind of cloze blank, escaping what Moodle reserves', () => {
    const q = question('cloze-kinds')
    expect(textOf(q, 'questiontext')).toBe(
      [
        'Complete the sentences.',
        '',
        'The {1:MULTICHOICE:=Danube~Rhine~&#61;Volga} flows into the Black Sea, and the Volga is {1:NUMERICAL:=3530:10} km long. ' +
          'Two seas: the {1:SHORTANSWER:=Black Sea} and the {1:SHORTANSWER:=Caspian Sea}. It has {1:NUMERICAL:=10:1} neighbours. ' +
          'Odd answers: {1:SHORTANSWER:=a\\}b~=c\\#d~=e&#126;f~=g&#92;h~=i&#38;j~=k\\*l}.',
      ].join('\n'),
    )
    expect(one(q, 'defaultgrade').text).toBe('6')
    expect(tagsOf(q)).toEqual([
      'factline:source',
      'factline:typos',
      'factline:range=5',
      'factline:group=sea:3+4',
    ])
  })

  it('joins an HTML cloze prompt and text as two blocks', () => {
    expect(textOf(question('cloze-html'), 'questiontext')).toBe(
      '<p>Fill in the <b>blank</b>.</p>\n<p>Lake Geneva lies between Switzerland and {1:SHORTANSWER:=France}.</p>',
    )
    const inline = bank.questions.map((q) =>
      q.id === 'cloze-html' && q.type === 'cloze'
        ? { ...q, prompt: 'Fill in.', text: 'Geneva is in {{Switzerland}}.' }
        : q,
    )
    expect(
      textOf(exported({ ...bank, questions: inline }).question('cloze-html'), 'questiontext'),
    ).toBe('<p>Fill in.</p>\n<p>Geneva is in {1:SHORTANSWER:=Switzerland}.</p>')
  })

  it("writes order as qtype_ordering, graded by neighbouring pairs like Factline's", () => {
    const q = question('river-order')
    expect(q.attributes.type).toBe('ordering')
    const fields = ['layouttype', 'selecttype', 'selectcount', 'gradingtype', 'showgrading']
    expect(fields.map((f) => one(q, f).text)).toEqual([
      'VERTICAL',
      'ALL',
      '0',
      'RELATIVE_NEXT_EXCLUDE_LAST',
      'SHOW',
    ])
    expect(answers('river-order')).toEqual([
      ['1', 'Volga'],
      ['2', 'Danube'],
      ['3', 'Rhine'],
    ])
  })

  it('writes HTML match texts as html subquestions', () => {
    const q = question('river-seas')
    expect(
      all(q, 'subquestion').map((s) => [s.attributes.format, textOf(s), textOf(s, 'answer')]),
    ).toEqual([
      ['html', '<i>Danube</i>', 'Black Sea'],
      ['html', '<i>Volga</i>', 'Caspian Sea'],
      ['html', '', 'Baltic Sea'],
    ])
  })

  it('warns where Moodle refuses a grade or grades otherwise', () => {
    expect(warnings).toEqual([
      `question "eleven-rivers": each of its 11 right options is worth 1/11: 9.09091% is not one of Moodle's grades (100, 50, 33.33333, 25, 20, 10…): Moodle refuses the question unless its import is set to "Match grades: nearest grade"`,
      `question "danube-countries": the partial credit 45% is not one of Moodle's grades (100, 50, 33.33333, 25, 20, 10…): Moodle refuses the question unless its import is set to "Match grades: nearest grade"`,
      'question "cloze-kinds": blanks 3, 4 take their answers in any order in Factline; Moodle grades each blank by its place',
    ])
  })
})

describe('exportMoodleXml on texts Moodle or XML would read otherwise', () => {
  const bank = compiled('tests/fixtures/moodle-xml-export/every-type.yaml')

  it('warns of a text that looks like a Moodle blank, and of a tag Moodle cuts', () => {
    const long = 'a tag of more than fifty characters, which Moodle cuts'
    const questions = bank.questions.map((q) =>
      q.id === 'cloze-html' && q.type === 'cloze'
        ? {
            ...q,
            text: 'Moodle writes {2:SHORTANSWER:=x} where Factline writes {{x}}.',
            tags: [long],
          }
        : q,
    )
    const { warnings, question } = exported({ ...bank, questions })
    expect(warnings.filter((w) => w.includes('cloze-html'))).toEqual([
      'question "cloze-html": its text holds "{…:…:", which Moodle reads as the start of a blank',
      `question "cloze-html": Moodle keeps the first 50 characters of the tag "${long}"`,
    ])
    expect(tagsOf(question('cloze-html'))).toEqual([long, 'factline:source'])
  })

  it('leaves out control characters and says where', () => {
    const [first, ...rest] = bank.questions
    const broken: Bank = {
      ...bank,
      topics: bank.topics.map((t) => (t.id === 'lakes' ? { ...t, summary: 'Still\x01 water' } : t)),
      questions: [{ ...first!, prompt: 'Which\x07 river?' }, ...rest],
    }
    const { question, questions, warnings } = exported(broken)
    expect(textOf(question(first!.id), 'questiontext')).toBe('Which river?')
    const lakes = topicNamed(questions, 'lakes')
    expect(textOf(lakes, 'info')).toBe('Still water')
    expect(warnings.filter((w) => w.includes('control characters'))).toEqual([
      `question "longest-river": control characters XML can't hold were left out`,
      `topic "lakes": control characters XML can't hold were left out`,
    ])
  })
})
