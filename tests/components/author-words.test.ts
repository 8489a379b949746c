import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import DraftPreview from '@/components/author/DraftPreview.vue'
import ProblemList from '@/components/author/ProblemList.vue'
import StudioActions from '@/components/author/StudioActions.vue'
import StudioToolbar from '@/components/author/StudioToolbar.vue'
import { checkDraft, draftLabel } from '@/domain/author'
import { STARTER_TEMPLATE } from '@/domain/author-template'
import type { Problem } from '@/domain/bank'
import { setLanguage } from '@/i18n/catalogue'
import { formatLocale } from '@/i18n/locale'
import arAuthor from '@/i18n/messages/ar/author'
import frAuthor from '@/i18n/messages/fr/author'
import frPages from '@/i18n/messages/fr/pages'
import { useDraftsStore } from '@/stores/drafts'
import { useStudioStore } from '@/stores/studio'
import AuthorView from '@/views/AuthorView.vue'
import { button, byLabel } from './find'

// One published bank of one file, the starter: its `how-many-troops` is a single-choice question.
vi.mock('virtual:factline/bank-files', async () => {
  const { bankFilesOf } = await import('@/domain/bank/files')
  const { STARTER_TEMPLATE } = await import('@/domain/author-template')
  const starter = bankFilesOf({ id: 'starter', language: 'en' }, 'folder', [
    { name: 'starter/bank.yaml', text: STARTER_TEMPLATE },
  ])
  return { loadBankFiles: async (id: string) => (id === 'starter' ? starter : undefined) }
})

const fr = frAuthor.author
const ar = arAuthor.author

enableAutoUnmount(afterEach)
let pinia: Pinia
beforeEach(() => {
  localStorage.clear()
  pinia = createPinia()
  setActivePinia(pinia)
})
afterEach(async () => {
  formatLocale.value = 'en'
  await setLanguage('en')
})

const problem = (line: number, severity: Problem['severity']): Problem => ({
  file: 'draft.yaml',
  line,
  column: 3,
  severity,
  message: 'question "q" has no explanation',
})

async function mountOnStudio(component: ReturnType<typeof defineComponent>, stubs = {}) {
  const page = defineComponent(() => () => h('p'))
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/author', component: page },
      { path: '/quiz', component: page },
    ],
  })
  await router.push('/author')
  return mount(component, { global: { plugins: [pinia, router], stubs } })
}

