import type { Page } from '@playwright/test'

/*
 * The WCAG 2.2 AA checks axe does not make, for wcag22.spec: each looks at the screen as it is,
 * in the page, and returns what fails as sentences naming the check, the width and the element.
 */

const NARROW = { width: 320, height: 640 }
const WIDE = { width: 1280, height: 800 }

/** WCAG 1.4.12's overrides: line height 1.5, letter 0.12em, word 0.16em, paragraphs 2em apart. */
const TEXT_SPACING = `
  *, *::before, *::after {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p, li, dd, dt, blockquote, figcaption { margin-block-end: 2em !important; }
`

/** Every check on the screen as it is now, at both widths, then the viewport as it was. */
export async function wcag22Problems(page: Page): Promise<string[]> {
  await page.evaluate(installChecks)
  const viewport = page.viewportSize()!
  const problems: string[] = []
  const note = (check: string, size: { width: number }, found: string[]) =>
    problems.push(...found.map((what) => `${check} at ${size.width} px: ${what}`))
  for (const size of [NARROW, WIDE]) {
    await page.setViewportSize(size)
    const plain = await page.evaluate(() => {
      const { wcag22 } = window as unknown as InPageWindow
      return { sticking: wcag22.sticksOut(), small: wcag22.smallTargets() }
    })
    note('1.4.10 reflow', size, plain.sticking)
    note('2.5.8 target size', size, plain.small)
    note('2.4.11 focus not obscured', size, await hiddenFocus(page))
    // A constructed sheet: the page's CSP (style-src 'self') refuses a <style>, not the CSSOM.
    const spaced = await page.evaluate((css) => {
      const { wcag22 } = window as unknown as InPageWindow
      wcag22.spaceText(css)
      const found = { clipped: wcag22.clippedText(), sticking: wcag22.sticksOut() }
      wcag22.spaceText(null)
      return found
    }, TEXT_SPACING)
    // New overflow only: what already sticks out is a reflow failure of its own.
    const widened = plain.sticking.length ? [] : spaced.sticking
    note('1.4.12 text spacing', size, [...spaced.clipped, ...widened])
  }
  const dragOnly = await page.evaluate(() => (window as unknown as InPageWindow).wcag22.dragOnly())
  note('2.5.7 dragging', WIDE, dragOnly)
  await page.setViewportSize(viewport)
  return problems
}

/**
 * Tabs through the page, from its start until the focus comes round again, when a fixed or
 * sticky box could cover it: fails each stop whose focused element is wholly under such a box
 * that does not contain it (2.4.11; partly covered is allowed at AA).
 */
async function hiddenFocus(page: Page): Promise<string[]> {
  const walk = () => (window as unknown as InPageWindow).wcag22.startFocusWalk()
  if (!(await page.evaluate(walk))) return []
  const found: string[] = []
  let outside = 0
  for (let stop = 0; stop < 80; stop++) {
    await page.keyboard.press('Tab')
    const at = await page.evaluate(() => (window as unknown as InPageWindow).wcag22.focusCovered())
    if (at === 'round') break
    // Past the last stop the focus leaves the page; the next Tab brings it back to the first.
    outside = at === 'outside' ? outside + 1 : 0
    if (outside > 1) break
    if (at && at !== 'outside') found.push(at)
  }
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  return found
}

/** The checks that run in the page, as `installChecks` leaves them on `window.wcag22`. */
interface InPage {
  sticksOut(): string[]
  clippedText(): string[]
  smallTargets(): string[]
  dragOnly(): string[]
  spaceText(css: string | null): void
  startFocusWalk(): boolean
  focusCovered(): string | undefined
}
type InPageWindow = { wcag22: InPage }

/**
 * Puts the in-page checks on `window.wcag22`. Playwright sends a function's source to the page,
 * so everything they share lives inside this one function.
 */
