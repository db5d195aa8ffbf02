/** A one-year demo village with signing on, and the clicks that publish a month's sheet. */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openCore, type Core } from '../../../../../electron/core/core'

export interface SigningVillage {
  core: Core
  root: string
  dataDir: string
  keyDir: string
  outbox: string
  /** Its stand-in USB sticks: each subfolder made here is a plugged-in drive. */
  drives: string
  setNow(iso: string): void
  close(): Promise<void>
}

/** Opens the demo village (one year, months) at 2026-11-25 with an outbox and drives beside it. */
export async function signingVillage(root?: string): Promise<SigningVillage> {
  const base = root ?? (await mkdtemp(join(tmpdir(), 'township-')))
  let now = Date.parse('2026-11-25T01:30:00.000Z')
  const v = {
    root: base,
    dataDir: join(base, 'data'),
    keyDir: join(base, 'keys'),
    outbox: join(base, 'outbox'),
    drives: join(base, 'drives'),
  }
  const core = await openCore({
    dir: v.dataDir,
    demo: true,
    demoYears: 1,
    now: () => new Date(now),
    signing: { keyDir: v.keyDir, outbox: v.outbox },
    drives: { root: v.drives, exportDir: join(base, 'export') },
  })
  return {
    ...v,
    core,
    setNow: (iso) => void (now = Date.parse(iso)),
    async close() {
      await core.close()
      if (!root) await rm(base, { recursive: true, force: true })
    },
  }
}

async function must(core: Core, method: string, input: unknown, caller: string): Promise<unknown> {
  const r = await core.invoke(method, input, caller)
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`)
  return r.data
}

/** The clerk enters one line for `period` and submits; the 监委 signs it public. */
export async function publishMonth(
  core: Core,
  period: string,
  line: { summary: string; item?: string; amountFen?: number },
): Promise<void> {
  await must(core, 'auth.login', { name: '杨雪梅', password: '111111' }, 'clerk')
  await must(core, 'auth.login', { name: '高志强', password: '222222' }, 'sup')
  await must(core, 'ledger.closePeriod', { period }, 'clerk')
  await must(
    core,
    'ledger.saveEntry',
    {
      period,
      date: `${period}-05`,
      voucherNo: `记-${period}`,
      summary: line.summary,
      category: 'expense',
      item: line.item ?? '管理费用',
      direction: 'expense',
      amountFen: line.amountFen ?? 12_345,
    },
    'clerk',
  )
  await must(core, 'ledger.submit', { period }, 'clerk')
  await must(core, 'ledger.publish', { period }, 'sup')
}

/** The demo village with two sheets published: 2026-10 (¥300 office supplies), 2026-11 (¥700 power). */
export async function twoMonthsPublished(): Promise<SigningVillage> {
  const v = await signingVillage()
  await publishMonth(v.core, '2026-10', { summary: '十月办公用品', amountFen: 30_000 })
  v.setNow('2026-12-02T02:00:00.000Z')
  await publishMonth(v.core, '2026-11', { summary: '十一月电费', amountFen: 70_000 })
  return v
}
