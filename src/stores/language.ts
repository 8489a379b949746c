import { interfaceLanguage, startIn } from '@/i18n'
import { preferredLanguage, type Language } from '@/i18n/languages'
import { regionalTag } from '@/i18n/locale'
import { kioskLanguage } from '@/persistence/kiosk-lock'
import { saveLanguage, savedLanguage } from '@/persistence/language'

/** The device's own language: the learner's choice on this device, else the browser's. */
export const deviceLanguage = (): Language =>
  preferredLanguage(savedLanguage(), navigator.languages)

/**
 * The interface language: a locked kiosk's own, else the device's. Start-up awaits it beside the
 * page's bank; the `Language` picker changes it and it is remembered.
 */
export async function startLanguage() {
  const code = kioskLanguage() ?? deviceLanguage()
  try {
    await startIn(code, regionalTag(code, navigator.languages))
  } catch {
    // Its words could not be fetched (offline before they were ever cached): English then, which
    // the service worker keeps with the app.
    if (code !== 'en') await startIn('en', regionalTag('en', navigator.languages))
  }
}

/**
 * Shows the interface in `code` without keeping it as the device's choice: a kiosk's language, or
 * a student's for their turn.
 */
export async function showLanguage(code: Language) {
  if (code === interfaceLanguage()) return
  const { setLanguage } = await import('@/i18n/catalogue')
  await setLanguage(code, regionalTag(code, navigator.languages))
}

/** The learner's choice: shown at once, and kept for the next visit on this device. */
export async function chooseLanguage(code: Language) {
  const { setLanguage } = await import('@/i18n/catalogue')
  await setLanguage(code, regionalTag(code, navigator.languages))
  saveLanguage(code)
}
