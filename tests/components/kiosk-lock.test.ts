import { beforeEach, describe, expect, it } from 'vitest'
import { kioskIsActive, setKioskActive } from '@/persistence/kiosk-lock'

describe('the kiosk lock the router checks', () => {
  beforeEach(() => localStorage.clear())

  it('is on from setting it until it is removed', () => {
    expect(kioskIsActive()).toBe(false)
    setKioskActive(true)
    expect(kioskIsActive()).toBe(true)
    setKioskActive(false)
    expect(kioskIsActive()).toBe(false)
  })

  it('stays on when its stored value is damaged: a student never gets out through bad storage', () => {
    localStorage.setItem('factline:kiosk:active', '{not json')
    expect(kioskIsActive()).toBe(true)
    localStorage.setItem('factline:kiosk:active', 'false')
    expect(kioskIsActive()).toBe(true)
  })
})
