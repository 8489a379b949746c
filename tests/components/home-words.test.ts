import { enableAutoUnmount, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { later } from '@/boot/later'
import { formatNumberIn } from '@/i18n/intl'
import { setLanguage } from '@/i18n/catalogue'
import arHome from '@/i18n/messages/ar/home'
import arPages from '@/i18n/messages/ar/pages'
import frHome from '@/i18n/messages/fr/home'
import koHome from '@/i18n/messages/ko/home'
import { routes } from '@/router'
import HomeView from '@/views/HomeView.vue'
import NotFoundView from '@/views/NotFoundView.vue'

vi.mock('virtual:factline/banks', () => import('../fixtures/sample-banks-module'))
vi.mock('virtual:factline/bank-loader', () => import('../fixtures/sample-banks-module'))

enableAutoUnmount(afterEach)
beforeEach(() => setActivePinia(createPinia()))
afterEach(async () => {
  later.record = undefined
  await setLanguage('en')
})

const router = () => createRouter({ history: createMemoryHistory(), routes })
/** The home page, with `due` facts due for review. */
function mountHome(due = 0) {
  later.record = { dueAt: () => Array.from({ length: due }, () => ({})) } as never
  return mount(HomeView, { global: { plugins: [router()] } })
}
const teachers = (words: typeof frHome.home.teachers) =>
  `${words.before}${words.studio}${words.between}${words.classReport}${words.after}`

describe('the home page', () => {
  it('reads as before in English, spaces and all', () => {
    const home = mountHome(1)
    expect(home.get('.lead').text()).toBe(
      'Learn a news story fact by fact: short lessons, quizzes that cite the source, and progress kept in this browser.',
    )
    expect(home.get('.due').text()).toBe('1 fact due for review')
    expect(home.get('.page > p.muted').text()).toBe(
      'Teachers: write questions in the studio, and see how a class did in the class report.',
    )
    const card = home.get('.bank-card')
    expect(card.get('button[type=submit]').text()).toBe('Start quiz')
    expect(card.findAll('option').at(-1)?.text()).toMatch(/^All \d+$/)
  })

  it('speaks French: the lead, the links, a bank card', async () => {
    await setLanguage('fr')
    const home = mountHome(3)
    const fr = frHome
    expect(home.get('.lead').text()).toBe(fr.home.lead)
    expect(home.get('.due a').text()).toBe(fr.home.due(3))
    expect(home.get('.page > p.muted').text()).toBe(teachers(fr.home.teachers))
    expect(home.get('a[href="/author"]').text()).toBe(fr.home.teachers.studio)
    expect(home.get('a[href="/class"]').text()).toBe(fr.home.teachers.classReport)

    const card = home.get('.bank-card')
    const title = card.get('h2').text()
    expect(card.findAll('h3').map((h) => h.text())).toEqual([fr.homeBank.lessons, fr.homeBank.quiz])
    expect(card.get('label').text()).toBe(fr.homeBank.questions)
    expect(card.findAll('.lesson-state').map((s) => s.text())).toContain(fr.homeBank.notStarted)
    const lengths = card.findAll('option').map((o) => Number(o.attributes('value')))
    expect(card.findAll('option').at(-1)?.text()).toBe(fr.homeBank.all(lengths.at(-1)!))
    expect(card.get('button[type=submit]').text()).toBe(fr.homeBank.start)
    const worksheet = card.get('a.button')
    expect(worksheet.text()).toBe(fr.homeBank.worksheet)
    expect(worksheet.attributes('aria-label')).toBe(fr.homeBank.worksheetOf(title))
  })

  it('counts what is due with Arabic plurals, and isolates the bank title', async () => {
    await setLanguage('ar')
    for (const due of [1, 2, 3, 11]) {
      const home = mountHome(due)
      expect(home.get('.due a').text()).toBe(arHome.home.due(due))
      home.unmount()
    }
    expect(arHome.home.due(2)).not.toBe(arHome.home.due(1))
    expect(arHome.home.due(11)).toContain(formatNumberIn('ar', 11))
    const home = mountHome()
    const title = home.get('.bank-card h2').text()
    expect(home.get('.bank-card a.button').attributes('aria-label')).toBe(
      arHome.homeBank.worksheetOf(title),
    )
    expect(arHome.homeBank.worksheetOf(title)).toContain(`\u2068${title}\u2069`)
  })

  it('says in Korean where the teachers go', async () => {
    await setLanguage('ko')
    const home = mountHome()
    expect(home.find('.due').exists()).toBe(false)
    expect(home.get('.page > p.muted').text()).toBe(teachers(koHome.home.teachers))
  })
})

describe('the page not found', () => {
  it('says so in English as before', () => {
    const page = mount(NotFoundView, { global: { plugins: [router()] } })
    expect(page.get('h1').text()).toBe('Page not found')
    expect(page.text()).toContain('There is nothing at this address.')
    expect(page.get('a').text()).toBe('Back to the home page')
  })

  it('says so in Arabic', async () => {
    await setLanguage('ar')
    const page = mount(NotFoundView, { global: { plugins: [router()] } })
    expect(page.get('h1').text()).toBe(arPages.titles.notFound)
    expect(page.text()).toContain(arHome.homeMissing.nothing)
    expect(page.get('a').text()).toBe(arHome.homeMissing.back)
  })
})
