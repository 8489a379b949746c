import { loadGrader } from '@/stores/grader'

// The app loads the grader right after the first screen (src/boot/later.ts), long before a
// learner checks an answer: component tests start from there. What a check does before it is
// in is tested on its own (tests/components/grader.test.ts).
await loadGrader()
