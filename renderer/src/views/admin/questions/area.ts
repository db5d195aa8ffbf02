/** 村民提问 in the cadre workspace: the inbox and one question's screen, for every cadre role. */
import type { AdminArea } from '../../../admin-nav'
import type { AttentionCard } from '../../../admin-attention'

const CADRES = ['clerk', 'supervisor', 'admin'] as const

/** The area line for admin-nav.ts. */
export const questionsArea: AdminArea = {
  key: 'questions',
  label: 'questionsAdmin.nav',
  roles: CADRES,
  component: () => import('./QuestionsInboxView.vue'),
  routes: [
    {
      path: 'questions/:id',
      name: 'admin-question',
      component: () => import('./QuestionAdminView.vue'),
      props: true,
    },
  ],
}

/** The card for admin-attention.ts: questions waiting, overdue ones called out. */
export const questionsAttention: AttentionCard = {
  key: 'questions',
  roles: CADRES,
  component: () => import('./AttentionCard.vue'),
}
