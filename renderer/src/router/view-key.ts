/**
 * Which screen instance a <RouterView> shows. vue-router reuses a view's component when only the
 * address's params change (budget 编辑 → another record's 更正, 账目 line A → line B), and a view
 * that read its params once in setup would then show the previous record's data. Keyed by its
 * route and its own params, each record gets a fresh screen; a parent frame (the workspace's
 * /admin shell) keeps its key while its children change. A route whose view follows its params
 * itself and should stay on screen across them (财务公开's 上一期/下一期) says meta.followsParams.
 */
import type { RouteLocationNormalizedLoaded } from 'vue-router'

declare module 'vue-router' {
  interface RouteMeta {
    /** The view watches its params and reloads: keep it mounted when they change. */
    followsParams?: boolean
  }
}

/** The key for the view at `depth` of `route`, or undefined to let vue-router reuse it. */
export function viewKey(route: RouteLocationNormalizedLoaded, depth = 0): string | undefined {
  const record = route.matched[depth]
  if (!record || record.meta.followsParams) return undefined
  const own = [...record.path.matchAll(/:(\w+)/g)].map((m) => m[1] ?? '')
  const values = own.map((name) => {
    const v = route.params[name]
    return Array.isArray(v) ? v.join('/') : (v ?? '')
  })
  return [record.path, ...values].join('\n')
}
