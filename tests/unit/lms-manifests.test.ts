import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { child, elements, parseXml, type XmlElement, type XmlNode } from '@/domain/bank/xml'
import {
  checkPackagePath,
  cmi5CourseStructure,
  cmi5Id,
  packageCsp,
  scorm12Manifest,
  scorm2004Manifest,
  scormIdentifier,
  type PackageInfo,
} from '@/domain/lms/manifests'

// What the schemas require, written from the XSDs (imscp_rootv1p1p2 + adlcp_rootv1p2 for 1.2;
// imscp_v1p1, adlcp_v1p3, imsss_v1p0 for 2004 4th Edition; cmi5's CourseStructure.xsd), checked
// with the app's own XML reader: the schemas themselves are not shipped (their licences are unclear).

/** `xs:NCName`, the lexical space of `xs:ID`. */
const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/
/** `xs:decimal`. */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/

const INFO: PackageInfo = {
  identifier: 'factline-korea-2018',
  title: 'Korea 1950–1953',
  description: 'Dates & places of the war',
  language: 'en-GB',
  files: ['index.html', 'assets/index-AbC.js', 'assets/index-Xy.css', 'banks/korea-2018.json'],
  launch: 'index.html',
}

function read(xml: string): XmlElement {
  const parsed = parseXml(xml)
  if (!parsed.root) throw new Error(`not well-formed: ${parsed.error.message}`)
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
  return parsed.root
}

/** The child element of that name, which must be there. */
function one(el: XmlElement | undefined, name: string): XmlElement {
  const found = child(el, name)
  if (!found) throw new Error(`no <${name}> in <${el?.name}>`)
  return found
}

const text = (el: XmlElement) =>
  el.children.map((c: XmlNode) => (c.kind === 'text' ? c.value : '')).join('')

const names = (el: XmlElement) => elements(el).map((e) => e.name)

/** Every element below (and with) `el`. */
const everyElement = (el: XmlElement): XmlElement[] => [el, ...elements(el).flatMap(everyElement)]

/** `xsi:schemaLocation` as namespace → schema file. */
function locations(root: XmlElement): Record<string, string> {
  const words = (root.attrs['xsi:schemaLocation'] ?? '').split(/\s+/)
  expect(words.length % 2).toBe(0)
  const pairs: Record<string, string> = {}
  for (let i = 0; i < words.length; i += 2) pairs[words[i] as string] = words[i + 1] as string
  return pairs
}

/** What a manifest of either SCORM version must hold: ids, their references, the one SCO. */
function expectContentPackage(root: XmlElement, scormType: string, info: PackageInfo = INFO) {
  expect(root.name).toBe('manifest')
  expect(root.attrs['xmlns:xsi']).toBe('http://www.w3.org/2001/XMLSchema-instance')
  expect(names(root)).toEqual(['metadata', 'organizations', 'resources'])
  expect(names(one(root, 'metadata'))).toEqual(['schema', 'schemaversion'])
  expect(text(one(one(root, 'metadata'), 'schema'))).toBe('ADL SCORM')

  const ids = everyElement(root).flatMap((e) =>
    e.attrs.identifier === undefined ? [] : [e.attrs.identifier],
  )
  for (const id of ids) expect(id).toMatch(NCNAME)
  expect(new Set(ids).size).toBe(ids.length)

  const organizations = one(root, 'organizations')
  const organization = one(organizations, 'organization')
  expect(organizations.attrs.default).toBe(organization.attrs.identifier)
  expect(text(one(organization, 'title'))).toBe(info.title)
  const items = elements(organization, 'item')
  expect(items).toHaveLength(1)
  const item = items[0] as XmlElement
  expect(text(one(item, 'title'))).toBe(info.title)

  const resources = elements(one(root, 'resources'), 'resource')
  expect(resources).toHaveLength(1)
  const sco = resources[0] as XmlElement
  expect(item.attrs.identifierref).toBe(sco.attrs.identifier)
  expect(sco.attrs.type).toBe('webcontent')
  expect(sco.attrs[scormType]).toBe('sco')
  expect(sco.attrs.href).toBe(info.launch)
  const hrefs = elements(sco, 'file').map((f) => f.attrs.href)
  expect(hrefs).toEqual([...info.files].sort())
  expect(names(sco).every((n) => n === 'file')).toBe(true)
  return { item, organization, sco }
}

