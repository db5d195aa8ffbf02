/**
 * A stick without hard links (FAT32, exFAT) takes an export's name by creating it empty, then
 * renaming the written temp copy over it. Power cut or stick pulled between the two steps: the
 * name is there, empty, and the whole export sits in the hidden temp copy. The next browse of
 * that folder finishes the save (the township clerk gets the file, not an empty one); an empty
 * file the kiosk did not claim is never touched.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type * as FsPromises from 'node:fs/promises'
import { sweepDriveTemps } from '../../../../../../electron/core/services/drives/stale-temps'
import { tempDir } from '../../../../temp-dir'

/**
 * The empty name held open by another program (Windows: antivirus, Explorer's preview): its
 * next `times` renames fail with `code`.
 */
const held = vi.hoisted(() => ({ times: 0, code: 'EBUSY' }))
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>()
  const rename = (async (...args: Parameters<typeof fs.rename>) => {
    if (held.times <= 0) return fs.rename(...args)
    held.times--
    throw Object.assign(new Error(`${held.code}: rename`), { code: held.code })
  }) as typeof fs.rename
  return { ...fs, rename, default: { ...fs, rename } }
})

const UUID = '3f2b6c1e-8a4d-4e7f-9b0a-1c2d3e4f5a6b'
const HOUR_AGO = new Date(Date.now() - 3600_000)
let folder: string

const put = (name: string, body: string) => {
  writeFileSync(join(folder, name), body)
  utimesSync(join(folder, name), HOUR_AGO, HOUR_AGO)
}

beforeEach(() => {
  held.times = 0
  held.code = 'EBUSY'
  folder = join(tempDir('kiosk-cut-claim-'), 'KINGSTON', '导出')
  mkdirSync(folder, { recursive: true })
})

describe('a save cut between taking the name and the rename', () => {
  it('is finished at the next browse: the export under its name, nothing hidden left', async () => {
    put(`.${UUID}.tmp`, '凭证导出的全部内容')
    put(`.${UUID}.name`, '联盟村2026年10月账目.xlsx')
    put('联盟村2026年10月账目.xlsx', '')
    await sweepDriveTemps(folder)
    expect(readdirSync(folder)).toEqual(['联盟村2026年10月账目.xlsx'])
    expect(readFileSync(join(folder, '联盟村2026年10月账目.xlsx'), 'utf8')).toBe(
      '凭证导出的全部内容',
    )
  })

  it('held by another program, the export waits hidden for the next browse; nothing is lost', async () => {
    put(`.${UUID}.tmp`, '凭证导出的全部内容')
    put(`.${UUID}.name`, '账目.xlsx')
    put('账目.xlsx', '')
    held.times = Infinity
    await sweepDriveTemps(folder)
    expect(readdirSync(folder).sort()).toEqual(
      [`.${UUID}.name`, `.${UUID}.tmp`, '账目.xlsx'].sort(),
    )
    held.times = 0
    await sweepDriveTemps(folder)
    expect(readdirSync(folder)).toEqual(['账目.xlsx'])
    expect(readFileSync(join(folder, '账目.xlsx'), 'utf8')).toBe('凭证导出的全部内容')
  })

  it('held only a moment (twice busy, then let go), the export is finished at this browse', async () => {
    for (const code of ['EBUSY', 'EPERM']) {
      put(`.${UUID}.tmp`, '凭证导出的全部内容')
      put(`.${UUID}.name`, '账目.xlsx')
      put('账目.xlsx', '')
      Object.assign(held, { times: 2, code })
      await sweepDriveTemps(folder)
      expect(readdirSync(folder)).toEqual(['账目.xlsx'])
      expect(readFileSync(join(folder, '账目.xlsx'), 'utf8')).toBe('凭证导出的全部内容')
      expect(held.times).toBe(0)
      rmSync(join(folder, '账目.xlsx'))
    }
  })

  it('a name the rename already filled is left as it is; only the claim goes', async () => {
    put(`.${UUID}.name`, '账目.xlsx')
    put('账目.xlsx', '已经存好的内容')
    await sweepDriveTemps(folder)
    expect(readdirSync(folder)).toEqual(['账目.xlsx'])
    expect(readFileSync(join(folder, '账目.xlsx'), 'utf8')).toBe('已经存好的内容')
  })

  it('an empty file nobody claimed, or a claim naming a path, is never touched', async () => {
    put('空白.txt', '')
    put(`.${UUID}.tmp`, '内容')
    put(`.${UUID}.name`, '../空白.txt')
    await sweepDriveTemps(folder)
    expect(readdirSync(folder).sort()).toEqual(['空白.txt'])
    expect(readFileSync(join(folder, '空白.txt'), 'utf8')).toBe('')
  })
})
