import { isAiken } from './aiken.ts'

/** The formats a question file can be written in. */
export const BANK_FORMATS = ['yaml', 'gift', 'moodle-xml', 'aiken'] as const
export type BankFormat = (typeof BANK_FORMATS)[number]

/** Each format as a teacher knows it. */
export const FORMAT_NAMES: Record<BankFormat, string> = {
  yaml: 'Factline YAML',
  gift: 'Moodle GIFT',
  'moodle-xml': 'Moodle XML',
  aiken: 'Aiken',
}

/** A text's first line that is neither blank nor a `#` comment, trimmed. */
const firstLineOf = (text: string) =>
  text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .find((line) => line !== '' && !line.startsWith('#'))

/** The keys a bank's YAML file starts with; GIFT's `$CATEGORY:` is not one. */
const BANK_KEY =
  /^(?:---$|\$schema\s*:|(?:title|language|summary|source|license|generate|topics|facts|questions)\s*:)/
/** Any `key:` line: YAML, when nothing says the text is another format. */
const ANY_KEY = /^[A-Za-z_][\w-]*\s*:(\s|$)/
/** `<?xml`, or Moodle's root (`<quiz>`, a lone `<question>`), after any XML comments. */
const XML_START = /^(?:\s*<!--[\s\S]*?-->)*\s*<(?:\?xml[\s?]|quiz[\s>/]|question[\s>/])/
/** A GIFT title, category, or answer block (`{=`, `{~`, `{T}`, `{#3.5}`…). */
const GIFT_SIGN =
  /^[ \t]*(?:::|\$CATEGORY:)|(?:^|[^\\{])\{[ \t\r\n]*(?:[=~#]|(?:T|F|TRUE|FALSE)[ \t\r\n]*[}#])/m

/**
 * The format a question file's text is written in, when its text says so: the studio switches a
 * draft to the format of text pasted over it only then. Moodle XML by its first tag, YAML by a
 * bank's first key, Aiken by its `ANSWER:` lines, GIFT by its titles, categories or answer blocks.
 */
export function recognizeFormat(text: string): BankFormat | undefined {
  const content = text.replace(/^\uFEFF/, '')
  if (XML_START.test(content)) return 'moodle-xml'
  const first = firstLineOf(content)
  if (first && BANK_KEY.test(first)) return 'yaml'
  if (isAiken(content)) return 'aiken'
  if (GIFT_SIGN.test(content)) return 'gift'
  if (first && ANY_KEY.test(first)) return 'yaml'
  return undefined
}

/**
 * The format of a question file whose name does not say (a `.txt`, a paste): as recognised, else
 * GIFT, whose plainest question is a line of text and an answer block.
 */
export const detectFormat = (text: string): BankFormat => recognizeFormat(text) ?? 'gift'
