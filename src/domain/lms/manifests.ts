import { decodeHTMLAttribute } from 'entities/decode'
import { serializeXml, type XmlOut } from '../bank/moodle-xml-export.ts'

/**
 * What a course package says about itself, for the manifest of any of the standards. The files
 * are the package's content: a manifest of its own (imsmanifest.xml, cmi5.xml) is left out of the
 * resource if it is listed.
 */
export interface PackageInfo {
  /** The package's identifier; made valid for each standard (see `scormIdentifier`). */
  identifier: string
  title: string
  /** cmi5 only, as is the language: SCORM's manifests carry no description. */
  description?: string
  /** The language of the title and description (BCP 47, as `xs:language`). */
  language: string
  /** Every file of the package, '/'-separated. */
  files: string[]
  /** The page the LMS opens, one of `files`. */
  launch: string
  /** The pass mark, 0 to 1. */
  mastery?: number
}

// ---------------------------------------------------------------------------------------------
// Checks and the rules that make a text valid where each standard puts it.

/**
 * A path inside a package: '/'-separated, relative, with no empty, `.` or `..` step and no
 * backslash, so that no archive tool can read it as somewhere outside the package.
 */
export function checkPackagePath(path: string): string {
  const steps = path.split('/')
  const bad =
    path === '' ||
    path.includes('\\') ||
    /[\x00-\x1f\x7f]/.test(path) ||
    steps.some((step) => step === '' || step === '.' || step === '..')
  if (bad) {
    throw new Error(
      `"${path}" is not a path inside the package: write it relative, '/'-separated, with no empty, "." or ".." step`,
    )
  }
  return path
}

/**
 * An IMS Content Packaging identifier (`xs:ID`, an XML NCName), in the ASCII every LMS reads: a
 * character other than a letter, digit, `_`, `-` or `.` becomes `_`, and an `_` goes in front of
 * one that would start with a digit, `-` or `.`. `korea-2018` stays; `2018 quiz` is `_2018_quiz`.
 */
export function scormIdentifier(text: string): string {
  const safe = text.trim().replace(/[^A-Za-z0-9_.-]/g, '_')
  if (safe === '') throw new Error('a package needs an identifier')
  return /^[A-Za-z_]/.test(safe) ? safe : `_${safe}`
}

/** Characters an IRI may not hold as they are (RFC 3987): spaces, controls, `"<>\^`{|}`. */
const NOT_IRI = /[\s\x00-\x1f\x7f"<>\\^`{|}]/g

/**
 * A cmi5 id: an absolute IRI (cmi5 says "fully qualified, not an IRI reference"). Characters an
 * IRI can't hold are percent-encoded; a text with no scheme is refused, since no rule can guess
 * whose namespace it belongs to.
 */
export function cmi5Id(text: string): string {
  const iri = text.trim().replace(NOT_IRI, (c) => encodeURIComponent(c))
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:./.test(iri)) {
    throw new Error(
      `"${text}" is not an absolute IRI: a cmi5 id starts with a scheme, e.g. urn:factline:course:korea-2018 or https://school.example/courses/korea-2018`,
    )
  }
  return iri
}

/** A file's path as a URI reference: each step percent-encoded, so spaces and `#` stay in the name. */
const fileHref = (path: string) =>
  checkPackagePath(path).split('/').map(encodeURIComponent).join('/')

const LANGUAGE = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/

function checkLanguage(language: string): string {
  if (!LANGUAGE.test(language)) {
    throw new Error(`"${language}" is not a language tag such as en or en-GB`)
  }
  return language
}

/** The manifest's own name and cmi5's are not content of the resource. */
const MANIFESTS = new Set(['imsmanifest.xml', 'cmi5.xml'])

/** The content files, checked, sorted and once each; the launch page must be one of them. */
function contentFiles(info: PackageInfo): string[] {
  const files = info.files.filter((f) => !MANIFESTS.has(f)).map(checkPackagePath)
  const seen = new Set<string>()
  for (const file of files) {
    if (seen.has(file)) throw new Error(`"${file}" is listed twice`)
    seen.add(file)
  }
  if (!seen.has(info.launch)) {
    throw new Error(`the launch page "${info.launch}" is not among the package's files`)
  }
  return files.sort()
}

