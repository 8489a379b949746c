import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// Each test gets the module fresh: the first screen comes up once per page.
const load = async () => {
  vi.resetModules()
  return import('@/boot/first-screen')
}

describe('work deferred until the first screen is painted', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] })
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('waits for the page to say its content is up, then for the frame that paints it', async () => {
    const { afterFirstScreen, firstScreenIsUp } = await load()
    const work = vi.fn(() => 'done')
    const result = afterFirstScreen(work)
    await vi.advanceTimersByTimeAsync(1000)
    expect(work).not.toHaveBeenCalled()

    firstScreenIsUp()
    // Less than a frame later, the content is not painted yet.
    await vi.advanceTimersByTimeAsync(5)
    expect(work).not.toHaveBeenCalled()
    await vi.advanceTimersToNextFrame()
    await vi.advanceTimersByTimeAsync(1000)
    expect(work).toHaveBeenCalledOnce()
    await expect(result).resolves.toBe('done')
  })

  it('gives up waiting after five seconds, whatever the page says', async () => {
    const { afterFirstScreen } = await load()
    const work = vi.fn()
    void afterFirstScreen(work)
    await vi.advanceTimersByTimeAsync(4900)
    expect(work).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1200)
    expect(work).toHaveBeenCalledOnce()
  })

  it('starts each deferred piece in an idle moment of its own', async () => {
    // happy-dom has no idle callbacks (nor has Safari): the module falls back to a timer there.
    const idle = vi.fn((callback: () => void) => setTimeout(callback, 20))
    vi.stubGlobal('requestIdleCallback', idle)
    const { afterFirstScreen, firstScreenIsUp } = await load()
    const first = vi.fn()
    const second = vi.fn()
    void afterFirstScreen(first)
    void afterFirstScreen(second)
    firstScreenIsUp()
    await vi.advanceTimersToNextFrame()
    await vi.advanceTimersByTimeAsync(1)
    expect(idle).toHaveBeenCalledTimes(2)
    expect(first).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(100)
    expect(first).toHaveBeenCalledOnce()
    expect(second).toHaveBeenCalledOnce()
  })
})
