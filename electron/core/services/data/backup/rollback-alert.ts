/**
 * What a start that rolled back a cut-off restore could not put back, told to the admin and the
 * 监委 among the system alerts: the shell's incident log alone is read by no one at the hall.
 */
import { join } from 'node:path'
import type { StorageAlert } from '../../../../../contract'

/** Names listed in the alert; the rest are counted (a photo folder can hold thousands). */
const LISTED = 5

/** The alert for old entries (`kept`, relative paths) left in the set-aside folder `replaced`. */
export function rollbackAlert(
  dir: string,
  replaced: string,
  kept: readonly string[],
  now: Date,
): StorageAlert {
  const names = kept.slice(0, LISTED).join('、') + (kept.length > LISTED ? ' 等' : '')
  return {
    at: now.toISOString(),
    level: 'warning',
    file: replaced,
    message:
      '上一次恢复备份没有做完（可能是断了电），程序打开时已把数据退回恢复以前的样子。' +
      `有 ${kept.length} 个旧文件没能放回原处（数据文件夹里已经有同名的文件），` +
      `留在 ${join(dir, replaced)} 文件夹里：${names}。没有删除任何文件`,
  }
}
