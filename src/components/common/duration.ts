/** A time in whole seconds as the results and the class report write it: "45 s", "4 min 16 s". */
export function duration(seconds: number): string {
  const s = Math.round(seconds)
  return s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`
}
