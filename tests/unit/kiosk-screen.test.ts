import { describe, expect, it } from 'vitest'
import { kioskScreen, setupBank, topicTitles } from '@/domain/kiosk/index.ts'

describe('the kiosk screen', () => {
  it('asks for set-up before anything else, even with the teacher unlocked', () => {
    expect(kioskScreen('setup', false, false)).toBe('setup')
    expect(kioskScreen('setup', true, true)).toBe('setup')
  })

  it("shows the teacher's panel over any student screen, bank or no bank", () => {
    for (const phase of ['attract', 'quiz', 'results'] as const) {
      expect(kioskScreen(phase, true, true)).toBe('teacher')
      expect(kioskScreen(phase, true, false)).toBe('teacher')
    }
  })

  it('shows no student screen without the bank', () => {
    for (const phase of ['attract', 'quiz', 'results'] as const) {
      expect(kioskScreen(phase, false, false)).toBe('waiting')
      expect(kioskScreen(phase, false, true)).toBe(phase)
    }
  })
})

describe("the attract screen's topics", () => {
  const topics = [
    { id: 'war', title: 'The war' },
    { id: 'dmz', title: 'The DMZ' },
  ]

  it("names the kiosk's topics by title, in the kiosk's order", () => {
    expect(topicTitles(['dmz', 'war'], topics)).toEqual(['The DMZ', 'The war'])
    expect(topicTitles([], topics)).toEqual([])
  })

  it('shows the id of a topic the bank no longer has, or of any before the bank is in', () => {
    expect(topicTitles(['war', 'gone'], topics)).toEqual(['The war', 'gone'])
    expect(topicTitles(['war'])).toEqual(['war'])
  })
})

describe('the bank a new kiosk runs', () => {
  const banks = [
    { id: 'korea', title: 'Korea' },
    { id: 'water', title: 'The water cycle' },
  ]

  it("is the link's, with the site's title for it", () => {
    expect(setupBank({ bank: 'water' }, banks)).toEqual({ id: 'water', title: 'The water cycle' })
  })

  it("is the site's first when the link names none", () => {
    expect(setupBank({ n: 5 }, banks)).toEqual({ id: 'korea', title: 'Korea' })
  })

  it('has no title when the site lacks the bank, and no id when the site has no bank', () => {
    expect(setupBank({ bank: 'gone' }, banks)).toEqual({ id: 'gone', title: undefined })
    expect(setupBank({}, [])).toEqual({ id: '', title: undefined })
  })
})