describe('SCORM 1.2 imsmanifest.xml', () => {
  it('declares the 1.2 content packaging and ADL namespaces with their schemas', () => {
    const root = read(scorm12Manifest(INFO))
    expect(root.attrs.xmlns).toBe('http://www.imsproject.org/xsd/imscp_rootv1p1p2')
    expect(root.attrs['xmlns:adlcp']).toBe('http://www.adlnet.org/xsd/adlcp_rootv1p2')
    expect(locations(root)).toEqual({
      'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'imscp_rootv1p1p2.xsd',
      'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'adlcp_rootv1p2.xsd',
    })
    expect(text(one(one(root, 'metadata'), 'schemaversion'))).toBe('1.2')
    expect(root.attrs.identifier).toBe('factline-korea-2018')
  })

  it('has one organization, one item and one SCO (lower-case scormtype) listing every file', () => {
    const { sco } = expectContentPackage(read(scorm12Manifest(INFO)), 'adlcp:scormtype')
    expect(sco.attrs['adlcp:scormType']).toBeUndefined()
  })

  it('writes a mastery as the item’s masteryscore, a percentage after the title', () => {
    for (const [mastery, score] of [
      [0.8, '80'],
      [0.755, '75.5'],
      [2 / 3, '66.67'],
      [0, '0'],
      [1, '100'],
    ] as const) {
      const { item } = expectContentPackage(
        read(scorm12Manifest({ ...INFO, mastery })),
        'adlcp:scormtype',
      )
      expect(names(item)).toEqual(['title', 'adlcp:masteryscore'])
      const value = text(one(item, 'adlcp:masteryscore'))
      expect(value).toBe(score)
      expect(value).toMatch(DECIMAL)
    }
  })

  it('writes no masteryscore without a mastery', () => {
    const { item } = expectContentPackage(read(scorm12Manifest(INFO)), 'adlcp:scormtype')
    expect(names(item)).toEqual(['title'])
  })

  it('cuts a title to the 200 characters the schema allows, on a whole character', () => {
    const title = `${'x'.repeat(199)}😀 and more`
    const root = read(scorm12Manifest({ ...INFO, title }))
    const written = text(one(one(one(root, 'organizations'), 'organization'), 'title'))
    expect(Array.from(written)).toHaveLength(200)
    expect(written.endsWith('😀')).toBe(true)
  })
})