function installChecks() {
  /** An element as a failure names it: tag, first class, and its name or text. */
  const describe = (el: Element) => {
    const name = el.getAttribute('aria-label') ?? el.textContent ?? ''
    const tag = `${el.tagName.toLowerCase()}${el.classList[0] ? `.${el.classList[0]}` : ''}`
    return `${tag} "${name.trim().replace(/\s+/g, ' ').slice(0, 40)}"`
  }
  const fixedOrSticky = (el: Element) => ['fixed', 'sticky'].includes(getComputedStyle(el).position)
  /**
   * The nearest box that clips `node` sideways, starting at `from`: an absolutely positioned
   * node escapes the boxes between it and its positioned ancestor, a fixed one every box.
   */
  const clipperOf = (node: Node, from: Element | null) => {
    const own = node instanceof Element ? getComputedStyle(node).position : 'static'
    if (own === 'fixed') return null
    let escaping = own === 'absolute'
    for (let at = from; at && at !== document.body; at = at.parentElement) {
      const { position, overflowX } = getComputedStyle(at)
      if (position === 'fixed') return null
      if (!escaping || position !== 'static') {
        if (overflowX !== 'visible') return at
        escaping = position === 'absolute'
      }
    }
    return null
  }
  let spacing: CSSStyleSheet | undefined
  let focusSeen = new WeakSet<Element>()

  const checks: InPage = {
    /**
     * Elements and text past the viewport's inline edges that widen the page or are cut off;
     * those in a scrolling box that holds a table or code may scroll (WCAG's two-dimensional
     * exception). The outermost of each is named.
     */
    sticksOut() {
      const width = document.documentElement.clientWidth
      const found: string[] = []
      const named: Element[] = []
      // Elements, and text, which can run out of a box that stays in the page.
      const things: { node: Node; box: DOMRect; from: Element | null }[] = []
      for (const el of document.body.querySelectorAll('*'))
        things.push({ node: el, box: el.getBoundingClientRect(), from: el.parentElement })
      const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      for (let text = texts.nextNode(); text; text = texts.nextNode()) {
        const range = document.createRange()
        range.selectNodeContents(text)
        things.push({ node: text, box: range.getBoundingClientRect(), from: text.parentElement })
      }
      for (const { node, box, from } of things) {
        if (!box.width || !box.height || (box.left >= -1 && box.right <= width + 1)) continue
        if (named.some((outer) => outer.contains(node))) continue
        const el = node instanceof Element ? node : from!
        const boxedBy = clipperOf(node, from)
        if (!boxedBy) {
          named.push(el)
          found.push(`${describe(el)} spans ${Math.round(box.left)} to ${Math.round(box.right)} px`)
          continue
        }
        const outer = boxedBy.getBoundingClientRect()
        // Visually hidden text is clipped to a pixel on purpose.
        if (outer.width <= 2 || outer.height <= 2) continue
        const scrolls = ['auto', 'scroll'].includes(getComputedStyle(boxedBy).overflowX)
        if (scrolls && boxedBy.querySelector('table, pre, .cm-content')) continue
        named.push(boxedBy)
        const how = scrolls ? 'scrolls sideways' : 'is cut off'
        found.push(`${describe(el)} ${how} in ${describe(boxedBy)}`)
      }
      const scrollWidth = document.documentElement.scrollWidth
      if (scrollWidth > width && !found.length) found.push(`the page is ${scrollWidth} px wide`)
      return found
    },

    /** Boxes that hide part of their text (not visually hidden helpers, 1 px by design). */
    clippedText() {
      const clips = (overflow: string) => overflow === 'hidden' || overflow === 'clip'
      return [...document.body.querySelectorAll('*')].flatMap((el) => {
        const style = getComputedStyle(el)
        const box = el.getBoundingClientRect()
        if (!el.textContent?.trim() || style.visibility === 'hidden') return []
        if (box.width <= 2 || box.height <= 2) return []
        const wide = clips(style.overflowX) && el.scrollWidth > el.clientWidth + 1
        const tall = clips(style.overflowY) && el.scrollHeight > el.clientHeight + 1
        if (!wide && !tall) return []
        const size = `${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`
        return [`${describe(el)} clipped (${size})`]
      })
    },

    /**
     * Pointer targets under 24×24 px that no exception of 2.5.8 covers. A link inside a sentence
     * is inline. An input whose label is 24×24 or more has the label as its target (a radio in
     * its option, a visually hidden file input under its button-like label). A small target
     * passes when a 24 px circle on its centre meets no other target nor another small one's.
     */
    smallTargets() {
      const modal = document.querySelector('dialog:modal')
      const controls = [
        ...(modal ?? document).querySelectorAll(
          'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=link], [tabindex]:not([tabindex="-1"])',
        ),
      ].filter((el) => {
        const { width, height } = el.getBoundingClientRect()
        return width && height && !el.closest('dialog:not([open]), [inert]')
      })
      const targets = controls.map((el) => {
        const label = (el as HTMLInputElement).labels?.[0]
        const box = el.getBoundingClientRect()
        return label && (box.width < 24 || box.height < 24) ? label.getBoundingClientRect() : box
      })
      const small = targets.map((box) => box.width < 24 || box.height < 24)
      const centre = (box: DOMRect) => [box.x + box.width / 2, box.y + box.height / 2] as const
      const inSentence = (el: Element) => {
        if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false
        let block = el.parentElement
        while (block && getComputedStyle(block).display === 'inline') block = block.parentElement
        return (block?.textContent ?? '').trim().length > (el.textContent ?? '').trim().length
      }
      return targets.flatMap((box, i) => {
        const el = controls[i]!
        if (!small[i] || inSentence(el)) return []
        const [x, y] = centre(box)
        const crowded = targets.some((other, j) => {
          if (j === i) return false
          const nearestX = Math.max(other.left, Math.min(x, other.right))
          const nearestY = Math.max(other.top, Math.min(y, other.bottom))
          if (Math.hypot(x - nearestX, y - nearestY) < 12) return true
          const [otherX, otherY] = centre(other)
          return small[j] && Math.hypot(x - otherX, y - otherY) < 24
        })
        if (!crowded) return []
        return [`${describe(el)} is ${Math.round(box.width)}×${Math.round(box.height)} px`]
      })
    },

    /** Draggable elements with no button to do the same (2.5.7: dragging is never the only way). */
    dragOnly() {
      return [...document.querySelectorAll('[draggable="true"]')]
        .filter((el) => ![...el.querySelectorAll('button')].some((button) => !button.disabled))
        .map(describe)
    },

    /** Adds the text-spacing sheet (`css`), or takes it away (`null`). */
    spaceText(css) {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== spacing)
      if (css === null) return
      spacing = new CSSStyleSheet()
      spacing.replaceSync(css)
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, spacing]
    },

    /** Whether anything fixed or sticky is on screen; if so, readies a walk from the top. */
    startFocusWalk() {
      const boxed = [...document.querySelectorAll('body *')].some((el) => {
        const box = el.getBoundingClientRect()
        return box.width > 0 && box.height > 0 && fixedOrSticky(el)
      })
      if (!boxed) return false
      ;(document.activeElement as HTMLElement | null)?.blur()
      window.scrollTo(0, 0)
      focusSeen = new WeakSet()
      return true
    },

    /**
     * The focused element, described, when every point of it in view is under a fixed or sticky
     * box that does not hold it; `round` once the focus is back on an element it has been on, and
     * `outside` while it is out of the page.
     */
    focusCovered() {
      const focused = document.activeElement
      if (!focused || focused === document.body) return 'outside'
      if (focusSeen.has(focused)) return 'round'
      focusSeen.add(focused)
      // A visually hidden input (a file input) shows its focus on its label.
      const label = (focused as HTMLInputElement).labels?.[0]
      const shown = focused.getBoundingClientRect().width < 2 && label ? label : focused
      const box = shown.getBoundingClientRect()
      if (box.width < 2 || box.height < 2) return undefined
      const points = [0.1, 0.5, 0.9].flatMap((x) =>
        [0.1, 0.5, 0.9].map((y) => [box.x + box.width * x, box.y + box.height * y] as const),
      )
      const inView = points.filter(
        ([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight,
      )
      const coverAt = ([x, y]: readonly [number, number]) => {
        for (let at = document.elementFromPoint(x, y); at; at = at.parentElement)
          if (fixedOrSticky(at)) return at.contains(focused) ? null : at
        return null
      }
      const covers = inView.map(coverAt)
      if (!inView.length || covers.some((cover) => !cover)) return undefined
      return `${describe(focused)} is under ${describe(covers[0]!)}`
    },
  }
  ;(window as unknown as InPageWindow).wcag22 = checks
}
