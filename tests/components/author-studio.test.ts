import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, nextTick, ref } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import StudioActions from '@/components/author/StudioActions.vue'
import StudioToolbar from '@/components/author/StudioToolbar.vue'
import { downloadFile } from '@/components/common/download'
import { useDraftCheck } from '@/composables/useDraftCheck'
import { checkDraft, draftLabel, MAX_LINK_LENGTH, shareLink } from '@/domain/author'
import { STARTER_TEMPLATE } from '@/domain/author-template'
import { formatLocale } from '@/i18n/locale'
import { useDraftsStore } from '@/stores/drafts'
import { useStudioStore } from '@/stores/studio'

vi.mock('@/components/common/download', () => ({ downloadFile: vi.fn() }))

const GIFT = '::armistice:: The Korean War ended with a peace treaty. {F}\n'
const AIKEN = 'When did the Korean War end?\nA) 1950\nB) 1953\nANSWER: B\n'
const starterBank = checkDraft(STARTER_TEMPLATE, 'yaml', 'new-bank.yaml').bank!
const writeText = vi.fn<(text: string) => Promise<void>>()

let pinia: Pinia
beforeEach(() => {
  localStorage.clear()
  pinia = createPinia()
  setActivePinia(pinia)
  vi.mocked(downloadFile).mockClear()
  writeText.mockReset().mockResolvedValue()
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
})

/** Text that deflate cannot shrink much: a share link of it is too long. */
function noise(length: number): string {
  let seed = 7
  return Array.from({ length }, () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return String.fromCharCode(33 + ((seed >> 16) % 90))
  }).join('')
}

describe('the studio store', () => {
  it('starts a visit on a draft, the starter template when there is none, with no message', () => {
    const studio = useStudioStore()
    studio.message = 'Share link copied.'
    studio.enter()
    expect(studio.message).toBe('')
    expect(studio.name).toBe('new-bank.yaml')
    expect(studio.text).toBe(STARTER_TEMPLATE)
    studio.enter()
    expect(useDraftsStore().drafts).toHaveLength(1)
  })

  it('edits the current draft: its text and its format', () => {
    const studio = useStudioStore()
    studio.enter()
    studio.text = GIFT
    studio.format = 'gift'
    expect(useDraftsStore().current).toMatchObject({ text: GIFT, format: 'gift' })
  })

  it('opens a question file as a new draft, and refuses any other file', async () => {
    const studio = useStudioStore()
    await studio.openFile(new File([GIFT], 'moodle-export.gift'))
    expect(studio.message).toBe('Opened moodle-export.gift.')
    expect(studio).toMatchObject({ name: 'moodle-export.gift', format: 'gift', text: GIFT })

    await studio.openFile(new File(['PNG'], 'photo.png'))
    expect(studio.message).toBe(
      'photo.png is not a question file: open a .yaml, .yml, .gift, .xml or .txt file.',
    )
    expect(studio.name).toBe('moodle-export.gift')
    await studio.openFile(undefined)
    expect(useDraftsStore().drafts).toHaveLength(1)
  })

  it('opens a .txt in the format its text is in, and says which', async () => {
    const studio = useStudioStore()
    await studio.openFile(new File([AIKEN], 'quiz.txt'))
    expect(studio.message).toBe('Opened quiz.txt: it reads as Aiken.')
    expect(studio).toMatchObject({ name: 'quiz.txt', format: 'aiken', text: AIKEN })
    await studio.openFile(new File([GIFT], 'notes.txt'))
    expect(studio.message).toBe('Opened notes.txt: it reads as Moodle GIFT.')
    expect(studio.format).toBe('gift')
    await studio.openFile(new File(['<quiz></quiz>'], 'export.xml'))
    expect(studio).toMatchObject({ message: 'Opened export.xml.', format: 'moodle-xml' })
  })

  it('opens UTF-16 text, and refuses a file that is not UTF-8 at the place it stops being text', async () => {
    const studio = useStudioStore()
    const utf16 = [0xff, 0xfe, ...[...AIKEN].flatMap((c) => [c.charCodeAt(0), 0])]
    await studio.openFile(new File([Uint8Array.from(utf16)], 'windows.txt'))
    expect(studio).toMatchObject({ format: 'aiken', text: AIKEN })

    const latin1 = Uint8Array.from([...new TextEncoder().encode('Which?\nA) Caf'), 0xe9])
    await studio.openFile(new File([latin1], 'latin1.txt'))
    expect(studio.message).toBe(
      'latin1.txt was not opened: line 2, column 7: the file is not UTF-8 text; save it as UTF-8 (in most editors: Save with encoding, UTF-8).',
    )
    expect(studio.name).toBe('windows.txt')
    expect(useDraftsStore().drafts).toHaveLength(1)
  })

  it('switches the draft to the format of a file pasted over it, and says so', () => {
    const studio = useStudioStore()
    studio.enter()
    studio.text = GIFT
    studio.pasted(GIFT.length)
    expect(studio).toMatchObject({ format: 'gift', name: 'new-bank.gift' })
    expect(studio.message).toBe(
      'The pasted text is Moodle GIFT: the draft is now checked as Moodle GIFT, named new-bank.gift. To undo, choose Factline YAML under Format.',
    )
    // A line pasted into the file changes nothing.
    studio.message = ''
    studio.text = `${GIFT}\n${AIKEN}`
    studio.pasted(AIKEN.length - 10)
    expect(studio).toMatchObject({ format: 'gift', message: '' })
  })

  it('opens the draft a share link carries, and says when the link is damaged', async () => {
    const studio = useStudioStore()
    const link = await shareLink('https://factline.example/author', 'shared.gift', GIFT)
    await studio.openSharedDraft(link.slice(link.indexOf('#')))
    expect(studio.message).toBe('Opened the shared draft shared.gift.')
    expect(studio).toMatchObject({ name: 'shared.gift', text: GIFT })

    await studio.openSharedDraft('#draft=damaged')
    expect(studio.message).toBe('This share link is damaged: the draft could not be opened.')
    studio.message = ''
    await studio.openSharedDraft('')
    await studio.openSharedDraft('#top')
    expect(studio.message).toBe('')
    expect(useDraftsStore().drafts).toHaveLength(1)
  })

  it('copies a share link that opens the draft again', async () => {
    const studio = useStudioStore()
    studio.enter()
    await studio.copyShareLink('https://factline.example/author')
    expect(studio.message).toBe('Share link copied.')
    const link = writeText.mock.calls[0]![0]
    expect(link).toMatch(/^https:\/\/factline\.example\/author#draft=/)
    await studio.openSharedDraft(link.slice(link.indexOf('#')))
    expect(studio.text).toBe(STARTER_TEMPLATE)
  })

  it('shows the link where copying is blocked, and refuses a link too long to send', async () => {
    const studio = useStudioStore()
    studio.enter()
    writeText.mockRejectedValue(new Error('denied'))
    await studio.copyShareLink('https://factline.example/author')
    expect(studio.message).toMatch(
      /^Copying is blocked here; the link is: https:\/\/factline\.example\/author#draft=\S+$/,
    )

    writeText.mockReset()
    studio.text = noise(MAX_LINK_LENGTH)
    await studio.copyShareLink('https://factline.example/author')
    expect(studio.message).toMatch(
      /^This draft is too long for a link \(\d{1,3}(,\d{3})* characters, at most 8,000\): download the file and send it instead\.$/,
    )
    expect(writeText).not.toHaveBeenCalled()
  })
})

const page = defineComponent(() => () => null)
async function mountWithRouter(component: typeof StudioActions | typeof StudioToolbar, props = {}) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/author', component: page },
      { path: '/quiz', component: page },
    ],
  })
  await router.push('/author')
  const wrapper = mount(component, { props, global: { plugins: [pinia, router] } })
  return { wrapper, router }
}

