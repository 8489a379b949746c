import type { ProgressMessages } from '../en/progress'

const progressPart: ProgressMessages = {
  progress: {},
}

export default progressPart
