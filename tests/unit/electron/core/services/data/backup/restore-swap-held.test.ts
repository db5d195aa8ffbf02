/**
 * A restore whose swap fails after the new journal is in place, with the power still on: the
 * staged photo folder is held (Windows antivirus, say) longer than the rename retries. The photos
 * not yet moved must not be deleted with the staged copy; the cadre is told to restart, and the
 * next start moves them in, beside any photo added in the meantime.
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { afterEach, expect, it, vi } from 'vitest'
import { openCore } from '../../../../../../../electron/core/core'
import { MARKER } from '../../../../../../../electron/core/services/data/backup/restore-marker'
import { failRenames, renamesWork } from '../../../../../fakes/failing-renames'
import { eachDemoFolder } from './each-folder'
import { NOW } from './folder'

vi.mock('../../../../../../../electron/core/store/fs-safe', (original) =>
  import('../../../../../fakes/failing-renames').then((m) => m.failingRenames(original)),
)
afterEach(renamesWork)

const t = eachDemoFolder({ id: 'u-admin', name: '张德明' })
const sha = (s: string) => createHash('sha256').update(s).digest('hex')

it('the staged photos stay on disk and the next start moves them in', async () => {
  const photo = `${sha('PHOTO')}.png`
  await mkdir(join(t.f.dataDir, 'attachments', 'thumbs'), { recursive: true })
  await writeFile(join(t.f.dataDir, 'attachments', photo), 'PHOTO')
  await writeFile(join(t.f.dataDir, 'attachments', 'thumbs', `${sha('PHOTO')}.jpg`), 'THUMB')
  const made = await t.backup()
  failRenames(
    'EBUSY',
    (from) => basename(from) === 'attachments' && basename(dirname(from)).startsWith('.restore-'),
    'EBUSY: resource busy or locked',
  )
  const failed = await t.restore(made.path).catch((e: Error) => e)
  renamesWork()
  expect(failed).toBeInstanceOf(Error)
  const message = (failed as Error).message
  expect(message).toContain('没有丢失')
  expect(message).toContain('重新打开')
  // A photo added before the restart, in the folder the restore has not yet filled.
  const later = `${sha('LATER')}.png`
  await mkdir(join(t.f.dataDir, 'attachments'), { recursive: true })
  await writeFile(join(t.f.dataDir, 'attachments', later), 'LATER')
  await t.f.store().close()

  const core = await openCore({
    dir: t.f.dataDir,
    now: () => new Date(NOW.getTime() + 120_000),
    secrets: { dir: t.f.secrets.dir },
  })
  try {
    expect(core.store.all('restores')).toHaveLength(1)
  } finally {
    await core.close()
  }
  expect(await readFile(join(t.f.dataDir, 'attachments', photo), 'utf8')).toBe('PHOTO')
  expect(await readFile(join(t.f.dataDir, 'attachments', later), 'utf8')).toBe('LATER')
  expect(
    await readFile(join(t.f.dataDir, 'attachments', 'thumbs', `${sha('PHOTO')}.jpg`), 'utf8'),
  ).toBe('THUMB')
  expect((await readdir(t.f.dataDir)).filter((n) => n.startsWith('.restore'))).toEqual([])
  expect(existsSync(join(t.f.dataDir, MARKER))).toBe(false)
})
