import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ChoiceList from '@/components/question/ChoiceList.vue'

const options = ['1950', '1953', '1961']
const marksOf = (w: ReturnType<typeof mount>) =>
  w.findAll('.option').map((row) => row.findAll('.option__mark').map((m) => m.text()))

describe('ChoiceList marks', () => {
  it('marks nothing before the answer is checked', () => {
    const w = mount(ChoiceList, {
      props: { options, kind: 'radio', disabled: false, modelValue: ['1950'] },
    })
    expect(marksOf(w)).toEqual([[], [], []])
  })

  it('after checking, says in words which options were chosen and which are right', () => {
    const w = mount(ChoiceList, {
      props: {
        options,
        kind: 'checkbox',
        disabled: true,
        right: ['1953', '1961'],
        modelValue: ['1950', '1953'],
      },
    })
    expect(marksOf(w)).toEqual([['Your choice'], ['Your choice', 'Right answer'], ['Right answer']])
    expect(w.findAll('.option')[0]!.classes()).toContain('option--wrong')
  })
})
