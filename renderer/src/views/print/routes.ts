/**
 * Pages made for paper: no kiosk header or footer, laid out for Chromium's print (Electron's
 * printToPDF, Playwright's page.pdf). The shell renders these routes bare (meta.print).
 */
import type { RouteRecordRaw } from 'vue-router'

declare module 'vue-router' {
  interface RouteMeta {
    /** A print page: the shell shows it without header, footer or banners. */
    print?: boolean
  }
}

/** Shaped like 2026-03 or 2026-Q1 (core checks the rest). */
const PERIOD = '\\d{4}-[0-9Q][0-9]'

/** The 公开表 of a published period, ?paper=A4|A3. */
export const printRoutes: RouteRecordRaw[] = [
  {
    path: `/print/sheet/:period(${PERIOD})`,
    name: 'print-sheet',
    component: () => import('./SheetPrintView.vue'),
    props: (r) => ({ period: r.params.period, paper: r.query.paper === 'A3' ? 'A3' : 'A4' }),
    meta: { print: true },
  },
]
