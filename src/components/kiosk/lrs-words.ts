import {
  OWN_SITE,
  type ConnectionVerdict,
  type LrsFieldProblem,
  type LrsForm,
} from '@/domain/kiosk/lrs'
import { t } from '@/i18n'
import { formatList } from '@/i18n/format'
import type { LrsProblem } from '@/stores/kiosk-lrs'

/** A field of the teacher's LRS form: its problem (src/domain/kiosk/lrs.ts) in the interface's words. */
export function problemText(field: keyof LrsForm, problem: LrsFieldProblem | undefined): string {
  const words = t.kioskLrs.problems
  switch (problem?.kind) {
    case undefined:
      return ''
    case 'empty':
      return field === 'endpoint'
        ? words.endpointEmpty
        : field === 'key'
          ? words.keyEmpty
          : field === 'secret'
            ? words.secretEmpty
            : words.classEmpty
    case 'tooLong':
      return field === 'endpoint'
        ? words.endpointTooLong(problem.max)
        : field === 'key'
          ? words.keyTooLong(problem.max)
          : field === 'secret'
            ? words.secretTooLong(problem.max)
            : words.classTooLong(problem.max)
    case 'scheme':
      return words.scheme
    case 'credentials':
      return words.credentials
    case 'query':
      return words.query
    case 'colon':
      return words.colon
    case 'notAllowed': {
      const places = problem.places.map((p) => (p === OWN_SITE ? words.ownSite : p))
      return words.notAllowed(places.length ? formatList(places) : '', problem.origin)
    }
  }
}

/** Test connection's verdict in the interface's words. */
export function verdictText(verdict: ConnectionVerdict): string {
  const words = t.kioskLrs.verdict
  if (verdict.ok) return words.ok
  const status = verdict.status ?? 0
  switch (verdict.problem) {
    case 'unreachable':
      return words.unreachable
    case 'not-found':
      return verdict.resource === 'about' ? words.noLrs : words.noStatements(status)
    case 'not-xapi':
      return words.notXapi(status)
    case 'cors':
      return words.cors
    case 'refused':
      return words.refused(status)
    case 'lrs-error':
      return words.lrsError(status)
  }
}

/**
 * Why sending waits or pauses (src/lms/lrs-sender.ts), or why statements were dropped or rejected
 * (src/persistence/lrs-queue.ts), in the interface's words. The LRS's own reason stays as it wrote it.
 */
export function sendProblemText(problem: LrsProblem): string {
  const words = t.kioskLrs.sendProblems
  switch (problem.kind) {
    case 'unreachable':
      return words.unreachable
    case 'storage':
      return words.storage
    case 'slowDown':
      return words.slowDown(problem.status)
    case 'credentials':
      return words.credentials(problem.status)
    case 'answered':
      return words.answered(problem.status, problem.because ?? '')
    case 'lrsError':
      return words.lrsError(problem.status)
    case 'tooLarge':
      return words.tooLarge(problem.status, problem.because ?? '')
    case 'invalid':
      return words.invalid(problem.status, problem.because ?? '')
    case 'conflict':
      return words.conflict(problem.status, problem.because ?? '')
    case 'full':
      return t.kioskLrs.queueFull(problem.cap, problem.count)
    case 'damaged':
      return t.kioskLrs.damaged(problem.count)
  }
}
