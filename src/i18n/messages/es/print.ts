import type { PrintMessages } from '../en/print'

const printPart: PrintMessages = {
  print: {},
}

export default printPart
