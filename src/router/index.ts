import { nextTick } from 'vue'
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { firstScreenIsUp } from '@/first-screen'
import { kioskIsActive } from '@/persistence/kiosk-lock'

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
    // The page says itself when its first question is up (see first-screen.ts).
    meta: { title: 'Quiz', contentLater: true },
  },
  {
    path: '/lessons/:bank/:topic',
    name: 'lesson',
    component: () => import('@/views/LessonView.vue'),
    meta: { title: 'Lesson', contentLater: true },
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
    if (to.meta.contentLater !== true) void nextTick(firstScreenIsUp)
    const title = typeof to.meta.title === 'string' ? to.meta.title : 'Factline'
    document.title = title === 'Factline' ? title : `${title} · Factline`
  })
  return router
}
