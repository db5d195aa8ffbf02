import type { Kiosk } from '../fixtures'
import { as, shot } from './records'
import type { Shot } from './types'

/** A ledger correction the 监委 sent back, for the clerk's line screen. */
async function returnedCorrection(k: Kiosk): Promise<string> {
  const [period] = await k.call('ledger.periods', {})
  const sheet = await k.call('ledger.sheet', { period: period?.key ?? '' })
  const line = sheet.entries.find((e) => e.direction === 'expense' && !e.correction)
  if (!period || !line) return ''
  await as(k, 'clerk')
  const full = (await k.call('ledger.drafts', { period: period.key })).entries.find(
    (e) => e.id === line.id,
  )
  if (!full) return ''
  const c = await k.call('ledger.correct', {
    period: full.period,
    date: full.date,
    voucherNo: full.voucherNo,
    summary: full.summary,
    category: full.category,
    item: full.item,
    direction: full.direction,
    amountFen: full.amountFen + 100,
    counterparty: full.counterparty,
    handler: full.handler,
    attachments: full.attachments,
    ...(full.projectId ? { projectId: full.projectId } : {}),
    id: full.id,
    reason: '发票金额看错了一位',
  })
  await as(k, 'supervisor')
  await k.call('ledger.returnCorrection', {
    id: c.id,
    comment: '请对照原始发票，金额应为发票上的合计数',
  })
  return `${period.key}/entry/${c.id}`
}

/** A ledger correction sent back: the clerk's line with the comment, the 监委's 退回 box. */
export const ledgerReturnShots: Shot[] = [
  shot(
    'ledger-correction-returned',
    'clerk',
    (path) => `/admin/ledger/${path}`,
    '[data-testid=entry-return-comment]',
    returnedCorrection,
  ),
  shot(
    'ledger-corrections-return-box',
    'supervisor',
    () => '/admin/ledger/corrections',
    '[data-testid=correction-return-box]',
    async (k) => {
      const path = await returnedCorrection(k)
      // Files it again so it waits for the 监委, who then opens the 退回 box.
      const [period, , id] = path.split('/')
      await as(k, 'clerk')
      const c = (await k.call('ledger.drafts', { period: period ?? '' })).entries.find(
        (e) => e.id === id,
      )
      if (c)
        await k.call('ledger.reviseCorrection', {
          period: c.period,
          date: c.date,
          voucherNo: c.voucherNo,
          summary: c.summary,
          category: c.category,
          item: c.item,
          direction: c.direction,
          amountFen: c.amountFen + 150,
          counterparty: c.counterparty,
          handler: c.handler,
          attachments: c.attachments,
          ...(c.projectId ? { projectId: c.projectId } : {}),
          id: c.id,
          reason: '发票金额看错了，以发票合计数为准',
        })
      return ''
    },
    async (k) => {
      await k.page.getByTestId('correction-return').first().click()
    },
  ),
]
