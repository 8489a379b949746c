import { isLanguage, type Language } from '@/i18n/languages'
import { localState } from './index.ts'

/**
 * The interface language a learner chose with the `Language` picker, on this device. Read at
 * start-up, before zod is in: a type guard checks it, and anything else stored here is backed up
 * and forgotten, as every damaged value is (index.ts).
 */
const KEY = 'language'

export const savedLanguage = (): Language | undefined => localState.readIf(KEY, isLanguage)

export const saveLanguage = (code: Language) => localState.write(KEY, code)
