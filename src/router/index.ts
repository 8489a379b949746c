import { nextTick } from 'vue'
import { createRouter, createWebHistory, type RouteMeta, type RouteRecordRaw } from 'vue-router'
import { firstScreenIsUp } from '@/boot/first-screen'
import { kioskIsActive } from '@/persistence/kiosk-lock'
import { t, withWords, type Messages } from '@/i18n'

declare module 'vue-router' {
  interface RouteMeta {
    /** The page's title in the catalogue (`t.titles`, or the quiz's); the document's is `<title> · Factline`. */
    title?: keyof Messages['titles'] | 'quiz'
    /** No header and no navigation (the kiosk). */
    bare?: boolean
    /**
     * The page fetches its content before it can show it, and says when it is up with
     * `usePaintedWhen` (src/boot/first-screen.ts); every other page is whole once mounted.
     */
    paintsLater?: boolean
  }
}

// Every URL of the UI contract is registered; each page's code loads when it is visited, with
// its words (src/i18n): a quiz's first question needs none beyond the start-up's.
export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'home',
    component: withWords(() => import('@/views/HomeView.vue'), 'pages', 'home'),
  },
  {
    path: '/quiz',
    name: 'quiz',
    component: () => import('@/views/QuizView.vue'),
    // The page says itself when its first question is up (src/boot/first-screen.ts).
    meta: { title: 'quiz', paintsLater: true },
  },
  {
    path: '/lessons/:bank/:topic',
    name: 'lesson',
    // A lesson cites its source at once: the feedback's words say how.
    component: withWords(() => import('@/views/LessonView.vue'), 'pages', 'feedback', 'lesson'),
    meta: { title: 'lesson', paintsLater: true },
  },
  {
    path: '/review',
    name: 'review',
    component: withWords(() => import('@/views/ReviewView.vue'), 'pages', 'review'),
    meta: { title: 'review' },
  },
  {
    path: '/progress',
    name: 'progress',
    component: withWords(() => import('@/views/ProgressView.vue'), 'pages', 'progress', 'people'),
    meta: { title: 'progress' },
  },
  {
    path: '/kiosk',
    name: 'kiosk',
    component: withWords(() => import('@/views/KioskView.vue'), 'pages', 'kiosk', 'results'),
    // No header and no navigation: a kiosk has nowhere else to go.
    meta: { title: 'kiosk', bare: true },
  },
  {
    path: '/author',
    name: 'author',
    component: withWords(() => import('@/views/AuthorView.vue'), 'pages', 'author'),
    meta: { title: 'author' },
  },
  {
    path: '/class',
    name: 'class',
    component: withWords(() => import('@/views/ClassView.vue'), 'pages', 'class'),
    meta: { title: 'class' },
  },
  {
    path: '/print',
    name: 'print',
    component: withWords(() => import('@/views/PrintView.vue'), 'pages', 'print'),
    // The worksheet's questions come from its banks, fetched first.
    meta: { title: 'print', paintsLater: true },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: withWords(() => import('@/views/NotFoundView.vue'), 'pages', 'home'),
    meta: { title: 'notFound' },
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
    document.title = pageTitle(to.meta.title)
  })
  return router
}

/** The document's title for a page: its own, then the app's; the home page is the app's alone. */
export function pageTitle(key: RouteMeta['title']) {
  if (!key) return 'Factline'
  return t.app.page(key === 'quiz' ? t.quiz.title : t.titles[key])
}
