import { describe, expect, it } from 'vitest'
import { gradeCloze, gradeNumeric, gradeShort, readNumber } from '@/domain/grading'
import { parseCloze } from '@/domain/bank'
import { answerPieces, keyOf, matchAnswer, matchesAccepted } from '@/domain/text'

/** What a fair teacher accepts (issue 17 §1), rule by rule, with what stays wrong beside it. */

const short = (answers: string[], language = 'en', typos = false) => ({ answers, language, typos })
const typed = (text: string) => ({ type: 'short' as const, text })
const verdict = (answers: string[], text: string, language = 'en', typos = false) =>
  gradeShort(short(answers, language, typos), typed(text)).verdict

describe('leading articles', () => {
  it.each([
    ['en', 'Security Council', 'the Security Council'],
    ['en', 'the Security Council', 'Security Council'],
    ['en', 'launchpad', 'a launch-pad'],
    ['en', 'armistice', 'An armistice'],
    ['fr', 'armistice', "l'armistice"],
    ['fr', 'armistice', 'L’armistice'],
    ['fr', 'traité de paix', 'le traité de paix'],
    ['fr', 'sanctions', 'les sanctions'],
    ['fr', 'bombe', 'une bombe'],
    ['fr', 'Corée', 'la Corée'],
    ['fr', 'farine', 'de la farine'],
    ['fr', 'eau', 'de l’eau'],
    ['fr', 'huile', "d'huile"],
    ['es', 'armisticio', 'el armisticio'],
    ['es', 'Naciones Unidas', 'las Naciones Unidas'],
    ['es', 'tratado', 'un tratado'],
    ['de', 'Waffenstillstand', 'der Waffenstillstand'],
    ['de', 'Sanktionen', 'die Sanktionen'],
    ['de', 'Abkommen', 'ein Abkommen'],
  ])('%s: %j accepts %j', (language, accepted, given) => {
    expect(verdict([accepted], given, language)).toBe('correct')
  })

  it.each([
    // Another language's article is a word like any other.
    ['en', 'armistice', 'la armistice'],
    ['fr', 'armistice', 'the armistice'],
    // Only a leading article: inside the answer it is a word.
    ['en', 'Bank of Korea', 'Bank of the Korea'],
    // An article is not an answer.
    ['en', 'Seoul', 'the'],
  ])('%s: %j rejects %j', (language, accepted, given) => {
    expect(verdict([accepted], given, language)).toBe('incorrect')
  })

  it('keeps an answer that is only an article, and a word that merely starts like one', () => {
    expect(verdict(['A'], 'a')).toBe('correct')
    expect(verdict(['Thea'], 'Thea')).toBe('correct')
    expect(verdict(['Thea'], 'a')).toBe('incorrect')
    // "A-bomb" keeps its A: the article needs a space after it.
    expect(verdict(['A-bomb'], 'bomb')).toBe('incorrect')
  })
})

describe('spacing, hyphens and punctuation', () => {
  it.each([
    ['launchpad', 'launch pad'],
    ['launchpad', 'launch-pad'],
    ['launch pad', 'launchpad'],
    ['Moon Jae-in', 'moon jae in'],
    ['Moon Jae-in', 'Moon Jaein'],
    ['Moon Jae-in', 'MOON JAE-IN.'],
    ['1953', '1953.'],
    ['Kim Jong Un', '"Kim Jong-un"!'],
    ['U.S.', 'US'],
  ])('%j accepts %j', (accepted, given) => {
    expect(verdict([accepted], given)).toBe('correct')
  })

  it.each([
    ['Moon Jae-in', 'Jae-in Moon'],
    ['launchpad', 'launch'],
    ['launchpad', 'launch pads pad'],
    ['1953', '19 53'],
  ])('%j rejects %j', (accepted, given) => {
    expect(verdict([accepted], given)).toBe('incorrect')
  })
})

describe('the same rules in every built-in language', () => {
  const cases: Record<string, { accepted: string; right: string[]; wrong: string[] }> = {
    en: {
      accepted: 'the missile launch-pad',
      right: ['a missile launchpad.', 'Missile Launch Pad', 'MISSILE LAUNCHPAD!'],
      wrong: ['the missile', 'launchpad missile', 'a nuclear launchpad'],
    },
    fr: {
      accepted: "l'aide économique",
      right: ['aide economique', "L'AIDE ÉCONOMIQUE.", 'une aide-économique'],
      wrong: ['aide militaire', 'économique aide', "l'aide"],
    },
    es: {
      accepted: 'el Consejo de Seguridad',
      right: ['consejo de seguridad', 'El Consejo de-Seguridad.', 'un consejo de seguridad'],
      wrong: ['el Consejo', 'la Asamblea General', 'seguridad de consejo'],
    },
    de: {
      accepted: 'der Sicherheitsrat',
      right: ['Sicherheitsrat', 'die Sicherheits-Rat', 'ein Sicherheits Rat.'],
      wrong: ['der Rat', 'die Vollversammlung', 'das Sicherheitsamt'],
    },
  }
  for (const [language, { accepted, right, wrong }] of Object.entries(cases)) {
    it.each(right)(`${language}: accepts %j`, (given) => {
      expect(verdict([accepted], given, language)).toBe('correct')
    })
    it.each(wrong)(`${language}: rejects %j`, (given) => {
      expect(verdict([accepted], given, language)).toBe('incorrect')
    })
    it(`${language}: numbers by value, never a near one`, () => {
      expect(verdict(['28 000'], '28,000', language)).toBe('correct')
      expect(verdict(['28 000'], '28000', language)).toBe('correct')
      expect(verdict(['1953'], '1953.', language)).toBe('correct')
      expect(verdict(['28 000'], '2 800', language)).toBe('incorrect')
      expect(verdict(['1953'], '1952', language)).toBe('incorrect')
    })
  }
})

