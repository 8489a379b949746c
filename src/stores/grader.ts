import { shallowRef } from 'vue'

type Grading = typeof import('@/domain/grading')

/**
 * The grader (src/domain/grading.ts, with its text normalising and number words: about 7 KB) is
 * on no page's first screen: a question shows without it, and it loads right after the first
 * screen (src/boot/later.ts), long before a learner has read a question and chosen an answer. A
 * check that comes sooner waits for it. `grader()` is reactive: what reads it shows once it is in.
 */
const loaded = shallowRef<Grading>()
let loading: Promise<Grading> | undefined

export const loadGrader = (): Promise<Grading> =>
  (loading ??= import('@/domain/grading').then((module) => (loaded.value = module)))

export const grader = (): Grading | undefined => loaded.value
