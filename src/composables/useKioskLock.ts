import { useEventListener, useFullscreen, useWakeLock } from '@vueuse/core'
import { watch, type Ref } from 'vue'
import { useRoute, useRouter } from 'vue-router'

const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLTextAreaElement ||
  (target instanceof HTMLInputElement && !['radio', 'checkbox', 'button'].includes(target.type))

/** A link that would take the page away from the kiosk. */
function leavesKiosk(target: EventTarget | null): boolean {
  const link = target instanceof Element ? target.closest('a[href]') : null
  if (!(link instanceof HTMLAnchorElement)) return false
  const url = new URL(link.href, window.location.href)
  return url.origin !== window.location.origin || url.pathname !== window.location.pathname
}

/**
 * What keeps a student in the kiosk while it is locked: no context menu, no text selection or
 * dragging of the page, no link that leaves, and the page in fullscreen, asked for again on the
 * next touch if a student leaves it. Fullscreen needs a user gesture, so `enterFullscreen` is
 * called from a click (Start).
 */
export function useKioskLock(locked: Ref<boolean>, studentActive: Ref<boolean>) {
  const prevent = (event: Event) => {
    if (locked.value) event.preventDefault()
  }
  useEventListener(document, 'contextmenu', prevent)
  useEventListener(document, 'dragstart', prevent)
  useEventListener(document, 'selectstart', (event) => {
    if (locked.value && !isTextField(event.target)) event.preventDefault()
  })
  const blockLinks = (event: MouseEvent) => {
    if (locked.value && leavesKiosk(event.target)) event.preventDefault()
  }
  useEventListener(document, 'click', blockLinks, { capture: true })
  useEventListener(document, 'auxclick', blockLinks, { capture: true })

  const fullscreen = useFullscreen()
  const enterFullscreen = () => {
    if (locked.value && !fullscreen.isFullscreen.value) void fullscreen.enter().catch(() => {})
  }
  // Left with Esc or a gesture: back to fullscreen at the next click (a user gesture).
  useEventListener(document, 'click', () => studentActive.value && enterFullscreen())

  // The display stays on while a student is at work.
  const wakeLock = useWakeLock()
  watch(
    studentActive,
    (active) => {
      if (active && wakeLock.isSupported.value) void wakeLock.request('screen').catch(() => {})
      else if (!active && wakeLock.isActive.value) void wakeLock.release()
    },
    { immediate: true },
  )

  watch(locked, (on) => document.documentElement.classList.toggle('kiosk-locked', on), {
    immediate: true,
  })

  return { enterFullscreen, exitFullscreen: () => fullscreen.exit().catch(() => {}) }
}

/**
 * Back and forward keep an `active` kiosk on screen: they land on a spare kiosk entry, which is put
 * back each time (the router's guard keeps every other URL on /kiosk).
 */
export function useKioskHistoryTrap(active: Ref<boolean>) {
  const route = useRoute()
  const router = useRouter()
  const trap = () => {
    if (active.value) void router.push({ name: 'kiosk', query: route.query, force: true })
  }
  useEventListener(window, 'popstate', () => setTimeout(trap))
  watch(active, (on) => on && trap(), { immediate: true })
}
