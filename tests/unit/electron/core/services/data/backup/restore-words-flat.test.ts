/**
 * A restore refused for a reason the program has no words of its own for (EXDEV: a move across
 * disks) says it in one flat sentence, 恢复没有进行：… with the code in the only brackets, not
 * 恢复没有进行（文件操作没有成功（代码 EXDEV），…） with brackets inside brackets.
 */
import { createHash } from 'node:crypto'
import type * as fsp from 'node:fs/promises'
import { mkdir, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { afterEach, expect, it, vi } from 'vitest'
import * as fsSafe from '../../../../../../../electron/core/store/fs-safe'
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
vi.mock('../../../../../../../electron/core/store/fs-safe', async (importOriginal) => {
  const real = await importOriginal<typeof fsSafe>()
  return { ...real, renameWithRetry: vi.fn(real.renameWithRetry) }
})
const real = await vi.importActual<typeof fsSafe>(
  '../../../../../../../electron/core/store/fs-safe',
)
afterEach(() => {
  staging.fail = false
  vi.mocked(fsSafe.renameWithRetry).mockImplementation(real.renameWithRetry)
})

const t = eachDemoFolder({ id: 'u-admin', name: '张德明' })
const WHY = '文件操作没有成功（代码 EXDEV），请重试或联系技术人员'

/** Every rename of the photo folder where `where` says fails with EXDEV. */
function failPhotoMove(where: (from: string) => boolean) {
  vi.mocked(fsSafe.renameWithRetry).mockImplementation(async (from, to) => {
    if (basename(from) === 'attachments' && where(from)) throw exdev()
    return real.renameWithRetry(from, to)
  })
}

async function withPhoto() {
  const sha = createHash('sha256').update('PHOTO').digest('hex')
  await mkdir(join(t.f.dataDir, 'attachments'), { recursive: true })
  await writeFile(join(t.f.dataDir, 'attachments', `${sha}.png`), 'PHOTO')
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
  await withPhoto()
  failPhotoMove((from) => dirname(from) === t.f.dataDir)
  expect(await failedRestore()).toBe(`恢复没有进行：${WHY}。现在的数据保持原样`)
})

it('the photos cannot be moved in after the new records: the reason after a colon, not in brackets', async () => {
  await withPhoto()
  failPhotoMove((from) => basename(dirname(from)).startsWith('.restore-'))
  expect(await failedRestore()).toBe(
    `恢复的记录已经换好，但照片等文件还没能全部放进数据文件夹：${WHY}。` +
      '这些文件还在电脑上，没有丢失。请关掉本程序再重新打开（或重启电脑），程序打开时会把它们放好；' +
      '在这之前，有些照片可能显示不出来',
  )
})
