import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import StudioActions from '@/components/author/StudioActions.vue'
import { downloadFile } from '@/components/common/download'
import { shareLink } from '@/domain/author'
import { studioLink } from '@/domain/studio-link'
import { useDraftsStore } from '@/stores/drafts'
import { useStudioStore } from '@/stores/studio'
import AuthorView from '@/views/AuthorView.vue'

// The build's copy of the banks' files, made here from questions/ and the GIFT fixture as the
// build makes it; `calls` counts fetches.
const served = vi.hoisted(() => ({ calls: [] as string[] }))
vi.mock('virtual:factline/bank-files', async () => {
  const { readFileSync } = await import('node:fs')
  const { basename } = await import('node:path')
  const { bankFilesOf } = await import('@/domain/bank/files')
  const { bankAt } = await import('../../scripts/bank-files')
  const korea = bankAt('questions/korea-2018').files.map((path) => ({
    name: `korea-2018/${basename(path)}`,
    text: readFileSync(path, 'utf8'),
  }))
  const water = [
    { name: 'water-cycle.gift', text: readFileSync('tests/fixtures/e2e/water-cycle.gift', 'utf8') },
  ]
  const banks = [
    bankFilesOf(
      {
        id: 'korea-2018',
        language: 'en',
        generated: [{ id: 'gen-cloze-china-sway', facts: ['china-sway'] }],
      },
      'folder',
      korea,
    ),
    bankFilesOf({ id: 'water-cycle', language: 'en' }, 'gift', water),
  ]
  return {
    loadBankFiles: async (id: string) => {
      served.calls.push(id)
      return banks.find((b) => b.id === id)
    },
  }
})

vi.mock('@/components/common/download', () => ({ downloadFile: vi.fn() }))

const TROOPS = 'korea-2018/02-troops-and-china.yaml'
const T = Date.UTC(2024, 5, 15, 12)

let pinia: Pinia
beforeEach(() => {
  localStorage.clear()
  served.calls = []
  pinia = createPinia()
  setActivePinia(pinia)
})

describe('opening a question of a published bank in the studio', () => {
  it('opens the file that holds it as a draft of that file, at the question’s line', async () => {
    const studio = useStudioStore()
    const at = await studio.openQuestion({ bank: 'korea-2018', question: 'short-trade-partner' }, T)
    expect(at).toEqual({ line: 110, column: 5 })
    expect(studio.message).toBe(
      'Opened korea-2018/02-troops-and-china.yaml at question short-trade-partner (line 110).',
    )
    const drafts = useDraftsStore()
    expect(drafts.current).toMatchObject({
      name: '02-troops-and-china.yaml',
      format: 'yaml',
      bank: { id: 'korea-2018', file: TROOPS },
    })
    expect(drafts.drafts).toHaveLength(1)
  })

  it('adds an answer to the draft, once: the same answer again changes nothing', async () => {
    const studio = useStudioStore()
    const request = { bank: 'korea-2018', question: 'short-trade-partner', accept: 'Red China' }
    await studio.openQuestion(request, T)
    expect(studio.message).toBe(
      'Opened korea-2018/02-troops-and-china.yaml at question short-trade-partner (line 110). ' +
        'Added “Red China” to the accepted answers of short-trade-partner (line 110). Check it, then download the file.',
    )
    expect(studio.text).toContain("answers: [ China, People's Republic of China, PRC, Red China ]")

    await studio.openQuestion({ ...request, accept: 'red  china' }, T + 1)
    expect(studio.message).toBe(
      'Opened your draft of korea-2018/02-troops-and-china.yaml, with your edits, at question short-trade-partner (line 110). ' +
        '“red  china” is already accepted for short-trade-partner (line 110), as “Red China”: nothing changed.',
    )
    expect(useDraftsStore().drafts).toHaveLength(1)
    expect(studio.text.match(/Red China/g)).toHaveLength(1)
  })

  it('opens the teacher’s own draft of the file, edits and all, rather than the published one', async () => {
    const drafts = useDraftsStore()
    const studio = useStudioStore()
    await studio.openQuestion({ bank: 'korea-2018', question: 'short-trade-partner' }, T)
    studio.text = `# My notes.\n${studio.text}`
    drafts.startNew(T + 1)
    const at = await studio.openQuestion({ bank: 'korea-2018', question: 'cloze-troops' }, T + 2)
    expect(at?.line).toBe(118)
    expect(studio.text.startsWith('# My notes.\n')).toBe(true)
    expect(drafts.drafts).toHaveLength(2)
    expect(studio.message).toMatch(/^Opened your draft of korea-2018\/02-troops-and-china\.yaml/)
  })

  it('opens a question it can’t add to at its line, and says why', async () => {
    const studio = useStudioStore()
    await studio.openQuestion(
      { bank: 'korea-2018', question: 'cloze-troops', accept: 'twenty-eight thousand' },
      T,
    )
    expect(studio.message).toMatch(
      /^Opened korea-2018\/02-troops-and-china\.yaml at question cloze-troops \(line 117\)\. “twenty-eight thousand” was not added to cloze-troops \(line 117\): it is a cloze question: .*needs your judgement\.$/,
    )
    expect(studio.text).not.toContain('twenty-eight thousand')
  })

  it('leads a generated question to its fact', async () => {
    const studio = useStudioStore()
    const at = await studio.openQuestion(
      { bank: 'korea-2018', question: 'gen-cloze-china-sway', accept: 'sway' },
      T,
    )
    expect(at?.line).toBe(25)
    expect(studio.message).toBe(
      'Opened korea-2018/02-troops-and-china.yaml at fact china-sway (line 25): question gen-cloze-china-sway is generated from it. ' +
        '“sway” was not added to gen-cloze-china-sway (line 25): it is generated from the fact china-sway, so it has no answers of its own; edit the fact, or write a short question.',
    )
  })

  it('adds to a GIFT question’s answer block', async () => {
    const studio = useStudioStore()
    const at = await studio.openQuestion(
      { bank: 'water-cycle', question: 'rain-word', accept: 'showers' },
      T,
    )
    expect(at).toEqual({ line: 21, column: 1 })
    expect(studio.format).toBe('gift')
    expect(studio.name).toBe('water-cycle.gift')
    expect(studio.text).toContain('{=rain =rainfall =showers####')
  })

  it('says when there is no such bank or question, and opens nothing', async () => {
    const studio = useStudioStore()
    expect(await studio.openQuestion({ bank: 'nope', question: 'q' }, T)).toBeUndefined()
    expect(studio.message).toBe('There is no bank “nope” the studio can open: nothing was opened.')
    expect(await studio.openQuestion({ bank: 'korea-2018', question: 'gone' }, T)).toBeUndefined()
    expect(studio.message).toBe('The bank korea-2018 has no question “gone”: nothing was opened.')
    // The studio still has a draft to show: a new one.
    expect(useDraftsStore().drafts.map((d) => d.name)).toEqual(['new-bank.yaml'])
  })
})

