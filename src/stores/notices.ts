import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { t } from '@/i18n'

/**
 * What the app tells the learner about their saved progress: storage switched off (`notKept`),
 * storage full (`full`), or answers found damaged (`damaged`, with how many).
 */
export type Notice = { kind: 'notKept' } | { kind: 'full' } | { kind: 'damaged'; answers: number }

/**
 * One plain message for the learner about their saved progress (damaged, full, unavailable). It
 * is kept as a notice and worded in the interface's language when shown (the `people` part, which
 * it loads): a change of language words it again.
 */
export const useNoticesStore = defineStore('notices', () => {
  const notice = ref<Notice>()
  const message = computed(() => {
    const now = notice.value
    // The words arrive with their part: the notice shows once they are in.
    const words = t.peopleNotice as typeof t.peopleNotice | undefined
    if (!now || !words) return undefined
    return now.kind === 'damaged' ? words.damaged(now.answers) : words[now.kind]
  })
  function show(shown: Notice) {
    notice.value = shown
    void import('@/i18n/catalogue').then(({ loadParts }) => loadParts('people'))
  }
  const dismiss = () => (notice.value = undefined)
  return { notice, message, show, dismiss }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useNoticesStore, import.meta.hot))