describe('Unicode', () => {
  it('compares in NFKC with case folded and accents folded', () => {
    expect(verdict(['CO2'], 'CO₂')).toBe('correct')
    expect(verdict(['CO₂'], 'co2')).toBe('correct')
    expect(verdict(['ﬁnal'], 'FINAL')).toBe('correct')
    expect(verdict(['Pyongyang'], 'P’yŏngyang')).toBe('correct')
    expect(verdict(['Straße'], 'STRASSE')).toBe('correct')
    expect(verdict(['Ｋｏｒｅａ'], 'korea')).toBe('correct')
    expect(verdict(['CO2'], 'CO3')).toBe('incorrect')
  })
})

describe('numbers', () => {
  it.each([
    ['28,000', '28000'],
    ['28,000', '28 000'],
    ['28,000', '28\u2009000'],
    ['28,000', '28\u202f000'],
    ['28000', '28,000'],
    ['28,000', 'twenty-eight thousand'],
    ['28,000', 'Twenty eight thousand.'],
    ['28,000', '28 thousand'],
    ['55', 'fifty-five'],
    ['105', 'one hundred and five'],
    ['105', 'a hundred and five'],
    ['2.5', '2.5'],
    ['2,500,000', '2.5 million'],
    ['1953', 'nineteen fifty-three'],
    ['2018', 'two thousand eighteen'],
    ['2018', 'twenty eighteen'],
    ['about 28,000 troops', 'about twenty-eight thousand troops'],
    ['more than 55 nations', 'more than fifty five nations'],
    ['fifty-five', '55'],
  ])('%j accepts %j', (accepted, given) => {
    expect(verdict([accepted], given)).toBe('correct')
  })

  it.each([
    ['28,000', '2,800'],
    ['28,000', '280,000'],
    ['1953', '1952'],
    ['1953', '1,952'],
    ['55', 'fifty'],
    ['55', 'five'],
    ['105', 'one hundred five and'],
    ['28,000 troops', '28,000 soldiers'],
    ['more than 55 nations', '55 nations'],
  ])('%j rejects %j', (accepted, given) => {
    expect(verdict([accepted], given)).toBe('incorrect')
  })

  it('reads number words of the bank’s language only', () => {
    expect(verdict(['55'], 'fifty-five', 'fr')).toBe('incorrect')
    expect(verdict(['55'], '55', 'fr')).toBe('correct')
    expect(verdict(['55'], 'cinquante-cinq', 'fr')).toBe('correct')
    expect(verdict(['75'], 'septante-cinq', 'fr-BE')).toBe('correct')
    expect(verdict(['55'], 'cinquante-cinq', 'en')).toBe('incorrect')
    expect(verdict(['55'], 'cincuenta y cinco', 'es')).toBe('incorrect')
  })

  it('reads number words in order and never merges two numbers into one', () => {
    expect(keyOf(answerPieces('eight twenty'))).toBe('#8##20#')
    expect(keyOf(answerPieces('one two three'))).toBe('#1##2##3#')
    expect(keyOf(answerPieces('thousand million'))).toBe('#1000##1000000#')
    expect(keyOf(answerPieces('No one'))).toBe('no#1#')
  })
})

describe('numeric questions', () => {
  const troops = { value: 28000, tolerance: 0, unit: 'troops', language: 'en' }
  const numeric = (text: string) => gradeNumeric(troops, { type: 'numeric', text }).verdict

  it.each([
    '28000',
    '28,000',
    '28 000',
    '28\u2009000 troops',
    'twenty-eight thousand',
    'twenty-eight thousand troops',
    '28 thousand',
    '28,000.',
    '２８０００',
  ])('accepts %j', (text) => {
    expect(numeric(text)).toBe('correct')
  })

  it.each(['2,800', '28,001', 'about 28000', 'twenty-eight', '28,000 soldiers', 'lots'])(
    'rejects %j',
    (text) => {
      expect(numeric(text)).toBe('incorrect')
    },
  )

  it('reads years in words', () => {
    expect(readNumber('nineteen fifty-three')).toBe(1953)
    expect(readNumber('1953.')).toBe(1953)
    expect(readNumber('nineteen fifty-two')).toBe(1952)
  })
})

