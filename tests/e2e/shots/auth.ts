import type { Kiosk } from '../fixtures'
import type { Shot } from './types'

/** Logs in through the API as the demo account of this role (the touch login has its own spec). */
export async function as(kiosk: Kiosk, role: 'clerk' | 'supervisor' | 'admin', route: string) {
  const pins = { clerk: '111111', supervisor: '222222', admin: '333333' }
  const who = (await kiosk.call('auth.roster', {})).find((r) => r.role === role)
  await kiosk.call('auth.login', { name: who?.name ?? '', password: pins[role] })
  await kiosk.open(route)
}

/** The demo left behind, so the first-run wizard shows (as an admin would get there). */
async function blank(kiosk: Kiosk): Promise<void> {
  await as(kiosk, 'admin', '/admin')
  await kiosk.call('setup.leaveDemo', { confirm: true })
  await kiosk.open('/setup')
}

async function fillSetup(kiosk: Kiosk, upTo: 'members' | 'admin' | 'confirm'): Promise<void> {
  const id = (s: string) => kiosk.page.getByTestId(s)
  await blank(kiosk)
  await id('setup-village-name').fill('新河村')
  await id('setup-village-township').fill('五烈镇')
  await id('setup-village-county').fill('东台市')
  await id('setup-next').click()
  const people = [
    ['王建国', 'party', '村党总支书记'],
    ['李秀英', 'committee', '村委会委员、报账员'],
    ['陈立平', 'supervision', '村务监督委员会主任'],
  ] as const
  for (const [name, body, title] of people) {
    await id('setup-member-name').fill(name)
    await id(`setup-member-body-${body}`).click()
    await id('setup-member-title').fill(title)
    await id('setup-member-add').click()
  }
  if (upTo === 'members') return
  await id('setup-next').click()
  await kiosk.page.getByTestId('setup-admin-pick').first().click()
  await id('setup-admin-password').fill('246810')
  await id('setup-admin-repeat').fill('246810')
  if (upTo === 'admin') return
  await id('setup-next').click()
}

/** The cadre workspace's frame: login, home per role, accounts, password, 核验, demo, setup. */
export const authShots: Shot[] = [
  { name: 'login', route: '/login', ready: '[data-testid=login-name]', public: false },
  {
    name: 'login-error',
    route: '/login',
    prepare: async (kiosk) => {
      const p = kiosk.page
      await p.locator('[data-testid=login-name][data-role=clerk]').click()
      for (const ch of '123456') await p.getByTestId(`pin-key-${ch}`).click()
      await p.getByTestId('pin-submit').click()
    },
    ready: '[data-testid=login-error]',
    public: false,
  },
  {
    name: 'login-wait',
    route: '/login',
    prepare: async (kiosk) => {
      const p = kiosk.page
      await p.locator('[data-testid=login-name][data-role=supervisor]').click()
      for (let i = 0; i < 3; i++) {
        for (const ch of '123456') await p.getByTestId(`pin-key-${ch}`).click()
        await p.getByTestId('pin-submit').click()
        await p.getByTestId('login-error').waitFor()
      }
    },
    ready: '[data-testid=login-wait]',
    public: false,
  },
  {
    name: 'login-letters',
    route: '/login',
    prepare: async (kiosk) => {
      await kiosk.page.locator('[data-testid=login-name][data-role=admin]').click()
      await kiosk.page.getByTestId('pin-mode').click()
    },
    ready: '[data-testid=pin-key-a]',
    public: false,
  },
  {
    name: 'admin-home-admin',
    prepare: (k) => as(k, 'admin', '/admin'),
    ready: '[data-testid=storage-alerts]',
    public: false,
  },
  {
    name: 'admin-home-clerk',
    prepare: (k) => as(k, 'clerk', '/admin'),
    ready: '[data-testid=admin-home]',
    public: false,
  },
  {
    name: 'admin-home-supervisor',
    prepare: (k) => as(k, 'supervisor', '/admin'),
    ready: '[data-testid=storage-alerts]',
    public: false,
  },
  {
    name: 'admin-users',
    prepare: async (k) => {
      await as(k, 'admin', '/admin/users')
      await k.page.getByTestId('user-history').first().click()
    },
    ready: '[data-testid=history-item]',
    public: false,
  },
  {
    name: 'admin-user-history',
    prepare: async (k) => {
      const clerk = (await k.call('auth.roster', {})).find((r) => r.role === 'clerk')
      await k.raw('auth.login', { name: clerk?.name ?? '', password: '000000' })
      await as(k, 'admin', '/admin/users')
      await k.page
        .locator(`[data-testid=user-row][data-name="${clerk?.name}"]`)
        .getByTestId('user-history')
        .click()
      await k.page.getByTestId('history-details').first().click()
    },
    ready: '[data-testid=history-changes]',
    public: false,
  },
  {
    name: 'admin-user-form',
    prepare: async (k) => {
      await as(k, 'admin', '/admin/users')
      await k.page.getByTestId('user-edit').nth(1).click()
      await k.page.getByTestId('user-name').fill('')
      await k.page.getByTestId('user-save').click()
    },
    ready: '[data-testid=error-name]',
    public: false,
  },
  {
    name: 'admin-user-witness',
    prepare: async (k) => {
      await as(k, 'admin', '/admin/users')
      await k.page.getByTestId('user-add').click()
      await k.page.getByTestId('user-name').fill('周卫东')
      await k.page.getByTestId('user-role-supervisor').click()
      for (const ch of '459327') {
        await k.page.getByTestId('user-pin-pad').getByTestId(`pin-key-${ch}`).click()
      }
      await k.page.getByTestId('user-save').click()
    },
    ready: '[data-testid=error-witness]',
    public: false,
  },
  {
    name: 'admin-password',
    prepare: async (k) => {
      await as(k, 'clerk', '/admin/password')
      await k.page.getByTestId('password-current').fill('111111')
      await k.page.getByTestId('password-next').fill('222333')
      await k.page.getByTestId('password-repeat').fill('222334')
      await k.page.getByTestId('pin-submit').click()
    },
    ready: '[data-testid=error-repeat]',
    public: false,
  },
  {
    name: 'admin-verify',
    prepare: (k) => as(k, 'supervisor', '/admin/verify'),
    ready: '[data-testid=verify-result]',
    public: false,
  },
  {
    name: 'admin-leave-demo',
    prepare: async (k) => {
      await as(k, 'admin', '/admin/demo')
      await k.page.getByTestId('leave-demo-start').click()
    },
    ready: '[data-testid=leave-demo-confirm]',
    public: false,
  },
  {
    name: 'admin-history',
    prepare: (k) => as(k, 'clerk', '/admin/history/village/profile'),
    ready: '[data-testid=history-item]',
    public: false,
  },
  { name: 'setup-village', prepare: blank, ready: '[data-testid=setup-village]', public: false },
  {
    name: 'setup-members',
    prepare: (k) => fillSetup(k, 'members'),
    ready: '[data-testid=setup-member]',
    public: false,
  },
  {
    name: 'setup-admin',
    prepare: (k) => fillSetup(k, 'admin'),
    ready: '[data-testid=setup-admin]',
    public: false,
  },
  {
    name: 'setup-confirm',
    prepare: (k) => fillSetup(k, 'confirm'),
    ready: '[data-testid=setup-confirm]',
    public: false,
  },
]
