import { z } from 'zod'
import { localState } from './index.ts'

/**
 * Whether this device is locked in kiosk mode. Kept apart from the kiosk store so that the router
 * can check it on every navigation without loading the kiosk's code on other pages.
 */
const ACTIVE = 'kiosk:active'

export function kioskIsActive(): boolean {
  return localState.read(ACTIVE, z.literal(true)) === true
}

export function setKioskActive(active: boolean) {
  if (active) localState.write(ACTIVE, true)
  else localState.remove(ACTIVE)
}
