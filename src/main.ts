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
// a learner never watches the page build itself while its work blocks a slow phone. A bank slower
// than two seconds more is not waited for: the page then shows that it is loading.
const bankWait = Promise.race([
  Promise.all(banks),
  new Promise((resolve) => setTimeout(resolve, 2000)),
])
void Promise.all([router.isReady().catch(() => undefined), bankWait]).then(() => app.mount('#app'))

// The learning record loads after the first screen is up, and its code with it.
void afterFirstScreen(() => import('./stores/progress')).then(({ useProgressStore }) =>
  useProgressStore(pinia).load(),
)
