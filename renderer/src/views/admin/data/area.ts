/** 导入导出与备份 in the cadre workspace: its start screen and the screens below it. */
import type { AdminArea } from '../../../admin-nav'

/** The area line for admin-nav.ts; core checks each method's roles again. */
export const dataArea: AdminArea = {
  key: 'data',
  label: 'data.nav',
  roles: ['clerk', 'supervisor', 'admin'],
  component: () => import('./DataHomeView.vue'),
  routes: [
    {
      path: 'data/import',
      name: 'admin-data-import',
      component: () => import('./ImportView.vue'),
      meta: { roles: ['clerk', 'admin'] },
    },
    {
      path: 'data/subjects',
      name: 'admin-data-subjects',
      component: () => import('./SubjectsView.vue'),
      meta: { roles: ['clerk', 'admin'] },
    },
    {
      path: 'data/export',
      name: 'admin-data-export',
      component: () => import('./ExportView.vue'),
    },
    {
      path: 'data/backup',
      name: 'admin-data-backup',
      component: () => import('./BackupView.vue'),
      meta: { roles: ['admin'] },
    },
  ],
}
