import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { app } from 'electron'

/** Where the records live, without touching the disk: the protocol needs it before any write. */
export function dataDirPath(): string {
  const override = process.env.VILLAGE_DATA_DIR?.trim()
  return resolve(override || join(app.getPath('userData'), 'data'))
}

/** The village records live apart from Chromium's caches; tests and technicians may point elsewhere. */
export function setupDataDir(): string {
  const dir = dataDirPath()
  mkdirSync(dir, { recursive: true })
  return dir
}
