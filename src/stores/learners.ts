import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { z } from 'zod/mini'
import { LearnerSchema, type Learner } from '@/domain/record'
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
/** The learner every device starts with; their record predates the picker. */
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

  /** Why a name can't be used, in one sentence; undefined when it can. */
  function nameProblem(name: string, except?: string): string | undefined {
    const trimmed = name.trim()
    if (!trimmed) return 'Type a name.'
    if (trimmed.length > MAX_NAME_LENGTH)
      return `A name can be at most ${MAX_NAME_LENGTH} characters.`
    const taken = learners.value.some(
      (l) => l.id !== except && l.name.toLocaleLowerCase() === trimmed.toLocaleLowerCase(),
    )
    return taken ? `${trimmed} is already on this device.` : undefined
  }

  function add(name: string): Learner | undefined {
    if (nameProblem(name)) return undefined
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
    if (nameProblem(name, id)) return
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

  return { learners, current, nameProblem, add, switchTo, rename, remove }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useLearnersStore, import.meta.hot))
