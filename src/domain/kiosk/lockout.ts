import { z } from 'zod/mini'

/** Wrong PINs in a row that lock the teacher panel. */
export const MAX_WRONG = 5
export const LOCK_SECONDS = 60
const LOCK_MS = LOCK_SECONDS * 1000

/** Wrong-PIN lockout: plain JSON the caller keeps, so a reload does not clear it. */
export const LockoutSchema = z.object({
  /** Wrong PINs in a row since the last right one or the last lock. */
  wrong: z.int().check(z.nonnegative()),
  /** Until when the panel is locked, in milliseconds since 1970 (UTC); null when never locked. */
  lockedUntil: z.nullable(z.number()),
})
export type Lockout = z.infer<typeof LockoutSchema>

export const NO_LOCKOUT: Lockout = Object.freeze({ wrong: 0, lockedUntil: null })

/** Milliseconds of lock left, never more than a full lock even if the clock went back. */
function msLocked(state: Lockout, now: number): number {
  if (state.lockedUntil === null) return 0
  return Math.min(LOCK_MS, Math.max(0, state.lockedUntil - now))
}

/** Whole seconds until the panel opens again, rounded up; 0 when it is open. */
export function secondsLocked(state: Lockout, now: number): number {
  return Math.ceil(msLocked(state, now) / 1000)
}

export function isLocked(state: Lockout, now: number): boolean {
  return msLocked(state, now) > 0
}

/**
 * The lockout with its end no later than a full lock from now. After the clock went back, keeping
 * this (on load, on each tick) lets the lock end 60 s later instead of when the clock catches up.
 */
export function clampLockout(state: Lockout, now: number): Lockout {
  if (state.lockedUntil === null || state.lockedUntil - now <= LOCK_MS) return state
  return { wrong: state.wrong, lockedUntil: now + LOCK_MS }
}

/** After a wrong PIN: the 5th in a row locks the panel for 60 s. A PIN tried while locked is ignored. */
export function afterWrongPin(state: Lockout, now: number): Lockout {
  if (isLocked(state, now)) return clampLockout(state, now)
  const wrong = state.wrong + 1
  if (wrong >= MAX_WRONG) return { wrong: 0, lockedUntil: now + LOCK_MS }
  return { wrong, lockedUntil: null }
}

export function afterRightPin(): Lockout {
  return NO_LOCKOUT
}
