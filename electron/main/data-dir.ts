import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { app } from 'electron'

/** The village records live apart from Chromium's caches; tests and technicians may point elsewhere. */
export function setupDataDir(): string {
  const override = process.env.VILLAGE_DATA_DIR?.trim()
  const dir = resolve(override || join(app.getPath('userData'), 'data'))
  mkdirSync(dir, { recursive: true })
  return dir
}
