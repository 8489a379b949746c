// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { routes } from '@/router'
import { banksOpenedBy } from '@/router/opening-banks'

// The app's routes, in a router that needs no browser.
const router = createRouter({ history: createMemoryHistory(), routes })
const opened = (path: string) => banksOpenedBy(router.resolve(path), 'first-bank')

describe('the banks a URL opens, fetched before the page code arrives', () => {
  it("is a quiz's banks, as its query names them", () => {
    expect(opened('/quiz?bank=korea-2018&n=10&seed=x')).toEqual(['korea-2018'])
    expect(opened('/quiz?bank=a,%20b,,c')).toEqual(['a', 'b', 'c'])
  })

  it('is the first bank for a quiz URL that names none', () => {
    expect(opened('/quiz')).toEqual(['first-bank'])
    expect(opened('/quiz?bank=')).toEqual(['first-bank'])
    expect(banksOpenedBy(router.resolve('/quiz'), undefined)).toEqual([])
  })

  it("is a lesson's bank", () => {
    expect(opened('/lessons/korea-2018/armistice')).toEqual(['korea-2018'])
  })

  it("leaves out the studio's draft, which is no file", () => {
    expect(opened('/quiz?bank=studio-draft')).toEqual([])
    expect(opened('/quiz?bank=studio-draft,korea-2018')).toEqual(['korea-2018'])
  })

  it('is nothing for pages that load banks later or not at all', () => {
    for (const path of ['/', '/review', '/progress', '/author', '/kiosk', '/nowhere']) {
      expect(opened(path), path).toEqual([])
    }
  })
})
