import type { Page } from '@playwright/test'

/** The cadres' 村务记录 screens: the area home, a type's list, a record, its form. */
export class RecordsAdminPage {
  constructor(private readonly page: Page) {}
  private id = (s: string) => this.page.getByTestId(s)

  home = () => this.id('records-home')
  tile = (kind: string) => this.id(`records-tile-${kind}`)
  pendingItem = (kind: string, id: string) => this.id(`pending-${kind}-${id}`)
  returnedItem = (id: string) => this.id(`returned-${id}`)

  list = (kind: string) => this.id(`record-list-${kind}`)
  rows = () => this.id('record-row')
  row = (id: string) => this.page.locator(`[data-testid=record-row][data-id="${id}"]`)
  newRecord = () => this.id('record-new').click()

  detail = () => this.id('record-detail')
  title = () => this.id('record-title')
  status = (s: string) => this.detail().getByTestId(`status-${s}`)
  returnComment = () => this.id('return-comment')
  correctionBanner = () => this.id('correction-banner')
  publishedBy = () => this.id('published-by')
  actionMessage = () => this.id('action-message')
  actionError = () => this.id('action-error')
  action = (name: 'edit' | 'submit' | 'publish' | 'return' | 'correct' | 'remove') =>
    this.id(`action-${name}`)
  /** 删除草稿 asks once more on the screen: 确定删除 or 不删除. */
  removeConfirm = () => this.id('remove-confirm')
  history = () => this.id('record-history').getByTestId('history-item')

  /** The id of the record on screen, from the URL (#/admin/records|registers/<kind>/<id>). */
  currentId(): string {
    const m = /\/admin\/(?:records|registers)\/[a-z]+\/([A-Za-z0-9-]+)/.exec(this.page.url())
    if (!m?.[1]) throw new Error(`not on a record: ${this.page.url()}`)
    return m[1]
  }

  /** 退回修改 with a comment typed in the box under the buttons. */
  async sendBack(comment: string): Promise<void> {
    await this.action('return').click()
    await this.id('input-comment').fill(comment)
    await this.id('action-return-confirm').click()
  }

  // The form ----------------------------------------------------------------------------
  form = (kind: string) => this.id(`record-form-${kind}`)
  input = (name: string) => this.id(`input-${name}`)
  error = (name: string) => this.id(`error-${name}`)
  choose = (name: string, value: string) => this.id(`choice-${name}-${value}`).click()
  addRow = (list: string) => this.id(`add-${list}`).click()
  formErrors = () => this.id('form-errors')
  async fill(name: string, value: string): Promise<void> {
    await this.input(name).fill(value)
  }
  save = () => this.id('form-save').click()
}
