import type { VueWrapper } from '@vue/test-utils'

/** The control a `<label for>` with exactly `text` names, as a learner finds it by its label. */
export function byLabel(w: VueWrapper, text: string) {
  const label = w.findAll('label').find((l) => l.text() === text)
  if (!label) throw new Error(`no label "${text}"`)
  return w.get(`#${label.attributes('for')}`)
}

/** The button whose text is exactly `name`. */
export function button(w: VueWrapper, name: string) {
  const found = w.findAll('button').find((b) => b.text() === name)
  if (!found) throw new Error(`no button "${name}"`)
  return found
}
