import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import HomeView from '../views/public/HomeView.vue'

const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomeView },
  { path: '/:rest(.*)*', redirect: '/' },
]

/** Hash history: the app is served from app:// (or a test host) with no server to rewrite paths. */
export function createKioskRouter() {
  return createRouter({ history: createWebHashHistory(), routes })
}
