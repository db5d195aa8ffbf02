/**
 * Public register screens with a signed correction (已更正), for the accessibility spec and the
 * screenshots. Reaching one writes a correction through core first, so these stay apart from
 * PUBLIC_SCREENS, which other specs visit on a store they have prepared themselves.
 */
import type { Kiosk } from '../fixtures'
import type { PublicScreen } from './public-screens'
import {
  correctedAsset,
  correctedBudget,
  correctedDebt,
  correctedDistribution,
} from './register-fixes'
import {
  correctedMatter,
  correctedMeeting,
  correctedNotice,
  correctedProject,
  correctedSpecial,
} from './detail-fixes'

/** Brings the first 已更正 note into view once it is on the screen (it may re-render meanwhile). */
async function scrollTo(k: Kiosk, testId: string): Promise<void> {
  const note = k.page.locator(`[data-testid=${testId}]`).first()
  await note.waitFor()
  await k.page.evaluate(
    (id) => document.querySelector(`[data-testid=${id}]`)?.scrollIntoView({ block: 'center' }),
    testId,
  )
}

export const CORRECTED_SCREENS: PublicScreen[] = [
  {
    name: 'budget-corrected',
    route: async (k) => `/finance/budget?year=${await correctedBudget(k)}`,
    after: (k) => scrollTo(k, 'budget-corrected'),
    ready: '[data-testid=budget-corrected]',
  },
  {
    name: 'assets-corrected',
    route: async (k) => {
      await correctedAsset(k)
      return '/finance/assets'
    },
    after: (k) => scrollTo(k, 'asset-corrected'),
    ready: '[data-testid=asset-corrected]',
  },
  {
    name: 'debts-corrected',
    route: async (k) => {
      await correctedDebt(k)
      return '/finance/debts'
    },
    after: (k) => scrollTo(k, 'row-corrected'),
    ready: '[data-testid=row-corrected]',
  },
  {
    name: 'distributions-corrected',
    route: async (k) => {
      await correctedDistribution(k)
      return '/finance/distributions'
    },
    after: (k) => scrollTo(k, 'row-corrected'),
    ready: '[data-testid=row-corrected]',
  },
]

/** Public detail pages of a signed correction: 项目进度, 专项公开, 公示公告, 四议两公开, 会议. */
export const CORRECTED_DETAIL_SCREENS: PublicScreen[] = [
  {
    name: 'project-corrected',
    route: async (k) => `/projects/${await correctedProject(k)}`,
    after: (k) => scrollTo(k, 'revision-corrected'),
    ready: '[data-testid=revision-corrected]',
  },
  {
    name: 'special-corrected',
    route: async (k) => `/finance/specials/${await correctedSpecial(k)}`,
    after: (k) => scrollTo(k, 'revision-corrected'),
    ready: '[data-testid=revision-corrected]',
  },
  {
    name: 'notice-corrected',
    route: async (k) => `/notices/${await correctedNotice(k)}`,
    after: (k) => scrollTo(k, 'revision-corrected'),
    ready: '[data-testid=revision-corrected]',
  },
  {
    name: 'matter-corrected',
    route: async (k) => `/matters/${await correctedMatter(k)}`,
    after: (k) => scrollTo(k, 'revision-corrected'),
    ready: '[data-testid=revision-corrected]',
  },
  {
    name: 'meeting-corrected',
    route: async (k) => `/meetings/${await correctedMeeting(k)}`,
    after: (k) => scrollTo(k, 'revision-corrected'),
    ready: '[data-testid=revision-corrected]',
  },
]
