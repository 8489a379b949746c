import { describe, expect, it } from 'vitest'
import { compileBank, readYamlSource, type Question } from '@/domain/bank'
import { gradeAnswer, readNumber } from '@/domain/grading'
import { answerPieces, keyOf, matchAnswer } from '@/domain/text'

/** French number words (issue 22 §2): France's, Belgium's and Switzerland's, old and 1990 spelling. */

const key = (text: string, language = 'fr') => keyOf(answerPieces(text, language))

describe('French number words', () => {
  it.each([
    [0, 'zéro'],
    [0, 'zero'],
    [1, 'un'],
    [1, 'une'],
    [16, 'seize'],
    [17, 'dix-sept'],
    [18, 'dix-huit'],
    [19, 'dix-neuf'],
    [21, 'vingt et un'],
    [21, 'vingt et une'],
    [31, 'trente et un'],
    [60, 'soixante'],
    [70, 'soixante-dix'],
    [71, 'soixante et onze'],
    [72, 'soixante-douze'],
    [75, 'soixante-quinze'],
    [77, 'soixante-dix-sept'],
    [80, 'quatre-vingts'],
    [80, 'quatre-vingt'],
    [81, 'quatre-vingt-un'],
    [90, 'quatre-vingt-dix'],
    [91, 'quatre-vingt-onze'],
    [99, 'quatre-vingt-dix-neuf'],
    [100, 'cent'],
    [200, 'deux cents'],
    [201, 'deux cent un'],
    [280, 'deux cent quatre-vingts'],
    [1000, 'mille'],
    [1001, 'mille et un'],
    [2000, 'deux mille'],
    [28000, 'vingt-huit mille'],
    [80000, 'quatre-vingt mille'],
    [200000, 'deux cent mille'],
    [1953, 'mille neuf cent cinquante-trois'],
    [1953, 'dix-neuf cent cinquante-trois'],
    [1000, 'mil'],
    [1_000_000, 'un million'],
    [2_000_000, 'deux millions'],
    [1_200_000, 'un million deux cent mille'],
    [3_000_000_000, 'trois milliards'],
    [197_321, 'cent quatre-vingt-dix-sept mille trois cent vingt et un'],
    [28000, '28 mille'],
  ])('%d is %j', (value, words) => {
    expect(key(words)).toBe(`#${value}#`)
  })

  it.each([
    // Belgium and Switzerland.
    [70, 'septante'],
    [71, 'septante et un'],
    [75, 'septante-cinq'],
    [80, 'huitante'],
    [88, 'octante-huit'],
    [90, 'nonante'],
    [91, 'nonante et un'],
    [99, 'nonante-neuf'],
    [1975, 'mille neuf cent septante-cinq'],
    // The 1990 spelling: hyphens everywhere.
    [21, 'vingt-et-un'],
    [71, 'soixante-et-onze'],
    [203, 'deux-cent-trois'],
    [28000, 'vingt-huit-mille'],
    [1953, 'mille-neuf-cent-cinquante-trois'],
    // Capitals and spacing count for nothing.
    [28000, 'Vingt-Huit  Mille'],
  ])('%d is also %j', (value, words) => {
    expect(key(words)).toBe(`#${value}#`)
  })

  it.each([
    // Out of order: never one number.
    ['huit vingt-deux', '#8##22#'],
    ['dix-deux', '#10##2#'],
    ['vingt-dix', '#20##10#'],
    ['soixante-vingt', '#60##20#'],
    ['vingt cents', '#20##100#'],
    ['cent cent', '#100##100#'],
    ['mille mille', '#1000##1000#'],
    // "et" joins un, une and onze only, after a ten, a hundred or a thousand.
    ['vingt et deux', '#20#et#2#'],
    ['vingt et onze', '#20#et#11#'],
    ['sept et un', '#7#et#1#'],
    ['Pierre et un ami', 'pierreet#1#ami'],
    // "milles" are miles; "vingts" counts only after "quatre".
    ['milles', 'milles'],
    ['trois vingts', '#3#vingts'],
  ])('does not read %j as one number', (text, expected) => {
    expect(key(text)).toBe(expected)
  })

  it('leaves a number with words after it to the unit, and nonsense unread', () => {
    expect(readNumber('vingt-huit mille ouvriers', 'ouvriers', 'fr')).toBe(28000)
    expect(readNumber('huit vingt-deux', undefined, 'fr')).toBeUndefined()
    expect(readNumber('environ vingt-huit mille', undefined, 'fr')).toBeUndefined()
  })

  it('reads French words for any French bank, and only for French ones', () => {
    expect(readNumber('septante-cinq', undefined, 'fr-BE')).toBe(75)
    expect(readNumber('nonante', undefined, 'fr-CH')).toBe(90)
    expect(readNumber('soixante-quinze', undefined, 'fr-CA')).toBe(75)
    expect(readNumber('vingt-huit mille', undefined, 'en')).toBeUndefined()
    expect(readNumber('twenty-eight thousand', undefined, 'fr')).toBeUndefined()
    expect(readNumber('twenty-eight thousand', undefined, 'en')).toBe(28000)
  })

  it('reads years the French way only: two numbers stay two', () => {
    expect(key('nineteen fifty-three', 'en')).toBe('#1953#')
    expect(key('dix-neuf cinquante-trois')).toBe('#19##53#')
  })
})

