import { describe, expect, it } from 'vitest'
import { defuseHtml } from '@/rich-text/defuse-html'

// Chromium reports a CSP violation for every event-handler or style attribute, <style> and
// <base> it parses, even in DOMPurify's inert document; defuseHtml takes them out first.
describe('defuseHtml', () => {
  it('renames event-handler and style attributes, however they are written', () => {
    expect(defuseHtml('<img src=x onerror="window.__hacked = 1">')).toBe(
      '<img src=x x-onerror="window.__hacked = 1">',
    )
    expect(defuseHtml(`<b ONCLICK='a()' style="color: red">bold</b>`)).toBe(
      `<b x-ONCLICK='a()' x-style="color: red">bold</b>`,
    )
    expect(defuseHtml('<svg/onload=go()><div/onclick=go() >')).toBe(
      '<svg/x-onload=go()><div/x-onclick=go() >',
    )
    expect(defuseHtml('<a title="x>y" onmouseover=go()>link</a>')).toBe(
      '<a title="x>y" x-onmouseover=go()>link</a>',
    )
  })

  it('removes <style> with its content and <base>, as DOMPurify would', () => {
    expect(defuseHtml('A<style>body { display: none }</style>B<STYLE>x')).toBe('AB')
    expect(defuseHtml('<base href="https://evil.example/"><a href="/x">x</a>')).toBe(
      '<a href="/x">x</a>',
    )
  })

  it('leaves text, entities, comments and harmless markup as they are', () => {
    const kept = [
      'Turn on = off, 2 < 3 and 4 > 1 & so on',
      '&lt;img src=x onerror=go()&gt; is text',
      '<!-- <img onerror=go()> --><p class="lead">A <em>fine</em> <a href="https://x.org">link</a></p>',
      '<p>Moodle wrote this',
      '</b onclick=go()>',
    ]
    for (const html of kept) expect(defuseHtml(html)).toBe(html)
  })
})