describe('the studio in French', () => {
  it('names its page, toolbar and actions in French', async () => {
    await setLanguage('fr')
    const studio = useStudioStore()
    studio.enter()
    const page = await mountOnStudio(
      defineComponent(() => () => [h(StudioToolbar), h(StudioActions, { bank: undefined })]),
    )
    const drafts = useDraftsStore()
    expect(byLabel(page, fr.toolbar.draft).element.tagName).toBe('SELECT')
    expect(byLabel(page, fr.toolbar.format).element.tagName).toBe('SELECT')
    expect(byLabel(page, fr.toolbar.open).attributes('type')).toBe('file')
    expect(page.get('option').text()).toBe(
      draftLabel(drafts.current!, formatLocale.value, fr.toolbar.draftLabel),
    )
    for (const name of [fr.toolbar.newDraft, fr.actions.download, fr.actions.copyLink])
      expect(button(page, name).exists()).toBe(true)
    expect(button(page, fr.actions.tryAsStudent).attributes('disabled')).toBeDefined()
    expect(page.get('[aria-live=polite]').text()).toBe(fr.actions.saved)
  })

  it('titles the page and names the editor’s section in French', async () => {
    await setLanguage('fr')
    const page = await mountOnStudio(AuthorView, { DraftPreview: true })
    await flushPromises()
    expect(page.get('h1').text()).toBe(frPages.titles.author)
    expect(page.get('.lead').text()).toBe(fr.lead)
    expect(page.get('.author__edit h2').text()).toBe(fr.file)
    expect(page.get('.author__problems h2').text()).toBe(fr.problems.title)
    // The code editor is named in the interface language, and renamed when it changes.
    const editor = page.get('.cm-content')
    expect(editor.attributes('aria-label')).toBe(fr.file)
    await setLanguage('ar')
    await nextTick()
    expect(editor.attributes('aria-label')).toBe(ar.file)
  })

  it('lists problems in French, the validator’s message kept as it is', async () => {
    await setLanguage('fr')
    const problems = [problem(2, 'error'), problem(5, 'warning'), problem(9, 'warning')]
    const list = mount(ProblemList, { props: { problems, checking: false } })
    expect(list.get('ul').attributes('aria-label')).toBe(fr.problems.title)
    expect(list.get('p').text()).toBe(fr.problems.summary(1, 2))
    expect(list.findAll('li').map((li) => li.text())).toEqual(
      problems.map((p) => fr.problems.item(p.line, p.column, p.message)),
    )
    expect(list.get('li').text()).toContain('question "q" has no explanation')
  })

  it('rewords its status line when the language changes', async () => {
    const studio = useStudioStore()
    studio.enter()
    await studio.openFile(new File(['When?\nA) 1950\nB) 1953\nANSWER: B\n'], 'quiz.txt'))
    expect(studio.message).toBe('Opened quiz.txt: it reads as Aiken.')
    await setLanguage('fr')
    expect(studio.message).toBe(fr.said.openedFileAs('quiz.txt', 'Aiken'))
  })

  it('says in French why an answer was not added, and where it opened', async () => {
    await setLanguage('fr')
    const studio = useStudioStore()
    await studio.openQuestion({ bank: 'starter', question: 'how-many-troops', accept: ' 28k ' })
    const line = STARTER_TEMPLATE.split('\n').findIndex((l) => l.includes('how-many-troops')) + 1
    const why = fr.refused.chosen(fr.refused.types.single)
    expect(studio.message).toBe(
      `${fr.said.openedAt('starter/bank.yaml', 'how-many-troops', line)} ` +
        fr.said.notAccepted('28k', 'how-many-troops', line, why),
    )
  })
})

describe('the studio in Arabic', () => {
  it('counts two questions and their facts with Arabic plurals', async () => {
    await setLanguage('ar')
    const { bank } = checkDraft(
      STARTER_TEMPLATE.replace('generate: true', 'generate: false'),
      'yaml',
      'new-bank.yaml',
    )
    const preview = mount(DraftPreview, { props: { bank: bank! } })
    expect(preview.get('h2').text()).toBe(ar.preview.title)
    // Two written questions, one topic, one fact: the dual, then singulars.
    expect(preview.get('.preview-summary').text()).toBe(ar.preview.summary(2, 2, 0, 1, 1))
    expect(ar.preview.summary(2, 2, 0, 1, 1)).not.toBe(ar.preview.summary(3, 3, 0, 1, 1))
  })

  it('counts three errors and two warnings, each in its own form', async () => {
    await setLanguage('ar')
    const problems = [
      ...[1, 2, 3].map((line) => problem(line, 'error')),
      ...[4, 5].map((line) => problem(line, 'warning')),
    ]
    const list = mount(ProblemList, { props: { problems, checking: false } })
    expect(list.get('p').text()).toBe(ar.problems.summary(3, 2))
    expect(ar.problems.summary(3, 2)).not.toBe(ar.problems.summary(2, 3))
    expect(list.get('li').text()).toBe(ar.problems.item(1, 3, 'question "q" has no explanation'))
  })

  it('says a share link is damaged', async () => {
    await setLanguage('ar')
    const studio = useStudioStore()
    studio.enter()
    studio.message = ''
    await studio.openSharedDraft('#draft=damaged')
    expect(studio.message).toBe(ar.said.sharedDamaged)
  })
})
