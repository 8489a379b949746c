import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'

/** One plain message for the learner about their saved progress (damaged, full, unavailable). */
export const useNoticesStore = defineStore('notices', () => {
  const message = ref<string>()
  const show = (text: string) => (message.value = text)
  const dismiss = () => (message.value = undefined)
  return { message, show, dismiss }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useNoticesStore, import.meta.hot))
