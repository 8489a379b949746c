import { StyleModule } from 'style-mod'

/**
 * CodeMirror writes its themes into a `<style>` element, which the Content-Security-Policy
 * (`style-src 'self'`, no 'unsafe-inline') blocks, leaving the editor unstyled. style-mod already
 * uses a constructed stylesheet (adoptedStyleSheets, which CSP allows) for shadow roots, so it is
 * handed a stand-in root to fill, and that sheet is adopted by the document. Imported before the
 * first editor is made.
 */
const mountInStyleElement = StyleModule.mount.bind(StyleModule)
const standIn = { ownerDocument: document, adoptedStyleSheets: [] as CSSStyleSheet[] }

StyleModule.mount = (root, modules, options) => {
  if (root !== document || !('adoptedStyleSheets' in document)) {
    mountInStyleElement(root, modules, options)
    return
  }
  mountInStyleElement(standIn as unknown as ShadowRoot, modules)
  const added = standIn.adoptedStyleSheets.filter((s) => !document.adoptedStyleSheets.includes(s))
  if (added.length > 0) document.adoptedStyleSheets = [...added, ...document.adoptedStyleSheets]
}
