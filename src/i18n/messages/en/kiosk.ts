/**
 * The kiosk: its students' screens and the teacher's panel.
 * Plain strings, and functions for messages with values in them; no Vue (see plural.ts).
 */
const kioskPart = {
  kiosk: {},
}

export default kioskPart
export type KioskMessages = typeof kioskPart
