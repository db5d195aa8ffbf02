/**
 * A start that rolls back a restore cut off by a power cut, and finds the data folder has one of
 * the old entries again (a photo saved during the swap): the old one is kept in the set-aside
 * folder. The admin and the 监委 read that among the system alerts, with where it is and that
 * nothing was deleted; not only the shell's incident log.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { MARKER } from '../../../../../../../electron/core/services/data/backup/restore-marker'
import { staffedCore, type TestCore } from '../../auth/helpers'

let t: TestCore
afterEach(async () => t?.close())

it('lists what was kept, where, and that nothing was deleted', async () => {
  t = await staffedCore()
  await t.core.close()
  const s = '20261125-093000'
  const replaced = join(t.dir, `replaced-${s}`)
  await mkdir(join(replaced, 'attachments'), { recursive: true })
  await writeFile(join(replaced, 'attachments', 'a1.png'), 'OLD PHOTO')
  await mkdir(join(t.dir, 'attachments'), { recursive: true })
  await writeFile(join(t.dir, 'attachments', 'a1.png'), 'PHOTO SAVED DURING THE SWAP')
  await mkdir(join(t.dir, `.restore-${s}`))
  await writeFile(join(t.dir, `.restore-${s}`, 'journal.jsonl'), 'new journal\n')
  const marker = { id: s, staging: `.restore-${s}`, replaced: `replaced-${s}`, actor: null }
  await writeFile(join(t.dir, MARKER), JSON.stringify({ ...marker, record: {} }))

  await t.reopen()
  expect(await readFile(join(replaced, 'attachments', 'a1.png'), 'utf8')).toBe('OLD PHOTO')
  await t.ok('auth.login', { name: '陈立平', password: '528406' }, '监委')
  const alerts = await t.ok('system.alerts', {}, '监委')
  expect(alerts).toContainEqual({
    at: '2026-11-25T01:30:00.000Z',
    level: 'warning',
    file: `replaced-${s}`,
    message:
      '上一次恢复备份没有做完（可能是断了电），程序打开时已把数据退回恢复以前的样子。' +
      '有 1 个旧文件没能放回原处（attachments/a1.png），因为数据文件夹里已经有同名的文件。' +
      `它留在 ${replaced} 文件夹里，没有删除任何文件，请联系技术人员核对`,
  })
})
