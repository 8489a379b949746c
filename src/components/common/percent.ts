/** A share from 0 to 1 as a whole percent, as the progress page writes it: 0.256 → "26%". */
export const percent = (share: number) => `${Math.round(share * 100)}%`
