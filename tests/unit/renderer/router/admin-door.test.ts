/** The cadre workspace's routes come in on its first visit, not at the kiosk's start-up. */
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { adminDoor, openAdmin } from '../../../../renderer/src/router/admin-door'

function kioskRouter() {
  const screen = { render: () => null }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'home', component: screen },
      { path: '/:rest(.*)*', redirect: '/' },
    ],
  })
  for (const door of adminDoor(router)) router.addRoute(door)
  return router
}

describe('the door to the cadre workspace', () => {
  it('starts with login, setup and one placeholder for every address under /admin', () => {
    const router = kioskRouter()
    expect(router.resolve('/login').name).toBe('login')
    expect(router.resolve('/setup').name).toBe('setup')
    for (const path of ['/admin', '/admin/ledger', '/admin/records/projects/new']) {
      const to = router.resolve(path)
      expect(to.name, path).toBe('admin-door')
      // The guard sees a staff-only address, so a villager is sent to login before any loading.
      expect(to.matched.some((r) => r.meta.staff)).toBe(true)
    }
    expect(router.hasRoute('admin-home')).toBe(false)
    expect(router.resolve('/finance').name).toBeUndefined() // not a kiosk route here: the catch-all
  })

  it('opens onto the workspace’s own routes, roles and all, and goes to the address asked for', async () => {
    const router = kioskRouter()
    const door = router.getRoutes().find((r) => r.name === 'admin-door')!
    const enter = door.beforeEnter as (to: { fullPath: string }) => Promise<string>
    expect(await enter({ fullPath: '/admin/ledger?x=1' })).toBe('/admin/ledger?x=1')
    expect(router.hasRoute('admin-door')).toBe(false)
    expect(router.resolve('/admin').name).toBe('admin-home')
    const ledger = router.resolve('/admin/ledger')
    expect(ledger.name).toBe('admin-ledger')
    expect(ledger.matched[0]!.meta.staff).toBe(true)
    expect(ledger.meta.roles).toEqual(['clerk', 'supervisor', 'admin'])
    expect(router.resolve('/admin/system').meta.roles).toEqual(['admin'])
    expect(router.resolve('/admin/users').meta.roles).toEqual(['admin'])
    // Opening again (a second tab of the same router, a quick double tap) changes nothing.
    const count = router.getRoutes().length
    await openAdmin(router)
    expect(router.getRoutes()).toHaveLength(count)
  })
})
