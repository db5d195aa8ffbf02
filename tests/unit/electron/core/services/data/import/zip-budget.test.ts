import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { checkUnpackedSize } from '../../../../../../../electron/core/services/data/import/zip-budget'
import { STANDARD_ROWS, preview, xlsx } from './files'
import { asZip64 } from './zip64'

const TOO_BIG = '这个 Excel 文件解开后太大（超过 200 MB），不像是账目表格'

/** The standard book with `mb` megabytes of spaces inside its sheet (it packs ~1000 to 1). */
async function paddedBook(mb: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(
    await xlsx((wb) => {
      const ws = wb.addWorksheet('一季度')
      for (const row of STANDARD_ROWS) ws.addRow(row)
    }),
  )
  const name = Object.keys(zip.files).find((n) => n.endsWith('worksheets/sheet1.xml'))!
  const xml = await zip.file(name)!.async('string')
  zip.file(name, xml.replace('<sheetData>', `<sheetData>${' '.repeat(mb * 2 ** 20)}`))
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}

/** Writes `size` as the unpacked size of the sheet, in the directory and its local header. */
function claimSize(zip: Buffer, size: number): Buffer {
  const b = Buffer.from(zip)
  for (let at = 0; at + 46 < b.length; at++) {
    const sig = b.readUInt32LE(at)
    if (sig === 0x02014b50) {
      const name = b.toString('latin1', at + 46, at + 46 + b.readUInt16LE(at + 28))
      if (name.endsWith('sheet1.xml')) {
        b.writeUInt32LE(size, at + 24)
        b.writeUInt32LE(size, b.readUInt32LE(at + 42) + 22)
      }
    }
  }
  return b
}

/** The end record's counts of parts, one more than the directory holds. */
function miscount(zip: Buffer): Buffer {
  const b = Buffer.from(zip)
  const end = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  b.writeUInt16LE(b.readUInt16LE(end + 8) + 1, end + 8)
  b.writeUInt16LE(b.readUInt16LE(end + 10) + 1, end + 10)
  return b
}

describe('import: a workbook that unpacks to far more than it weighs', () => {
  it('is refused from what it claims, before anything is unpacked', async () => {
    const book = claimSize(await paddedBook(0), 300 * 2 ** 20)
    expect(book.length).toBeLessThan(20_000)
    await expect(preview(book)).rejects.toThrow(TOO_BIG)
  })

  it('is refused by what it really unpacks to, when it claims to be small', async () => {
    // 30 MB of spaces that says it is 1 KB; against a 10 MB budget, zlib stops at the cap.
    const liar = claimSize(await paddedBook(30), 1024)
    expect(liar.length).toBeLessThan(200_000)
    expect(() => checkUnpackedSize(liar, 10 * 2 ** 20)).toThrow('解开后太大')
    // Within budget the same file is not this check's business (exceljs then sees the lie).
    expect(() => checkUnpackedSize(liar, 40 * 2 ** 20)).not.toThrow()
  })

  it('lets an everyday workbook through, and an honest big one within the budget', async () => {
    const p = await preview(await paddedBook(1))
    expect(p.counts.entries).toBe(3)
  })

  it('a zip whose end record counts one part too many is still held to the budget', async () => {
    // exceljs's zip reader reads the directory until its signatures stop, whatever the count.
    const book = miscount(await paddedBook(30))
    expect((await preview(book)).counts.entries).toBe(3)
    expect(() => checkUnpackedSize(book, 10 * 2 ** 20)).toThrow('解开后太大')
  })

  it('210 MB of sheet in a small file with a miscounted directory is refused, not unpacked', async () => {
    const bomb = miscount(await paddedBook(210))
    expect(bomb.length).toBeLessThan(1_000_000)
    await expect(preview(bomb)).rejects.toThrow(TOO_BIG)
  }, 120_000)

  it('a zip this check cannot follow is refused, not left to exceljs', () => {
    const damaged = '文件无法作为 Excel 表格打开，可能已损坏或不是 .xlsx 文件'
    expect(() => checkUnpackedSize(new Uint8Array([0x50, 0x4b, 3, 4]))).toThrow(damaged)
  })
})

describe('import: a workbook saved in ZIP64 form', () => {
  const DAMAGED = '文件无法作为 Excel 表格打开，可能已损坏或不是 .xlsx 文件'

  it('comes in with the same lines as the same book saved plainly', async () => {
    const plain = await paddedBook(0)
    const book = asZip64(plain)
    // Really ZIP64: the end record's fields at their maximum, every size in the extra field.
    const end = book.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
    expect(book.readUInt32LE(end + 16)).toBe(0xffffffff)
    const [a, b] = [await preview(plain), await preview(book)]
    expect(b.counts.entries).toBe(3)
    expect(b.counts.incomeFen).toBe(a.counts.incomeFen)
    expect(b.rows.map((r) => [r.line, r.kind, r.values, r.entry])).toEqual(
      a.rows.map((r) => [r.line, r.kind, r.values, r.entry]),
    )
  })

  it('is held to the same budget, by what it really unpacks to', async () => {
    const book = asZip64(await paddedBook(30))
    expect(() => checkUnpackedSize(book, 10 * 2 ** 20)).toThrow('解开后太大')
    expect(() => checkUnpackedSize(book, 40 * 2 ** 20)).not.toThrow()
  })

  it('a size claimed in the ZIP64 field past the budget is refused before unpacking', async () => {
    const book = asZip64(await paddedBook(0))
    const at = book.indexOf(
      Buffer.from('xl/worksheets/sheet1.xml', 'latin1'),
      book.indexOf(Buffer.from([0x50, 0x4b, 1, 2])),
    )
    // The directory entry's extra field follows its name: id, length, then the unpacked size.
    book.writeBigUInt64LE(300n * 2n ** 20n, at + 'xl/worksheets/sheet1.xml'.length + 4)
    await expect(preview(book)).rejects.toThrow(TOO_BIG)
  })

  it('an end record pointing to a ZIP64 record that is not there is refused as damaged', async () => {
    const book = asZip64(await paddedBook(0))
    const locator = book.lastIndexOf(Buffer.from([0x50, 0x4b, 0x06, 0x07]))
    book.writeUInt32LE(0, locator) // no locator before the end record
    expect(() => checkUnpackedSize(book)).toThrow(DAMAGED)
    const gone = asZip64(await paddedBook(0))
    const z64 = gone.lastIndexOf(Buffer.from([0x50, 0x4b, 0x06, 0x06]))
    gone.writeUInt32LE(0, z64) // the ZIP64 end record itself wiped
    expect(() => checkUnpackedSize(gone)).toThrow(DAMAGED)
  })

  it('a maximal size with no ZIP64 extra field to read it from is refused as damaged', async () => {
    const book = asZip64(await paddedBook(0))
    const dir = book.indexOf(Buffer.from([0x50, 0x4b, 1, 2]))
    book.writeUInt16LE(0x9999, dir + 46 + book.readUInt16LE(dir + 28)) // the extra's id
    expect(() => checkUnpackedSize(book)).toThrow(DAMAGED)
  })
})
