import { flushPromises, mount, RouterLinkStub, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick, type Component } from 'vue'
import KioskSetupDialog from '@/components/kiosk/KioskSetupDialog.vue'
import KioskTeacherPanel from '@/components/kiosk/KioskTeacherPanel.vue'
import KioskUnlockDialog from '@/components/kiosk/KioskUnlockDialog.vue'
import { hashPin, type KioskConfig, type KioskSession, type Tally } from '@/domain/kiosk'
import { useKioskStore } from '@/stores/kiosk'
import { byLabel, button } from './find'

// The build's two bank modules, each holding the sample bank and a second one.
const { twoBanks } = vi.hoisted(() => ({
  twoBanks: async () => {
    const { summarizeBank } = await import('@/domain/bank')
    const { sampleBank } = await import('../fixtures/sample-bank')
    const second = {
      ...sampleBank,
      id: 'second',
      title: 'Second bank',
      topics: [
        { id: 'rivers', title: 'Rivers', order: 1 },
        { id: 'mountains', title: 'Mountains', order: 2 },
      ],
    }
    const banks = [sampleBank, second]
    return {
      bankIndex: banks.map((b) => summarizeBank(b, b.questions.length)),
      defaultBankId: sampleBank.id,
      loadBank: async (id: string) => banks.find((b) => b.id === id),
      prefetchBank: async () => undefined,
    }
  },
}))
vi.mock('virtual:factline/banks', twoBanks)
vi.mock('virtual:factline/bank-loader', twoBanks)

const PIN = '2468'
const KEY = 'factline:kiosk:'
let pinHash: KioskConfig['pin']
let pinia: Pinia
const mounted: VueWrapper[] = []

beforeAll(async () => {
  // Few iterations: these tests are about the components, not the strength of the hash.
  pinHash = await hashPin(PIN, crypto.subtle, crypto.getRandomValues(new Uint8Array(16)), 1000)
})

beforeEach(() => {
  localStorage.clear()
  pinia = createPinia()
  setActivePinia(pinia)
})