describe('French articles and elisions', () => {
  it.each([
    ['armistice', 'l’armistice'],
    ['armistice', "l'armistice"],
    ['armistice', 'L’Armistice'],
    ['Corée', 'la Corée'],
    ['Corée', 'la Coree'],
    ['Rhin', 'le Rhin'],
    ['Alpes', 'les Alpes'],
    ['traité', 'un traité'],
    ['bombe', 'une bombe'],
    ['sanctions', 'des sanctions'],
    ['sel', 'du sel'],
    ['farine', 'de la farine'],
    ['eau', 'de l’eau'],
    ['eau', "de l'eau"],
    ['huile', 'd’huile'],
    ['huile', "d'huile"],
    ['l’UNESCO', 'UNESCO'],
    ['le canal du Midi', 'Canal du Midi'],
  ])('%j accepts %j', (accepted, given) => {
    expect(matchAnswer(given, [accepted], { language: 'fr' })).toBe('right')
  })

  it.each([
    // Only a leading article; an article alone is no answer; "de" alone is no article.
    ['canal Midi', 'canal du Midi'],
    ['Gaulle', 'de Gaulle'],
    ['Corée', 'la'],
    ['Corée', 'the Corée'],
  ])('%j rejects %j', (accepted, given) => {
    expect(matchAnswer(given, [accepted], { language: 'fr' })).toBe('wrong')
  })
})

describe('grading a French bank', () => {
  const yaml = `title: Essai
language: fr
topics:
  - id: main
    title: Principal
questions:
  - id: soldats
    type: numeric
    prompt: Combien de soldats ?
    value: 28000
    unit: soldats
    explanation: Parce que.
  - id: nombre
    type: short
    prompt: Combien de soldats ?
    answers: [ 28000 soldats ]
    explanation: Parce que.
  - id: annee
    type: cloze
    prompt: Complétez.
    text: La paix est signée en {{#1953}}.
    explanation: Parce que.
`
  const { bank, problems } = compileBank('essai', [readYamlSource(yaml, 'essai.yaml', 'main')])
  const question = (id: string) => bank?.questions.find((q) => q.id === id) as Question

  it('compiles, each question in French', () => {
    expect(problems).toEqual([])
    expect(bank?.questions.map((q) => q.language)).toEqual(['fr', 'fr', 'fr'])
  })

  it.each(['vingt-huit mille', '28 000', 'vingt-huit mille soldats', 'Vingt-huit-mille'])(
    'gives full credit to %j for 28000',
    (text) => {
      expect(gradeAnswer(question('soldats'), { type: 'numeric', text }).credit).toBe(1)
    },
  )

  it.each(['vingt-huit cent', 'huit vingt-huit mille', 'twenty-eight thousand'])(
    'gives no credit to %j for 28000',
    (text) => {
      expect(gradeAnswer(question('soldats'), { type: 'numeric', text }).credit).toBe(0)
    },
  )

  it('reads number words in short answers and cloze blanks too', () => {
    const short = (text: string) => gradeAnswer(question('nombre'), { type: 'short', text })
    expect(short('vingt-huit mille soldats').credit).toBe(1)
    expect(short('les vingt-huit mille soldats').credit).toBe(1)
    expect(short('vingt-huit mille').hint).toBe('unit')
    const cloze = (blank: string) =>
      gradeAnswer(question('annee'), { type: 'cloze', blanks: [blank] }).credit
    expect(cloze('mille neuf cent cinquante-trois')).toBe(1)
    expect(cloze('mille neuf cent cinquante-deux')).toBe(0)
  })
})
