import type { Plugin } from 'vite'

/** V8's explicit compile hint (Chrome 136 and later): compile every function of this file now. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad'

/**
 * Marks the code that runs as a page comes up with V8's compile hint, so Chrome compiles it on a
 * background thread while it downloads. Without the hint V8 compiles each function on the main
 * thread the first time it is called: while the router starts, the app mounts and the first
 * question renders, the moments a slow phone can least spare.
 *
 * On the first screen: the entry and everything it imports, and each page (`isPage`: a route's
 * component, loaded when visited) with everything it imports. Code loaded later (the learner's
 * record, the picker, the results) stays lazily compiled: compiling what never runs only costs
 * memory. So does a page that brings more than `pageLimit` bytes of code of its own beyond the
 * entry's (the studio, whose editor a page load mostly leaves uncalled). Other browsers read the
 * hint as a comment.
 */
export function compileHints(options: {
  isPage: (fileName: string) => boolean
  pageLimit: number
  /** Modules start-up imports itself, by path, beside the page: the interface's first words. */
  startsWith?: (moduleId: string) => boolean
}): Plugin {
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
        // A chunk and the chunks it imports statically, however deep; dynamic imports load later.
        const staticGraph = (start: string, known: ReadonlySet<string> = new Set()) => {
          const found = new Set<string>()
          const queue = [start]
          for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
            const chunk = chunks.get(name)
            if (!chunk || found.has(name) || known.has(name)) continue
            found.add(name)
            queue.push(...chunk.imports)
          }
          return found
        }
        const firstScreen = new Set<string>()
        for (const entry of [...chunks.values()].filter((c) => c.isEntry))
          for (const name of staticGraph(entry.fileName)) firstScreen.add(name)
        for (const chunk of chunks.values())
          if (chunk.facadeModuleId && options.startsWith?.(chunk.facadeModuleId))
            firstScreen.add(chunk.fileName)
        const entries = new Set(firstScreen)
        for (const page of [...chunks.keys()].filter(options.isPage)) {
          const own = staticGraph(page, entries)
          const bytes = [...own].reduce((sum, name) => sum + chunks.get(name)!.code.length, 0)
          if (bytes <= options.pageLimit) for (const name of own) firstScreen.add(name)
        }
        for (const name of firstScreen) {
          const chunk = chunks.get(name)!
          chunk.code = `${COMPILE_HINT}\n${chunk.code}`
        }
      },
    },
  }
}
