import { shallowRef } from 'vue'

type Grading = typeof import('@/domain/grading')

/**
 * The grader (src/domain/grading.ts, with its text normalising and number words: about 7 KB) is
 * on no page's first screen: a question shows without it, and it loads right after the first
 * screen (src/boot/later.ts), long before a learner has read a question and chosen an answer. A
 * check that comes sooner waits for it. `grader()` is reactive: what reads it shows once it is in,
 * and so are the feedback's words (src/i18n/messages/en/feedback.ts).
 */
const loaded = shallowRef<Grading>()
let loading: Promise<Grading> | undefined

export const loadGrader = (): Promise<Grading> =>
  (loading ??= Promise.all([
    import('@/domain/grading'),
    // The words of a checked answer come with it: whatever shows a grade has them.
    import('@/i18n/catalogue').then(({ loadParts }) => loadParts('feedback')),
  ]).then(([module]) => (loaded.value = module)))

export const grader = (): Grading | undefined => loaded.value
