import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { firstScreenUp } from './first-screen'
import { router } from './router'
import './styles.css'

const pinia = createPinia()
createApp(App).use(pinia).use(router).mount('#app')
// The learning record loads after the first screen is up, and its code with it.
void firstScreenUp
  .then(() => import('./stores/progress'))
  .then(({ useProgressStore }) => useProgressStore(pinia).load())
