import type { ScormVersion } from '@/domain/lms/interactions'

/** The calls of the SCORM 1.2 run-time API, as an LMS puts it on a window named `API`. */
interface Api12 {
  LMSInitialize(empty: ''): string
  LMSFinish(empty: ''): string
  LMSGetValue(element: string): string
  LMSSetValue(element: string, value: string): string
  LMSCommit(empty: ''): string
  LMSGetLastError(): string
  LMSGetErrorString(code: string): string
  LMSGetDiagnostic(code: string): string
}

/** The same for SCORM 2004, on a window named `API_1484_11`. */
interface Api2004 {
  Initialize(empty: ''): string
  Terminate(empty: ''): string
  GetValue(element: string): string
  SetValue(element: string, value: string): string
  Commit(empty: ''): string
  GetLastError(): string
  GetErrorString(code: string): string
  GetDiagnostic(code: string): string
}

/** A call the LMS refused, worded for the learner and whoever looks after the course. */
export class ScormError extends Error {
  constructor(
    readonly call: string,
    readonly code: string,
    readonly reason: string,
  ) {
    super(`${call} (${code}${reason ? ` ${reason}` : ''})`)
  }
}

/**
 * One SCORM version's API behind one set of calls. Every call that can fail is checked with
 * GetLastError, and a refusal is thrown as a ScormError naming the call, the code and the LMS's
 * own words for it: never swallowed. Reads that may rightly have nothing (a first launch's
 * suspend data, an optional element) use `read`, which gives '' instead.
 */
export interface ScormPort {
  version: ScormVersion
  initialize(): void
  /** A value the LMS must have: a refusal is thrown. */
  get(element: string): string
  /** A value that may be missing or unsupported: '' then. */
  read(element: string): string
  set(element: string, value: string): void
  commit(): void
  /** LMSFinish or Terminate. */
  finish(): void
}

function port(
  version: ScormVersion,
  calls: {
    initialize: () => string
    finish: () => string
    get: (element: string) => string
    set: (element: string, value: string) => string
    commit: () => string
    lastError: () => string
    errorString: (code: string) => string
    diagnostic: (code: string) => string
  },
  names: { initialize: string; finish: string; commit: string },
): ScormPort {
  const failure = (call: string) => {
    const code = String(calls.lastError())
    let reason = ''
    try {
      reason = String(calls.errorString(code) || calls.diagnostic(code) || '')
    } catch {
      // An LMS that cannot say why still said no: the code is enough to report it.
    }
    return new ScormError(call, code, reason)
  }
  const ok = (answer: unknown) => String(answer) === 'true'
  return {
    version,
    initialize() {
      if (!ok(calls.initialize())) throw failure(names.initialize)
    },
    get(element) {
      const value = String(calls.get(element) ?? '')
      if (value === '' && calls.lastError() !== '0') throw failure(element)
      return value
    },
    read: (element) => String(calls.get(element) ?? ''),
    set(element, value) {
      if (!ok(calls.set(element, value))) throw failure(element)
    },
    commit() {
      if (!ok(calls.commit())) throw failure(names.commit)
    },
    finish() {
      if (!ok(calls.finish())) throw failure(names.finish)
    },
  }
}

const port12 = (api: Api12) =>
  port(
    '1.2',
    {
      initialize: () => api.LMSInitialize(''),
      finish: () => api.LMSFinish(''),
      get: (element) => api.LMSGetValue(element),
      set: (element, value) => api.LMSSetValue(element, value),
      commit: () => api.LMSCommit(''),
      lastError: () => api.LMSGetLastError(),
      errorString: (code) => api.LMSGetErrorString(code),
      diagnostic: (code) => api.LMSGetDiagnostic(code),
    },
    { initialize: 'LMSInitialize', finish: 'LMSFinish', commit: 'LMSCommit' },
  )

const port2004 = (api: Api2004) =>
  port(
    '2004',
    {
      initialize: () => api.Initialize(''),
      finish: () => api.Terminate(''),
      get: (element) => api.GetValue(element),
      set: (element, value) => api.SetValue(element, value),
      commit: () => api.Commit(''),
      lastError: () => api.GetLastError(),
      errorString: (code) => api.GetErrorString(code),
      diagnostic: (code) => api.GetDiagnostic(code),
    },
    { initialize: 'Initialize', finish: 'Terminate', commit: 'Commit' },
  )

/** How far up the frames an LMS's API is looked for, as the standards' own sample code does. */
const MAX_PARENTS = 500

/** The named object on `start` or one of its parents; frames of another origin are passed over. */
function search(start: Window, name: 'API' | 'API_1484_11'): unknown {
  let current: Window | null = start
  for (let i = 0; current && i <= MAX_PARENTS; i++) {
    try {
      const found = (current as unknown as Record<string, unknown>)[name]
      if (found && typeof found === 'object') return found
    } catch {
      // A frame of another origin: its API could not be called anyway.
    }
    if (current.parent === current) break
    current = current.parent
  }
  return undefined
}

const finders: Record<ScormVersion, (place: Window) => ScormPort | undefined> = {
  '2004': (place) => {
    const api = search(place, 'API_1484_11') as Partial<Api2004> | undefined
    return typeof api?.Initialize === 'function' ? port2004(api as Api2004) : undefined
  },
  '1.2': (place) => {
    const api = search(place, 'API') as Partial<Api12> | undefined
    return typeof api?.LMSInitialize === 'function' ? port12(api as Api12) : undefined
  },
}

/**
 * The LMS's API the standard way: in this window and its parents, then in the window that opened
 * it and its parents (an LMS that launches courses in a new window). The package's own version
 * (`first`) is looked for first; an LMS that offers only the other one gets that one.
 */
export function findScormApi(win: Window, first: ScormVersion): ScormPort | undefined {
  const windows = [win]
  try {
    if (win.opener) windows.push(win.opener as Window)
  } catch {
    // An opener of another origin.
  }
  const order: ScormVersion[] = first === '2004' ? ['2004', '1.2'] : ['1.2', '2004']
  for (const place of windows)
    for (const version of order) {
      const found = finders[version](place)
      if (found) return found
    }
  return undefined
}
