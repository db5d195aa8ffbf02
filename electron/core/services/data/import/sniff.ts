/**
 * What kind of file the clerk picked, from its first bytes, so a PDF, a photo or a
 * password-protected workbook gets a plain explanation instead of a parser's stack trace.
 */
import { ApiFailure } from '../../../api/failure'
import { streamNames } from './cfb'
import { IMPORT_MAX_BYTES, IMPORT_TOO_BIG } from '../../../../../contract/schemas/data-import'

export type FileKind = 'xlsx' | 'xls' | 'text'

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v)
const ZIP = [0x50, 0x4b, 0x03, 0x04]
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const OTHER: Array<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'PDF 文件'],
  [[0x89, 0x50, 0x4e, 0x47], '图片（PNG）'],
  [[0xff, 0xd8, 0xff], '图片（JPG）'],
  [[0x47, 0x49, 0x46, 0x38], '图片（GIF）'],
  [[0x52, 0x61, 0x72, 0x21], '压缩包（RAR）'],
  [[0x37, 0x7a, 0xbc, 0xaf], '压缩包（7z）'],
  [[0x1f, 0x8b], '压缩包（gz）'],
]

/** Messages shared with the tests, which check them word for word. */
export const SNIFF_MSG = {
  empty: '文件是空的，里面没有内容',
  encrypted: '文件有密码保护，请先在 Excel 中取消密码',
  notSheet: '这不是表格文件，只能导入 Excel（.xlsx 或 .xls）或 CSV 文件',
} as const

/** The streams at the top of a compound file; none when its directory cannot be read. */
function streamsOf(b: Uint8Array): string[] {
  try {
    return streamNames(b)
  } catch {
    return []
  }
}

function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, 4096)
  const utf16 = (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)
  if (utf16) return false
  let controls = 0
  for (let i = 0; i < n; i++) {
    const c = b[i]!
    if (c === 0) return true
    if (c < 9 || (c > 13 && c < 32)) controls++
  }
  return controls > n / 100
}

/** Refuses what cannot be a spreadsheet; says whether to read it as .xlsx, .xls or CSV text. */
export function sniffFile(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) throw new ApiFailure('BAD_INPUT', SNIFF_MSG.empty)
  if (bytes.length > IMPORT_MAX_BYTES) throw new ApiFailure('BAD_INPUT', IMPORT_TOO_BIG)
  if (startsWith(bytes, ZIP)) return 'xlsx'
  if (startsWith(bytes, CFB)) {
    // Encrypted .xlsx files are compound files holding these two streams.
    const names = streamsOf(bytes)
    const encrypted = names.includes('EncryptedPackage') || names.includes('EncryptionInfo')
    if (encrypted) throw new ApiFailure('BAD_INPUT', SNIFF_MSG.encrypted)
    // Anything else in a compound file is taken as an old .xls; xls.ts says if it is not one.
    return 'xls'
  }
  for (const [sig, what] of OTHER) {
    if (startsWith(bytes, sig)) {
      throw new ApiFailure('BAD_INPUT', `这是${what}，不是表格。${SNIFF_MSG.notSheet}`)
    }
  }
  if (looksBinary(bytes)) throw new ApiFailure('BAD_INPUT', SNIFF_MSG.notSheet)
  return 'text'
}
