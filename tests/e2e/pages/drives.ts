import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { drivesRootOf } from '../hosts/drives'

/** The stick every spec "plugs in" unless it names another. */
export const USB = 'U盘'

/** A file to put on the stick (the shape Playwright's setInputFiles took). */
export interface UsbFile {
  name: string
  buffer: Buffer
}

let fresh = 0

/** "Plugs in" the stand-in stick (an empty one) and returns its folder on disk. */
export async function plugUsb(page: Page): Promise<string> {
  const dir = join(drivesRootOf(page), USB)
  await mkdir(dir, { recursive: true })
  return dir
}

/** Writes files into a folder of the stand-in USB stick; returns the folder's name. */
export async function putOnUsb(page: Page, files: UsbFile[], folder?: string): Promise<string> {
  const name = folder ?? `文件${++fresh}`
  const dir = join(drivesRootOf(page), USB, name)
  await mkdir(dir, { recursive: true })
  for (const f of files) await writeFile(join(dir, f.name), f.buffer)
  return name
}

/** 从U盘选文件 / 保存到U盘: the app's own browser, driven by taps like a cadre would. */
export class DrivesPart {
  constructor(private readonly page: Page) {}
  root = () => this.page.getByTestId('drives')
  row = (name: string) => this.page.locator(`[data-testid="drives-row"][data-name="${name}"]`)
  rows = () => this.page.getByTestId('drives-row')
  thumbs = () => this.page.getByTestId('drives-thumb')
  trail = () => this.page.getByTestId('drives-trail')
  error = () => this.page.getByTestId('drives-error')
  up = () => this.page.getByTestId('drives-up').click()
  cancel = () => this.page.getByTestId('drives-cancel').click()
  done = () => this.page.getByTestId('drives-done').click()
  here = () => this.page.getByTestId('drives-here').click()

  /** Taps down from the drive list: the drive, then each folder. */
  async walk(drive: string, ...folders: string[]): Promise<void> {
    for (const name of [drive, ...folders]) await this.row(name).click()
    await this.trail()
      .filter({ hasText: [drive, ...folders].join(' › ') })
      .waitFor()
  }

  /** Opens `folder` on the stick and picks `names`: one tap each, then 选好了 when several. */
  async pick(folder: string, names: string[], many: boolean): Promise<void> {
    await this.walk(USB, folder)
    for (const n of names) await this.row(n).click()
    if (many) await this.done()
  }
}
