import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { PACKAGE_SETTINGS_ID, readPackageSettings } from '@/domain/lms/package-settings'
import type { CourseSession } from '@/lms/course'
import { findScormApi } from '@/lms/scorm-api'
import { scormSession } from '@/lms/scorm-session'
import { useCourseStore } from '@/stores/course'
import { startLanguage } from '@/stores/language'
import PackageApp from './PackageApp.vue'
import '@/styles.css'
import '@/components/question/question.css'

/**
 * A course package's page (`npm run questions:export -- --format scorm12|scorm2004|cmi5`): one
 * quiz, reported to the LMS that launched it. Its settings are a JSON block the export wrote
 * into this page.
 */
function readSettings() {
  try {
    return readPackageSettings(
      JSON.parse(document.getElementById(PACKAGE_SETTINGS_ID)?.textContent ?? 'null'),
    )
  } catch {
    return undefined
  }
}

/** The LMS's side of this launch, if an LMS launched it. */
async function connect(format: string): Promise<CourseSession | undefined> {
  // cmi5's client (about 30 KB) is fetched only by a cmi5 package.
  if (format === 'cmi5') return (await import('@/lms/cmi5-session')).cmi5Session()
  const port = findScormApi(window, format === 'scorm2004' ? '2004' : '1.2')
  return port && scormSession(port)
}

const pinia = createPinia()
// The learner's words first: the page shows nothing without them. This page's own words, and
// its results', are the `results` part: in place before the page mounts.
await startLanguage()
await import('@/i18n/catalogue').then(({ loadParts }) => loadParts('results'))
createApp(PackageApp).use(pinia).mount('#app')
const course = useCourseStore(pinia)
const settings = readSettings()
if (!settings) course.state = 'missing'
else {
  void connect(settings.format).then((session) => course.open(settings, session))
  // Closing the window or the LMS moving on: the place is kept and the session closed.
  window.addEventListener('pagehide', () => course.leave())
}
