/**
 * What the disk said when the console read a village's folder or wrote its archive, in the
 * words of the clerk at the console: never a system code like EIO, except, for a code no one
 * foresaw, that code in brackets for the technician the clerk calls.
 */
import { errorCode } from '../store/fs-safe'

/** Reading a village's folder, or writing that village's archive in township/archive/. */
export type DiskDoing = 'read' | 'write'

const WORDS: Record<string, Record<DiskDoing, string>> = {
  EIO: { read: '磁盘出错，可能坏了', write: '磁盘写不进去，可能坏了' },
  ENOSPC: { read: '磁盘满了', write: '磁盘满了' },
  EDQUOT: { read: '磁盘满了', write: '磁盘满了' },
  EROFS: { read: '磁盘是只读的', write: '磁盘是只读的，写不进去' },
  EACCES: { read: '没有权限', write: '没有权限' },
  EPERM: { read: '没有权限', write: '没有权限' },
  ENAMETOOLONG: { read: '文件夹名字太长', write: '文件夹名字太长' },
  // The folder was there when the inbox was listed: moved away since, or its USB drive pulled.
  ENOENT: {
    read: '文件夹不见了（被移走，或U盘被拔出）',
    write: '存档文件夹不见了（被删除，或磁盘被拔出）',
  },
  ENODEV: { read: '磁盘不见了（可能被拔出）', write: '磁盘不见了（可能被拔出）' },
  ENXIO: { read: '磁盘不见了（可能被拔出）', write: '磁盘不见了（可能被拔出）' },
  ENOTDIR: { read: '它不是文件夹，是一个文件', write: '存档文件夹的位置被一个同名的文件占了' },
  EISDIR: { read: '该是文件的地方是一个文件夹', write: '存档文件的位置被一个同名的文件夹占了' },
  EMFILE: { read: '同时打开的文件太多', write: '同时打开的文件太多' },
  ENFILE: { read: '同时打开的文件太多', write: '同时打开的文件太多' },
  EBUSY: {
    read: '文件夹正被别的程序占用（例如杀毒软件）',
    write: '文件正被别的程序占用（例如杀毒软件）',
  },
  EAGAIN: { read: '磁盘一时没有响应', write: '磁盘一时没有响应' },
  ETIMEDOUT: {
    read: '磁盘没有响应（网络盘可能断开了）',
    write: '磁盘没有响应（网络盘可能断开了）',
  },
  ELOOP: { read: '文件夹里的链接绕成了一圈', write: '存档文件夹里的链接绕成了一圈' },
}

/** A code as the system gives one (EXDEV, UNKNOWN): anything else is not shown at all. */
const CODE = /^[A-Z][A-Z0-9_]{1,31}$/

/** Why reading the village's folder, or writing its archive, failed: a plain sentence. */
export function diskWords(e: unknown, doing: DiskDoing): string {
  const code = errorCode(e)
  if (Object.hasOwn(WORDS, code)) return WORDS[code]![doing]
  if (CODE.test(code)) return `磁盘出了别的错（代码 ${code}），请技术人员查看`
  return '出了没想到的错，请技术人员查看'
}
