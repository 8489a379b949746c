import { describe, expect, it } from 'vitest'
import { answerPieces, editDistance, matchesAccepted, normalizeAnswer } from '@/domain/text'

describe('normalizeAnswer', () => {
  it('lower-cases, trims and collapses spaces', () => {
    expect(normalizeAnswer('  The   Korean\tWar \n')).toBe('the korean war')
  })

  it('strips diacritics', () => {
    expect(normalizeAnswer("P'yŏngyang")).toBe('pyongyang')
    expect(normalizeAnswer('Zürich Café Ñandú Señor')).toBe('zurich cafe nandu senor')
    expect(normalizeAnswer('Hà Nội')).toBe('ha noi')
    expect(normalizeAnswer('İstanbul')).toBe('istanbul')
  })

  it('folds letters that do not decompose', () => {
    expect(normalizeAnswer('Straße')).toBe('strasse')
    expect(normalizeAnswer('Łódź')).toBe('lodz')
    expect(normalizeAnswer('Ærø')).toBe('aero')
  })

  it('drops apostrophes and the dots of initials', () => {
    expect(normalizeAnswer('U.S.')).toBe('us')
    expect(normalizeAnswer('u.s.a.')).toBe('usa')
    expect(normalizeAnswer('Washington, D.C.')).toBe('washington dc')
    expect(normalizeAnswer('O’Brien')).toBe('obrien')
    expect(normalizeAnswer('St. Louis')).toBe('st louis')
  })

  it('turns other punctuation and symbols into spaces', () => {
    expect(normalizeAnswer('Kim Il-sung')).toBe('kim il sung')
    expect(normalizeAnswer('"38th parallel"!')).toBe('38th parallel')
    expect(normalizeAnswer('a/b + c_d')).toBe('a b c d')
    expect(normalizeAnswer('3.5')).toBe('3 5')
    expect(normalizeAnswer('?!')).toBe('')
  })

  it('keeps letters and digits of any script, the Arabic script’s digits as digits', () => {
    expect(normalizeAnswer('한국 전쟁')).toBe('한국 전쟁')
    expect(normalizeAnswer('Москва!')).toBe('москва')
    expect(normalizeAnswer('東京、大阪')).toBe('東京 大阪')
    expect(normalizeAnswer('١٩٥٣')).toBe('1953')
    expect(normalizeAnswer('१९५३')).toBe('१९५३')
  })

  it('applies compatibility decomposition', () => {
    expect(normalizeAnswer('ﬁnal')).toBe('final')
    expect(normalizeAnswer('Ｋｏｒｅａ')).toBe('korea')
  })
})

describe('matchesAccepted', () => {
  it('compares normalized texts against every accepted answer', () => {
    expect(matchesAccepted('us', ['United States', 'U.S.'])).toBe(true)
    expect(matchesAccepted(' united  STATES ', ['United States', 'U.S.'])).toBe(true)
    expect(matchesAccepted('Pyongyang', ["P'yŏngyang"])).toBe(true)
    expect(matchesAccepted('Seoul', ["P'yŏngyang"])).toBe(false)
  })

  it('never matches an empty answer', () => {
    expect(matchesAccepted('', ['x'], { typos: true })).toBe(false)
    expect(matchesAccepted('  .. ', ['?'], { typos: true })).toBe(false)
    expect(matchesAccepted('x', [], { typos: true })).toBe(false)
  })

  it('forgives one typo in a word of 6+ letters only when allowed', () => {
    expect(matchesAccepted('Panmunjon', ['Panmunjom'], { typos: true })).toBe(true)
    expect(matchesAccepted('Panmunjon', ['Panmunjom'])).toBe(false)
    // A swap of two neighbouring letters is one edit.
    expect(matchesAccepted('Pnamunjom', ['Panmunjom'], { typos: true })).toBe(true)
    expect(matchesAccepted('Panmunjm', ['Panmunjom'], { typos: true })).toBe(true)
    expect(matchesAccepted('Panmunjoom', ['Panmunjom'], { typos: true })).toBe(true)
  })

  it('does not forgive two edits, typos in two words, or short words', () => {
    expect(matchesAccepted('Panmunjn', ['Panmunjom'], { typos: true })).toBe(false)
    expect(matchesAccepted('Dougles MacArtur', ['Douglas MacArthur'], { typos: true })).toBe(false)
    expect(matchesAccepted('Douglas MacArtur', ['Douglas MacArthur'], { typos: true })).toBe(true)
    expect(matchesAccepted('Seuol', ['Seoul'], { typos: true })).toBe(false)
    expect(matchesAccepted('Koria', ['Korea'], { typos: true })).toBe(false)
    // Six letters is the threshold.
    expect(matchesAccepted('Busann', ['Busan'], { typos: true })).toBe(false)
    expect(matchesAccepted('Incheonn', ['Incheon'], { typos: true })).toBe(true)
    expect(matchesAccepted('Yalu Rivr', ['Yalu River'], { typos: true })).toBe(false)
  })

  it('ignores spacing and a leading article, but never word order', () => {
    expect(matchesAccepted('Panmun jom', ['Panmunjom'])).toBe(true)
    expect(matchesAccepted('the Panmunjon', ['Panmunjom'], { typos: true })).toBe(true)
    expect(matchesAccepted('Truman Harry', ['Harry Truman'], { typos: true })).toBe(false)
  })

  it('does not count digits as letters', () => {
    expect(matchesAccepted('1950001', ['1950000'], { typos: true })).toBe(false)
  })
})

describe('editDistance', () => {
  it('is the Damerau distance: a swap of two neighbouring letters is one edit', () => {
    expect(editDistance('abcdef', 'abdcef')).toBe(1)
    expect(editDistance('kitten', 'sitting')).toBe(3)
  })
})

describe('digits of the Arabic script', () => {
  it('are read as the digits they are, with their separators', () => {
    expect(answerPieces('١٩٥٣')).toEqual([{ number: 1953 }])
    expect(answerPieces('٢٨٬٠٠٠')).toEqual([{ number: 28000 }])
    expect(answerPieces('۲۸۰۰۰')).toEqual([{ number: 28000 }])
    expect(answerPieces('٣٫٥')).toEqual([{ number: 3.5 }])
  })

  it('match the answer a teacher wrote in Western digits, and no other number', () => {
    expect(matchesAccepted('١٩٥٣', ['1953'])).toBe(true)
    expect(matchesAccepted('عام ١٩٥٣', ['عام 1953'])).toBe(true)
    expect(matchesAccepted('١٩٥٢', ['1953'])).toBe(false)
  })
})
