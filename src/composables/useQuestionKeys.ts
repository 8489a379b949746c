import { onBeforeUnmount, onMounted } from 'vue'

const typesText = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && !['radio', 'checkbox'].includes(target.type)))

const activatesItself = (target: EventTarget | null) =>
  target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement

/**
 * The question keyboard of the UI contract, wherever the focus is on the page:
 * digits 1–9 pick the Nth option, Enter checks the answer and then moves on.
 */
export function useQuestionKeys(handlers: { digit: (n: number) => void; enter: () => void }) {
  function onKeydown(event: KeyboardEvent) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
    if (event.key === 'Enter') {
      // Enter that confirms an input method's composition (Korean, Japanese…) or is held down
      // must not check an answer.
      if (event.isComposing || event.keyCode === 229 || event.repeat) return
      // Buttons and links answer Enter themselves; text fields submit through Enter as well.
      if (activatesItself(event.target) || event.target instanceof HTMLTextAreaElement) return
      event.preventDefault()
      handlers.enter()
    } else if (/^[1-9]$/.test(event.key) && !typesText(event.target)) {
      event.preventDefault()
      handlers.digit(Number(event.key))
    }
  }
  onMounted(() => document.addEventListener('keydown', onKeydown))
  onBeforeUnmount(() => document.removeEventListener('keydown', onKeydown))
}
