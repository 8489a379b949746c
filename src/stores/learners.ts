import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { z } from 'zod/mini'
import { LearnerSchema, type Learner } from '@/domain/record'
import { t } from '@/i18n'
import { schemaOnFirstUse } from '@/domain/schema-on-first-use'
import { localState } from '@/persistence'
import { onOtherTabs, tellOtherTabs } from '@/persistence/channel'
import { newId } from './ids'

const SAVED = 'learners'
const SavedSchema = schemaOnFirstUse(() =>
  z.object({
    v: z.literal(1),
    learners: z.array(LearnerSchema).check(z.minLength(1)),
    current: z.string(),
  }),
)
/**
 * The learner every device starts with; their record predates the picker. The name is stored as
 * it is ("Me", data like any name a learner types) and shown in the interface's language while it
 * is untouched: see `nameOf`.
 */
export const FIRST_LEARNER: Learner = { id: 'default', name: 'Me' }
export const MAX_NAME_LENGTH = 40

/** Who is learning on this device: several people can share it, each with their own record. */
export const useLearnersStore = defineStore('learners', () => {
  const saved = () => localState.read(SAVED, SavedSchema)
  const learners = ref<Learner[]>(saved()?.learners ?? [FIRST_LEARNER])
  const currentId = ref(saved()?.current ?? FIRST_LEARNER.id)
  const current = computed(
    () => learners.value.find((l) => l.id === currentId.value) ?? learners.value[0]!,
  )

  function save() {
    localState.write(SAVED, { v: 1, learners: learners.value, current: current.value.id })
    tellOtherTabs({ kind: 'learners' })
  }

  /**
   * A learner's name as shown: the first learner's untouched default, stored as "Me", is the
   * interface language's word for it ("Moi", "나"); any other name is shown as it was typed.
   */
  function nameOf(learner: Learner): string {
    const untouched = learner.id === FIRST_LEARNER.id && learner.name === FIRST_LEARNER.name
    // The words come with the `people` part, which the pages that show a name load.
    const words = t.people as typeof t.people | undefined
    return untouched && words ? words.me : learner.name
  }
  const currentName = computed(() => nameOf(current.value))

  /** What is wrong with a name, if anything: none, too long, or another learner's already. */
  function problemOf(
    name: string,
    except?: string,
  ): { kind: 'empty' } | { kind: 'tooLong' } | { kind: 'taken'; name: string } | undefined {
    const trimmed = name.trim()
    if (!trimmed) return { kind: 'empty' }
    if (trimmed.length > MAX_NAME_LENGTH) return { kind: 'tooLong' }
    const same = (other: string) => other.toLocaleLowerCase() === trimmed.toLocaleLowerCase()
    // A name is taken whether it is stored or shown ("Me" and "Moi" alike).
    const taken = learners.value.some((l) => l.id !== except && (same(l.name) || same(nameOf(l))))
    return taken ? { kind: 'taken', name: trimmed } : undefined
  }

  /**
   * Why a name can't be used, in one sentence in the interface's language (the `people` part,
   * which the pages that edit a name load); undefined when it can.
   */
  function nameProblem(name: string, except?: string): string | undefined {
    const problem = problemOf(name, except)
    if (!problem) return undefined
    if (problem.kind === 'empty') return t.peopleName.empty
    if (problem.kind === 'tooLong') return t.peopleName.tooLong(MAX_NAME_LENGTH)
    return t.peopleName.taken(problem.name)
  }

  function add(name: string): Learner | undefined {
    if (problemOf(name)) return undefined
    const learner = { id: newId(), name: name.trim() }
    learners.value = [...learners.value, learner]
    currentId.value = learner.id
    save()
    return learner
  }

  function switchTo(id: string) {
    if (!learners.value.some((l) => l.id === id)) return
    currentId.value = id
    save()
  }

  function rename(id: string, name: string) {
    if (problemOf(name, id)) return
    learners.value = learners.value.map((l) => (l.id === id ? { ...l, name: name.trim() } : l))
    save()
  }

  /** Takes a learner off the list (their record is deleted by the progress store). */
  function remove(id: string) {
    if (learners.value.length === 1) return
    learners.value = learners.value.filter((l) => l.id !== id)
    if (currentId.value === id) currentId.value = learners.value[0]!.id
    save()
  }

  onOtherTabs((message) => {
    if (message.kind !== 'learners') return
    const now = saved()
    if (!now) return
    learners.value = now.learners
    currentId.value = now.current
  })

  return { learners, current, currentName, nameOf, nameProblem, add, switchTo, rename, remove }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useLearnersStore, import.meta.hot))
