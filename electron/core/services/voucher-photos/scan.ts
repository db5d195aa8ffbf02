/**
 * Looks at every file of a picked folder and says what it is: a photo matched to a line, a
 * photo for the clerk to assign, or a file refused with its reason (HEIC, not a photo, too big,
 * a personal number in its name). Reads each file's first 64 KB, all of it only when the
 * picture's size comes later.
 */
import { open, readFile } from 'node:fs/promises'
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_MSG,
  HEIC_REFUSAL,
  largestPixels,
  PERSONAL_NAME_REFUSAL,
  tooManyPixels,
  type DriveEntry,
  type RefusedPhoto,
  type VoucherLine,
  type VoucherPhoto,
} from '../../../../contract'
import { pdfRefusal } from '../attachments/pdf-numbers'
import { sniff } from '../attachments/sniff'
import { maskPersonalNumbers } from '../questions/mask-numbers'
import { findPersonalNumber } from '../records/personal-numbers'
import { keyOfFileName, matchLine } from './match'

const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'mif1', 'msf1', 'heim', 'heis'])

/** True for an iPhone HEIC/HEIF photo, by its `ftyp` brand (whatever it is called). */
export function isHeic(head: Uint8Array): boolean {
  const ascii = (a: number, b: number) => String.fromCharCode(...head.subarray(a, b))
  return head.length >= 12 && ascii(4, 8) === 'ftyp' && HEIC_BRANDS.has(ascii(8, 12))
}

async function headOf(path: string, bytes = 64 * 1024): Promise<Uint8Array> {
  const handle = await open(path, 'r')
  try {
    const buf = Buffer.alloc(bytes)
    const { bytesRead } = await handle.read(buf, 0, bytes, 0)
    return buf.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/**
 * The file's first 64 KB, or the whole file when its picture's size is not in them (a phone's EXIF
 * and maker notes can come first): preview must refuse what 全部添加 will, not pass it as fine.
 */
async function sizedHead(path: string, bytes: number): Promise<Uint8Array> {
  if (bytes === 0) return new Uint8Array()
  const head = await headOf(path).catch(() => new Uint8Array())
  const unsized = head.length < bytes && bytes <= ATTACHMENT_MAX_BYTES && sniff(head)
  if (!unsized || largestPixels(head) !== null) return head
  return headOf(path, bytes).catch(() => head)
}

/** Why a file cannot be a voucher photo, or null when it can; the same at preview and commit. */
export function refusalOf(name: string, bytes: number, head: Uint8Array): string | null {
  if (findPersonalNumber(name)) return PERSONAL_NAME_REFUSAL
  if (/\.hei[cf]$/i.test(name) || isHeic(head)) return HEIC_REFUSAL
  if (bytes === 0) return ATTACHMENT_MSG.empty
  if (bytes > ATTACHMENT_MAX_BYTES) return ATTACHMENT_MSG.tooBig
  if (!sniff(head)) return ATTACHMENT_MSG.type
  if (tooManyPixels(head)) return ATTACHMENT_MSG.pixels
  return null
}

/**
 * Why a file read whole cannot be added, or null: refusalOf, then for a typed PDF a personal
 * number in its text (the same at preview and at commit).
 */
export async function wholeRefusal(name: string, bytes: Uint8Array): Promise<string | null> {
  const reason = refusalOf(name, bytes.length, bytes)
  if (reason || sniff(bytes)?.ext !== 'pdf') return reason
  return pdfRefusal(bytes)
}

/** A file name fit to show: any personal number masked. */
export const shownName = (name: string): string => maskPersonalNumbers(name).text

/** The folder's files sorted into matched, unmatched and refused. */
export async function scanFolder(
  files: DriveEntry[],
  lines: VoucherLine[],
): Promise<{ photos: VoucherPhoto[]; refused: RefusedPhoto[] }> {
  const photos: VoucherPhoto[] = []
  const refused: RefusedPhoto[] = []
  for (const f of files) {
    if (f.kind === 'folder') continue
    const head = await sizedHead(f.path, f.bytes)
    let reason = refusalOf(f.name, f.bytes, head)
    // A PDF's text is read whole, as 全部添加 will (files are at most 10 MB).
    if (!reason && sniff(head)?.ext === 'pdf') {
      reason = await wholeRefusal(f.name, await readFile(f.path).catch(() => head))
    }
    const name = shownName(f.name)
    if (reason) {
      refused.push({ name, reason })
      continue
    }
    const key = keyOfFileName(f.name)
    const line = key ? matchLine(key, lines) : null
    const how = line && key ? key.kind : null
    photos.push({ path: f.path, name, bytes: f.bytes, entryId: line?.id ?? null, how })
  }
  return { photos, refused }
}
