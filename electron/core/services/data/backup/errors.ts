/** File-system failures in the words an admin with a USB stick understands. */
import { errorCode } from '../../../store/fs-safe'

/** Why writing or reading a backup location failed. */
export function placeProblem(err: unknown): string {
  switch (errorCode(err)) {
    case 'ENOSPC':
      return 'U 盘或磁盘空间不足'
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return '没有写入权限（U 盘可能是只读的，或文件夹不允许写入）'
    case 'ENOENT':
      return '找不到这个位置（U 盘可能已经拔出）'
    case 'ENOTDIR':
      return '这个位置不是文件夹'
    case 'EISDIR':
      return '这是一个文件夹，不是备份文件'
    case 'EIO':
      return '读写出错（U 盘可能有坏块）'
    default:
      return err instanceof Error ? err.message : String(err)
  }
}
