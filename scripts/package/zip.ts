import { zipSync, type Zippable } from 'fflate'
import { checkPackagePath } from '../../src/domain/lms/manifests.ts'

/**
 * Every entry's time: zip stores local wall time from 1980 on, and fflate reads the Date's local
 * fields, so this is 1980-01-01 00:00 in the archive whatever the time zone of the machine.
 */
const ZIP_EPOCH = new Date(1980, 0, 1)

/**
 * A zip of `files` (by '/'-separated path) that is the same bytes for the same files: entries in
 * sorted order, each at the fixed time above, deflated at level 9. A rebuilt package then differs
 * only where its content does. (A path that reads as an array index, like `404`, is put first by
 * JavaScript's key order: still the same place every time.)
 */
export function zipFiles(files: Record<string, Uint8Array>): Uint8Array {
  const sorted: Zippable = {}
  for (const path of Object.keys(files).sort()) {
    sorted[checkPackagePath(path)] = files[path] as Uint8Array
  }
  return zipSync(sorted, { level: 9, mtime: ZIP_EPOCH })
}
