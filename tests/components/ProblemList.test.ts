import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import ProblemList from '@/components/author/ProblemList.vue'
import { checkDraft } from '@/domain/author'
import type { Problem } from '@/domain/bank'

const problem = (over: Partial<Problem>): Problem => ({
  file: 'draft.gift',
  line: 1,
  column: 1,
  severity: 'error',
  message: 'Something is wrong.',
  ...over,
})

const mountList = (problems: Problem[], checking = false) =>
  mount(ProblemList, { props: { problems, checking }, global: { plugins: [createPinia()] } })

describe('the Problems list', () => {
  it('reads each problem as "line L, column C: message", in the order given', () => {
    const { problems } = checkDraft('::q:: Which year? {=1953 ~1950\n', 'gift', 'draft.gift')
    const list = mountList(problems)
    const items = list.findAll('ul[aria-label="Problems"] li')
    expect(items.map((li) => li.text())).toEqual(
      problems.map((p) => `line ${p.line}, column ${p.column}: ${p.message}`),
    )
    expect(items[0]!.text()).toBe(
      'line 2, column 1: GIFT syntax: Expected "}" but end of input found.',
    )
  })

  it('counts errors and warnings, and says when there is nothing to fix', () => {
    const list = mountList([
      problem({ line: 3 }),
      problem({ line: 9, severity: 'warning', message: 'No explanation.' }),
      problem({ line: 12, severity: 'warning', message: 'No explanation.' }),
    ])
    expect(list.text()).toContain('1 error, 2 warnings.')
    expect(list.findAll('li.author__problem--warning')).toHaveLength(2)
    expect(mountList([]).text()).toContain('No problems: the file is ready to use.')
    expect(mountList([], true).text()).toContain('Checking…')
  })

  it('asks to go to the place of the problem chosen', async () => {
    const list = mountList([problem({ line: 4, column: 7 }), problem({ line: 8, column: 2 })])
    await list.findAll('li button')[1]!.trigger('click')
    expect(list.emitted('goTo')).toEqual([[8, 2]])
  })
})
