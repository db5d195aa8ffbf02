/**
 * A second kiosk for the township specs: the demo village (one year, monthly) in this process,
 * with signing on, and the API calls that publish a month's sheet the way cadres do.
 */
import { dirname, join } from 'node:path'
import { openCore, type Core } from '../../../electron/core/core'
import { TEST_NOW } from '../hosts/types'

async function must(core: Core, method: string, input: unknown, caller: string): Promise<unknown> {
  const r = await core.invoke(method, input, caller)
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`)
  return r.data
}

/**
 * Opens the village under `root` (data/, keys/ and the outbox folder given), by `now`'s clock.
 * The folders beside `root` (the console's inbox among them) stand for plugged-in sticks, so
 * exportToUsb writes into the inbox through core's real drive rule, as a stick copied in.
 */
export function openSigningVillage(
  root: string,
  outbox: string,
  now: () => Date = () => new Date(TEST_NOW),
): Promise<Core> {
  return openCore({
    dir: join(root, 'data'),
    demo: true,
    demoYears: 1,
    now,
    signing: { keyDir: join(root, 'keys'), outbox },
    drives: { root: dirname(root), exportDir: join(root, 'export') },
  })
}

/** The clerk enters one line for `period` and submits; the 监委 signs the sheet public. */
export async function publishMonth(core: Core, period: string, summary: string): Promise<void> {
  await must(core, 'auth.login', { name: '杨雪梅', password: '111111' }, 'clerk')
  await must(core, 'auth.login', { name: '高志强', password: '222222' }, 'sup')
  await must(core, 'ledger.closePeriod', { period }, 'clerk')
  const line = {
    period,
    date: `${period}-05`,
    voucherNo: `记-${period}`,
    summary,
    category: 'expense',
    item: '管理费用',
    direction: 'expense',
    amountFen: 12_345,
  }
  await must(core, 'ledger.saveEntry', line, 'clerk')
  await must(core, 'ledger.submit', { period }, 'clerk')
  await must(core, 'ledger.publish', { period }, 'sup')
}

/** A villager asks `text` at the kiosk; the 监委 keeps it off the board for `reason`. */
export async function withholdQuestion(core: Core, text: string, reason: string): Promise<void> {
  await must(core, 'questions.submit', { type: '质询', text, name: '', phone: '' }, 'villager')
  await must(core, 'auth.login', { name: '高志强', password: '222222' }, 'sup')
  const inbox = (await must(core, 'questions.inbox', {}, 'sup')) as Array<{
    id: string
    text: string
  }>
  const q = inbox.find((x) => x.text === text)
  if (!q) throw new Error(`withholdQuestion: ${text} 不在收件箱里`)
  await must(core, 'questions.withhold', { id: q.id, reason }, 'sup')
}

/** 管理 → 导出给乡镇 as the admin does it, into `dir`; returns the village's folder there. */
export async function exportToUsb(core: Core, dir: string): Promise<string> {
  await must(core, 'auth.login', { name: '张德明', password: '333333' }, 'admin')
  const out = (await must(core, 'township.export', { dir }, 'admin')) as { dir: string }
  return out.dir
}
