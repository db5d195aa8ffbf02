/**
 * A personal number in any text column of an imported book is refused, as the same words typed
 * in the form would be: the township's 科目 text (应收款—张三…) is kept with the line and goes
 * back out in the township export, so it is checked like 摘要 and 往来单位.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import type { Input } from '../../../../../../contract'
import type { Harness } from '../ledger-admin/harness'
import { b64, dataHarness } from './harness'
import { csvText } from './import/files'

const HEAD = ['日期', '凭证号', '摘要', '科目', '收入', '支出', '经手人']
const ID = '110101199003071234'

const file = (rows: string[][]): Input<'import.commit'> => ({
  fileName: '十月.csv',
  bytesBase64: b64(csvText(rows)),
  period: '2026-10',
})

let h: Harness
beforeEach(async () => {
  h = await dataHarness()
  await h.call('clerk', 'ledger.closePeriod', { period: '2026-10' })
})

describe('import: a personal number in a text column', () => {
  it.each([
    ['摘要', ['2026-10-08', '导-1', `收回张三借款${ID}`, '应收款', '500', '', '']],
    ['科目', ['2026-10-08', '导-1', '收回借款', `应收款—张三${ID}`, '500', '', '']],
  ])('in the %s column: nothing is imported, and the row is named', async (column, row) => {
    const before = h.store.head()
    const p = await h.call('clerk', 'import.preview', file([HEAD, row]))
    expect(p.canCommit).toBe(false)
    expect(p.rows[0]!.errors.join('')).toContain(`${column}里像是有身份证号`)
    const r = await h.invoke('clerk', 'import.commit', file([HEAD, row]))
    expect(r.ok).toBe(false)
    expect(h.store.head()).toEqual(before)
    expect(h.store.all('ledger').filter((e) => e.period === '2026-10')).toEqual([])
  })
})
