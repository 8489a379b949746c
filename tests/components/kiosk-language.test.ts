import { flushPromises, mount, RouterLinkStub, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import KioskAttract from '@/components/kiosk/KioskAttract.vue'
import KioskUnlockDialog from '@/components/kiosk/KioskUnlockDialog.vue'
import { hashPin, type KioskConfig } from '@/domain/kiosk'
import { interfaceLanguage } from '@/i18n'
import { setLanguage } from '@/i18n/catalogue'
import arFirst from '@/i18n/messages/ar/first'
import arKiosk from '@/i18n/messages/ar/kiosk'
import arResults from '@/i18n/messages/ar/results'
import enKiosk from '@/i18n/messages/en/kiosk'
import frFirst from '@/i18n/messages/fr/first'
import frKiosk from '@/i18n/messages/fr/kiosk'
import { savedLanguage } from '@/persistence/language'
import { useKioskStore } from '@/stores/kiosk'
import { showLanguage, startLanguage } from '@/stores/language'
import KioskView from '@/views/KioskView.vue'
import { button } from './find'

vi.mock('virtual:factline/banks', () => import('../fixtures/sample-banks-module'))
vi.mock('virtual:factline/bank-loader', () => import('../fixtures/sample-banks-module'))

const PIN = '2468'
const KEY = 'factline:kiosk:'
let pin: KioskConfig['pin']
let router: Router
let wrapper: VueWrapper | undefined

beforeAll(async () => {
  pin = await hashPin(PIN, crypto.subtle, crypto.getRandomValues(new Uint8Array(16)), 1000)
})

beforeEach(async () => {
  localStorage.clear()
  setActivePinia(createPinia())
  router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: { template: '<p>home</p>' } },
      { path: '/kiosk', name: 'kiosk', component: KioskView },
    ],
  })
  await router.push('/kiosk')
})

afterEach(async () => {
  wrapper?.unmount()
  wrapper = undefined
  // Every other test file expects English (setup.ts).
  await setLanguage('en')
})

/** A kiosk set up on the sample bank, locked, as a reload finds it. */
function storeKiosk(config: Partial<KioskConfig> = {}) {
  const full: KioskConfig = { bank: 'sample', n: 1, topics: [], idle: 60, pin, ...config }
  localStorage.setItem(`${KEY}config`, JSON.stringify(full))
  localStorage.setItem(`${KEY}active`, 'true')
}

async function mountKiosk() {
  wrapper = mount(KioskView, {
    global: { plugins: [router], stubs: { RouterLink: RouterLinkStub } },
    attachTo: document.body,
  })
  await flushPromises()
  return wrapper
}

/** The `Language` combobox on screen (there is one at a time), by its accessible name. */
function picker(w: VueWrapper, name: string) {
  const found = w.findAll('select').filter((s) => s.attributes('aria-label') === name)
  expect(found).toHaveLength(1)
  return found[0]!
}

/** Picks a language, and waits for its words: a switch loads every part the page has. */
async function choose(w: VueWrapper, name: string, code: string) {
  await picker(w, name).setValue(code)
  await settled(code)
}

async function settled(code: string) {
  await vi.waitFor(() => expect(interfaceLanguage()).toBe(code))
  await flushPromises()
}

const savedConfig = () => JSON.parse(localStorage.getItem(`${KEY}config`) ?? '{}') as KioskConfig

