import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { type Component } from 'vue'
import KioskNoBank from '@/components/kiosk/KioskNoBank.vue'
import KioskQuiz from '@/components/kiosk/KioskQuiz.vue'
import KioskResults from '@/components/kiosk/KioskResults.vue'
import KioskTeacherButton from '@/components/kiosk/KioskTeacherButton.vue'
import { hashPin, type KioskConfig } from '@/domain/kiosk'
import { useKioskStore } from '@/stores/kiosk'

vi.mock('virtual:factline/banks', () => import('../fixtures/sample-banks-module'))
vi.mock('virtual:factline/bank-loader', () => import('../fixtures/sample-banks-module'))

let pin: KioskConfig['pin']
beforeAll(async () => {
  pin = await hashPin('2468', crypto.subtle, crypto.getRandomValues(new Uint8Array(16)), 1000)
})
enableAutoUnmount(afterEach)

const mountIt = (component: Component, props: Record<string, unknown> = {}) =>
  mount(component, { props, attachTo: document.body })

/** A fresh kiosk set up on the sample bank, with its bank in. */
async function readyKiosk(n: number) {
  const config: KioskConfig = { bank: 'sample', n, topics: [], idle: 60, pin }
  localStorage.clear()
  localStorage.setItem('factline:kiosk:config', JSON.stringify(config))
  setActivePinia(createPinia())
  const kiosk = useKioskStore()
  kiosk.resume()
  await flushPromises()
  return kiosk
}

const button = (w: VueWrapper, name: string) => {
  const found = w.findAll('button').find((b) => b.text() === name)
  if (!found) throw new Error(`no button "${name}"`)
  return found
}

/** Picks the first option of the question on screen, checks it and moves on. */
async function answer(w: VueWrapper, next: string) {
  await w.get('input[type=radio]').setValue(true)
  await w.get('form').trigger('submit')
  await flushPromises()
  await button(w, next).trigger('click')
}

describe("a student's screens", () => {
  it('asks the questions under the bank title, then shows the results and hands over', async () => {
    const kiosk = await readyKiosk(2)
    kiosk.startStudent()
    const quiz = mountIt(KioskQuiz)
    expect(quiz.get('h1').text()).toBe('Sample bank')
    expect(quiz.get('progress').attributes()).toMatchObject({ max: '2', value: '0' })
    expect(quiz.get('form').attributes('aria-label')).toBe('Question 1 of 2')
    await answer(quiz, 'Next question')
    expect(quiz.get('form').attributes('aria-label')).toBe('Question 2 of 2')
    await answer(quiz, 'See results')
    expect(kiosk.screen).toBe('results')

    const results = mountIt(KioskResults)
    expect(results.get('h1').text()).toBe('Results')
    expect(results.text()).toContain('of 2 correct')
    await button(results, 'Next student').trigger('click')
    expect(kiosk.screen).toBe('attract')
    expect(kiosk.answers).toEqual([])
    expect(kiosk.classTally.students).toBe(1)
  })
})

describe('the kiosk without its bank', () => {
  it('says the bank is gone, and what a teacher can do', () => {
    expect(mountIt(KioskNoBank, { missing: true }).text()).toContain('press Teacher')
  })

  it('says it is loading while the bank is on its way', () => {
    const w = mountIt(KioskNoBank, { missing: false })
    expect(w.get('h1').text()).toBe('Kiosk')
    expect(w.get('.loading').text()).toBe('Loading…')
  })
})

describe('the Teacher button', () => {
  it('opens the unlock dialog, which Cancel closes', async () => {
    await readyKiosk(1)
    const w = mountIt(KioskTeacherButton)
    expect(w.find('dialog').exists()).toBe(false)
    await button(w, 'Teacher').trigger('click')
    expect((w.get('dialog').element as HTMLDialogElement).open).toBe(true)
    await button(w, 'Cancel').trigger('click')
    expect(w.find('dialog').exists()).toBe(false)
  })
})
