import { localState } from './index.ts'

/**
 * Whether this device is locked in kiosk mode. Kept apart from the kiosk store so that the router
 * can check it on every navigation without loading the kiosk's code (or zod) on other pages.
 */
const ACTIVE = 'kiosk:active'

/**
 * Fails closed: whatever is stored under the key, even a damaged value, keeps the kiosk on.
 * Only the teacher's `Exit kiosk` (after the PIN) removes it.
 */
export function kioskIsActive(): boolean {
  return localState.has(ACTIVE)
}

export function setKioskActive(active: boolean) {
  if (active) localState.write(ACTIVE, true)
  else localState.remove(ACTIVE)
}
