import type { RouteRecordRaw } from 'vue-router'

/** 村务监督 and asking: the board, the touch asking flow, and 查进度 by receipt. */
export const questionRoutes: RouteRecordRaw[] = [
  { path: '/questions', name: 'questions', component: () => import('./QuestionsView.vue') },
  { path: '/questions/ask', name: 'questions-ask', component: () => import('./AskView.vue') },
  { path: '/questions/check', name: 'questions-check', component: () => import('./CheckView.vue') },
]
