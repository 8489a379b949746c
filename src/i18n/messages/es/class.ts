import type { ClassMessages } from '../en/class'

const classPart: ClassMessages = {
  class: {},
}

export default classPart
