/**
 * A long file is read over many turns; meanwhile the kiosk and an office PC go on working.
 * What the preview allowed is checked again in the commit's own turn: an import never lands in
 * a sheet signed meanwhile, never overwrites one, and the same file from two screens goes in once.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import type { Input } from '../../../../../../contract'
import { enterMonth, type Harness } from '../ledger-admin/harness'
import { b64, dataHarness } from './harness'
import { csvText } from './import/files'

const HEAD = ['日期', '凭证号', '摘要', '科目', '收入', '支出', '经手人']

const file = (rows: string[][], period = '2026-10'): Input<'import.commit'> => ({
  fileName: '十月.csv',
  bytesBase64: b64(csvText(rows)),
  period,
})

/** 1,200 lines: read in several chunks, with turns for other calls in between. */
function bigFile(): Input<'import.commit'> {
  const rows = [HEAD]
  for (let i = 1; i <= 1_200; i++) {
    rows.push(['2026-10-08', `导-${i}`, '办公用品', '办公费', '', '1000', ''])
  }
  return file(rows)
}

/** Lets the import start reading before the other calls run. */
const started = () => new Promise((r) => setImmediate(r))

let h: Harness
beforeEach(async () => {
  h = await dataHarness()
})

describe('import.commit checks again at the commit what the preview allowed', () => {
  it('lines never land in a sheet the 监委 signed while the file was read', async () => {
    await enterMonth(h, 1)
    const work = h.invoke('clerk', 'import.commit', bigFile())
    await started()
    await h.call('clerk', 'ledger.submit', { period: '2026-10' })
    expect((await h.call('sup', 'ledger.publish', { period: '2026-10' })).status).toBe('published')
    const r = await work
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.message).toContain('没有导入任何账目，请重新导入')
    const sheet = await h.call('public', 'ledger.sheet', { period: '2026-10' })
    expect(sheet.entryCount).toBe(1)
  })

  it('a period opened and signed meanwhile is not overwritten by the blank draft the import opens', async () => {
    expect(h.store.get('sheets', '2026-10')).toBeUndefined()
    const work = h.invoke('clerk', 'import.commit', bigFile())
    await started()
    await enterMonth(h, 1)
    await h.call('clerk', 'ledger.submit', { period: '2026-10' })
    await h.call('sup', 'ledger.publish', { period: '2026-10' })
    const signed = h.store.get('sheets', '2026-10')!
    expect((await work).ok).toBe(false)
    expect(h.store.get('sheets', '2026-10')).toEqual(signed)
  })

  it('the same file committed at once from two screens goes in once', async () => {
    await h.call('clerk', 'ledger.closePeriod', { period: '2026-10' })
    const rows = [
      HEAD,
      ['2026-10-08', '导-1', '收到鱼塘承包费', '发包及上交收入', '12,000.00', '', '吴春燕'],
      ['2026/10/9', '导-2', '购买办公用品', '办公费', '', '356.50', '吴春燕'],
    ]
    const both = await Promise.all([
      h.invoke('clerk', 'import.commit', file(rows)),
      h.invoke('clerk2', 'import.commit', file(rows)),
    ])
    expect(both.filter((r) => r.ok)).toHaveLength(1)
    const drafts = await h.call('clerk', 'ledger.drafts', { period: '2026-10' })
    expect(drafts.entries.map((e) => e.voucherNo).sort()).toEqual(['导-1', '导-2'])
  })
})
