/** The standards a course package is written for (`npm run questions:export -- --format …`). */
export const PACKAGE_FORMATS = ['scorm12', 'scorm2004', 'cmi5'] as const
export type PackageFormat = (typeof PACKAGE_FORMATS)[number]

/** What one package plays: the export's choices, read by the package's page when it opens. */
export interface PackageSettings {
  format: PackageFormat
  bank: string
  /** How many questions. */
  n: number
  /** The same questions for everyone; without one, each learner's first launch draws a seed. */
  seed?: string
  /** The pass mark, 0 to 1; the LMS's own, when it sets one, wins. */
  mastery?: number
}

/** The id of the JSON data block in the package's index.html that holds its settings. */
export const PACKAGE_SETTINGS_ID = 'factline-package'

/**
 * The settings as a data block for index.html: JSON is no script, so the page's strict
 * Content-Security-Policy lets it be; `<` is escaped so that no text in it can end the element.
 */
export const packageSettingsBlock = (settings: PackageSettings) =>
  `<script type="application/json" id="${PACKAGE_SETTINGS_ID}">${JSON.stringify(settings).replace(/</g, '\\u003c')}</script>`

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The settings a package's page found, or undefined when they are missing or damaged. */
export function readPackageSettings(value: unknown): PackageSettings | undefined {
  if (!isObject(value)) return undefined
  const { format, bank, n, seed, mastery } = value
  if (!PACKAGE_FORMATS.includes(format as PackageFormat)) return undefined
  if (typeof bank !== 'string' || bank === '') return undefined
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) return undefined
  if (seed !== undefined && typeof seed !== 'string') return undefined
  if (mastery !== undefined && (typeof mastery !== 'number' || !(mastery >= 0 && mastery <= 1)))
    return undefined
  return {
    format: format as PackageFormat,
    bank,
    n,
    ...(seed !== undefined ? { seed } : {}),
    ...(mastery !== undefined ? { mastery } : {}),
  }
}