describe('SCORM 2004 4th Edition imsmanifest.xml', () => {
  const NAMESPACES = {
    xmlns: 'http://www.imsglobal.org/xsd/imscp_v1p1',
    'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_v1p3',
    'xmlns:adlseq': 'http://www.adlnet.org/xsd/adlseq_v1p3',
    'xmlns:adlnav': 'http://www.adlnet.org/xsd/adlnav_v1p3',
    'xmlns:imsss': 'http://www.imsglobal.org/xsd/imsss',
  }

  it('declares the five 2004 namespaces, each with its schema, and the 4th Edition', () => {
    const root = read(scorm2004Manifest(INFO))
    for (const [name, namespace] of Object.entries(NAMESPACES))
      expect(root.attrs[name]).toBe(namespace)
    expect(locations(root)).toEqual({
      'http://www.imsglobal.org/xsd/imscp_v1p1': 'imscp_v1p1.xsd',
      'http://www.adlnet.org/xsd/adlcp_v1p3': 'adlcp_v1p3.xsd',
      'http://www.adlnet.org/xsd/adlseq_v1p3': 'adlseq_v1p3.xsd',
      'http://www.adlnet.org/xsd/adlnav_v1p3': 'adlnav_v1p3.xsd',
      'http://www.imsglobal.org/xsd/imsss': 'imsss_v1p0.xsd',
    })
    expect(text(one(one(root, 'metadata'), 'schemaversion'))).toBe('2004 4th Edition')
  })

  it('has one SCO (camel-case scormType) listing every file, which reports its own status', () => {
    const { item, sco } = expectContentPackage(read(scorm2004Manifest(INFO)), 'adlcp:scormType')
    expect(sco.attrs['adlcp:scormtype']).toBeUndefined()
    expect(names(item)).toEqual(['title', 'imsss:sequencing'])
    const sequencing = one(item, 'imsss:sequencing')
    expect(names(sequencing)).toEqual(['imsss:deliveryControls'])
    expect(one(sequencing, 'imsss:deliveryControls').attrs).toEqual({
      completionSetByContent: 'true',
      objectiveSetByContent: 'true',
    })
  })

  it('lets the LMS flow into the only item instead of showing a menu', () => {
    const { organization } = expectContentPackage(read(scorm2004Manifest(INFO)), 'adlcp:scormType')
    // imscp_v1p1: title, items, then elements of other namespaces.
    expect(names(organization)).toEqual(['title', 'item', 'imsss:sequencing'])
    const control = one(one(organization, 'imsss:sequencing'), 'imsss:controlMode')
    expect(control.attrs).toEqual({ choice: 'true', flow: 'true' })
  })

  it('writes a mastery as a primary objective satisfied by a measure, before the delivery controls', () => {
    for (const [mastery, measure] of [
      [0.8, '0.8'],
      [2 / 3, '0.6667'],
      [0, '0'],
      [1, '1'],
    ] as const) {
      const { item } = expectContentPackage(
        read(scorm2004Manifest({ ...INFO, mastery })),
        'adlcp:scormType',
      )
      const sequencing = one(item, 'imsss:sequencing')
      // imsss sequencingType: objectives come before deliveryControls.
      expect(names(sequencing)).toEqual(['imsss:objectives', 'imsss:deliveryControls'])
      const objectives = one(sequencing, 'imsss:objectives')
      expect(names(objectives)).toEqual(['imsss:primaryObjective'])
      const primary = one(objectives, 'imsss:primaryObjective')
      expect(primary.attrs.satisfiedByMeasure).toBe('true')
      const value = text(one(primary, 'imsss:minNormalizedMeasure'))
      expect(value).toBe(measure)
      // imsss measureType: a decimal from -1 to 1.
      expect(value).toMatch(DECIMAL)
      expect(Math.abs(Number(value))).toBeLessThanOrEqual(1)
    }
  })
})

