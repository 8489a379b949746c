import { nextTick, watch, type WatchSource } from 'vue'

/**
 * The first screen comes first: what a page doesn't need to show its main content (the learner's
 * record, the learner picker, the update check, the results' code: the list in later.ts) waits
 * until that content is painted, so it never competes with a question for a slow device's network
 * or CPU. Most pages are whole once mounted, and the router says so for them. A page that fetches
 * its content first (a quiz, a lesson) is marked `paintsLater` in the router and says it itself
 * with `usePaintedWhen`; tests/components/paints-later.test.ts fails for one that never does.
 * Five seconds at most, whatever happens.
 */
let markUp: () => void = () => undefined
const up = new Promise<void>((resolve) => {
  markUp = resolve
  setTimeout(resolve, 5000)
})

/** Whether a page has said its content is up (the five seconds' limit does not count). */
export const firstScreen = { signalled: false }

/** Call once the main content is in the DOM; the deferred work starts after it is painted. */
export function firstScreenIsUp() {
  firstScreen.signalled = true
  // The frame's callbacks run before it paints; a task queued from them runs after.
  requestAnimationFrame(() => setTimeout(markUp, 0))
}

/** For a `paintsLater` page: its content is up once `ready` is true and Vue has rendered it. */
export function usePaintedWhen(ready: WatchSource<boolean>) {
  watch(ready, (now) => void (now && nextTick(firstScreenIsUp)), { immediate: true })
}

const idle = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: 1000 })
    else setTimeout(resolve, 1)
  })

/**
 * Runs `work` once the first screen is painted, in an idle moment of its own: each deferred piece
 * starts separately, rather than all of them in the same task.
 */
export function afterFirstScreen<T>(work: () => T | PromiseLike<T>): Promise<T> {
  return up.then(idle).then(work)
}
