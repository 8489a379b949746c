/**
 * Resolves once the page's main content is on screen: the moment to load what the first screen
 * doesn't need (the learner's record, the learner picker), so that it never competes with a
 * question for a slow device's network or CPU. Pages that fetch their content (a quiz, a lesson)
 * say when it is up; the router says so for the others. Five seconds at most, whatever happens.
 */
let markUp: () => void = () => undefined
export const firstScreenUp = new Promise<void>((resolve) => {
  markUp = resolve
  setTimeout(resolve, 5000)
})

export function firstScreenIsUp() {
  markUp()
}
