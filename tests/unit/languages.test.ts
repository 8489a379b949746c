import { describe, expect, it } from 'vitest'
import { textDirection } from '@/i18n/direction'
import { isLanguage, preferredLanguage } from '@/i18n/languages'

describe('the interface language at start-up', () => {
  it('takes the learner’s saved choice first', () => {
    expect(preferredLanguage('ko', ['fr-FR', 'en'])).toBe('ko')
  })

  it('else the first browser language the interface speaks, whatever its region', () => {
    expect(preferredLanguage(undefined, ['de-DE', 'fr-CA', 'en-GB'])).toBe('fr')
    expect(preferredLanguage(undefined, ['ES-mx'])).toBe('es')
    expect(preferredLanguage(undefined, ['ar_EG'])).toBe('ar')
  })

  it('else English, and a saved value that is no language counts for nothing', () => {
    expect(preferredLanguage(undefined, ['de', 'ja'])).toBe('en')
    expect(preferredLanguage('klingon', [])).toBe('en')
    expect(preferredLanguage(42, ['ko-KR'])).toBe('ko')
    expect(isLanguage('toString')).toBe(false)
  })
})

describe('the direction of a text', () => {
  it('is right to left for the languages written so, in any region', () => {
    for (const tag of ['ar', 'ar-EG', 'he', 'fa-IR', 'ur', 'ckb', 'yi'])
      expect(textDirection(tag)).toBe('rtl')
  })

  it('is left to right for the others', () => {
    for (const tag of ['en', 'fr-CA', 'ko', 'zh-Hant-TW', 'ru', 'ar-Latn'])
      expect(textDirection(tag)).toBe('ltr')
  })

  it('follows a script subtag over the language’s usual script', () => {
    expect(textDirection('az-Arab')).toBe('rtl')
    expect(textDirection('pa-Arab-PK')).toBe('rtl')
    expect(textDirection('ku-Latn')).toBe('ltr')
  })
})