describe('cmi5.xml', () => {
  const COURSE = {
    ...INFO,
    courseId: 'urn:factline:course:korea-2018',
    auId: 'urn:factline:au:korea-2018',
  }

  it('is a course structure of one course and one AU in the cmi5 namespace', () => {
    const root = read(cmi5CourseStructure(COURSE))
    expect(root.name).toBe('courseStructure')
    expect(root.attrs).toEqual({
      xmlns: 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd',
    })
    expect(names(root)).toEqual(['course', 'au'])
    const course = one(root, 'course')
    expect(course.attrs.id).toBe('urn:factline:course:korea-2018')
    expect(names(course)).toEqual(['title', 'description'])
    for (const [name, value] of [
      ['title', INFO.title],
      ['description', INFO.description],
    ]) {
      const strings = elements(one(course, name as string))
      expect(strings.map((s) => s.name)).toEqual(['langstring'])
      expect(strings[0]?.attrs.lang).toBe('en-GB')
      expect(text(strings[0] as XmlElement)).toBe(value)
    }
  })

  it('opens index.html in any window and moves on when completed, without a mastery', () => {
    const au = one(read(cmi5CourseStructure(COURSE)), 'au')
    expect(au.attrs).toEqual({
      id: 'urn:factline:au:korea-2018',
      moveOn: 'Completed',
      launchMethod: 'AnyWindow',
    })
    // auType: title, description, then url.
    expect(names(au)).toEqual(['title', 'description', 'url'])
    expect(text(one(au, 'url'))).toBe('index.html')
    expect(text(one(one(au, 'title'), 'langstring'))).toBe(INFO.title)
  })

  it('moves on when completed and passed, with the mastery score from 0 to 1', () => {
    const au = one(read(cmi5CourseStructure({ ...COURSE, mastery: 0.85 })), 'au')
    expect(au.attrs.moveOn).toBe('CompletedAndPassed')
    expect(au.attrs.masteryScore).toBe('0.85')
    expect(au.attrs.masteryScore).toMatch(DECIMAL)
  })

  it('uses the title as the description cmi5 requires when there is none', () => {
    const { description: _, ...bare } = COURSE
    const root = read(cmi5CourseStructure(bare))
    for (const el of [one(root, 'course'), one(root, 'au')])
      expect(text(one(one(el, 'description'), 'langstring'))).toBe(INFO.title)
  })

  it('takes only absolute IRIs as ids, with what an IRI can’t hold percent-encoded', () => {
    expect(cmi5Id(' https://school.example/courses/korea 2018 ')).toBe(
      'https://school.example/courses/korea%202018',
    )
    expect(cmi5Id('urn:factline:a<b>')).toBe('urn:factline:a%3Cb%3E')
    expect(() => cmi5Id('korea-2018')).toThrow(/absolute IRI/)
    expect(() => cmi5Id('/courses/korea')).toThrow(/absolute IRI/)
    expect(() => cmi5CourseStructure({ ...COURSE, auId: COURSE.courseId })).toThrow(/two ids/)
  })

  it('refuses a language that is not a language tag', () => {
    expect(() => cmi5CourseStructure({ ...COURSE, language: 'English (UK)' })).toThrow(
      /language tag/,
    )
  })
})

describe('what every manifest escapes, encodes and refuses', () => {
  const writers = {
    'SCORM 1.2': scorm12Manifest,
    'SCORM 2004': scorm2004Manifest,
    cmi5: (info: PackageInfo) =>
      cmi5CourseStructure({ ...info, courseId: 'urn:x:course', auId: 'urn:x:au' }),
  }

  for (const [name, write] of Object.entries(writers)) {
    it(`${name}: a title with XML's special characters reads back as written`, () => {
      const title = `Fish & "chips" <b>not bold</b> ]]> 'quoted'`
      const root = read(write({ ...INFO, title }))
      const titles = everyElement(root)
        .filter((e) => e.name === 'title')
        .map((e) => (child(e, 'langstring') ? text(one(e, 'langstring')) : text(e)))
      expect(titles.length).toBeGreaterThan(0)
      for (const t of titles) expect(t).toBe(title)
    })

    it(`${name}: refuses a launch page that is not among the files, and unsafe paths`, () => {
      expect(() => write({ ...INFO, launch: 'start.html' })).toThrow(/launch page/)
      expect(() => write({ ...INFO, files: [...INFO.files, '../secret'] })).toThrow(/inside/)
      expect(() => write({ ...INFO, files: [...INFO.files, 'index.html'] })).toThrow(/twice/)
      expect(() => write({ ...INFO, mastery: 1.5 })).toThrow(/0 to 1/)
      expect(() => write({ ...INFO, title: '  ' })).toThrow(/title/)
    })
  }

  it('percent-encodes file names that are not plain URI paths, and leaves its own manifest out', () => {
    const files = ['index.html', 'assets/a b#1.css', 'banks/R&D.json', 'imsmanifest.xml']
    const root = read(scorm2004Manifest({ ...INFO, files }))
    const sco = one(one(root, 'resources'), 'resource')
    expect(elements(sco, 'file').map((f) => f.attrs.href)).toEqual([
      'assets/a%20b%231.css',
      'banks/R%26D.json',
      'index.html',
    ])
  })

  it('makes a package identifier an NCName by one rule', () => {
    expect(scormIdentifier('korea-2018')).toBe('korea-2018')
    expect(scormIdentifier('2018 quiz')).toBe('_2018_quiz')
    expect(scormIdentifier('.hidden')).toBe('_.hidden')
    expect(scormIdentifier('Bücher: alle')).toBe('B_cher__alle')
    expect(() => scormIdentifier('  ')).toThrow(/identifier/)
    for (const id of ['2018 quiz', '-x', 'a/b?c', 'é']) expect(scormIdentifier(id)).toMatch(NCNAME)
    const root = read(scorm12Manifest({ ...INFO, identifier: '2018 Korea' }))
    expect(root.attrs.identifier).toBe('_2018_Korea')
  })

  it('checks a package path', () => {
    expect(checkPackagePath('assets/x.js')).toBe('assets/x.js')
    for (const bad of ['', '/abs', 'a//b', 'a/./b', 'a/../b', 'a\\b', 'dir/', 'a\nb'])
      expect(() => checkPackagePath(bad), bad).toThrow(/not a path inside the package/)
  })
})

