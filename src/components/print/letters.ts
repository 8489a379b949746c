/** The letter that names the Nth item or choice on paper: A, B, C… (past Z, its number). */
export const letter = (index: number) =>
  index < 26 ? String.fromCharCode(65 + index) : String(index + 1)
