/**
 * Every change is stamped with the time it was made. With the clock set back (by hand, or a flat
 * motherboard battery after a power cut) a new record would land before older ones: a 公示
 * signed under a clock set back a week would look as if it had been up that week. Saves stop,
 * in plain words, until the clock is right again; what is stored is untouched and still shown.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openStore } from '../../../../../electron/core/store'
import { project } from './changes'
import { CLERK, SUP, harness } from '../services/records/harness'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-clock-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** A moment on the village's clock (China time, UTC+8), as the messages show it. */
const at = (day: number, h: number, m = 0) => new Date(Date.UTC(2026, 10, day, h - 8, m))
const GONGSHI = {
  kind: 'gongshi',
  title: '2026年第四季度低保新增对象公示',
  body: '经本人申请、入户调查和村民代表评议，拟新增以下对象。',
  validFrom: '2026-11-28',
  validTo: '2026-12-04',
  objection: '如有异议，请在公示期内到村部二楼监委会办公室反映。',
  rows: [{ maskedName: '张三明', group: '三组', reason: '因病丧失劳动能力', amountFen: 65_000 }],
} as const
const lines = async () => (await readFile(join(dir, 'journal.jsonl'), 'utf8')).trim().split('\n')

describe('a clock behind the last saved change', () => {
  it('stops saves on disk, also after a restart, and lets them go on once the clock is right', async () => {
    let now = at(28, 9, 30)
    const s = await openStore({ dir, now: () => now })
    await s.commit(project('p1', '修路'))
    // Within the hour's slack (a fast clock corrected): saved, stamped as the clock says.
    now = at(28, 8, 45)
    await s.commit(project('p2', '打井'))
    now = at(21, 9, 30)
    await expect(s.commit(project('p3', '路灯'))).rejects.toThrow(
      '这台电脑现在的时间（2026年11月21日 09:30）比上一次保存的时间（2026年11月28日 08:45）还早',
    )
    expect(s.get('projects', 'p3')).toBeUndefined()
    await s.close()
    expect(await lines()).toHaveLength(2)

    // Started again with the battery still flat: the journal's last line says when that was.
    const again = await openStore({ dir, now: () => now })
    await expect(again.commit(project('p3', '路灯'))).rejects.toThrow('还早')
    expect(again.get('projects', 'p1')).toMatchObject({ name: '修路' })
    now = at(28, 10)
    await again.commit(project('p3', '路灯'))
    await again.close()
    expect(await lines()).toHaveLength(3)
  })

  it('a 监委 signing under a clock set back gets the plain words, and nothing is published', async () => {
    const h = harness(at(28, 9, 30).toISOString())
    const n = await h.ok('clerk', 'notices.save', { ...GONGSHI, rows: [...GONGSHI.rows] })
    await h.ok('clerk', 'notices.submit', { id: n.id })
    h.tick(-7 * 86_400_000)
    h.sessions.start('clerk', CLERK, 'clerk')
    h.sessions.start('sup', SUP, 'supervisor')
    const e = await h.refused('sup', 'notices.publish', { id: n.id }, 'STORAGE')
    expect(e.message).toBe(
      '这台电脑现在的时间（2026年11月21日 09:30）比上一次保存的时间（2026年11月28日 09:30）还早，' +
        '可能是时间被调过，或者主板电池没电了。为了不让记录的先后颠倒，现在不能保存；' +
        '请把电脑的日期和时间调对后再保存，已有的记录没有改动；' +
        '如果电脑现在的时间是对的，请管理员登录后在管理首页确认',
    )
    expect(h.store.get('notices', n.id)?.status).toBe('submitted')
    expect(JSON.stringify(await h.ok('kiosk', 'notices.list', {}))).not.toContain(n.id)
  })
})