describe('a draft of a bank’s file', () => {
  it('is checked with the bank’s other files, which are fetched once', async () => {
    const studio = useStudioStore()
    studio.enter(true)
    expect(studio.context).toBeUndefined()
    await studio.openQuestion({ bank: 'korea-2018', question: 'short-trade-partner' }, T)
    expect(studio.context).toBe('loading')
    await flushPromises()
    expect(studio.context).toMatchObject({ bankId: 'korea-2018', kind: 'folder', file: TROOPS })
    expect(served.calls).toEqual(['korea-2018'])
  })

  it('plays as its whole bank, with the edit, in `Try as student`', async () => {
    const studio = useStudioStore()
    await studio.openQuestion(
      { bank: 'korea-2018', question: 'short-trade-partner', accept: 'Red China' },
      T,
    )
    const bank = await useDraftsStore().draftBank()
    expect(bank?.questions.length).toBeGreaterThan(80)
    expect(bank?.questions.find((q) => q.id === 'short-trade-partner')).toMatchObject({
      answers: ['China', "People's Republic of China", 'PRC', 'Red China'],
    })
  })

  it('shares as a draft of that bank’s file: whoever opens the link checks it with the bank', async () => {
    await useStudioStore().openQuestion({ bank: 'korea-2018', question: 'short-trade-partner' }, T)
    const { text, name, bank } = useDraftsStore().current!
    const link = await shareLink('https://x.example/author', name, text, bank)

    setActivePinia(createPinia())
    const other = useStudioStore()
    await other.openSharedDraft(link.slice(link.indexOf('#')))
    expect(useDraftsStore().current).toMatchObject({ name, text, bank })
    await flushPromises()
    expect(other.context).toMatchObject({ bankId: 'korea-2018', file: TROOPS })
  })

  it('downloads as GIFT as its whole bank, named after the bank', async () => {
    await useStudioStore().openQuestion({ bank: 'korea-2018', question: 'short-trade-partner' }, T)
    const bank = await useDraftsStore().draftBank()
    const router = createRouter({ history: createMemoryHistory(), routes: [] })
    const actions = mount(StudioActions, { props: { bank }, global: { plugins: [pinia, router] } })
    const gift = actions.findAll('button').find((b) => b.text() === 'Download as GIFT')!
    await gift.trigger('click')
    const [text, name] = vi.mocked(downloadFile).mock.calls.at(-1)!
    expect(name).toBe('korea-2018.gift')
    expect(text).toContain('::short-trade-partner::')
    actions.unmount()
  })

  it('keeps its bank when saved, and drafts saved before drafts had banks still open', () => {
    const old = { id: 'd1', name: 'war.yaml', format: 'yaml', text: 'title: War\n', updatedAt: T }
    localStorage.setItem('factline:drafts', JSON.stringify({ v: 1, drafts: [old], current: 'd1' }))
    const drafts = useDraftsStore()
    expect(drafts.current).toEqual(old)
    drafts.open('questions: []\n', '02.yaml', T + 1, { id: 'korea-2018', file: TROOPS })

    setActivePinia(createPinia())
    const again = useDraftsStore()
    expect(again.drafts.map((d) => [d.name, d.bank])).toEqual([
      ['02.yaml', { id: 'korea-2018', file: TROOPS }],
      ['war.yaml', undefined],
    ])
    expect(localStorage.getItem('factline:drafts')).toContain('"v":1')
  })
})

