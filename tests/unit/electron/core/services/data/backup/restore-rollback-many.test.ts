/**
 * A start that rolls back a cut-off restore (or finishes undoing one the disk stopped part way)
 * can find many old files it cannot put back: the data folder has them again (documents the
 * store wrote from the journal meanwhile, photos saved again). The 存储提醒 says it in one line,
 * with the count and a name or two, where they are and whom to call; the whole list goes to the
 * incident log for the technician, not into what the cadre reads.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { openCore } from '../../../../../../../electron/core/core'
import { MARKER } from '../../../../../../../electron/core/services/data/backup/restore-marker'
import { staffedCore, START, type TestCore } from '../../auth/helpers'

let t: TestCore
afterEach(async () => t?.close())

it('says twenty kept files in one line, and logs every name', async () => {
  t = await staffedCore()
  await t.core.close()
  const s = '20261125-093000'
  const replaced = join(t.dir, `replaced-${s}`)
  await mkdir(join(replaced, 'attachments'), { recursive: true })
  await mkdir(join(t.dir, 'attachments'), { recursive: true })
  const names = Array.from({ length: 20 }, (_, i) => `p${String(i + 1).padStart(2, '0')}.png`)
  for (const n of names) {
    await writeFile(join(replaced, 'attachments', n), `OLD ${n}`)
    await writeFile(join(t.dir, 'attachments', n), `SAVED AGAIN ${n}`)
  }
  await mkdir(join(t.dir, `.restore-${s}`))
  await writeFile(join(t.dir, `.restore-${s}`, 'journal.jsonl'), 'new journal\n')
  const marker = { id: s, staging: `.restore-${s}`, replaced: `replaced-${s}`, actor: null }
  await writeFile(join(t.dir, MARKER), JSON.stringify({ ...marker, record: {} }))

  const logged: [string, unknown][] = []
  const core = await openCore({
    dir: t.dir,
    now: () => new Date(START),
    log: (message, error) => logged.push([message, error]),
  })
  try {
    const login = await core.invoke('auth.login', { name: '陈立平', password: '528406' }, '监委')
    expect(login.ok).toBe(true)
    const alerts = await core.invoke('system.alerts', {}, '监委')
    const messages = alerts.ok ? (alerts.data as { message: string }[]).map((a) => a.message) : []
    const said = messages.filter((m) => m.includes('没能放回原处'))
    expect(said).toHaveLength(1)
    const line = said[0]!
    expect(line.split('没能放回原处')).toHaveLength(2)
    expect(line).toContain('有 20 个旧文件没能放回原处（如 ')
    expect(line.match(/p\d\d\.png/g)?.length).toBeLessThanOrEqual(2)
    expect(line).toContain(replaced)
    expect(line).toContain('没有删除任何文件')
    expect(line).toContain('请联系技术人员')
    // Every name is in the incident log.
    const listed = logged.flatMap(([, e]) => (Array.isArray(e) ? (e as string[]) : []))
    expect(listed.sort()).toEqual(names.map((n) => `attachments/${n}`))
  } finally {
    await core.close()
  }
  // Nothing was deleted: every old file is still set aside.
  for (const n of names) {
    expect(await readFile(join(replaced, 'attachments', n), 'utf8')).toBe(`OLD ${n}`)
  }
})
