/**
 * Temp folders for unit tests that remove themselves: a full run made about 1,300 and left them
 * all in /tmp. Core puts a data folder's keys and automatic backups beside it (`<dir>-secrets`,
 * `<dir>-backups`), and test cores their export folder (`<dir>-export`), so those go too.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, onTestFinished } from 'vitest'

/** Removes `dir` and the folders core keeps beside a data folder of that name. */
export function removeTempDir(dir: string): void {
  for (const d of [dir, `${dir}-secrets`, `${dir}-backups`, `${dir}-export`]) {
    rmSync(d, { recursive: true, force: true, maxRetries: 3 })
  }
}

/**
 * A new folder `<tmp>/<prefix>XXXXXX`, removed when the test ends (after its afterEach hooks,
 * so a core closed there has let go of it). Call it in a test or its beforeEach; a folder kept
 * across a restart within one test stays until that test is over.
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  onTestFinished(() => removeTempDir(dir))
  return dir
}

/**
 * A new folder shared by all the tests of a file (or of a describe block), removed after the
 * last of them. Call it while the file's tests are collected: at its top level or in a describe.
 */
export function tempDirForFile(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  afterAll(() => removeTempDir(dir))
  return dir
}
