import { isLanguage, type Language } from '@/i18n/languages'
import { localState } from './index.ts'

/**
 * Whether this device is locked in kiosk mode. Kept apart from the kiosk store so that the router
 * can check it on every navigation without loading the kiosk's code (or zod) on other pages.
 */
const ACTIVE = 'kiosk:active'
/** The kiosk's settings (src/stores/kiosk.ts reads them whole, with their schema). */
const CONFIG = 'kiosk:config'

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

const isObject = (value: unknown): value is { language?: unknown } =>
  typeof value === 'object' && value !== null

/**
 * The language the teacher chose for a locked kiosk, read at start-up before zod is in; undefined
 * when the device is no kiosk, or its kiosk follows the device (set up before kiosks had one).
 */
export function kioskLanguage(): Language | undefined {
  if (!kioskIsActive()) return undefined
  // Only what is no object at all is set aside here: the kiosk store's schema would refuse it too.
  const language = localState.readIf(CONFIG, isObject)?.language
  return isLanguage(language) ? language : undefined
}
