import { bankIndex } from 'virtual:factline/banks'
import { computed, shallowRef, watch } from 'vue'
import type { Bank } from '@/domain/bank'
import { useBanksStore } from './banks'

/**
 * The banks of this site that `named()` mentions (the banks a record or a report has answers
 * from), loaded through the banks store as they change: a later change wins over a slower, older
 * load. `loaded` runs each time new banks are in; `ready` says the banks are those named now (a
 * figure worked out from them before would be worked out again). For use inside a setup store.
 */
export function useLoadedBanks(named: () => ReadonlySet<string>, loaded?: () => void) {
  const banksStore = useBanksStore()
  const banks = shallowRef<Bank[]>([])
  const loadedFor = shallowRef<string>()
  const ids = computed(() => {
    const wanted = named()
    return bankIndex.filter((b) => wanted.has(b.id)).map((b) => b.id)
  })
  watch(
    () => ids.value.join(','),
    async (wanted) => {
      const found = await banksStore.banks(ids.value)
      if (wanted !== ids.value.join(',')) return // a later change loads its own
      banks.value = found.filter((b): b is Bank => !!b)
      loadedFor.value = wanted
      loaded?.()
    },
    { immediate: true },
  )
  return { banks, ready: computed(() => loadedFor.value === ids.value.join(',')) }
}
