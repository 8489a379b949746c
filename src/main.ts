import { createPinia } from 'pinia'
import { defaultBankId, prefetchBank } from 'virtual:factline/bank-loader'
import { createApp } from 'vue'
import App from './App.vue'
import { afterFirstScreen } from './first-screen'
import { router } from './router'
import { banksOpenedBy } from './router/opening-banks'
import './styles.css'

// A quiz's or a lesson's bank is fetched now, beside the page's code rather than after it.
const opening = router.resolve(router.options.history.location)
const banks = banksOpenedBy(opening, defaultBankId).map(prefetchBank)

const pinia = createPinia()
const app = createApp(App).use(pinia).use(router)
// The first paint is the whole page: the page's code, and its bank if it has one, are awaited, so
// a learner never watches the page build itself while its work blocks a slow phone. Neither is
// waited for without end: past two seconds for the bank, five for the code, the page shows what it
// has (the header, or that the quiz is loading) and fills in the rest as it comes.
const atMost = (ms: number, promise: Promise<unknown>) =>
  Promise.race([promise.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, ms))])
// The mount gets a task of its own: the route's code has just been run in this one, and on a slow
// phone two shorter tasks block a tap for less time than one long one.
void Promise.all([atMost(5000, router.isReady()), atMost(2000, Promise.all(banks))]).then(() =>
  setTimeout(() => app.mount('#app')),
)

// The learning record loads after the first screen is up, and its code with it.
void afterFirstScreen(() => import('./stores/progress')).then(({ useProgressStore }) =>
  useProgressStore(pinia).load(),
)