/** The editor, as a `pre` of the draft's text: CodeMirror needs a real browser. */
const editorStub = (goTo: (line: number, column: number) => void) =>
  defineComponent({
    props: { modelValue: { type: String, default: '' } },
    emits: ['update:modelValue', 'pasted'],
    setup(props, { expose }) {
      expose({ goTo })
      return () => h('pre', { 'aria-label': 'Question file' }, props.modelValue)
    },
  })

describe('the studio page, opened from a link', () => {
  it('opens the question, puts the cursor on its line, says so and clears the address', async () => {
    const goTo = vi.fn()
    const QuestionEditor = editorStub(goTo)
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/author', component: AuthorView },
        { path: '/quiz', component: defineComponent(() => () => null) },
      ],
    })
    await router.push(studioLink('korea-2018', 'short-trade-partner', 'Red China'))
    const wrapper = mount(AuthorView, {
      global: { plugins: [pinia, router], stubs: { QuestionEditor, DraftPreview: true } },
    })
    await vi.waitFor(() => expect(goTo).toHaveBeenCalledWith(110, 5))
    expect(router.currentRoute.value.fullPath).toBe('/author')
    expect(wrapper.get('[role=status]').text()).toMatch(
      /^Opened korea-2018\/02-troops-and-china\.yaml at question short-trade-partner \(line 110\)\. Added “Red China”/,
    )
    expect(wrapper.get('pre').text()).toContain('PRC, Red China ]')
    // Checked with its bank: no problem, where alone it would have no title.
    await vi.waitFor(
      () => expect(wrapper.text()).toContain('No problems: the file is ready to use.'),
      { timeout: 10_000 },
    )
    expect(useDraftsStore().drafts).toHaveLength(1)
    wrapper.unmount()
  })
})

describe('the studio page, when a file is pasted over the draft', () => {
  it('checks the draft in the pasted text’s format and says so, in its status line', async () => {
    const QuestionEditor = editorStub(vi.fn())
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: '/author', component: AuthorView }],
    })
    await router.push('/author')
    const wrapper = mount(AuthorView, {
      global: { plugins: [pinia, router], stubs: { QuestionEditor, DraftPreview: true } },
    })
    const aiken = 'When did the Korean War end?\nA) 1950\nB) 1953\nANSWER: B\n'
    const editor = wrapper.findComponent(QuestionEditor)
    editor.vm.$emit('update:modelValue', aiken)
    editor.vm.$emit('pasted', aiken.length)
    await flushPromises()
    expect(wrapper.get('[role=status]').text()).toBe(
      'The pasted text is Aiken: the draft is now checked as Aiken, named new-bank.txt. To undo, choose Factline YAML under Format.',
    )
    expect(wrapper.get<HTMLSelectElement>('select:not(:first-of-type)').element.value).toBe('aiken')
    expect(useDraftsStore().current).toMatchObject({ name: 'new-bank.txt', format: 'aiken' })
    // Checked as Aiken: its one question, and the warning Aiken always gets.
    await vi.waitFor(() => expect(wrapper.text()).toContain('has no explanation'), {
      timeout: 10_000,
    })
    wrapper.unmount()
  })
})
