import { cp } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { LedgerEntry } from '../../../../../contract'
import { subjectOf } from '../../../../../electron/core/services/data/export/township'
import { townshipOverview } from '../../../../../electron/core/township/console'
import { publishMonth, signingVillage, type SigningVillage } from './village'

let v: SigningVillage | null = null
afterEach(async () => {
  await v?.close()
  v = null
})

describe('管理费用占比 on the township console', () => {
  it('counts 干部报酬 and 办公费, which the kiosk itself books under 管理费用', async () => {
    v = await signingVillage()
    // The same ¥1,000 of running the village office, booked under the three items a clerk can pick.
    await publishMonth(v.core, '2026-10', {
      summary: '十月干部误工补贴',
      item: '干部报酬',
      amountFen: 60_000,
    })
    v.setNow('2026-12-02T02:00:00.000Z') // November is signed once it has ended
    await publishMonth(v.core, '2026-11', {
      summary: '十一月打印纸',
      item: '办公费',
      amountFen: 30_000,
    })
    const inbox = join(v.root, 'inbox')
    await cp(v.outbox, join(inbox, 'v'), { recursive: true })
    const [row] = (
      await townshipOverview(inbox, join(v.root, 'state'), new Date('2026-12-03T02:00:00.000Z'))
    ).villages
    // What the kiosk's own export to the township's books files under 管理费用 (管理费用—干部报酬 …).
    const lines = v.core.store
      .all('ledger')
      .filter((e: LedgerEntry) => e.period === '2026-10' || e.period === '2026-11')
    const management = lines
      .filter((e) => e.direction === 'expense' && subjectOf(e).startsWith('管理费用'))
      .reduce((n, e) => n + e.amountFen, 0)
    expect(management).toBe(90_000)
    expect(row).toMatchObject({ ok: true, expenseFen: 90_000, managementFen: management })
  })
})
