import { describe, expect, it } from 'vitest'
import { CsvTooBig, parseCsv } from '../../../../../../../electron/core/services/data/import/csv'

describe('parseCsv', () => {
  it('reads quotes, doubled quotes, CRLF and newlines inside quotes', () => {
    expect(parseCsv('日期,摘要\r\n2026-01-05,"买""纸"\n"a\nb",c\n')).toEqual([
      ['日期', '摘要'],
      ['2026-01-05', '买"纸'],
      ['a\nb', 'c'],
    ])
  })

  it('reads ="0012" (Excel’s way to keep leading zeros) as 0012', () => {
    expect(parseCsv('凭证号,摘要\r\n="0012",买纸\r\n')).toEqual([
      ['凭证号', '摘要'],
      ['0012', '买纸'],
    ])
  })

  it('a tab-separated file under a title line without tabs is still read by tabs', () => {
    expect(
      parseCsv('2026年第一季度凭证明细\n日期\t凭证号\t摘要\n2026-01-05\t记-1\t买纸,笔\n'),
    ).toEqual([
      ['2026年第一季度凭证明细'],
      ['日期', '凭证号', '摘要'],
      ['2026-01-05', '记-1', '买纸,笔'],
    ])
  })

  it('a tab-separated file whose 摘要 has commas is still read by tabs', () => {
    const text =
      '日期\t凭证号\t摘要\t科目\t收入\t支出\n' +
      '2026-01-05\t记-1\t买水泥,沙子,石子,钢筋,砖块,瓦片\t办公费\t\t100\n' +
      '2026-01-06\t记-2\t买纸\t办公费\t\t20\n'
    expect(parseCsv(text)[1]).toEqual([
      '2026-01-05',
      '记-1',
      '买水泥,沙子,石子,钢筋,砖块,瓦片',
      '办公费',
      '',
      '100',
    ])
  })

  it('keeps empty fields between others and drops those after a line’s last content', () => {
    expect(parseCsv('a,,b,,,\r\n,,,\r\n,x\r\n')).toEqual([['a', '', 'b'], [], ['', 'x']])
  })

  it('holds at most the columns a line fills, however many commas follow', () => {
    const rows = parseCsv(`a${','.repeat(1_000_000)}\n`)
    expect(rows).toEqual([['a']])
  })

  it('stops at the first line or column past its limits, before reading on', () => {
    const thrown = (text: string) => {
      try {
        parseCsv(text, { rows: 10, columns: 3 })
      } catch (e) {
        return e instanceof CsvTooBig ? e.what : e
      }
      return 'read'
    }
    // Line 21 is too wide: reaching it would say so; the rows' limit comes first.
    expect(thrown(`${'a\n'.repeat(20)}1,2,3,4\n`)).toBe('rows')
    expect(thrown(`a\n1,,,4\n${'b\n'.repeat(20)}`)).toBe('columns')
    expect(thrown(`${'a\n'.repeat(10)}1,2,3,,,,\n`)).toBe('rows')
    expect(thrown(`${'a\n'.repeat(9)}1,2,3,,,,\n`)).toBe('read')
  })
})
