/**
 * Getting the ledger into a given state for specs and screenshots: each role logs in on the
 * real PIN pad, then the steps go through the same API the screens use.
 */
import type { Input } from '../../../contract'
import type { Kiosk } from '../fixtures'
import { LoginPage } from '../pages/login'

export const PINS = { clerk: '111111', supervisor: '222222', admin: '333333' } as const
export type Role = keyof typeof PINS

/** Logs in on the 管理 PIN pad as the demo account of a role; returns the person's name. */
export async function loginUi(kiosk: Kiosk, role: Role): Promise<string> {
  await kiosk.open('/login')
  const name = await new LoginPage(kiosk.page).loginAs(role, PINS[role])
  await kiosk.page.getByTestId('admin-shell').waitFor()
  return name
}

/** October 2026 as the spec and the screenshots enter it (amounts in fen). */
export const OCTOBER = '2026-10'
export type Line = Omit<Input<'ledger.saveEntry'>, 'period' | 'voucherNo'>
export const OCTOBER_LINES: Line[] = [
  {
    date: '2026-10-08',
    summary: '收到镇财政村级转移支付',
    category: 'income',
    item: '补助收入',
    direction: 'income',
    amountFen: 5_200_000,
    counterparty: '东台市财政局',
  },
  {
    date: '2026-10-12',
    summary: '购买办公用品',
    category: 'expense',
    item: '办公费',
    direction: 'expense',
    amountFen: 123_450,
    counterparty: '东台市文具店',
  },
  {
    date: '2026-10-20',
    summary: '三组道路坑洼修补',
    category: 'expense',
    item: '公益事业支出',
    direction: 'expense',
    amountFen: 6_000_000,
    counterparty: '东台市路桥工程队',
  },
  {
    date: '2026-10-25',
    summary: '10月村干部报酬',
    category: 'expense',
    item: '干部报酬',
    direction: 'expense',
    amountFen: 1_860_000,
  },
]

/** The voucher number of the n-th line (1-based). */
export const voucherOf = (n: number) => `记-2026-10-${String(n).padStart(3, '0')}`

/** How far October has got. */
export type Stage = 'draft' | 'submitted' | 'returned' | 'published' | 'correcting' | 'corrected'

/**
 * Brings October to `stage` and logs out; returns the line ids and the correction's, if any.
 * `lines` replaces October's usual lines (the correction stages expect those usual four).
 */
export async function seedOctober(
  kiosk: Kiosk,
  stage: Stage,
  lines: readonly Line[] = OCTOBER_LINES,
): Promise<{ ids: string[]; correctionId?: string }> {
  await loginUi(kiosk, 'clerk')
  await kiosk.call('ledger.closePeriod', { period: OCTOBER })
  const ids: string[] = []
  for (const [i, l] of lines.entries()) {
    const input = { ...l, voucherNo: voucherOf(i + 1), period: OCTOBER }
    ids.push((await kiosk.call('ledger.saveEntry', input)).id)
  }
  if (stage === 'draft') return done(kiosk, { ids })
  await kiosk.call('ledger.submit', { period: OCTOBER })
  if (stage === 'submitted') return done(kiosk, { ids })
  await kiosk.call('auth.logout', {})
  await loginUi(kiosk, 'supervisor')
  if (stage === 'returned') {
    const comment = '第2笔办公用品金额与发票不符，发票是1243.50元，请核对'
    await kiosk.call('ledger.return', { period: OCTOBER, comment, entryIds: [ids[1]!] })
    return done(kiosk, { ids })
  }
  await kiosk.call('ledger.publish', { period: OCTOBER })
  if (stage === 'published') return done(kiosk, { ids })
  await kiosk.call('auth.logout', {})
  await loginUi(kiosk, 'clerk')
  const wages = { ...OCTOBER_LINES[3]!, voucherNo: voucherOf(4), period: OCTOBER }
  const correction = await kiosk.call('ledger.correct', {
    ...wages,
    id: ids[3]!,
    amountFen: 1_800_000,
    reason: '报酬按镇里新标准核定，多录了600元',
  })
  if (stage === 'correcting') return done(kiosk, { ids, correctionId: correction.id })
  await kiosk.call('auth.logout', {})
  await loginUi(kiosk, 'supervisor')
  await kiosk.call('ledger.publishCorrection', { id: correction.id })
  return done(kiosk, { ids, correctionId: correction.id })
}

/**
 * Corrects the n-th line of a published October to 0元 (a payment entered twice), signed by the
 * 监委; returns the correction's id. Logs out.
 */
export async function voidLine(
  kiosk: Kiosk,
  ids: string[],
  n: number,
  reason: string,
  original = { ...OCTOBER_LINES[n - 1]!, voucherNo: voucherOf(n), period: OCTOBER },
) {
  await loginUi(kiosk, 'clerk')
  const c = await kiosk.call('ledger.correct', {
    ...original,
    id: ids[n - 1]!,
    amountFen: 0,
    reason,
  })
  await kiosk.call('auth.logout', {})
  await loginUi(kiosk, 'supervisor')
  await kiosk.call('ledger.publishCorrection', { id: c.id })
  return done(kiosk, c.id)
}

async function done<T>(kiosk: Kiosk, out: T): Promise<T> {
  await kiosk.call('auth.logout', {})
  return out
}
