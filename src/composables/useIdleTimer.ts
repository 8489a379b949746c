import { useEventListener } from '@vueuse/core'
import { onBeforeUnmount, ref, watch, type Ref } from 'vue'

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel', 'scroll'] as const

/**
 * Sets `idle` (and calls `onIdle`) after `seconds` without a touch, key or pointer, while `enabled`
 * is true. Any input starts the wait again; so do changes of `seconds` or `enabled`. Once idle,
 * only `restart` (or a change of `seconds` or `enabled`) clears it.
 */
export function useIdleTimer(seconds: Ref<number>, enabled: Ref<boolean>, onIdle?: () => void) {
  const idle = ref(false)
  let timer: ReturnType<typeof setTimeout> | undefined

  function restart() {
    clearTimeout(timer)
    idle.value = false
    if (!enabled.value) return
    timer = setTimeout(() => {
      idle.value = true
      onIdle?.()
    }, seconds.value * 1000)
  }

  for (const name of ACTIVITY)
    useEventListener(document, name, () => !idle.value && restart(), {
      passive: true,
      capture: true,
    })
  watch([seconds, enabled], restart, { immediate: true })
  onBeforeUnmount(() => clearTimeout(timer))

  return { idle, restart }
}
