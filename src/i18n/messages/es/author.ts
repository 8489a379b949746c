import type { AuthorMessages } from '../en/author'

const authorPart: AuthorMessages = {
  author: {},
}

export default authorPart
