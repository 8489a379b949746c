import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve, sep } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { build } from 'vite'
import type { Bank } from '../../src/domain/bank/index.ts'
import {
  cmi5CourseStructure,
  packageCsp,
  scorm12Manifest,
  scorm2004Manifest,
  type PackageInfo,
} from '../../src/domain/lms/manifests.ts'
import {
  packageSettingsBlock,
  type PackageFormat,
  type PackageSettings,
} from '../../src/domain/lms/package-settings.ts'
import type { BankLocation } from '../bank-files.ts'
import { factlineBanks } from '../vite-plugin-banks.ts'
import { contentSecurityPolicy } from '../vite-plugin-csp.ts'
import { zipFiles } from './zip.ts'

const ROOT = resolve(import.meta.dirname, '../..')

/**
 * Builds the package's page (src/package/) with one bank into `outDir`: the quiz and its
 * results, nothing of the app's other pages, no service worker. Paths are relative (`base:
 * './'`), since an LMS serves a package from a folder of its own choosing.
 */
export async function buildPackageApp(location: BankLocation, outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: join(ROOT, 'src/package'),
    base: './',
    publicDir: false,
    logLevel: 'error',
    plugins: [
      vue(),
      ...contentSecurityPolicy(join(ROOT, 'src/zod-mini.ts')),
      factlineBanks({ dirs: [], banks: [location] }),
    ],
    resolve: {
      alias: [
        { find: '@', replacement: join(ROOT, 'src') },
        // @xapi/cmi5 names its UMD file as `browser`, which Vite prefers: its ES module is
        // smaller and brings no CommonJS helpers into the page's own chunk.
        {
          find: /^@xapi\/cmi5$/,
          replacement: join(ROOT, 'node_modules/@xapi/cmi5/dist/Cmi5.esm.js'),
        },
      ],
    },
    define: { __VUE_OPTIONS_API__: 'false' },
    build: {
      outDir,
      emptyOutDir: true,
      modulePreload: { polyfill: false },
      reportCompressedSize: false,
    },
  })
}

/** Every file under `dir`, by its '/'-separated path. */
function filesUnder(dir: string): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {}
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    files[relative(dir, path).split(sep).join('/')] = readFileSync(path)
  }
  return files
}

/** cmi5's client, a chunk of its own (src/lms/cmi5-session.ts) that only a cmi5 launch loads. */
const CMI5_CHUNK = /^assets\/cmi5-session-[\w-]+\.js$/

/** The built page without cmi5's client for a SCORM package, which never loads it. */
function withoutCmi5(app: Record<string, Uint8Array>, format: PackageFormat) {
  const chunks = Object.keys(app).filter((path) => CMI5_CHUNK.test(path))
  if (chunks.length !== 1)
    throw new Error(`expected one cmi5 chunk in the build, found ${chunks.length}`)
  if (format === 'cmi5') return app
  return Object.fromEntries(Object.entries(app).filter(([path]) => !CMI5_CHUNK.test(path)))
}

export interface PackageRequest {
  format: PackageFormat
  bank: Bank
  n: number
  seed?: string
  /** The pass mark, 0 to 1. */
  mastery?: number
  /** cmi5: the LRS origins the package may reach; none means any https origin. */
  lrsOrigins?: readonly string[]
}

/**
 * One package from a built page: its settings in index.html, the Content-Security-Policy the
 * format needs, and the manifest the standard asks for; zipped the same way every time.
 */
export function packageFrom(app: Record<string, Uint8Array>, request: PackageRequest): Uint8Array {
  const { format, bank, n, seed, mastery, lrsOrigins = [] } = request
  const settings: PackageSettings = {
    format,
    bank: bank.id,
    n,
    ...(seed !== undefined ? { seed } : {}),
    ...(mastery !== undefined ? { mastery } : {}),
  }
  let html = new TextDecoder().decode(app['index.html'])
  if (!html.includes('</head>')) throw new Error('the built index.html has no </head>')
  html = html.replace('</head>', `${packageSettingsBlock(settings)}\n  </head>`)
  // A SCORM package talks to its LMS through an object in the parent window; a cmi5 package
  // talks to the LRS the launch names, which is known only then unless the teacher says.
  if (format === 'cmi5')
    html = packageCsp(html, ["'self'", ...(lrsOrigins.length > 0 ? lrsOrigins : ['https:'])])
  const files = { ...withoutCmi5(app, format), 'index.html': new TextEncoder().encode(html) }
  const info: PackageInfo = {
    identifier: `factline-${bank.id}`,
    title: bank.title,
    ...(bank.summary ? { description: bank.summary } : {}),
    language: bank.language,
    files: Object.keys(files).sort(),
    launch: 'index.html',
    ...(mastery !== undefined ? { mastery } : {}),
  }
  const [name, manifest] =
    format === 'scorm12'
      ? ['imsmanifest.xml', scorm12Manifest(info)]
      : format === 'scorm2004'
        ? ['imsmanifest.xml', scorm2004Manifest(info)]
        : [
            'cmi5.xml',
            cmi5CourseStructure({
              ...info,
              courseId: `urn:factline:course:${bank.id}`,
              auId: `urn:factline:au:${bank.id}`,
            }),
          ]
  return zipFiles({ ...files, [name]: new TextEncoder().encode(manifest) })
}

/** Builds the page once and writes a package for each request, to `out` of each. */
export async function writePackages(
  location: BankLocation,
  requests: readonly (PackageRequest & { out: string })[],
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'factline-package-'))
  try {
    await buildPackageApp(location, dir)
    const app = filesUnder(dir)
    for (const request of requests) writeFileSync(request.out, packageFrom(app, request))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
