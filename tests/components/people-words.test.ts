import 'fake-indexeddb/auto'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import LearnerPicker from '@/components/layout/LearnerPicker.vue'
import { setLanguage } from '@/i18n/catalogue'
import arPeople from '@/i18n/messages/ar/people'
import frPeople from '@/i18n/messages/fr/people'
import koPeople from '@/i18n/messages/ko/people'
import { MAX_NAME_LENGTH, useLearnersStore } from '@/stores/learners'
import { useNoticesStore } from '@/stores/notices'

enableAutoUnmount(afterEach)
beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
})
afterEach(() => setLanguage('en'))

/** The learner picker's button's name, as a screen reader hears it: its one visible-to-AT span. */
const buttonName = (picker: ReturnType<typeof mount>) =>
  picker.get('.learner-picker__open .visually-hidden').text()

describe('the learner picker', () => {
  it('names the first learner "Me" in English, as before', () => {
    const picker = mount(LearnerPicker)
    expect(buttonName(picker)).toBe('Learner: Me. Change learner')
    expect(picker.get('.learner-picker__name').text()).toBe('Me')
    expect(picker.get('h2').text()).toBe('Who is learning?')
    expect(picker.get('li button').text()).toBe('Me \u00a0(learning now)')
  })

  it('shows the untouched default name in French, and keeps it stored as it was', async () => {
    await setLanguage('fr')
    const fr = frPeople.people
    const picker = mount(LearnerPicker)
    expect(buttonName(picker)).toBe(fr.open(fr.me))
    expect(picker.get('.learner-picker__initial').text()).toBe(fr.me.slice(0, 1).toUpperCase())
    expect(picker.get('h2').text()).toBe(fr.title)
    expect(picker.get('li button').text()).toBe(`${fr.me} \u00a0${fr.learningNow}`)
    expect(picker.get('label').text()).toBe(fr.newName)
    expect(picker.get('form button').text()).toBe(fr.add)
    // The stored name is data: "Me", whatever the language shows.
    const learners = useLearnersStore()
    expect(learners.current.name).toBe('Me')
    // Nobody else may take the name shown, nor the one stored.
    expect(learners.nameProblem(fr.me.toLowerCase())).toBe(
      frPeople.peopleName.taken(fr.me.toLowerCase()),
    )
    expect(learners.nameProblem('me')).toBe(frPeople.peopleName.taken('me'))
  })

  it('says in French why a new name is refused, and adds a good one as typed', async () => {
    await setLanguage('fr')
    const picker = mount(LearnerPicker)
    await picker.get('form').trigger('submit')
    expect(picker.get('[role=alert]').text()).toBe(frPeople.peopleName.empty)
    await picker.get('input').setValue('x'.repeat(MAX_NAME_LENGTH + 1))
    await picker.get('form').trigger('submit')
    expect(picker.get('[role=alert]').text()).toBe(frPeople.peopleName.tooLong(MAX_NAME_LENGTH))
    await picker.get('input').setValue('Léa')
    await picker.get('form').trigger('submit')
    expect(buttonName(picker)).toBe(frPeople.people.open('Léa'))
  })

  it('shows a renamed first learner by the name they chose, in every language', async () => {
    const learners = useLearnersStore()
    learners.rename('default', 'Sami')
    await setLanguage('ko')
    const picker = mount(LearnerPicker)
    expect(buttonName(picker)).toBe(koPeople.people.open('Sami'))
  })

  it('names the learner in Arabic, the name isolated in its own direction', async () => {
    await setLanguage('ar')
    const picker = mount(LearnerPicker)
    expect(buttonName(picker)).toBe(arPeople.people.open(arPeople.people.me))
    useLearnersStore().add('Noor')
    await flushPromises()
    expect(buttonName(picker)).toBe(arPeople.people.open('Noor'))
    expect(buttonName(picker)).toContain('\u2068Noor\u2069')
  })
})

describe('the notices about saved progress', () => {
  it('are worded in the interface language, again when it changes', async () => {
    const notices = useNoticesStore()
    notices.show({ kind: 'damaged', answers: 1 })
    expect(notices.message).toBe(
      '1 saved answer was damaged and could not be read. A copy was kept aside; the rest of your progress is here.',
    )
    await setLanguage('ar')
    expect(notices.message).toBe(arPeople.peopleNotice.damaged(1))
    notices.show({ kind: 'damaged', answers: 2 })
    expect(notices.message).toBe(arPeople.peopleNotice.damaged(2))
    notices.show({ kind: 'damaged', answers: 3 })
    expect(notices.message).toBe(arPeople.peopleNotice.damaged(3))
    expect(new Set([1, 2, 3].map(arPeople.peopleNotice.damaged)).size).toBe(3)
    notices.show({ kind: 'full' })
    expect(notices.message).toBe(arPeople.peopleNotice.full)
    await setLanguage('fr')
    expect(notices.message).toBe(frPeople.peopleNotice.full)
    notices.show({ kind: 'notKept' })
    expect(notices.message).toBe(frPeople.peopleNotice.notKept)
    notices.dismiss()
    expect(notices.message).toBeUndefined()
  })
})
