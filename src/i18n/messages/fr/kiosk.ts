import type { KioskMessages } from '../en/kiosk'

const kioskPart: KioskMessages = {
  kiosk: {},
}

export default kioskPart
