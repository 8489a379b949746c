import { applyLanguage, interfaceLanguage, loadedParts, type Part, type Sections } from './index'
import type { Language } from './languages'

/**
 * The rest of the catalogue's machinery, out of the app's entry: loading a page's part, and
 * switching the whole interface to another language.
 */
const parts = import.meta.glob<Sections>('./messages/*/*.ts', { import: 'default' })

function load(part: Part, code: Language): Promise<Sections> {
  const loader = parts[`./messages/${code}/${part}.ts`]
  if (!loader) return Promise.reject(new Error(`No ${part} messages for ${code}`))
  return loader()
}

/** Loads parts of the catalogue in the interface language; a part already in is not asked again. */
export async function loadParts(...wanted: Part[]): Promise<void> {
  const missing = wanted.filter((part) => !loadedParts.has(part))
  if (missing.length === 0) return
  const code = interfaceLanguage()
  const sections = await Promise.all(missing.map((part) => load(part, code)))
  // The language changed meanwhile: these are the old one's words.
  if (code !== interfaceLanguage()) return loadParts(...wanted)
  applyLanguage(code, missing, sections)
}

let switches = 0
/**
 * Switches the interface: every part the page has is loaded in the new language first, then
 * swapped in at once. `formatTag` is the tag numbers and dates are written in (locale.ts).
 */
export async function setLanguage(code: Language, formatTag: string = code) {
  const wanted = [...new Set<Part>(['first', ...loadedParts])]
  const ticket = ++switches
  const sections = await Promise.all(wanted.map((part) => load(part, code)))
  // A later choice won while these loaded.
  if (ticket !== switches) return
  applyLanguage(code, wanted, sections, formatTag)
}
