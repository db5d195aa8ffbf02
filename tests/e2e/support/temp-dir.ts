/**
 * A temp folder for a spec file's tests, removed after the last of them (with the keys core puts
 * beside a data folder). Playwright also loads each spec in its runner process to list the tests,
 * where no hook runs, so the folder is removed when that process exits too.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from '@playwright/test'

const remove = (dir: string) => {
  for (const d of [dir, `${dir}-secrets`]) rmSync(d, { recursive: true, force: true })
}

/** Call at the spec file's top level. */
export function specTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  test.afterAll(() => remove(dir))
  process.once('exit', () => remove(dir))
  return dir
}
