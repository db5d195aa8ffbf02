import type { Kiosk } from '../fixtures'
import { QUESTIONS_SCREENS } from '../support/questions-screens'
import { as } from './auth'
import type { Shot } from './types'

/** Opens the first overdue question of the demo in the workspace, as this role. */
async function overdueQuestion(kiosk: Kiosk, role: 'clerk' | 'supervisor'): Promise<void> {
  await as(kiosk, role, '/admin/questions')
  await kiosk.page.getByTestId('inbox-question').first().click()
}

/** 村务监督, the asking flow (type, keyboard with candidates, receipt), 查进度, and the cadres' inbox. */
export const questionShots: Shot[] = [
  ...QUESTIONS_SCREENS.map((s) => ({
    name: s.name,
    route: s.route,
    ...(s.prepare ? { prepare: s.prepare } : {}),
    ready: s.ready,
    public: true,
  })),
  {
    name: 'admin-questions-inbox',
    prepare: (kiosk) => as(kiosk, 'supervisor', '/admin/questions'),
    ready: '[data-testid=inbox-question]',
    public: false,
  },
  {
    name: 'admin-question-answer',
    prepare: (kiosk) => overdueQuestion(kiosk, 'clerk'),
    ready: '[data-testid=answer-form]',
    public: false,
  },
  {
    name: 'admin-question-withhold',
    prepare: (kiosk) => overdueQuestion(kiosk, 'supervisor'),
    ready: '[data-testid=withhold-form]',
    public: false,
  },
]
