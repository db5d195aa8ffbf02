import type { Locator, Page } from '@playwright/test'
import { SectionPage } from './sections'

/** 村务监督: the public board of questions, its counts and filters. */
export class QuestionsBoardPage extends SectionPage {
  constructor(page: Page) {
    super(page, 'questions')
  }
  questions = () => this.page.getByTestId('question')
  /** The card whose text contains `text`. */
  card = (text: string) => this.questions().filter({ hasText: text })
  status = (card: Locator) => card.getByTestId('question-status')
  deadline = (card: Locator) => card.getByTestId('question-deadline')
  answer = (card: Locator) => card.getByTestId('answer-text')
  answerBy = (card: Locator) => card.getByTestId('answer-by')
  count = (key: 'waiting' | 'overdue' | 'answered') => this.page.getByTestId(`count-${key}`)
  feedbackCount = (value: string) =>
    this.page.locator(`[data-testid=count-feedback][data-value="${value}"]`)
  withheldCount = (reason: string) =>
    this.page.locator(`[data-testid=count-withheld][data-reason="${reason}"]`)
  filter = (key: 'all' | 'waiting' | 'overdue' | 'answered') =>
    this.page.locator(`[data-testid=question-filter] [data-key="${key}"]`).click()
  ask = () => this.page.getByTestId('ask-button').click()
  check = () => this.page.getByTestId('check-button').click()
}

/** 我要提问: type buttons, the Chinese keyboard with its candidate bar, name/phone, the receipt. */
export class AskPage extends SectionPage {
  constructor(page: Page) {
    super(page, 'ask')
  }
  about = () => this.page.getByTestId('ask-about')
  text = () => this.page.getByTestId('ask-text')
  left = () => this.page.getByTestId('ask-left')
  letters = () => this.page.getByTestId('pinyin-letters')
  candidates = () => this.page.getByTestId('candidate')
  error = () => this.page.getByTestId('ask-error')
  receipt = () => this.page.getByTestId('receipt-number')
  qr = () => this.page.getByTestId('receipt-qr')
  chooseType = (type: string) =>
    this.page.locator(`[data-testid=ask-type][data-type="${type}"]`).click()
  /** Taps one key of the on-screen keyboard (a letter, a digit, '{bksp}', '{digits}' …). */
  key = (k: string) =>
    this.page.locator(`[data-testid=chinese-keyboard] [data-skbtn="${k}"]`).first().click()
  /** Spells the pinyin letter by letter, then taps the wanted character in the candidate bar. */
  async spell(pinyin: string, char: string): Promise<void> {
    for (const letter of pinyin) await this.key(letter)
    const wanted = this.page.locator(`[data-testid=candidate][data-char="${char}"]`)
    while (!(await wanted.isVisible())) await this.page.getByTestId('candidate-next').click()
    await wanted.click()
  }
  /** Types digits or punctuation from their keyboard page, then returns to pinyin. */
  async typeOther(page: '{digits}' | '{punct}', chars: string): Promise<void> {
    await this.key(page)
    for (const ch of chars) await this.key(ch)
    await this.key('{pinyin}')
  }
  next = () => this.page.getByTestId('ask-next').click()
  field = (f: 'name' | 'phone') => this.page.getByTestId(`ask-field-${f}`).click()
  async tapPhone(digits: string): Promise<void> {
    await this.field('phone')
    for (const d of digits) await this.page.getByTestId(`digit-key-${d}`).click()
  }
  submit = () => this.page.getByTestId('ask-submit').click()
  /** The receipt number shown after submit (digits only). */
  receiptNumber = async () => (await this.receipt().getAttribute('data-receipt')) ?? ''
}

/** 查进度: the digit pad, the result and 满意/不满意. */
export class CheckPage extends SectionPage {
  constructor(page: Page) {
    super(page, 'check')
  }
  digits = () => this.page.getByTestId('check-digits')
  error = () => this.page.getByTestId('check-error')
  wait = () => this.page.getByTestId('check-wait')
  submit = () => this.page.getByTestId('check-submit')
  result = () => this.page.getByTestId('check-result')
  withheld = () => this.page.getByTestId('check-withheld')
  feedbackDone = () => this.page.getByTestId('check-feedback-done')
  rateButtons = () => this.page.getByTestId('check-feedback')
  async enter(receipt: string): Promise<void> {
    await this.page.getByTestId('digit-clear').click()
    for (const d of receipt) await this.page.getByTestId(`digit-key-${d}`).click()
    await this.page.getByTestId('check-submit').click()
  }
  rate = (value: string) =>
    this.page.locator(`[data-testid=check-feedback][data-value="${value}"]`).click()
}

/** 村民提问 in the cadre workspace: the inbox, one question, answer and 不公开. */
export class QuestionsInboxPage {
  constructor(private readonly page: Page) {}
  root = () => this.page.getByTestId('questions-inbox')
  rows = () => this.page.getByTestId('inbox-question')
  row = (receipt: string) =>
    this.page.locator(`[data-testid=inbox-question][data-receipt="${receipt}"]`)
  detail = () => this.page.getByTestId('question-admin')
  asker = () => this.page.getByTestId('question-asker')
  answerError = () => this.page.getByTestId('answer-error')
  async answer(text: string): Promise<void> {
    await this.page.getByTestId('answer-text-input').fill(text)
    await this.page.getByTestId('answer-submit').click()
  }
  async withhold(reason: string): Promise<void> {
    await this.page.locator(`[data-testid=withhold-reason][data-reason="${reason}"]`).click()
    await this.page.getByTestId('withhold-submit').click()
  }
}
