import type { Plugin } from 'vite'

/** V8's explicit compile hint (Chrome 136 and later): compile every function of this file now. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad'

/**
 * Marks the code that runs as a page comes up with V8's compile hint, so Chrome compiles it on a
 * background thread while it downloads. Without the hint V8 compiles each function on the main
 * thread the first time it is called: while the router starts, the app mounts and the first
 * question renders, the moments a slow phone can least spare.
 *
 * On the first screen: the entry and everything it imports, and each page of `pages` (a route's
 * component, loaded when visited) with everything it imports. Code loaded later (the learner's
 * record, the picker, the results) and pages left out of `pages` (the studio's editor, of which a
 * page load calls little) stay lazily compiled: compiling what never runs only costs memory.
 * Other browsers read the hint as a comment.
 */
export function compileHints(options: { pages: RegExp }): Plugin {
  return {
    name: 'factline:compile-hints',
    apply: 'build',
    generateBundle: {
      // Last: the hint must open the file, above what Vite itself puts there (its preload map).
      order: 'post',
      handler(_, bundle) {
        const chunks = new Map(
          Object.values(bundle).flatMap((file) =>
            file.type === 'chunk' ? [[file.fileName, file] as const] : [],
          ),
        )
        const queue = [...chunks.values()]
          .filter((c) => c.isEntry || (c.facadeModuleId && options.pages.test(c.facadeModuleId)))
          .map((c) => c.fileName)
        // The chunks those import statically, however deep; dynamic imports load later.
        const firstScreen = new Set<string>()
        for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
          const chunk = chunks.get(name)
          if (!chunk || firstScreen.has(name)) continue
          firstScreen.add(name)
          queue.push(...chunk.imports)
        }
        for (const name of firstScreen) {
          const chunk = chunks.get(name)!
          chunk.code = `${COMPILE_HINT}\n${chunk.code}`
        }
      },
    },
  }
}
