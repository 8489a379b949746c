import { shallowReactive } from 'vue'
import { loadGrader } from '@/stores/grader'
import { afterFirstScreen } from './first-screen'

// The learner's record: IndexedDB, ts-fsrs and the schemas, on no page's first screen.
const learningRecord = () => import('@/stores/progress').then((m) => m.useProgressStore())
type Record = Awaited<ReturnType<typeof learningRecord>>

/** What the app shows once the first screen is up: set by the work below, read by components. */
export const later = shallowReactive({
  /** The header's learner picker, which reads and checks the learners kept in storage. */
  learnerPicker: false,
  /** The service worker's update prompt (workbox-window). */
  updates: false,
  /** The learner's record, once loaded: the home page counts what is due from it. */
  record: undefined as Record | undefined,
})

/**
 * The one list of what waits for the first screen (first-screen.ts), in the order it starts: each
 * piece in an idle moment of its own, so that no task grows long on a slow phone. A page's own
 * code for later (the quiz's results) is the page's to fetch, with `afterFirstScreen`: kept in
 * the page's chunk, it costs the other pages nothing.
 */
const work: (() => unknown)[] = [
  // The grader: a question shows without it, its check needs it (src/stores/grader.ts).
  loadGrader,
  // The learner's record: its code first (it is there by the first check), its data later.
  learningRecord,
  () => (later.learnerPicker = true),
  () => (later.updates = true),
  async () => {
    const record = await learningRecord()
    await record.load()
    later.record = record
  },
]

export const startLater = () => work.forEach((piece) => void afterFirstScreen(piece))
