import { readFileSync } from 'node:fs'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { sampleBank } from '../fixtures/sample-bank'
import { packageFrom } from '../../scripts/package/build.ts'
import { PACKAGE_SETTINGS_ID, readPackageSettings } from '../../src/domain/lms/package-settings.ts'

const encode = (text: string) => new TextEncoder().encode(text)
const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes)

/** A built package page, as Vite writes it from src/package/index.html. */
const APP: Record<string, Uint8Array> = {
  'index.html': encode(
    readFileSync('src/package/index.html', 'utf8').replace(
      '<script type="module" src="./main.ts"></script>',
      '<script type="module" src="./assets/index-AbC.js"></script>',
    ),
  ),
  'assets/index-AbC.js': encode('import("./cmi5-session-Xy_1.js")'),
  'assets/cmi5-session-Xy_1.js': encode('export const cmi5 = 1'),
  'assets/sample-Q1.json': encode('{}'),
}

const unpack = (zip: Uint8Array) => unzipSync(zip)
/** The settings block a package's page reads. */
function settingsIn(html: string) {
  const block = new RegExp(
    `<script type="application/json" id="${PACKAGE_SETTINGS_ID}">(.*?)</script>`,
  ).exec(html)
  return readPackageSettings(JSON.parse(block![1]!))
}
const connectSrc = (html: string) => /connect-src ('self'[^;"]*)/.exec(html)![1]

describe('packageFrom', () => {
  it('writes the quiz settings into the page, and a SCORM manifest listing every file', () => {
    const files = unpack(
      packageFrom(APP, { format: 'scorm12', bank: sampleBank, n: 5, seed: 'x', mastery: 0.8 }),
    )
    const html = decode(files['index.html'])
    expect(settingsIn(html)).toEqual({
      format: 'scorm12',
      bank: sampleBank.id,
      n: 5,
      seed: 'x',
      mastery: 0.8,
    })
    expect(connectSrc(html)).toBe("'self'")
    // cmi5's client is of no use to a SCORM package.
    expect(Object.keys(files).sort()).toEqual([
      'assets/index-AbC.js',
      'assets/sample-Q1.json',
      'imsmanifest.xml',
      'index.html',
    ])
    const manifest = decode(files['imsmanifest.xml'])
    for (const path of ['index.html', 'assets/index-AbC.js', 'assets/sample-Q1.json'])
      expect(manifest).toContain(`<file href="${path}"></file>`)
    expect(manifest).not.toContain('cmi5-session')
    expect(manifest).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>')
  })

  it('lets a cmi5 package reach the LRS origins it was given, or any https origin', () => {
    const named = unpack(
      packageFrom(APP, {
        format: 'cmi5',
        bank: sampleBank,
        n: 5,
        lrsOrigins: ['https://lrs.example.org'],
      }),
    )
    expect(connectSrc(decode(named['index.html']))).toBe("'self' https://lrs.example.org")
    expect(named['assets/cmi5-session-Xy_1.js']).toBeDefined()
    expect(decode(named['cmi5.xml'])).toContain('<url>index.html</url>')
    expect(named['imsmanifest.xml']).toBeUndefined()

    const any = unpack(packageFrom(APP, { format: 'cmi5', bank: sampleBank, n: 5 }))
    expect(connectSrc(decode(any['index.html']))).toBe("'self' https:")
  })

  it('escapes the settings so that no bank id can end their block', () => {
    const bank = { ...sampleBank, id: 'a</script><script>alert(1)</script>' }
    const html = decode(unpack(packageFrom(APP, { format: 'scorm2004', bank, n: 1 }))['index.html'])
    expect(html.match(/<\/script>/g)).toHaveLength(2)
    expect(settingsIn(html)?.bank).toBe(bank.id)
  })

  it('refuses a build whose cmi5 client it cannot find, rather than ship it in a SCORM zip', () => {
    const renamed: Record<string, Uint8Array> = {
      ...APP,
      'assets/cmi5-XYZ.js': APP['assets/cmi5-session-Xy_1.js']!,
    }
    delete renamed['assets/cmi5-session-Xy_1.js']
    expect(() => packageFrom(renamed, { format: 'scorm12', bank: sampleBank, n: 1 })).toThrow(
      'expected one cmi5 chunk in the build, found 0',
    )
  })
})
