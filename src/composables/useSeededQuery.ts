import { watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { singleValues } from '@/domain/quiz-url'
import { newSeed } from '@/stores/ids'

/**
 * Opens what the page's query asks for, with the seed the URL carries: a quiz or a worksheet
 * always has its seed in its address, so that it can be shared, reloaded and printed again the
 * same. An address without one gets one (a replace, not a new history entry), then opens.
 */
export function useSeededQuery(
  open: (query: Record<string, string | undefined>, seed: string) => void,
) {
  const route = useRoute()
  const router = useRouter()
  watch(
    () => route.query,
    (query) => {
      const values = singleValues(query)
      if (values.seed) open(values, values.seed)
      else void router.replace({ query: { ...query, seed: newSeed() } })
    },
    { immediate: true },
  )
}
