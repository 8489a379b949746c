import { describe, expect, it } from 'vitest'
import {
  LOCK_SECONDS,
  LockoutSchema,
  MAX_WRONG,
  NO_LOCKOUT,
  afterRightPin,
  afterWrongPin,
  clampLockout,
  isLocked,
  secondsLocked,
  type Lockout,
} from '@/domain/kiosk/index.ts'

const T = 1_700_000_000_000

function wrongTimes(times: number, now: number, state: Lockout = NO_LOCKOUT): Lockout {
  for (let i = 0; i < times; i++) state = afterWrongPin(state, now)
  return state
}

describe('wrong-PIN lockout', () => {
  it('locks after 5 wrong PINs in a row, for 60 seconds', () => {
    expect(MAX_WRONG).toBe(5)
    expect(LOCK_SECONDS).toBe(60)
  })

  it('does not lock after 4 wrong PINs', () => {
    const state = wrongTimes(4, T)
    expect(state).toEqual({ wrong: 4, lockedUntil: null })
    expect(isLocked(state, T)).toBe(false)
    expect(secondsLocked(state, T)).toBe(0)
  })

  it('locks for 60 s on the 5th wrong PIN and starts counting again', () => {
    const state = wrongTimes(5, T)
    expect(state).toEqual({ wrong: 0, lockedUntil: T + 60_000 })
    expect(isLocked(state, T)).toBe(true)
    expect(secondsLocked(state, T)).toBe(60)
  })

  it('counts down in whole seconds, rounded up', () => {
    const state = wrongTimes(5, T)
    expect(secondsLocked(state, T + 1)).toBe(60)
    expect(secondsLocked(state, T + 999)).toBe(60)
    expect(secondsLocked(state, T + 1_000)).toBe(59)
    expect(secondsLocked(state, T + 30_500)).toBe(30)
    expect(secondsLocked(state, T + 59_001)).toBe(1)
    expect(isLocked(state, T + 59_999)).toBe(true)
  })

  it('opens again at 60 s', () => {
    const state = wrongTimes(5, T)
    expect(secondsLocked(state, T + 60_000)).toBe(0)
    expect(isLocked(state, T + 60_000)).toBe(false)
    expect(isLocked(state, T + 3_600_000)).toBe(false)
  })

  it('needs 5 more wrong PINs after a lock ends to lock again', () => {
    const after = T + 60_000
    const state = wrongTimes(4, after, wrongTimes(5, T))
    expect(state).toEqual({ wrong: 4, lockedUntil: null })
    expect(isLocked(afterWrongPin(state, after), after)).toBe(true)
  })

  it('ignores PINs tried while locked, so they do not extend the lock', () => {
    const state = wrongTimes(5, T)
    expect(afterWrongPin(state, T + 10_000)).toEqual(state)
    expect(secondsLocked(wrongTimes(20, T + 10_000, state), T + 10_000)).toBe(50)
  })

  it('is cleared by the right PIN', () => {
    expect(afterRightPin()).toEqual(NO_LOCKOUT)
    expect(afterRightPin()).toEqual({ wrong: 0, lockedUntil: null })
    // Four wrong, one right, four wrong: not five in a row.
    let state = wrongTimes(4, T)
    state = afterRightPin()
    state = wrongTimes(4, T, state)
    expect(isLocked(state, T)).toBe(false)
  })

  it('survives a reload as JSON through the schema', () => {
    const locked = wrongTimes(5, T)
    const reloaded = LockoutSchema.parse(JSON.parse(JSON.stringify(locked)))
    expect(reloaded).toEqual(locked)
    expect(secondsLocked(reloaded, T + 20_000)).toBe(40)
    const counting = LockoutSchema.parse(JSON.parse(JSON.stringify(wrongTimes(3, T))))
    expect(counting.wrong).toBe(3)
    expect(isLocked(wrongTimes(2, T, counting), T)).toBe(true)
  })

  it('refuses stored states that are not a lockout', () => {
    expect(LockoutSchema.safeParse({ wrong: -1, lockedUntil: null }).success).toBe(false)
    expect(LockoutSchema.safeParse({ wrong: 1.5, lockedUntil: null }).success).toBe(false)
    expect(LockoutSchema.safeParse({ wrong: 0, lockedUntil: 'soon' }).success).toBe(false)
    expect(LockoutSchema.safeParse({ wrong: 0 }).success).toBe(false)
  })

  it('never locks for more than 60 s when the clock went back', () => {
    const state = wrongTimes(5, T)
    const yearBefore = T - 365 * 24 * 3_600_000
    expect(secondsLocked(state, yearBefore)).toBe(60)
    expect(secondsLocked(state, T - 1)).toBe(60)
    const clamped = clampLockout(state, yearBefore)
    expect(clamped.lockedUntil).toBe(yearBefore + 60_000)
    expect(secondsLocked(clamped, yearBefore + 30_000)).toBe(30)
    expect(isLocked(clamped, yearBefore + 60_000)).toBe(false)
    // A wrong PIN while locked keeps the clamped end, too.
    expect(afterWrongPin(state, yearBefore).lockedUntil).toBe(yearBefore + 60_000)
  })

  it('leaves a lockout that needs no clamping as it is', () => {
    const state = wrongTimes(5, T)
    expect(clampLockout(state, T + 5_000)).toBe(state)
    expect(clampLockout(NO_LOCKOUT, T)).toBe(NO_LOCKOUT)
  })
})
