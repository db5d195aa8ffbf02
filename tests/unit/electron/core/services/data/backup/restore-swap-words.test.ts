/**
 * A restore's swap moves files only inside the data folder: when Windows says a file there is
 * held (EPERM/EBUSY/EACCES, an antivirus scanning the photo folder), the admin is told that, not that a
 * USB stick may be read-only. A backup onto a USB stick refused the same way still says the stick.
 */
import { basename, dirname } from 'node:path'
import { afterEach, expect, it, vi } from 'vitest'
import { failRenames, renamesWork } from '../../../../../fakes/failing-renames'
import { eachDemoFolder } from './each-folder'

vi.mock('../../../../../../../electron/core/store/fs-safe', (original) =>
  import('../../../../../fakes/failing-renames').then((m) => m.failingRenames(original)),
)
afterEach(renamesWork)

const t = eachDemoFolder({ id: 'u-admin', name: '张德明' })
const WINDOWS = {
  EPERM: 'operation not permitted',
  EBUSY: 'resource busy or locked',
  EACCES: 'permission denied',
}
type Held = keyof typeof WINDOWS
const said = (code: Held) => `${code}: ${WINDOWS[code]}, rename`

/** Every rename of a photo folder where `where` says fails as held by another program. */
function holdPhotos(code: Held, where: (from: string, to: string) => boolean) {
  failRenames(code, (from, to) => basename(from) === 'attachments' && where(from, to), said(code))
}

it('the photo folder held after the new journal is in: says a program holds the data folder', async () => {
  await t.withPhoto()
  const made = await t.backup()
  holdPhotos('EPERM', (from) => basename(dirname(from)).startsWith('.restore-'))
  const failed = await t.restore(made.path).catch((e: Error) => e)
  expect((failed as Error).message).toBe(
    '恢复的记录已经换好，但有程序正占用村务数据文件夹（可能是杀毒软件），照片等文件还没能全部放进去。' +
      '这些文件还在电脑上，没有丢失。请关掉本程序再重新打开（或重启电脑），程序打开时会把它们放好；' +
      '在这之前，有些照片可能显示不出来',
  )
})

it('the photo folder held before anything is swapped: says so, and to close it or restart', async () => {
  await t.withPhoto()
  const made = await t.backup()
  holdPhotos('EBUSY', (from) => dirname(from) === t.f.dataDir)
  const failed = await t.restore(made.path).catch((e: Error) => e)
  expect((failed as Error).message).toBe(
    '恢复没有进行：有程序正占用村务数据文件夹（可能是杀毒软件），请关掉它或重启电脑后再试。现在的数据保持原样',
  )
})

// Node on Windows also says EACCES for a file another program has open; the swap retries it like
// EPERM/EBUSY (renameWithRetry), and it is the same program holding the folder.
it('EACCES on the photo folder after the new journal is in: also a program holding it', async () => {
  await t.withPhoto()
  const made = await t.backup()
  holdPhotos('EACCES', (from) => basename(dirname(from)).startsWith('.restore-'))
  const failed = await t.restore(made.path).catch((e: Error) => e)
  expect((failed as Error).message).toBe(
    '恢复的记录已经换好，但有程序正占用村务数据文件夹（可能是杀毒软件），照片等文件还没能全部放进去。' +
      '这些文件还在电脑上，没有丢失。请关掉本程序再重新打开（或重启电脑），程序打开时会把它们放好；' +
      '在这之前，有些照片可能显示不出来',
  )
})

it('EACCES before anything is swapped: a program holding the folder, not a USB stick', async () => {
  await t.withPhoto()
  const made = await t.backup()
  holdPhotos('EACCES', (from) => dirname(from) === t.f.dataDir)
  const failed = await t.restore(made.path).catch((e: Error) => e)
  expect((failed as Error).message).toBe(
    '恢复没有进行：有程序正占用村务数据文件夹（可能是杀毒软件），请关掉它或重启电脑后再试。现在的数据保持原样',
  )
})

it('a backup refused by the USB stick still says the stick may be read-only', async () => {
  failRenames('EPERM', (_from, to) => dirname(to) === t.f.target, said('EPERM'))
  const failed = await t.backup().catch((e: Error) => e)
  expect((failed as Error).message).toBe(
    '备份没有完成：没有写入权限（U 盘可能是只读的，或文件夹不允许写入）。这次的备份不能用，请检查 U 盘或换一个位置后重试',
  )
})