describe('the package’s Content-Security-Policy', () => {
  // The app's own page, as the build writes it (the package's page copies its policy).
  const html = readFileSync('index.html', 'utf8')
  const policy = (page: string) => {
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(page)
    if (!meta) throw new Error('no policy')
    return (meta[1] as string).split(';').map((d) => d.trim())
  }

  it('sets connect-src and leaves every other directive, and the rest of the page, as it was', () => {
    const before = policy(html)
    expect(before).toContain("connect-src 'self'")
    const after = packageCsp(html, ["'self'", 'https:', 'http://127.0.0.1:*'])
    expect(policy(after)).toEqual(
      before.map((d) =>
        d.startsWith('connect-src') ? "connect-src 'self' https: http://127.0.0.1:*" : d,
      ),
    )
    const rewritten = after.replace(
      "connect-src 'self' https: http://127.0.0.1:*",
      "connect-src 'self'",
    )
    expect(rewritten).toBe(html)
  })

  it('takes hosts with a scheme, a port and a path', () => {
    const after = packageCsp(html, ['https://lrs.district.org:8443/xapi/', '*.example.org'])
    expect(policy(after)).toContain('connect-src https://lrs.district.org:8443/xapi/ *.example.org')
  })

  it('keeps a single-quoted policy single-quoted', () => {
    const page = `<meta http-equiv='Content-Security-Policy' content='default-src &#39;self&#39;; connect-src &#39;self&#39;'>`
    expect(packageCsp(page, ["'self'", 'https:'])).toBe(
      `<meta http-equiv='Content-Security-Policy' content='default-src &#39;self&#39;; connect-src &#39;self&#39; https:'>`,
    )
  })

  it('fails loudly without a policy, without connect-src, or with two of either', () => {
    expect(() => packageCsp('<html><head></head></html>', ["'self'"])).toThrow(
      /no <meta http-equiv="Content-Security-Policy">/,
    )
    const noConnect = html.replace("connect-src 'self'; ", '')
    expect(() => packageCsp(noConnect, ["'self'"])).toThrow(/no connect-src/)
    const twoConnect = html.replace("connect-src 'self';", "connect-src 'self'; connect-src *;")
    expect(() => packageCsp(twoConnect, ["'self'"])).toThrow(/2 connect-src/)
    const twoPolicies = html.replace(
      '<meta charset="UTF-8" />',
      `<meta http-equiv="content-security-policy" content="connect-src 'self'">`,
    )
    expect(() => packageCsp(twoPolicies, ["'self'"])).toThrow(/has 2 <meta/)
  })

  it('refuses what is not a connect-src source', () => {
    for (const bad of ['', 'https://a.org; script-src *', '"https:"', 'https://a b'])
      expect(() => packageCsp(html, [bad]), bad).toThrow(/not a connect-src source/)
    expect(() => packageCsp(html, ['self'])).toThrow(/as 'self'/)
    expect(() => packageCsp(html, [])).toThrow(/needs a source/)
  })
})
