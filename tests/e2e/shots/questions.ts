import { QUESTIONS_SCREENS } from '../support/questions-screens'
import type { Shot } from './types'

/** 村务监督, the asking flow (type, keyboard with candidates, receipt) and 查进度. */
export const questionShots: Shot[] = QUESTIONS_SCREENS.map((s) => ({
  name: s.name,
  route: s.route,
  ...(s.prepare ? { prepare: s.prepare } : {}),
  ready: s.ready,
  public: true,
}))
