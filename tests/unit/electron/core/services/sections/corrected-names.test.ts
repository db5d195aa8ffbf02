/**
 * 公示 names typed in full before the masking existed (or restored from an old backup) are masked
 * again on every public page. The 已更正 facts of a correction must not show them whole either:
 * else the earlier version's full name sits one tap away, beside the masked one (张*明 ↔ 张三明).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { Notice, Special } from '../../../../../../contract'
import { noticeHandlers } from '../../../../../../electron/core/services/sections/notices'
import { specialHandlers } from '../../../../../../electron/core/services/sections/specials'
import { createMemoryStore } from '../../../../../../electron/core/store/memory-store'
import { NOW, publicCtx, put } from '../fixtures'
import { gongshi, pub } from './fixtures'

// A 公示 stored before names were masked on save, and its published correction (one amount fixed).
// Both already on the board at NOW (2026-05-10): a notice before its first day is not public.
const shown = { validFrom: '2026-03-01', validTo: '2026-05-31' }
const legacy: Notice = gongshi({
  id: 'n-old',
  ...shown,
  rows: [
    { maskedName: '张三明', group: '一组', reason: '因病', amountFen: 65_000 },
    { maskedName: '李四', group: '二组', reason: '独居', amountFen: 58_000 },
  ],
  ...pub({ supersededBy: 'n-new' }),
})
const corrected: Notice = gongshi({
  id: 'n-new',
  ...shown,
  rows: [
    { maskedName: '张*明', group: '一组', reason: '因病', amountFen: 66_000 },
    { maskedName: '李*', group: '二组', reason: '独居', amountFen: 58_000 },
  ],
  ...pub({
    version: 2,
    supersedes: 'n-old',
    correctionReason: '金额有误',
    publishedAt: '2026-11-24T01:00:00.000Z',
  }),
})

// The same for a 征地补偿 disclosure.
const landOld: Special = {
  id: 's-old',
  kind: '征地补偿',
  title: '三组征地补偿公开',
  date: '2026-10-01',
  body: '',
  rows: [{ label: '王大宝', group: '三组', note: '0.8亩', amountFen: 3_200_000 }],
  ...pub({ supersededBy: 's-new' }),
}
const landNew: Special = {
  id: 's-new',
  kind: '征地补偿',
  title: '三组征地补偿公开',
  date: '2026-10-01',
  body: '',
  rows: [{ label: '王*宝', group: '三组', note: '0.8亩', amountFen: 3_300_000 }],
  ...pub({
    version: 2,
    supersedes: 's-old',
    correctionReason: '面积复核',
    publishedAt: '2026-11-24T01:00:00.000Z',
  }),
}

const store = createMemoryStore(() => NOW)
const ctx = publicCtx(store)

beforeAll(async () => {
  await put(store, 'notices', [legacy, corrected])
  await put(store, 'specials', [landOld, landNew])
})

describe('a full name stored before masking never shows on a public page', () => {
  it('(control) the earlier notice page itself masks it again', async () => {
    const old = await noticeHandlers['notices.get']({ id: 'n-old' }, ctx)
    expect(old.rows.map((r) => r.maskedName)).toEqual(['张*明', '李*'])
  })

  it("the corrected notice's 已更正 facts do not name 张三明", async () => {
    const view = await noticeHandlers['notices.get']({ id: 'n-new' }, ctx)
    expect(view.revision.correction).toBeDefined()
    expect(JSON.stringify(view)).not.toContain('张三明')
  })

  it('(control) the earlier 征地补偿 page masks 王大宝', async () => {
    const old = await specialHandlers['finance.special']({ id: 's-old' }, ctx)
    expect(old.rows.map((r) => r.label)).toEqual(['王*宝'])
  })

  it("the corrected 征地补偿's 已更正 facts do not name 王大宝", async () => {
    const view = await specialHandlers['finance.special']({ id: 's-new' }, ctx)
    expect(view.revision.correction).toBeDefined()
    expect(JSON.stringify(view)).not.toContain('王大宝')
  })
})
