import { nextTick } from 'vue'
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { firstScreenIsUp } from '@/boot/first-screen'
import { kioskIsActive } from '@/persistence/kiosk-lock'

declare module 'vue-router' {
  interface RouteMeta {
    /** The page's title; the document's is `<title> · Factline`. */
    title: string
    /** No header and no navigation (the kiosk). */
    bare?: boolean
    /**
     * The page fetches its content before it can show it, and says when it is up with
     * `usePaintedWhen` (src/boot/first-screen.ts); every other page is whole once mounted.
     */
    paintsLater?: boolean
  }
}

// Every URL of the UI contract is registered; each page's code loads when it is visited.
export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'home',
    component: () => import('@/views/HomeView.vue'),
    meta: { title: 'Factline' },
  },
  {
    path: '/quiz',
    name: 'quiz',
    component: () => import('@/views/QuizView.vue'),
    // The page says itself when its first question is up (src/boot/first-screen.ts).
    meta: { title: 'Quiz', paintsLater: true },
  },
  {
    path: '/lessons/:bank/:topic',
    name: 'lesson',
    component: () => import('@/views/LessonView.vue'),
    meta: { title: 'Lesson', paintsLater: true },
  },
  {
    path: '/review',
    name: 'review',
    component: () => import('@/views/ReviewView.vue'),
    meta: { title: 'Review' },
  },
  {
    path: '/progress',
    name: 'progress',
    component: () => import('@/views/ProgressView.vue'),
    meta: { title: 'Progress' },
  },
  {
    path: '/kiosk',
    name: 'kiosk',
    component: () => import('@/views/KioskView.vue'),
    // No header and no navigation: a kiosk has nowhere else to go.
    meta: { title: 'Kiosk', bare: true },
  },
  {
    path: '/author',
    name: 'author',
    component: () => import('@/views/AuthorView.vue'),
    meta: { title: 'Author' },
  },
  {
    path: '/class',
    name: 'class',
    component: () => import('@/views/ClassView.vue'),
    meta: { title: 'Class report' },
  },
  {
    path: '/print',
    name: 'print',
    component: () => import('@/views/PrintView.vue'),
    // The worksheet's questions come from its banks, fetched first.
    meta: { title: 'Worksheet', paintsLater: true },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/views/NotFoundView.vue'),
    meta: { title: 'Page not found' },
  },
]

/**
 * The app's router, made when main.ts asks rather than when this module loads: building the
 * matcher and reading the browser's history is a step of the start-up of its own (see main.ts).
 */
export function createAppRouter() {
  const router = createRouter({ history: createWebHistory(import.meta.env.BASE_URL), routes })

  // A locked kiosk keeps every URL on /kiosk: typed addresses, links, back and forward alike.
  router.beforeEach((to) => {
    if (to.name !== 'kiosk' && kioskIsActive()) return { name: 'kiosk', replace: true }
  })

  router.afterEach((to) => {
    if (to.meta.paintsLater !== true) void nextTick(firstScreenIsUp)
    const { title } = to.meta
    document.title = title === 'Factline' ? title : `${title} · Factline`
  })
  return router
}