describe('the studio toolbar', () => {
  it('lists the drafts, newest first, and switches between them', async () => {
    const drafts = useDraftsStore()
    const older = drafts.open(GIFT, 'older.gift', 1000)
    const newer = drafts.open(STARTER_TEMPLATE, 'newer.yaml', 2000)
    const { wrapper } = await mountWithRouter(StudioToolbar)
    const select = wrapper.get('select')
    expect(select.findAll('option').map((o) => o.text())).toEqual([
      draftLabel(newer, 'en'),
      draftLabel(older, 'en'),
    ])
    // When it last changed follows the format locale: a British browser reads 01/01/1970.
    formatLocale.value = 'en-GB'
    await nextTick()
    expect(select.findAll('option').map((o) => o.text())).toEqual([
      draftLabel(newer, 'en-GB'),
      draftLabel(older, 'en-GB'),
    ])
    formatLocale.value = 'en'
    expect((select.element as HTMLSelectElement).value).toBe(newer.id)
    await select.setValue(older.id)
    expect(drafts.current?.name).toBe('older.gift')
    expect(wrapper.findAll('select')[1]!.element.value).toBe('gift')
  })

  it('starts a new draft, changes the format and opens a file from disk', async () => {
    const studio = useStudioStore()
    studio.enter()
    const { wrapper } = await mountWithRouter(StudioToolbar)
    await wrapper.get('button').trigger('click')
    expect(useDraftsStore().drafts).toHaveLength(2)

    const format = wrapper.findAll('select')[1]!
    expect(format.findAll('option').map((o) => [o.attributes('value'), o.text()])).toEqual([
      ['yaml', 'Factline YAML'],
      ['gift', 'Moodle GIFT'],
      ['moodle-xml', 'Moodle XML'],
      ['aiken', 'Aiken'],
    ])
    await format.setValue('gift')
    expect(studio.format).toBe('gift')
    await format.setValue('aiken')
    expect(studio.format).toBe('aiken')

    const input = wrapper.get('input[type=file]')
    expect(input.attributes('accept')).toBe('.yaml,.yml,.gift,.xml,.txt')
    expect(wrapper.get(`label[for="${input.attributes('id')}"]`).text()).toBe('Open question file')
    Object.defineProperty(input.element, 'files', { value: [new File([GIFT], 'quiz.gift')] })
    await input.trigger('change')
    await flushPromises()
    expect(studio.message).toBe('Opened quiz.gift.')
    expect(studio.name).toBe('quiz.gift')
  })
})

