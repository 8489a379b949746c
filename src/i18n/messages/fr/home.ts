import type { HomeMessages } from '../en/home'

const homePart: HomeMessages = {
  home: {},
}

export default homePart
