import type { ResultsMessages } from '../en/results'

const resultsPart: ResultsMessages = {
  results: {},
}

export default resultsPart
