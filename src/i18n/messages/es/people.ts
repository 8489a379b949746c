import type { PeopleMessages } from '../en/people'

const peoplePart: PeopleMessages = {
  people: {},
}

export default peoplePart