function titleOf(info: PackageInfo): string {
  const title = info.title.trim()
  if (title === '') throw new Error('a package needs a title')
  return title
}

/**
 * SCORM 1.2's title is at most 200 characters (imscp_rootv1p1p2), and 2004 makes 200 the
 * smallest maximum an LMS must keep: longer titles are cut there, on a whole character.
 */
const scormTitle = (info: PackageInfo) => Array.from(titleOf(info)).slice(0, 200).join('')

function checkMastery(mastery: number): number {
  if (!(mastery >= 0 && mastery <= 1)) throw new Error(`a mastery of ${mastery} is not from 0 to 1`)
  return mastery
}

/** A decimal with at most `digits` decimals and no exponent, no trailing zeros: 80, 0.8, 0.8333. */
const decimal = (value: number, digits: number) => String(Number(value.toFixed(digits)))

// ---------------------------------------------------------------------------------------------
// A small element builder for namespaced names (the Moodle XML writer's `el` takes no prefix).

const QNAME = /^(?:[A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*$/

/** An element; attributes left undefined are not written, strings among the children are text. */
function tag(
  name: string,
  attributes: Record<string, string | undefined> = {},
  ...children: (XmlOut | string | undefined)[]
): XmlOut {
  const written = Object.entries(attributes).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  )
  for (const key of [name, ...written.map(([key]) => key)]) {
    if (!QNAME.test(key)) throw new Error(`"${key}" is not an XML name`)
  }
  return {
    name,
    attributes: written,
    children: children
      .filter((c) => c !== undefined)
      .map((c) => (typeof c === 'string' ? { text: c } : c)),
  }
}

/** How SCORM 1.2 and 2004 differ in a one-SCO manifest; the rest is IMS Content Packaging. */
interface ScormShape {
  /** The default namespace (`xmlns`) and each prefix's, with its schema's file. */
  namespaces: [attribute: string, uri: string, schema: string][]
  schemaversion: string
  /** The ADL attribute that makes the resource a SCO (1.2 writes it in lower case). */
  scormType: string
  /** What the item holds after its title, and the organization after its item. */
  item: (XmlOut | undefined)[]
  organization: (XmlOut | undefined)[]
}

/**
 * An imsmanifest.xml of one organization with one item, the quiz, whose resource is a SCO that
 * lists every file. Its organization, item and resource ids are the package's, with a suffix.
 */
function scormManifest(info: PackageInfo, shape: ScormShape): string {
  const id = scormIdentifier(info.identifier)
  const [organization, item, sco] = [`${id}-org`, `${id}-item`, `${id}-sco`]
  const title = scormTitle(info)
  return serializeXml(
    tag(
      'manifest',
      {
        identifier: id,
        ...Object.fromEntries(shape.namespaces.map(([attribute, uri]) => [attribute, uri])),
        'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
        'xsi:schemaLocation': shape.namespaces.map(([, uri, file]) => `${uri} ${file}`).join(' '),
      },
      tag(
        'metadata',
        {},
        tag('schema', {}, 'ADL SCORM'),
        tag('schemaversion', {}, shape.schemaversion),
      ),
      tag(
        'organizations',
        { default: organization },
        tag(
          'organization',
          { identifier: organization },
          tag('title', {}, title),
          tag(
            'item',
            { identifier: item, identifierref: sco, isvisible: 'true' },
            tag('title', {}, title),
            ...shape.item,
          ),
          ...shape.organization,
        ),
      ),
      tag(
        'resources',
        {},
        tag(
          'resource',
          {
            identifier: sco,
            type: 'webcontent',
            [shape.scormType]: 'sco',
            href: fileHref(info.launch),
          },
          ...contentFiles(info).map((file) => tag('file', { href: fileHref(file) })),
        ),
      ),
    ),
  )
}

// ---------------------------------------------------------------------------------------------
// SCORM 1.2.

/**
 * imsmanifest.xml for SCORM 1.2. A mastery becomes the item's `adlcp:masteryscore`, a percentage,
 * which the LMS hands to the SCO as `cmi.student_data.mastery_score`.
 */
export function scorm12Manifest(info: PackageInfo): string {
  const mastery =
    info.mastery === undefined ? undefined : decimal(checkMastery(info.mastery) * 100, 2)
  return scormManifest(info, {
    namespaces: [
      ['xmlns', 'http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
      ['xmlns:adlcp', 'http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
    ],
    schemaversion: '1.2',
    scormType: 'adlcp:scormtype',
    item: [mastery === undefined ? undefined : tag('adlcp:masteryscore', {}, mastery)],
    organization: [],
  })
}

// ---------------------------------------------------------------------------------------------
// SCORM 2004 4th Edition.

/**
 * imsmanifest.xml for SCORM 2004 4th Edition. The item says the SCO reports its own completion
 * and success (so the LMS marks nothing satisfied for it), and a mastery becomes its primary
 * objective, satisfied by a measure of at least the pass mark, which the LMS hands over as
 * `cmi.scaled_passing_score`. The organization lets the LMS flow into the only item, so that it
 * opens the quiz at once instead of a menu.
 */
export function scorm2004Manifest(info: PackageInfo): string {
  const mastery = info.mastery === undefined ? undefined : decimal(checkMastery(info.mastery), 4)
  const objectives =
    mastery === undefined
      ? undefined
      : tag(
          'imsss:objectives',
          {},
          tag(
            'imsss:primaryObjective',
            { satisfiedByMeasure: 'true' },
            tag('imsss:minNormalizedMeasure', {}, mastery),
          ),
        )
  return scormManifest(info, {
    namespaces: [
      ['xmlns', 'http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
      ['xmlns:adlcp', 'http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
      ['xmlns:adlseq', 'http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
      ['xmlns:adlnav', 'http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
      ['xmlns:imsss', 'http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
    ],
    schemaversion: '2004 4th Edition',
    scormType: 'adlcp:scormType',
    item: [
      tag(
        'imsss:sequencing',
        {},
        objectives,
        tag('imsss:deliveryControls', {
          completionSetByContent: 'true',
          objectiveSetByContent: 'true',
        }),
      ),
    ],
    organization: [
      tag('imsss:sequencing', {}, tag('imsss:controlMode', { choice: 'true', flow: 'true' })),
    ],
  })
}

// ---------------------------------------------------------------------------------------------
// cmi5.

const CMI5 = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd'

/** cmi5's titles and descriptions: one `langstring` in the bank's language. */
const langstrings = (name: string, text: string, language: string) =>
  tag(name, {}, tag('langstring', { lang: language }, text))

/**
 * cmi5.xml: a course of one AU, the quiz, launched as the LMS likes (`AnyWindow`). With a mastery
 * the AU moves on when completed and passed, and carries its `masteryScore` (0 to 1), which the
 * LMS hands over in LMS.LaunchData; without one, completion is enough. The description, which
 * cmi5 requires, is the title when the bank has none.
 */
export function cmi5CourseStructure(
  info: PackageInfo & { courseId: string; auId: string },
): string {
  const courseId = cmi5Id(info.courseId)
  const auId = cmi5Id(info.auId)
  if (courseId === auId) throw new Error(`the course and its AU need two ids, not "${auId}"`)
  // cmi5.xml lists no files, but its launch page must be one of them all the same.
  contentFiles(info)
  const language = checkLanguage(info.language)
  const title = titleOf(info)
  const description = info.description?.trim() || title
  const mastery = info.mastery === undefined ? undefined : decimal(checkMastery(info.mastery), 4)
  return serializeXml(
    tag(
      'courseStructure',
      { xmlns: CMI5 },
      tag(
        'course',
        { id: courseId },
        langstrings('title', title, language),
        langstrings('description', description, language),
      ),
      tag(
        'au',
        {
          id: auId,
          moveOn: mastery === undefined ? 'Completed' : 'CompletedAndPassed',
          masteryScore: mastery,
          launchMethod: 'AnyWindow',
        },
        langstrings('title', title, language),
        langstrings('description', description, language),
        tag('url', {}, fileHref(info.launch)),
      ),
    ),
  )
}

// ---------------------------------------------------------------------------------------------
// The package's Content-Security-Policy.

/** A source a `connect-src` can take: 'self', a scheme (`https:`) or a host with its scheme, port or path. */
const CSP_SOURCE = [
  /^'self'$/,
  /^[A-Za-z][A-Za-z0-9+.-]*:$/,
  /^(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/)?(?:\*|(?:\*\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)(?::(?:\d{1,5}|\*))?(?:\/[^\s;,'"<>]*)?$/,
]

const META = /<meta\b[^>]*>/gi
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g

/** Where the policy's text is in the page (as written, entities and all), and its quote. */
interface PolicyText {
  start: number
  written: string
  quote: string
}

/** The page's one `<meta http-equiv="Content-Security-Policy" content="…">`, or a loud refusal. */
function policyIn(html: string): PolicyText {
  const found: PolicyText[] = []
  for (const meta of html.matchAll(META)) {
    const attributes = [...meta[0].matchAll(ATTRIBUTE)].map((a) => {
      const written = a[2] ?? a[3] ?? ''
      return {
        name: (a[1] as string).toLowerCase(),
        written,
        quote: a[2] === undefined ? "'" : '"',
        // Past the name, `=` and the opening quote.
        start: meta.index + a.index + a[0].length - written.length - 1,
      }
    })
    const equiv = attributes.find((a) => a.name === 'http-equiv')
    if (decodeHTMLAttribute(equiv?.written ?? '').toLowerCase() !== 'content-security-policy')
      continue
    const content = attributes.find((a) => a.name === 'content')
    if (!content) throw new Error('the Content-Security-Policy <meta> has no content="…"')
    found.push(content)
  }
  if (found.length !== 1) {
    throw new Error(
      `the page has ${found.length === 0 ? 'no' : found.length} <meta http-equiv="Content-Security-Policy"> (one is expected)`,
    )
  }
  return found[0] as PolicyText
}

/** Keyword sources written without their quotes name a host called "self": surely a slip. */
const BARE_KEYWORD = /^(self|none|unsafe-inline|unsafe-eval|strict-dynamic)$/i

/**
 * A built index.html with the `connect-src` of its `<meta http-equiv="Content-Security-Policy">`
 * (as index.html and src/package/index.html write it) set to `connectSrc`; every other directive
 * is left as it was, to the space. Throws when the page has no such policy, or two, or the policy
 * no `connect-src` or two: a package must never ship with another policy than the one meant.
 */
export function packageCsp(html: string, connectSrc: string[]): string {
  if (connectSrc.length === 0) throw new Error("connect-src needs a source, such as 'self'")
  for (const source of connectSrc) {
    if (BARE_KEYWORD.test(source)) throw new Error(`write the keyword ${source} as '${source}'`)
    if (!CSP_SOURCE.some((pattern) => pattern.test(source))) {
      throw new Error(
        `"${source}" is not a connect-src source such as 'self', https: or https://lrs.example.org`,
      )
    }
  }
  const { start, written, quote } = policyIn(html)
  const directives = decodeHTMLAttribute(written).split(';')
  const at = directives.flatMap((directive, i) =>
    directive.trim().split(/\s+/)[0]?.toLowerCase() === 'connect-src' ? [i] : [],
  )
  if (at.length !== 1) {
    throw new Error(
      `the page's Content-Security-Policy has ${at.length === 0 ? 'no' : at.length} connect-src directives (one is expected)`,
    )
  }
  const index = at[0] as number
  const [, before, after] = /^(\s*)[\s\S]*?(\s*)$/.exec(directives[index] as string) as string[]
  directives[index] = `${before}connect-src ${connectSrc.join(' ')}${after}`
  const policy = directives
    .join(';')
    .replaceAll('&', '&amp;')
    .replaceAll(quote, quote === '"' ? '&quot;' : '&#39;')
  return html.slice(0, start) + policy + html.slice(start + written.length)
}