afterEach(() => {
  while (mounted.length) mounted.pop()?.unmount()
  vi.useRealTimers()
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

function storeConfig(config: Partial<KioskConfig> = {}) {
  const full: KioskConfig = { bank: 'sample', n: 10, topics: [], idle: 60, pin: pinHash, ...config }
  localStorage.setItem(`${KEY}config`, JSON.stringify(full))
  localStorage.setItem(`${KEY}active`, 'true')
}

function mountIt(component: Component, props: Record<string, unknown> = {}) {
  const wrapper = mount(component, {
    props,
    global: { plugins: [pinia], stubs: { RouterLink: RouterLinkStub } },
    attachTo: document.body,
  })
  mounted.push(wrapper)
  return wrapper
}

const dialogName = (w: VueWrapper) => {
  const dialog = w.get('dialog')
  return document.getElementById(dialog.attributes('aria-labelledby') ?? '')?.textContent
}
const alertText = (w: VueWrapper) => w.find('[role=alert]').text()
const submit = async (w: VueWrapper) => {
  await w.get('form').trigger('submit')
  await flushPromises()
}

describe('setting up the kiosk', () => {
  const query = { bank: 'second', n: 5 }
  const mountSetup = () => mountIt(KioskSetupDialog, { query })

  it('opens as a modal dialog named Set up kiosk, saying what the kiosk will run', () => {
    const w = mountSetup()
    expect((w.get('dialog').element as HTMLDialogElement).open).toBe(true)
    expect(dialogName(w)).toBe('Set up kiosk')
    expect(w.text()).toContain('Choose a PIN of 4 to 8 digits.')
    expect(w.get('dl').text()).toContain('Second bank')
    expect(w.get('dl').text()).toContain('5')
    for (const name of ['Teacher PIN', 'Confirm PIN']) {
      const input = byLabel(w, name)
      expect(input.attributes()).toMatchObject({
        type: 'password',
        inputmode: 'numeric',
        autocomplete: 'new-password',
      })
    }
  })

  it("runs the site's first bank when the link names none", async () => {
    const w = mountIt(KioskSetupDialog, { query: {} })
    expect(w.get('dl').text()).toContain('Sample bank')
    await byLabel(w, 'Teacher PIN').setValue('2468')
    await byLabel(w, 'Confirm PIN').setValue('2468')
    await w.get('form').trigger('submit')
    await vi.waitFor(() => expect(w.emitted('done')).toHaveLength(1), { timeout: 10_000 })
    expect(useKioskStore().config?.bank).toBe('sample')
  })

  it('refuses a PIN of 3 digits, and two PINs that differ', async () => {
    const w = mountSetup()
    await byLabel(w, 'Teacher PIN').setValue('123')
    await byLabel(w, 'Confirm PIN').setValue('123')
    await submit(w)
    expect(alertText(w)).toBe('The PIN must be 4 to 8 digits.')
    expect(byLabel(w, 'Teacher PIN').attributes('aria-invalid')).toBe('true')

    await byLabel(w, 'Teacher PIN').setValue('1234')
    await byLabel(w, 'Confirm PIN').setValue('1243')
    await submit(w)
    expect(alertText(w)).toBe('The two PINs are not the same.')
    expect(byLabel(w, 'Confirm PIN').attributes('aria-invalid')).toBe('true')
    expect(w.emitted('done')).toBeUndefined()
    expect(useKioskStore().config).toBeUndefined()
  })

  it('takes a good PIN, keeps only its hash and locks the device in kiosk mode', async () => {
    const w = mountSetup()
    const store = useKioskStore()
    await byLabel(w, 'Teacher PIN').setValue('90210')
    await byLabel(w, 'Confirm PIN').setValue('90210')
    await w.get('form').trigger('submit')
    expect(button(w, 'Start kiosk').attributes('disabled')).toBeDefined()
    await vi.waitFor(() => expect(w.emitted('done')).toHaveLength(1), { timeout: 10_000 })

    expect(store.active).toBe(true)
    expect(store.config).toMatchObject({ bank: 'second', n: 5, topics: [], idle: 60 })
    expect(store.config?.pin.algorithm).toBe('PBKDF2-SHA-256')
    expect(store.config?.pin.hash).not.toContain('90210')
    expect(JSON.stringify(localStorage)).not.toContain('90210')
    expect((byLabel(w, 'Teacher PIN').element as HTMLInputElement).value).toBe('')
    expect((byLabel(w, 'Confirm PIN').element as HTMLInputElement).value).toBe('')
  })
})

describe('unlocking the teacher panel', () => {
  beforeEach(() => storeConfig())

  const tryPin = async (w: VueWrapper, pin: string) => {
    await byLabel(w, 'Teacher PIN').setValue(pin)
    await w.get('form').trigger('submit')
  }

  it('names the dialog, and opens it on a right PIN', async () => {
    const w = mountIt(KioskUnlockDialog)
    expect(dialogName(w)).toBe('Teacher unlock')
    await tryPin(w, PIN)
    await vi.waitFor(() => expect(w.emitted('unlocked')).toHaveLength(1))
    expect(useKioskStore().unlocked).toBe(true)
    expect((byLabel(w, 'Teacher PIN').element as HTMLInputElement).value).toBe('')
  })

  it('says Wrong PIN, clears the field and keeps the focus in it', async () => {
    const w = mountIt(KioskUnlockDialog)
    await tryPin(w, '1111')
    await vi.waitFor(() =>
      expect(alertText(w)).toBe('Wrong PIN. 4 tries left before a 60-second wait.'),
    )
    const input = byLabel(w, 'Teacher PIN')
    expect((input.element as HTMLInputElement).value).toBe('')
    expect(document.activeElement).toBe(input.element)
    expect(w.emitted('unlocked')).toBeUndefined()
    expect(useKioskStore().unlocked).toBe(false)
  })

  it('closes on Cancel and on Escape', async () => {
    const w = mountIt(KioskUnlockDialog)
    await button(w, 'Cancel').trigger('click')
    await w.get('dialog').trigger('cancel')
    expect(w.emitted('close')).toHaveLength(2)
  })

  it('locks for 60 seconds after five wrong PINs, counting down, and after a reload', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] })
    vi.setSystemTime(new Date('2026-03-02T09:00:00Z'))
    const w = mountIt(KioskUnlockDialog)
    for (const left of ['4 tries', '3 tries', '2 tries', '1 try']) {
      await tryPin(w, '1111')
      await vi.waitFor(() => expect(alertText(w)).toContain(`Wrong PIN. ${left} left`))
    }
    await tryPin(w, '1111')
    await vi.waitFor(() => expect(alertText(w)).toContain('Try again in 60 seconds.'))
    expect(button(w, 'Unlock').attributes('disabled')).toBeDefined()

    vi.advanceTimersByTime(1000)
    await nextTick()
    expect(alertText(w)).toContain('Try again in 59 seconds.')

    // A reload: a new store reads the lockout back from storage.
    pinia = createPinia()
    setActivePinia(pinia)
    const again = mountIt(KioskUnlockDialog)
    expect(alertText(again)).toContain('Try again in 59 seconds.')
    expect(button(again, 'Unlock').attributes('disabled')).toBeDefined()

    vi.advanceTimersByTime(58_000)
    await nextTick()
    expect(alertText(again)).toContain('Try again in 1 second.')
    vi.advanceTimersByTime(1000)
    await nextTick()
    expect(alertText(again)).toBe('You can try again now.')
    expect(button(again, 'Unlock').attributes('disabled')).toBeUndefined()

    await tryPin(again, PIN)
    await vi.waitFor(() => expect(again.emitted('unlocked')).toHaveLength(1))
  })
})

