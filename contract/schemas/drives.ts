/**
 * The in-app file browser: USB drives and the fixed export folder, browsed and read by core so
 * no screen ever opens the operating system's own file dialog (a way out of the kiosk).
 */
import { z } from 'zod'

/** The largest file the browser hands to a screen (a photo or a spreadsheet), in bytes. */
export const DRIVE_READ_MAX_BYTES = 10 * 1024 * 1024
/** The largest file a screen may save onto a drive (a backup archive goes through core itself). */
export const DRIVE_WRITE_MAX_BYTES = 40 * 1024 * 1024

/** Chinese refusals of the browser, shared by core and the screens. */
export const DRIVE_MSG = {
  outside: '只能打开U盘和导出文件夹里的文件',
  /** A door that writes (a backup, 导出给乡镇) was given a folder off every drive. */
  saveOutside: '只能存到U盘（或本机导出文件夹）里的文件夹，请点“从U盘选择文件夹”重新选',
  gone: '找不到这个文件或文件夹，U盘可能已拔出，请重新插好再选',
  /** The folder picked for a backup or 导出给乡镇 went (deleted, or its stick pulled) before saving. */
  saveGone: '选好的文件夹已经不在了（被删掉，或U盘被拔出），请插好U盘，点“从U盘选择文件夹”重新选',
  tooBig: '文件太大了（最大 10 MB），请换一个文件',
  notFile: '这不是一个文件，请重新选择',
  notFolder: '这不是一个文件夹，请重新选择',
  unreadable: '这个文件夹打不开，请换一个文件夹',
  badName: '文件名不对，请换一个名字',
  tooManyCopies: '这个文件夹里同名的文件已经有 999 个了，请删掉旧的或换一个文件夹再保存',
  writeFailed: '保存失败：U盘可能已拔出或写满了，请检查后再试',
} as const

const AbsPath = z.string().min(1).max(4096)

/** A character Windows or FAT32 refuses in a file name (or a control character). */
const unsafeInName = (c: string): boolean => '/\\:*?"<>|'.includes(c) || c.charCodeAt(0) < 32

/**
 * A village's name made fit for a file or folder name on any USB stick: characters Windows or
 * FAT32 refuse (and control characters) become '-', and no leading dot ('..' cannot climb out).
 */
export function fileSafe(name: string): string {
  const out = [...name]
    .map((c) => (unsafeInName(c) ? '-' : c))
    .join('')
    .replace(/^\.+/, '')
  return out || '本村'
}

/**
 * A Windows device name, with or without an extension (con.txt is the console too). The shell's
 * app:// serving keeps its own copy (electron/main/static-files.ts): main must not load zod.
 */
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\..*)?$/i

/**
 * A safe file name to create: no folders, no control characters, nothing hidden; not a Windows
 * device (NUL.csv would swallow the export, COM1.xlsx hang the save) and no trailing dot or
 * space, which Windows drops, so the file would not be the one the clerk was told of.
 */
export const DriveFileName = z
  .string()
  .min(1)
  .max(200)
  .refine(
    (n) =>
      ![...n].some(unsafeInName) && n[0] !== '.' && !WINDOWS_DEVICE.test(n) && !/[. ]$/.test(n),
    DRIVE_MSG.badName,
  )

export const DriveBrowseInput = z.object({ path: AbsPath }).strict()
export const DriveReadInput = z.object({ path: AbsPath }).strict()
export const DriveWriteInput = z
  .object({
    folder: AbsPath,
    fileName: DriveFileName,
    bytesBase64: z.string().max(Math.ceil(DRIVE_WRITE_MAX_BYTES / 3) * 4 + 8, DRIVE_MSG.tooBig),
  })
  .strict()

/** One place to browse: a plugged-in USB drive or this machine's export folder. */
export interface Drive {
  path: string
  label: string
  kind: 'usb' | 'export'
}

/** What the browser shows for a row; the kind picks the icon. */
export type DriveEntryKind = 'folder' | 'image' | 'heic' | 'pdf' | 'sheet' | 'backup' | 'other'

export interface DriveEntry {
  name: string
  path: string
  kind: DriveEntryKind
  bytes: number
}

/** One folder's rows, folders first; `parent` is null at the top of a drive. */
export interface DriveFolder {
  path: string
  /** The drive's label and the folders below it, for the 位置 line. */
  trail: string[]
  parent: string | null
  entries: DriveEntry[]
  /** More rows than are shown (a folder with thousands of files). */
  more: number
}

/** A picked file's bytes, as an <input type=file> would have given them. */
export interface DriveFile {
  name: string
  bytes: number
  bytesBase64: string
}