describe('typos', () => {
  it('forgives one edit in a long word only when the question allows it, after normalising', () => {
    expect(verdict(['the Security Council'], 'Securty Council', 'en', true)).toBe('correct')
    expect(verdict(['launch pad'], 'a lanchpad', 'en', true)).toBe('correct')
    expect(verdict(['launch pad'], 'a lanchpad', 'en', false)).toBe('incorrect')
    // "Moon" is too short to forgive, even run together with a long word.
    expect(verdict(['Moon Jae-in'], 'Mon Jaein', 'en', true)).toBe('incorrect')
    // Digits never.
    expect(verdict(['28,000 troops'], '28,001 troops', 'en', true)).toBe('incorrect')
  })
})

describe('near misses', () => {
  it('tells a spelling slip that was not forgiven, still graded wrong', () => {
    const grade = gradeShort(short(['Panmunjom']), typed('Panmunjon'))
    expect(grade).toEqual({ credit: 0, verdict: 'incorrect', hint: 'spelling' })
    expect(matchAnswer('Moom', ['Moon'])).toBe('spelling')
    // Three-letter words are too short to call a slip.
    expect(matchAnswer('Sol', ['Sun'])).toBe('wrong')
  })

  it('tells a number given without the words after it', () => {
    const grade = gradeShort(short(['28,000 troops']), typed('twenty-eight thousand'))
    expect(grade).toEqual({ credit: 0, verdict: 'incorrect', hint: 'unit' })
    expect(matchAnswer('2,800', ['28,000 troops'])).toBe('wrong')
  })

  it('gives no hint to a right or a plainly wrong answer', () => {
    expect(gradeShort(short(['Seoul']), typed('Seoul'))).toEqual({ credit: 1, verdict: 'correct' })
    expect(gradeShort(short(['Seoul']), typed('Tokyo'))).toEqual({
      credit: 0,
      verdict: 'incorrect',
    })
  })
})

describe('cloze', () => {
  const lenders = {
    language: 'en',
    text: 'The US stands in the way at the {{@lenders: World Bank}}, the {{@lenders: Asian Development Bank|ADB}} and the {{@lenders: IMF|International Monetary Fund}}.',
  }
  const cloze = (blanks: string[], question: { text: string; language?: string } = lenders) =>
    gradeCloze(question, { type: 'cloze', blanks })

  it('accepts the blanks of one group in any order', () => {
    expect(cloze(['IMF', 'World Bank', 'ADB']).verdict).toBe('correct')
    expect(cloze(['the Asian Development Bank', 'the IMF', 'the World Bank']).verdict).toBe(
      'correct',
    )
  })

  it('never lets one answer fill two blanks of a group', () => {
    const grade = cloze(['IMF', 'IMF', 'World Bank'])
    expect(grade.credit).toBeCloseTo(2 / 3, 4)
    expect(grade.parts).toEqual([true, false, true])
  })

  it('finds the best assignment, not the first one', () => {
    // The first blank takes either answer; only one assignment fills both.
    const question = { text: '{{@g: red|blue}} and {{@g: red}}' }
    expect(cloze(['red', 'blue'], question).verdict).toBe('correct')
    expect(cloze(['blue', 'red'], question).verdict).toBe('correct')
  })

  it('keeps blanks outside a group in their place', () => {
    const question = { text: '{{Moon}} met {{Kim}} in {{Pyongyang}}.' }
    expect(cloze(['Kim', 'Moon', 'Pyongyang'], question).parts).toEqual([false, false, true])
  })

  it('applies the rules of short answers to each blank, with hints', () => {
    const question = { text: 'Kim promised to take apart a missile {{launchpad}} in {{2018}}.' }
    expect(cloze(['launch-pad', 'two thousand eighteen'], question).verdict).toBe('correct')
    expect(cloze(['launchpod', '2018'], question)).toMatchObject({
      verdict: 'partial',
      hint: 'spelling',
    })
  })
})

describe('matchesAccepted', () => {
  it('is matchAnswer narrowed to right or not', () => {
    expect(matchesAccepted('Panmunjon', ['Panmunjom'])).toBe(false)
    expect(matchesAccepted('Panmunjon', ['Panmunjom'], { typos: true })).toBe(true)
  })
})

describe('parseCloze groups', () => {
  it('reads a group name before the answers, with a space or a colon', () => {
    const { blanks, groups, errors } = parseCloze('{{@a World Bank|WB}} {{@a: IMF}} {{Seoul}}')
    expect(blanks).toEqual([['World Bank', 'WB'], ['IMF'], ['Seoul']])
    expect(groups).toEqual(['a', 'a', undefined])
    expect(errors).toEqual([])
  })

  it('tells a teacher how to write a group when the name is missing', () => {
    expect(parseCloze('the {{@ World Bank}}').errors).toEqual([
      {
        index: 4,
        message:
          'a blank of a group is written {{@name answer}}, with a name of letters and digits',
      },
    ])
  })
})