const answer = (key: string, credit: number) => ({
  key,
  prompt: `Prompt ${key}?`,
  type: 'single' as const,
  answer: 'a',
  right: 'b',
  credit,
  seconds: 4,
  appealed: false,
})
const session = (student: number, answers: KioskSession['answers']): KioskSession => ({
  id: `s${student}`,
  student,
  bank: 'sample',
  startedAt: 1_000,
  finishedAt: 2_000,
  answers,
})

describe('the teacher panel', () => {
  beforeEach(() => {
    storeConfig()
    const tally: Tally = {
      v: 2,
      sessions: [
        session(1, [answer('sample/q-a', 1), answer('sample/q-b', 0)]),
        session(2, [answer('sample/q-a', 1), answer('sample/q-b', 0.5)]),
      ],
    }
    localStorage.setItem(`${KEY}tally`, JSON.stringify(tally))
  })

  it('shows the class tally, hardest question first', () => {
    const w = mountIt(KioskTeacherPanel)
    expect(w.get('section h1').text()).toBe('Teacher')
    expect(w.text()).toContain('Students served: 2')
    // (50% + 75%) / 2, rounded.
    expect(w.text()).toContain('Average score: 63%')
    expect(w.get('caption').text()).toBe('Per question, hardest first')
    const rows = w.findAll('tbody tr').map((r) => r.findAll('th, td').map((c) => c.text()))
    expect(rows).toEqual([
      ['Prompt sample/q-b?', '2', '0', '25%'],
      ['Prompt sample/q-a?', '2', '2', '100%'],
    ])
  })

  it('says so when there are no students, after clearing the results', async () => {
    const w = mountIt(KioskTeacherPanel)
    const confirm = vi.fn<(message?: string) => boolean>(() => false)
    vi.stubGlobal('confirm', confirm)
    await button(w, 'Clear results').trigger('click')
    expect(confirm).toHaveBeenCalledWith(
      'Clear the results of every student so far? Export them first to keep them.',
    )
    expect(w.text()).toContain('Students served: 2')
    confirm.mockReturnValue(true)
    await button(w, 'Clear results').trigger('click')
    expect(w.text()).toContain('No students yet.')
    expect(w.find('table').exists()).toBe(false)
  })

  it('saves the settings, topics of the chosen bank included', async () => {
    const w = mountIt(KioskTeacherPanel)
    const store = useKioskStore()
    await byLabel(w, 'Question bank').setValue('second')
    expect(w.findAll('fieldset label').map((l) => l.text())).toEqual(['Rivers', 'Mountains'])
    await byLabel(w, 'Questions per student').setValue('5')
    const mountains = w.findAll('fieldset label').find((l) => l.text() === 'Mountains')
    await mountains?.get('input').setValue(true)
    await byLabel(w, 'Seconds before the idle check').setValue('120')
    await submit(w)
    expect(w.get('[role=status]').text()).toBe('Settings saved.')
    expect(store.config).toMatchObject({ bank: 'second', n: 5, topics: ['mountains'], idle: 120 })
    expect(store.config?.pin).toEqual(pinHash)
    expect(store.bank?.id).toBe('second')
  })

  it('refuses numbers out of range, in a plain sentence', async () => {
    const w = mountIt(KioskTeacherPanel)
    await byLabel(w, 'Questions per student').setValue('0')
    await byLabel(w, 'Seconds before the idle check').setValue('5')
    await submit(w)
    expect(alertText(w)).toContain('Questions per student must be a whole number from 1 to 100.')
    expect(alertText(w)).toContain('Seconds before the idle check must be a whole number')
    expect(byLabel(w, 'Questions per student').attributes('aria-invalid')).toBe('true')
    expect(w.get('[role=status]').text()).toBe('')
    expect(useKioskStore().config).toMatchObject({ n: 10, idle: 60 })
  })

  it('exports the results as a CSV file named with the date', async () => {
    // Before mounting: Vue drops events stamped earlier than their listener.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(2026, 2, 2, 23, 30))
    const w = mountIt(KioskTeacherPanel)
    let blob: Blob | undefined
    vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
      blob = object as Blob
      return 'blob:results'
    })
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    const links: HTMLAnchorElement[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      links.push(this)
    })
    await button(w, 'Export results (CSV)').trigger('click')
    const [link] = links
    // The teacher's date, not the UTC one.
    expect(link?.download).toBe('factline-kiosk-results-2026-03-02.csv')
    expect(link?.href).toBe('blob:results')
    expect(blob?.type).toBe('text/csv;charset=utf-8')
    expect(await blob?.text()).toContain('Prompt sample/q-b?')
    expect(revoke).toHaveBeenCalledWith('blob:results')
  })

  it('goes back to the kiosk by locking the panel', async () => {
    const w = mountIt(KioskTeacherPanel)
    const store = useKioskStore()
    store.unlocked = true
    await button(w, 'Back to the kiosk').trigger('click')
    expect(store.unlocked).toBe(false)
    expect(store.active).toBe(true)
    expect(w.emitted('exit')).toBeUndefined()
  })

  it('exits kiosk mode, keeping the settings', async () => {
    const w = mountIt(KioskTeacherPanel)
    const store = useKioskStore()
    expect(store.active).toBe(true)
    await button(w, 'Exit kiosk').trigger('click')
    expect(w.emitted('exit')).toHaveLength(1)
    expect(store.active).toBe(false)
    expect(localStorage.getItem(`${KEY}active`)).toBeNull()
    expect(store.config?.bank).toBe('sample')
  })

  it('removes the kiosk from the device only when the teacher confirms', async () => {
    const w = mountIt(KioskTeacherPanel)
    const store = useKioskStore()
    const confirm = vi.fn<(message?: string) => boolean>(() => false)
    vi.stubGlobal('confirm', confirm)
    await button(w, 'Remove kiosk from this device').trigger('click')
    expect(store.config).toBeDefined()
    confirm.mockReturnValue(true)
    await button(w, 'Remove kiosk from this device').trigger('click')
    expect(w.emitted('exit')).toHaveLength(1)
    expect(store.config).toBeUndefined()
    expect(store.active).toBe(false)
    expect(localStorage.getItem(`${KEY}tally`)).toBeNull()
  })
})
