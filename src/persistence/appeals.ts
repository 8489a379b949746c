import { AppealSchema, byAppealTime, type Appeal } from '@/domain/appeals'
import { localState, type WriteResult } from './index.ts'

/**
 * A learner's appeals, in localStorage: one key per appeal, named by the answer it is about, so
 * two tabs never overwrite each other and an answer is never appealed twice. A learner appeals
 * now and then, not thousands of times: none of IndexedDB's packing is needed, and a synchronous
 * write can't be lost to a tab closed at once. A damaged appeal is backed up and left out.
 */
const prefix = (learner: string) => `appeal:${learner}:`

/** Every appeal of a learner, oldest first. */
export function loadAppeals(learner: string): Appeal[] {
  return localState
    .keys(prefix(learner))
    .map((key) => localState.read(key, AppealSchema))
    .filter((appeal): appeal is Appeal => appeal !== undefined)
    .sort(byAppealTime)
}

export function saveAppeal(learner: string, appeal: Appeal): WriteResult {
  return localState.write(`${prefix(learner)}${appeal.attemptId}`, appeal)
}

/** Deletes a learner's appeals (reset, or the learner removed from this device). */
export function forgetAppeals(learner: string) {
  for (const key of localState.keys(prefix(learner))) localState.remove(key)
}
