import 'fake-indexeddb/auto'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { firstScreen } from '@/boot/first-screen'
import { routes } from '@/router'

vi.mock('virtual:factline/banks', () => import('../fixtures/sample-banks-module'))
vi.mock('virtual:factline/bank-loader', () => import('../fixtures/sample-banks-module'))

/**
 * A page marked `paintsLater` in the router holds back the work that waits for the first screen
 * (src/boot/later.ts) until it says its content is up; one that never says it would hold it back
 * for five seconds on every visit. Each such page, at an address of the sample bank, must say it.
 * A new `paintsLater` route needs an address here.
 */
const addresses: Record<string, string[]> = {
  quiz: ['/quiz?bank=sample&seed=paints', '/quiz?bank=no-such-bank&seed=paints'],
  lesson: ['/lessons/sample/one', '/lessons/no-such-bank/one'],
  print: ['/print?bank=sample&seed=paints', '/print?bank=no-such-bank&seed=paints'],
}

const paintsLater = routes.filter((route) => route.meta?.paintsLater).map((r) => String(r.name))

afterEach(() => {
  firstScreen.signalled = false
})

describe('pages that paint their content later', () => {
  it('are the quiz, the lesson and the worksheet, each with an address to try', () => {
    expect(paintsLater.sort()).toEqual(Object.keys(addresses).sort())
  })

  it.each(Object.entries(addresses).flatMap(([name, urls]) => urls.map((url) => [name, url])))(
    '%s says its content is up at %s',
    async (_, url) => {
      const router = createRouter({ history: createMemoryHistory(), routes })
      await router.push(url)
      const app = defineComponent(() => () => h(RouterView))
      const wrapper = mount(app, { global: { plugins: [createPinia(), router] } })
      await vi.waitFor(
        async () => {
          await flushPromises()
          expect(firstScreen.signalled).toBe(true)
        },
        { timeout: 4000 },
      )
      wrapper.unmount()
    },
  )
})