describe('the kiosk’s language', () => {
  it('is the teacher’s for every student; a student’s own lasts their turn; the device’s is untouched', async () => {
    storeKiosk()
    const kiosk = useKioskStore()
    const w = await mountKiosk()
    expect(interfaceLanguage()).toBe('en')
    expect(await kiosk.unlock(PIN)).toEqual({ ok: true })
    await flushPromises()

    // The teacher sets French for the whole kiosk, in the panel.
    await choose(w, 'Language', 'fr')
    expect(interfaceLanguage()).toBe('fr')
    expect(w.get('h1').text()).toBe(frKiosk.kioskPanel.title)
    expect(w.get('[role=status]').text()).toBe(frKiosk.kioskPanel.languageSaved)
    expect(savedConfig().language).toBe('fr')
    await button(w, frKiosk.kioskPanel.back).trigger('click')
    await flushPromises()

    // The attract screen is French, and so is its own picker.
    expect(button(w, frKiosk.kiosk.start).exists()).toBe(true)
    expect(picker(w, frFirst.app.language).element.value).toBe('fr')

    // A student reads in Arabic: the attract screen, then the quiz.
    await choose(w, frFirst.app.language, 'ar')
    expect(interfaceLanguage()).toBe('ar')
    await button(w, arKiosk.kiosk.start).trigger('click')
    await flushPromises()
    expect(w.get('form').attributes('aria-label')).toBe(arFirst.question.name(1, 1))
    await w.get('input[type=radio]').setValue(true)
    await w.get('form').trigger('submit')
    await flushPromises()
    await button(w, arFirst.question.results).trigger('click')
    await flushPromises()

    // The results too, with the picker still there for the student.
    expect(w.get('h1').text()).toBe(arResults.results.title)
    expect(picker(w, arFirst.app.language).element.value).toBe('ar')
    await button(w, arResults.results.nextStudent).trigger('click')
    await settled('fr')

    // The next student finds the kiosk's French again; the device's own choice was never made.
    expect(interfaceLanguage()).toBe('fr')
    expect(button(w, frKiosk.kiosk.start).exists()).toBe(true)
    expect(savedLanguage()).toBeUndefined()
    expect(localStorage.getItem('factline:language')).toBeNull()
    expect(savedConfig().language).toBe('fr')
  })

  it('comes back after the idle reset, and outlives a reload', async () => {
    storeKiosk({ language: 'fr' })
    await startLanguage()
    // A locked kiosk starts in its own language, before any of its code is in.
    expect(interfaceLanguage()).toBe('fr')

    const kiosk = useKioskStore()
    kiosk.resume()
    await flushPromises()
    kiosk.startStudent()
    await showLanguage('ar')
    expect(kiosk.inUse).toBe(true)
    kiosk.startOver()
    await settled('fr')

    // A student who chose a language on the attract screen and walked away counts as there:
    // the idle check comes, and its reset brings the kiosk's language back.
    await showLanguage('ar')
    expect([kiosk.screen, kiosk.inUse]).toEqual(['attract', true])
    kiosk.startOver()
    await settled('fr')
    expect(kiosk.inUse).toBe(false)
    expect(savedLanguage()).toBeUndefined()
  })

  it('follows the device for a kiosk saved before kiosks had a language, and leaves with the device’s', async () => {
    storeKiosk()
    localStorage.setItem('factline:language', '"es"')
    await startLanguage()
    expect(interfaceLanguage()).toBe('es')

    const kiosk = useKioskStore()
    kiosk.resume()
    await flushPromises()
    expect(kiosk.language).toBeUndefined()
    expect(kiosk.kioskLanguage).toBe('es')
    // Exiting the kiosk gives the device back its own language.
    kiosk.setLanguage('ko')
    await settled('ko')
    kiosk.exit()
    await settled('es')
    // Not a kiosk any more: start-up follows the device, whatever the kiosk's settings say.
    await startLanguage()
    expect(interfaceLanguage()).toBe('es')
  })

  it('keeps the English names the browser tests wait for', async () => {
    const w = await mountKiosk()
    expect(w.find('dialog').text()).toContain('Set up kiosk')
    expect(enKiosk.kioskSetup.title).toBe('Set up kiosk')
    expect(enKiosk.kioskUnlock.title).toBe('Teacher unlock')
  })
})

describe('the kiosk in Arabic', () => {
  it('counts its questions and the PINs left with Arabic plurals', async () => {
    storeKiosk()
    const kiosk = useKioskStore()
    // The kiosk's language (the device's here), then a student's.
    kiosk.resume()
    await flushPromises()
    await setLanguage('ar')
    const attract = mount(KioskAttract, {
      props: { title: 'Sample bank', questions: 2, topics: ['rivers', 'seas'], language: 'en' },
    })
    expect(attract.get('p').text()).toBe(
      arKiosk.kiosk.lead(2, `rivers${arKiosk.kiosk.separator}seas`),
    )
    expect(attract.get('p').text()).toContain('سؤالان')
    // The bank's English title is marked as English inside the Arabic page.
    expect(attract.get('h1').attributes()).toMatchObject({ lang: 'en', dir: 'ltr' })
    attract.unmount()

    const unlock = mount(KioskUnlockDialog, { attachTo: document.body })
    for (const left of [4, 3]) {
      await unlock.get('input[type=password]').setValue('0000')
      await unlock.get('form').trigger('submit')
      await vi.waitFor(() => expect(kiosk.triesLeft).toBe(left))
      await flushPromises()
    }
    // Three tries left: Arabic's "few".
    expect(unlock.get('[role=alert]').text()).toBe(arKiosk.kioskUnlock.wrong(3, 60))
    expect(unlock.get('[role=alert]').text()).toContain('3 محاولات')
    expect(unlock.get('input[type=password]').attributes('aria-invalid')).toBe('true')
    unlock.unmount()
  })
})
