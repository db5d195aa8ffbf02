/**
 * Every public screen of the kiosk and how to get there, for the accessibility spec and the
 * screenshots: a route, or a route built from what core returns (the first project, a 公示 …).
 */
import type { Kiosk } from '../fixtures'
import { ATTACHMENT_SCREENS } from './attachment-screens'

export interface PublicScreen {
  name: string
  /** Where the screen lives; may ask core for an id first. */
  route: (kiosk: Kiosk) => Promise<string>
  /** Optional taps once there (e.g. typing a search). */
  after?: (kiosk: Kiosk) => Promise<void>
  /** Selector visible once the screen shows its content. */
  ready: string
}

const fixed = (route: string) => () => Promise.resolve(route)

async function firstEntry(kiosk: Kiosk): Promise<string> {
  const periods = await kiosk.call('ledger.periods', {})
  const sheet = await kiosk.call('ledger.sheet', { period: periods[0]!.key })
  return `/finance/entry/${sheet.entries[0]!.id}`
}

async function gongshi(kiosk: Kiosk): Promise<string> {
  const lists = await kiosk.call('notices.list', {})
  const n = [...lists.current, ...lists.archive].find((x) => x.kind === 'gongshi' && x.rowCount > 0)
  return `/notices/${n!.id}`
}

async function matterWithChecks(kiosk: Kiosk): Promise<string> {
  const matters = (await kiosk.call('matters.list', {})).items
  const m = matters.find((x) => x.ruleChecks.length > 0) ?? matters[0]!
  return `/matters/${m.id}`
}

export const PUBLIC_SCREENS: PublicScreen[] = [
  { name: 'home', route: fixed('/'), ready: '[data-testid=home]' },
  { name: 'finance', route: fixed('/finance'), ready: '[data-testid=sheet]' },
  { name: 'entry-detail', route: firstEntry, ready: '[data-testid=entry-detail-daxie]' },
  { name: 'budget', route: fixed('/finance/budget'), ready: '[data-testid=budget-through]' },
  { name: 'assets', route: fixed('/finance/assets'), ready: '[data-testid=asset-list]' },
  { name: 'debts', route: fixed('/finance/debts'), ready: '[data-testid=debt-group]' },
  {
    name: 'distributions',
    route: fixed('/finance/distributions'),
    ready: '[data-testid=distribution-list]',
  },
  { name: 'specials', route: fixed('/finance/specials'), ready: '[data-testid=special-list]' },
  {
    name: 'special-detail',
    route: async (k) => `/finance/specials/${(await k.call('finance.specials', {}))[0]!.id}`,
    ready: '[data-testid=special-title]',
  },
  { name: 'projects', route: fixed('/projects'), ready: '[data-testid=project-list]' },
  {
    name: 'project-detail',
    route: async (k) => `/projects/${(await k.call('projects.list', {})).items[0]!.id}`,
    ready: '[data-testid=project-money]',
  },
  { name: 'matters', route: fixed('/matters'), ready: '[data-testid=matter-list]' },
  { name: 'matter-detail', route: matterWithChecks, ready: '[data-testid=step-tracker]' },
  { name: 'meetings', route: fixed('/meetings'), ready: '[data-testid=meeting-list]' },
  {
    name: 'meeting-detail',
    route: async (k) => `/meetings/${(await k.call('meetings.list', {})).items[0]!.id}`,
    ready: '[data-testid=meeting-detail] [data-testid=meeting]',
  },
  { name: 'notices', route: fixed('/notices'), ready: '[data-testid=notice-current]' },
  { name: 'notice-gongshi', route: gongshi, ready: '[data-testid=countdown]' },
  { name: 'people', route: fixed('/people'), ready: '[data-testid=duty]' },
  {
    name: 'search',
    route: fixed('/search'),
    after: async (k) => {
      for (const ch of 'xl')
        await k.page.getByTestId('keyboard').getByRole('button', { name: ch, exact: true }).click()
    },
    ready: '[data-testid=search-hit]',
  },
  {
    name: 'search-empty',
    route: fixed('/search'),
    after: async (k) => {
      for (const ch of 'zzzq')
        await k.page.getByTestId('keyboard').getByRole('button', { name: ch, exact: true }).click()
    },
    ready: '[data-testid=search-empty]',
  },
  ...ATTACHMENT_SCREENS,
]
