/** Hostile text in ledger lines of a new period (signed and published) and in villagers' questions. */
import { api } from '../../../contract/api'
import type { Core } from '../../../electron/core/core'
import { CLERK, fitted, SIGNER, type Entered } from './hostile-api'
import type { Hostile } from './hostile-corpus'
import { taint, vocabulary } from './hostile-taint'

type R = { ok: boolean; data?: unknown; error?: { code: string; message: string } }

function judge(
  method: string,
  h: Hostile,
  valid: boolean,
  r: R,
  before: number,
  after: number,
): Entered {
  const mustRefuse = h.refuse === 'control' || !valid
  const problems: string[] = []
  if (mustRefuse && r.ok) problems.push('应当拒绝却保存了')
  if (!r.ok && !mustRefuse && h.refuse !== 'personal-number')
    problems.push(`被拒绝了：${r.error?.message}`)
  if (!r.ok && !/[\u4e00-\u9fff]/.test(r.error?.message ?? ''))
    problems.push(`拒绝的话不是中文：${r.error?.message}`)
  if (!r.ok && after !== before) problems.push(`拒绝后变更日志从 ${before} 变成 ${after}`)
  return { method, hostile: h.name, published: r.ok, problems }
}

/**
 * Opens the current period, saves one line per text, then has it signed and published; a month is
 * signed only once it has ended, which `periodEnds` moves the clock past (logging in again).
 */
export async function enterLedger(
  core: Core,
  corpus: readonly Hostile[],
  today: string,
  periodEnds: () => Promise<void>,
): Promise<Entered[]> {
  const call = (m: string, i: unknown, c: string) => core.invoke(m, i, c) as Promise<R>
  const settings = (await call('settings.get', {}, CLERK)).data as {
    periodMode: 'month' | 'quarter'
  }
  const month = Number(today.slice(5, 7))
  const period =
    settings.periodMode === 'month'
      ? today.slice(0, 7)
      : `${today.slice(0, 4)}-Q${Math.ceil(month / 3)}`
  const opened = await call('ledger.closePeriod', { period }, CLERK)
  if (!opened.ok) throw new Error(`hostile: 无法开始录入 ${period}：${opened.error?.message}`)
  const sample = core.store.all('ledger').find((e) => e.direction === 'expense')
  if (!sample) throw new Error('hostile: 演示村没有支出账目可以照着填')
  const base = {
    period,
    date: today,
    voucherNo: 'H0',
    summary: sample.summary,
    category: sample.category,
    item: sample.item,
    direction: sample.direction,
    amountFen: 12_345,
    counterparty: sample.counterparty || '某某建材店',
    handler: sample.handler || '经手人',
    attachments: [],
  }
  const vocab = vocabulary()
  const out: Entered[] = []
  for (const [i, h] of corpus.entries()) {
    const full = { ...(taint(base, () => h.text, vocab) as typeof base), voucherNo: `H${i + 1}` }
    const fit = fitted('ledger.saveEntry', full, base) as typeof full | null
    const tries = fit === full ? [full] : fit ? [full, { ...fit, voucherNo: `H${i + 1}b` }] : [full]
    for (const input of tries) {
      const valid = api['ledger.saveEntry'].input.safeParse(input).success
      const before = core.store.head().seq
      const r = await call('ledger.saveEntry', input, CLERK)
      out.push(judge('ledger.saveEntry', h, valid, r, before, core.store.head().seq))
    }
  }
  await periodEnds()
  const submitted = await call('ledger.submit', { period }, CLERK)
  const signed = submitted.ok ? await call('ledger.publish', { period }, SIGNER) : submitted
  if (!signed.ok) throw new Error(`hostile: ${period} 的账目没能公开：${signed.error?.message}`)
  return out
}

/** A villager's question with the text, from a fresh kiosk window each time. */
export async function enterQuestion(core: Core, h: Hostile, n: number): Promise<Entered> {
  const input = { type: '质询', text: h.text }
  const valid = api['questions.submit'].input.safeParse(input).success
  const before = core.store.head().seq
  const r = (await core.invoke('questions.submit', input, `hostile-villager-${n}`)) as R
  return judge('questions.submit', h, valid, r, before, core.store.head().seq)
}
