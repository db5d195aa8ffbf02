import { describe, expect, it } from 'vitest'
import { sheetPdf } from '../../../../../electron/core/demo/sheet-pdf'
import { sniff } from '../../../../../electron/core/services/attachments/sniff'

describe('demo PDFs', () => {
  it('have the pages asked for, and every xref offset points at its object', () => {
    const bytes = sheetPdf('Sign-in sheet', 3, '会议签到表')
    expect(sniff(bytes)?.ext).toBe('pdf')
    const text = bytes.toString('latin1')
    expect(text).toContain('/Count 3')
    expect(text.match(/\/Type \/Page /g)).toHaveLength(3)
    expect(text).toContain('(Page 3 / 3)')
    // 会 议 签 到 表 as UTF-16BE for the UniGB-UCS2-H font.
    expect(text).toContain('<4f1a8bae7b7e52308868>')
    const xref = Number(/startxref\n(\d+)/.exec(text)![1])
    const offsets = text.slice(xref).match(/^\d{10} 00000 n $/gm)!
    offsets.forEach((line, i) => {
      expect(text.startsWith(`${i + 1} 0 obj\n`, Number(line.slice(0, 10)))).toBe(true)
    })
  })
})