describe('the studio actions', () => {
  const button = (w: Awaited<ReturnType<typeof mountWithRouter>>['wrapper'], name: string) =>
    w.findAll('button').find((b) => b.text() === name)

  it('tries the draft as a student: a quiz of all its questions', async () => {
    useStudioStore().enter()
    const { wrapper, router } = await mountWithRouter(StudioActions, { bank: starterBank })
    await button(wrapper, 'Try as student')!.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/quiz?bank=studio-draft&n=2&seed=studio')
  })

  it('offers nothing that needs a bank while the draft has errors', async () => {
    useStudioStore().enter()
    const { wrapper } = await mountWithRouter(StudioActions, { bank: undefined })
    expect(button(wrapper, 'Try as student')!.attributes('disabled')).toBeDefined()
    expect(button(wrapper, 'Download as GIFT')!.attributes('disabled')).toBeDefined()
    expect(button(wrapper, 'Download')!.attributes('disabled')).toBeUndefined()
  })

  it('downloads the draft as it is, and a YAML draft as GIFT too', async () => {
    const studio = useStudioStore()
    studio.enter()
    const { wrapper } = await mountWithRouter(StudioActions, { bank: starterBank })
    await button(wrapper, 'Download')!.trigger('click')
    await button(wrapper, 'Download as GIFT')!.trigger('click')
    const calls = vi.mocked(downloadFile).mock.calls
    expect(calls.map(([, name]) => name)).toEqual(['new-bank.yaml', 'new-bank.gift'])
    expect(calls[0]![0]).toBe(STARTER_TEMPLATE)
    expect(calls[1]![0]).toContain('::how-many-troops::')

    studio.format = 'gift'
    await flushPromises()
    expect(button(wrapper, 'Download as GIFT')).toBeUndefined()
    // An Aiken (or Moodle XML) draft converts to GIFT as a YAML one does.
    studio.format = 'aiken'
    await flushPromises()
    expect(button(wrapper, 'Download as GIFT')).toBeDefined()
  })

  it('says the draft is saved, and what copying the share link did', async () => {
    useStudioStore().enter()
    const { wrapper } = await mountWithRouter(StudioActions, { bank: starterBank })
    expect(wrapper.get('[aria-live=polite]').text()).toBe('Saved in this browser.')
    await button(wrapper, 'Copy share link')!.trigger('click')
    // Compressing the draft takes a few tasks.
    await vi.waitFor(() => expect(wrapper.get('[role=status]').text()).toBe('Share link copied.'))
    expect(writeText.mock.calls[0]![0]).toMatch(/^http:\/\/localhost:\d+\/author#draft=/)
  })
})

describe('the draft check', () => {
  it('hands on a new bank only when the questions changed, not a comment', async () => {
    const text = ref(STARTER_TEMPLATE)
    let check!: ReturnType<typeof useDraftCheck>
    const wrapper = mount(
      defineComponent(() => {
        check = useDraftCheck(text, ref('yaml'), ref('new-bank.yaml'))
        return () => null
      }),
    )
    await vi.waitFor(() => expect(check.bank.value).toBeDefined())
    const first = check.bank.value

    text.value = `# A comment.\n${STARTER_TEMPLATE}`
    await vi.waitFor(() => expect(check.result.value.bank).not.toBe(first))
    expect(check.bank.value).toBe(first)

    text.value = STARTER_TEMPLATE.replace('Roughly how many', 'About how many')
    await vi.waitFor(() => expect(check.bank.value).not.toBe(first))
    expect(check.bank.value?.questions[0]?.prompt).toMatch(/^About how many/)

    text.value = STARTER_TEMPLATE.replace('answer: About 28,000', 'answer: About 28000')
    await vi.waitFor(() => expect(check.bank.value).toBeUndefined())
    expect(check.result.value.problems[0]?.severity).toBe('error')
    wrapper.unmount()
  })
})
