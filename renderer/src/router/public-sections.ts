import type { RouteRecordRaw } from 'vue-router'

/** The public sections beyond home and 财务公开's sheets (issue 3), each a screen reached by taps. */
export const sectionRoutes: RouteRecordRaw[] = [
  {
    path: '/finance/budget',
    name: 'finance-budget',
    component: () => import('../views/public/finance-more/BudgetView.vue'),
  },
  {
    path: '/finance/assets',
    name: 'finance-assets',
    component: () => import('../views/public/finance-more/AssetsView.vue'),
  },
  {
    path: '/finance/debts',
    name: 'finance-debts',
    component: () => import('../views/public/finance-more/DebtsView.vue'),
  },
  {
    path: '/finance/distributions',
    name: 'finance-distributions',
    component: () => import('../views/public/finance-more/DistributionsView.vue'),
  },
  {
    path: '/finance/specials',
    name: 'finance-specials',
    component: () => import('../views/public/finance-more/SpecialsView.vue'),
  },
  {
    path: '/finance/specials/:id',
    name: 'finance-special',
    component: () => import('../views/public/finance-more/SpecialDetailView.vue'),
    props: true,
  },
  {
    path: '/projects',
    name: 'projects',
    component: () => import('../views/public/projects/ProjectsView.vue'),
  },
  {
    path: '/projects/:id',
    name: 'project',
    component: () => import('../views/public/projects/ProjectDetailView.vue'),
    props: true,
  },
  {
    path: '/matters',
    name: 'matters',
    component: () => import('../views/public/matters/MattersView.vue'),
  },
  {
    path: '/matters/:id',
    name: 'matter',
    component: () => import('../views/public/matters/MatterDetailView.vue'),
    props: true,
  },
  {
    path: '/meetings',
    name: 'meetings',
    component: () => import('../views/public/meetings/MeetingsView.vue'),
  },
  {
    path: '/meetings/:id',
    name: 'meeting',
    component: () => import('../views/public/meetings/MeetingDetailView.vue'),
    props: true,
  },
  {
    path: '/notices',
    name: 'notices',
    component: () => import('../views/public/notices/NoticesView.vue'),
  },
  {
    path: '/notices/:id',
    name: 'notice',
    component: () => import('../views/public/notices/NoticeDetailView.vue'),
    props: true,
  },
  {
    path: '/people',
    name: 'people',
    component: () => import('../views/public/people/PeopleView.vue'),
  },
  {
    path: '/search',
    name: 'search',
    component: () => import('../views/public/search/SearchView.vue'),
  },
]
