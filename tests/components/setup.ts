import { loadParts, setLanguage } from '@/i18n/catalogue'
import { loadGrader } from '@/stores/grader'

// The app loads the grader right after the first screen (src/boot/later.ts), long before a
// learner checks an answer: component tests start from there. What a check does before it is
// in is tested on its own (tests/components/grader.test.ts).
await loadGrader()
// So is what shows a checked answer (QuestionCard loads it after the first screen).
await import('@/components/question/QuestionFeedback.vue')

// Components are tested in English, as the app starts in an English browser: the words the tests
// look for are the catalogue's (src/i18n/messages/en).
await setLanguage('en')
// Every page's words, as the router loads them with their page (src/router/index.ts).
await loadParts(
  'pages',
  'people',
  'home',
  'lesson',
  'review',
  'progress',
  'results',
  'kiosk',
  'class',
  'print',
  'author',
)
