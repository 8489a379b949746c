/**
 * The first screen comes first: what a page doesn't need to show its main content (the learner's
 * record, the learner picker, the update check, the results' code) waits until that content is
 * painted, so it never competes with a question for a slow device's network or CPU. Pages that
 * fetch their content (a quiz, a lesson) say when it is up; the router says so for the others.
 * Five seconds at most, whatever happens.
 */
let markUp: () => void = () => undefined
const up = new Promise<void>((resolve) => {
  markUp = resolve
  setTimeout(resolve, 5000)
})

/** Call once the main content is in the DOM; the deferred work starts after it is painted. */
export function firstScreenIsUp() {
  // The frame's callbacks run before it paints; a task queued from them runs after.
  requestAnimationFrame(() => setTimeout(markUp, 0))
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
