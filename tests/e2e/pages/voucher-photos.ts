import type { Page } from '@playwright/test'

/** 批量添加凭证照片: the folder's photos beside the period's lines. */
export class VoucherPhotosPage {
  constructor(private readonly page: Page) {}
  root = () => this.page.getByTestId('vphotos')
  pickFolder = () => this.page.getByTestId('vphotos-pick').click()
  summary = () => this.page.getByTestId('vphotos-summary')
  open = () => this.page.getByTestId('vphotos-open')
  photo = (name: string) => this.page.locator(`[data-testid="vphoto"][data-name="${name}"]`)
  images = () => this.page.getByTestId('vphoto-img')
  line = (voucherNo: string) =>
    this.page.locator(`[data-testid="vphotos-line"][data-voucher="${voucherNo}"]`)
  putOn = (voucherNo: string) => this.line(voucherNo).getByTestId('vphotos-put').click()
  refused = () => this.page.getByTestId('vphotos-refused-row')
  commit = () => this.page.getByTestId('vphotos-commit')
  done = () => this.page.getByTestId('vphotos-done')
  error = () => this.page.getByTestId('vphotos-error')
}
