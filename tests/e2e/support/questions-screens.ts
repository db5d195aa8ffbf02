/**
 * The questions screens (村务监督, each asking step, the receipt, 查进度 with a result), reached
 * by taps, for the accessibility spec and the screenshots.
 */
import type { Kiosk } from '../fixtures'
import { AskPage, CheckPage } from '../pages/questions'

export interface QuestionsScreen {
  name: string
  route: string
  /** Taps from the route to the screen. */
  prepare?: (kiosk: Kiosk) => Promise<void>
  ready: string
}

const typeAndWrite = async (kiosk: Kiosk) => {
  const ask = new AskPage(kiosk.page)
  await ask.chooseType('质询')
  await ask.spell('xiu', '修')
  await ask.key('l')
  await ask.key('u')
}

const submitted = async (kiosk: Kiosk) => {
  const ask = new AskPage(kiosk.page)
  await typeAndWrite(kiosk)
  await ask.candidates().first().click()
  await ask.next()
  await ask.submit()
}

export const QUESTIONS_SCREENS: QuestionsScreen[] = [
  { name: 'questions-board', route: '/questions', ready: '[data-testid=question]' },
  { name: 'ask-type', route: '/questions/ask', ready: '[data-testid=ask-type]' },
  {
    name: 'ask-keyboard',
    route: '/questions/ask',
    prepare: typeAndWrite,
    ready: '[data-testid=candidate]',
  },
  {
    name: 'ask-contact',
    route: '/questions/ask',
    prepare: async (kiosk) => {
      await typeAndWrite(kiosk)
      const ask = new AskPage(kiosk.page)
      await ask.candidates().first().click()
      await ask.next()
      await ask.tapPhone('139')
    },
    ready: '[data-testid=digit-pad]',
  },
  {
    name: 'ask-receipt',
    route: '/questions/ask',
    prepare: submitted,
    ready: '[data-testid=receipt-qr]',
  },
  {
    name: 'questions-check',
    route: '/questions',
    prepare: async (kiosk) => {
      const board = await kiosk.call('questions.public', { status: '已答复' })
      const unrated = board.questions.find((q) => !q.feedback)
      // The receipt is the asker's own: the public board never shows it, so take it from core.
      const q = kiosk.host.core?.store.get('questions', unrated?.id ?? '')
      await kiosk.open('/questions/check')
      await new CheckPage(kiosk.page).enter(q?.receipt ?? '00000000')
    },
    ready: '[data-testid=check-result]',
  },
]
