import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { loadRouteLocation } from 'vue-router'
import App from '@/App.vue'
import { createAppRouter } from '@/router'
import { banksOpenedBy } from '@/router/opening-banks'
import { useBanksStore } from '@/stores/banks'
import { startLanguage } from '@/stores/language'
import { startLater } from './later'
import '@/styles.css'
// QuestionCard's sheet, in the entry's too: a second stylesheet costs the first question 0.4 KB.
import '@/components/question/question.css'

/**
 * Start-up comes in short steps, each in a task of its own: on a slow phone a tap waits for the
 * task that is running, so several short tasks keep the page answering where one long one would
 * not (Lighthouse counts every task over 50 ms as blocking time). No step paints anything: the
 * first paint is still the whole page, once its code (and its bank, if it has one) is in. What
 * comes after the first screen is the list in later.ts.
 */
const nextTask = () => new Promise((resolve) => setTimeout(resolve))
// Neither the page's code nor its bank is waited for without end: past two seconds for the bank,
// five for the code, the page shows what it has (the header, or that the quiz is loading) and
// fills in the rest as it comes.
const atMost = (ms: number, promise: Promise<unknown>) =>
  Promise.race([promise.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, ms))])

async function start() {
  // The interface's words (a small chunk per language) are fetched first, beside everything else.
  const words = startLanguage()
  const pinia = createPinia()
  // This task has run the modules; the router (its matcher, the browser's history) is the next.
  await nextTask()
  const router = createAppRouter()
  startLater()
  await nextTask()
  // The page's bank is fetched now, beside the page's code rather than after it.
  const opening = router.resolve(router.options.history.location)
  const bankStore = useBanksStore(pinia)
  const banks = bankStore.prefetch(banksOpenedBy(opening, bankStore.defaultBankId))
  await nextTask()
  // So is the page's code, with the chunks it imports: the navigation below finds it on its way.
  // A failure is the navigation's to report, when it asks for the same code.
  void loadRouteLocation(opening).catch(() => undefined)
  await nextTask()
  const app = createApp(App).use(pinia).use(router)
  // Words are the one thing the page can't be shown without.
  await Promise.all([atMost(5000, router.isReady()), atMost(2000, banks), words])
  await nextTask()
  app.mount('#app')
}
void start()
