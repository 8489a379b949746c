import type { ReviewMessages } from '../en/review'

const reviewPart: ReviewMessages = {
  review: {},
}

export default reviewPart
