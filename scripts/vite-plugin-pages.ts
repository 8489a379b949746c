import { resolve } from 'node:path'
import type { Plugin } from 'vite'

/**
 * Which chunks of the build are pages: the modules the router imports when a route is visited
 * (its `component: () => import(…)`), read from the module graph rather than from file names, so
 * a new page counts as one without anyone listing it. Known once the bundle is written
 * (`generateBundle`, before any plugin that asks, Vite's preloading included).
 */
export function routePages(routerModule: string) {
  let root = process.cwd()
  const pages = new Set<string>()
  const plugin: Plugin = {
    name: 'factline:route-pages',
    apply: 'build',
    configResolved(config) {
      root = config.root
    },
    generateBundle: {
      order: 'pre',
      handler(_, bundle) {
        const router = this.getModuleInfo(resolve(root, routerModule))
        const pageIds = new Set(router?.dynamicallyImportedIds ?? [])
        if (pageIds.size === 0)
          this.error(`${routerModule} imports no page when a route is visited`)
        pages.clear()
        for (const file of Object.values(bundle))
          if (file.type === 'chunk' && file.facadeModuleId && pageIds.has(file.facadeModuleId))
            pages.add(file.fileName)
      },
    },
  }
  return { plugin, isPage: (fileName: string) => pages.has(fileName) }
}
