import type { Input } from '../../../contract'
import type { Kiosk } from '../fixtures'
import type { Shot } from './types'

const PINS = { clerk: '111111', supervisor: '222222', admin: '333333' } as const

/** Logs in through the API as the demo account of this role (the touch login has its own spec). */
export async function as(kiosk: Kiosk, role: keyof typeof PINS): Promise<void> {
  await kiosk.open('/')
  const who = (await kiosk.call('auth.roster', {})).find((r) => r.role === role)
  await kiosk.call('auth.login', { name: who?.name ?? '', password: PINS[role] })
}

/** A 公示 of the quarter's new 低保 households, as a clerk enters it on 11-25 (shared with specs). */
export const GONGSHI: Input<'notices.save'> = {
  kind: 'gongshi',
  title: '2026年第四季度低保新增对象公示',
  body: '经本人申请、入户调查和村民代表评议，拟新增以下对象享受最低生活保障。',
  validFrom: '2026-11-25',
  validTo: '2026-12-01',
  objection: '如有异议，请在公示期内到村部二楼监委会办公室当面反映。',
  rows: [
    { maskedName: '张三明', group: '三组', reason: '因病丧失劳动能力', amountFen: 65_000 },
    { maskedName: '欧阳小明', group: '五组', reason: '独居老人', amountFen: 58_000 },
  ],
}

/** A 公示 the clerk submitted and the 监委 returned, as the clerk then sees it. */
async function returnedNotice(kiosk: Kiosk): Promise<string> {
  await as(kiosk, 'clerk')
  const n = await kiosk.call('notices.save', GONGSHI)
  await kiosk.call('notices.submit', { id: n.id })
  await as(kiosk, 'supervisor')
  await kiosk.call('notices.return', { id: n.id, comment: '请在正文写明每人每月的保障金额' })
  return n.id
}

/** Opens a route as a role after `setup`, which may return the id the route needs. */
export const shot = (
  name: string,
  role: keyof typeof PINS,
  route: (id: string) => string,
  ready: string,
  setup?: (kiosk: Kiosk) => Promise<string>,
  after?: (kiosk: Kiosk) => Promise<void>,
): Shot => ({
  name,
  ready,
  public: false,
  prepare: async (kiosk) => {
    const id = setup ? await setup(kiosk) : ''
    await as(kiosk, role)
    await kiosk.open(route(id))
    await after?.(kiosk)
  },
})

const firstPublished = async (kiosk: Kiosk) =>
  (await kiosk.call('projects.list', {})).items[0]?.id ?? ''
const firstMatter = async (kiosk: Kiosk) =>
  (await kiosk.call('matters.list', {})).items[0]?.id ?? ''

/** The cadres' record screens: area home, lists, forms with errors, a record per role. */
export const recordShots: Shot[] = [
  shot(
    'records-home-clerk',
    'clerk',
    () => '/admin/records',
    '[data-testid=records-tile-notices]',
    returnedNotice,
  ),
  shot(
    'records-home-supervisor',
    'supervisor',
    () => '/admin',
    '[data-testid^=pending-notices]',
    async (k) => {
      const id = await returnedNotice(k)
      await as(k, 'clerk')
      await k.call('notices.submit', { id })
      return id
    },
  ),
  shot('records-list-notices', 'clerk', () => '/admin/records/notices', '[data-testid=record-row]'),
  shot(
    'records-notice-returned',
    'clerk',
    (id) => `/admin/records/notices/${id}`,
    '[data-testid=return-comment]',
    returnedNotice,
  ),
  shot(
    'records-notice-review',
    'supervisor',
    (id) => `/admin/records/notices/${id}`,
    '[data-testid=action-publish]',
    async (k) => {
      const id = await returnedNotice(k)
      await as(k, 'clerk')
      await k.call('notices.submit', { id })
      return id
    },
    async (k) => {
      await k.page.getByTestId('action-return').click()
    },
  ),
  shot(
    'records-notice-form-errors',
    'clerk',
    (id) => `/admin/records/notices/${id}/edit`,
    '[data-testid="error-rows.0.reason"]',
    returnedNotice,
    async (k) => {
      await k.page.getByTestId('input-rows.0.reason').fill('电话13812345678')
      await k.page.getByTestId('form-save').click()
    },
  ),
  shot(
    'records-project-form',
    'clerk',
    () => '/admin/records/projects/new',
    '[data-testid=record-form-projects]',
    undefined,
    async (k) => {
      await k.page.getByTestId('input-budgetFen').fill('856000')
      await k.page.getByTestId('add-milestones').click()
      await k.page.locator('h1').last().scrollIntoViewIfNeeded()
    },
  ),
  shot(
    'records-project-correct',
    'clerk',
    (id) => `/admin/records/projects/${id}/correct`,
    '[data-testid=input-reason]',
    firstPublished,
  ),
  shot(
    'records-project-published',
    'clerk',
    (id) => `/admin/records/projects/${id}`,
    '[data-testid=action-correct]',
    firstPublished,
  ),
  shot(
    'records-matter-form',
    'clerk',
    (id) => `/admin/records/matters/${id}/correct`,
    '[data-testid=list-steps]',
    firstMatter,
  ),
  shot(
    'records-meeting-form',
    'clerk',
    () => '/admin/records/meetings/new',
    '[data-testid=record-form-meetings]',
  ),
  shot('records-duties', 'clerk', () => '/admin/records/duties', '[data-testid=duties-admin]'),
  shot('records-duty-form', 'clerk', () => '/admin/records/duties/new', '[data-testid=duty-form]'),
  shot('records-members', 'admin', () => '/admin/members', '[data-testid=member-row]'),
  shot('records-member-form', 'admin', () => '/admin/members/new', '[data-testid=member-form]'),
  shot('records-settings', 'admin', () => '/admin/settings', '[data-testid=settings-admin] form'),
]
