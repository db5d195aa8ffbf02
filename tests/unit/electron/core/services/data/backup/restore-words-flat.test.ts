/**
 * A restore refused for a reason the program has no words of its own for (EXDEV: a move across
 * disks) says it in one flat sentence, 恢复没有进行：… with the code in the only brackets, not
 * 恢复没有进行（文件操作没有成功（代码 EXDEV），…） with brackets inside brackets.
 */
import type * as fsp from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import { afterEach, expect, it, vi } from 'vitest'
import { failRenames, renamesWork } from '../../../../../fakes/failing-renames'
import { eachDemoFolder } from './each-folder'

const exdev = () =>
  Object.assign(new Error('EXDEV: cross-device link not permitted, rename'), { code: 'EXDEV' })
const staging = { fail: false }

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsp>()
  const open: typeof real.open = (async (...args: Parameters<typeof real.open>) => {
    // The staged copy (.restore-<time>), not the trial open (.restore-check-<time>).
    if (staging.fail && /[\\/]\.restore-(?!check)/.test(String(args[0]))) throw exdev()
    return real.open(...args)
  }) as typeof real.open
  return { ...real, default: { ...real, open }, open }
})
vi.mock('../../../../../../../electron/core/store/fs-safe', (original) =>
  import('../../../../../fakes/failing-renames').then((m) => m.failingRenames(original)),
)
afterEach(() => {
  staging.fail = false
  renamesWork()
})

const t = eachDemoFolder({ id: 'u-admin', name: '张德明' })
const WHY = '文件操作没有成功（代码 EXDEV），请重试或联系技术人员'

/** Every rename of the photo folder where `where` says fails with EXDEV. */
function failPhotoMove(where: (from: string) => boolean) {
  failRenames('EXDEV', (from) => basename(from) === 'attachments' && where(from), exdev().message)
}

async function failedRestore(): Promise<string> {
  const made = await t.backup()
  const failed = await t.restore(made.path).catch((e: Error) => e)
  return (failed as Error).message
}

it('staging the backup fails: 恢复没有进行：, the reason, and the data kept, in one flat sentence', async () => {
  staging.fail = true
  expect(await failedRestore()).toBe(`恢复没有进行：${WHY}。现在的数据保持原样`)
})

it('the swap fails before anything is moved: the same flat sentence', async () => {
  await t.withPhoto()
  failPhotoMove((from) => dirname(from) === t.f.dataDir)
  expect(await failedRestore()).toBe(`恢复没有进行：${WHY}。现在的数据保持原样`)
})

it('the photos cannot be moved in after the new records: the reason after a colon, not in brackets', async () => {
  await t.withPhoto()
  failPhotoMove((from) => basename(dirname(from)).startsWith('.restore-'))
  expect(await failedRestore()).toBe(
    `恢复的记录已经换好，但照片等文件还没能全部放进数据文件夹：${WHY}。` +
      '这些文件还在电脑上，没有丢失。请关掉本程序再重新打开（或重启电脑），程序打开时会把它们放好；' +
      '在这之前，有些照片可能显示不出来',
  )
})
