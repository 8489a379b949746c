const TAG_START = /<([a-zA-Z][^\s/>]*)/y
const GAP = /[\s/]*/y
const ATTRIBUTE_NAME = /[^\s/>][^\s/>=]*/y
const EQUALS = /\s*=\s*/y
const UNQUOTED_VALUE = /[^\s>]*/y

/** Attributes that Chromium checks against the page's CSP as soon as it parses them. */
const CHECKED_ATTRIBUTE = /^(on|style$)/i

function match(pattern: RegExp, text: string, at: number): string {
  pattern.lastIndex = at
  return pattern.exec(text)?.[0] ?? ''
}

/**
 * A bank's HTML with what Chromium would report to the Content-Security-Policy taken out before
 * it is parsed. DOMPurify parses into an inert document, where nothing can run, but Chromium
 * still checks the page's policy the moment it parses an event-handler or style attribute, a
 * `<style>` or a `<base>`, and reports a violation for every one (Moodle's HTML is full of
 * style=""). So those attributes are renamed (x-onerror=, which DOMPurify then drops with every
 * other unknown attribute) and those elements removed, `<style>` with its content, as DOMPurify
 * would. Safety still rests on DOMPurify: whatever this scan misreads is only reported.
 */
export function defuseHtml(html: string): string {
  let out = ''
  let i = 0
  while (i < html.length) {
    const lt = html.indexOf('<', i)
    if (lt === -1) return out + html.slice(i)
    out += html.slice(i, lt)
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4)
      const stop = end === -1 ? html.length : end + 3
      out += html.slice(lt, stop)
      i = stop
      continue
    }
    const start = match(TAG_START, html, lt)
    if (!start) {
      out += '<'
      i = lt + 1
      continue
    }
    let tag = start
    let j = lt + start.length
    for (;;) {
      const gap = match(GAP, html, j)
      tag += gap
      j += gap.length
      const name = match(ATTRIBUTE_NAME, html, j)
      if (!name) break
      j += name.length
      let value = match(EQUALS, html, j)
      if (value) {
        j += value.length
        const quote = html[j]
        if (quote === '"' || quote === "'") {
          const end = html.indexOf(quote, j + 1)
          const stop = end === -1 ? html.length : end + 1
          value += html.slice(j, stop)
          j = stop
        } else {
          const unquoted = match(UNQUOTED_VALUE, html, j)
          value += unquoted
          j += unquoted.length
        }
      }
      tag += (CHECKED_ATTRIBUTE.test(name) ? `x-${name}` : name) + value
    }
    if (html[j] === '>') {
      tag += '>'
      j++
    }
    const element = start.slice(1).toLowerCase()
    if (element === 'style') {
      const end = html.toLowerCase().indexOf('</style', j)
      const close = end === -1 ? -1 : html.indexOf('>', end)
      i = close === -1 ? html.length : close + 1
    } else {
      if (element !== 'base') out += tag
      i = j
    }
  }
  return out
}
