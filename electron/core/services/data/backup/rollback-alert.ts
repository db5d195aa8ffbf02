/**
 * What a start that rolled back a cut-off restore could not put back, told to the admin and the
 * 监委 among the system alerts: the shell's incident log alone is read by no one at the hall.
 */
import { join } from 'node:path'
import type { StorageAlert } from '../../../../../contract'
import { diskAdvice, diskFault } from './errors'

/**
 * Names shown in the alert: one line a cadre can read, with the count; every name goes to the
 * incident log (core.ts) for the technician, since a photo folder can hold thousands.
 */
const SHOWN = 2

/** The alert for old entries (`kept`, relative paths) left in the set-aside folder `replaced`. */
export function rollbackAlert(
  dir: string,
  replaced: string,
  kept: readonly string[],
  now: Date,
): StorageAlert {
  const first = [...kept].sort().slice(0, SHOWN).join('、')
  const which = kept.length > SHOWN ? `如 ${first}` : first
  return {
    at: now.toISOString(),
    level: 'warning',
    file: replaced,
    message:
      '上一次恢复备份没有做完（可能是断了电），程序打开时已把数据退回恢复以前的样子。' +
      `有 ${kept.length} 个旧文件没能放回原处（${which}），因为数据文件夹里已经有同名的文件。` +
      `${kept.length > 1 ? '它们都' : '它'}留在 ${join(dir, replaced)} 文件夹里，没有删除任何文件，` +
      '请联系技术人员核对',
  }
}

/**
 * A start that undid a cut-off restore only part way (the disk failed: `error`): the old journal
 * is the live one, so the records shown are the ones before the restore, but some old files (the
 * photos, say) are still in the set-aside folder `replaced` until the next start moves them back.
 */
export function unfinishedAlert(
  dir: string,
  replaced: string,
  error: unknown,
  now: Date,
): StorageAlert {
  return {
    at: now.toISOString(),
    level: 'warning',
    file: replaced,
    message:
      `恢复没有完成：${diskFault(error)}，已退回恢复前的记录，现在显示的是恢复以前的数据。` +
      '但还有一些旧的照片等文件没能放回原处，暂时显示不出来；' +
      `它们还在 ${join(dir, replaced)} 文件夹里，没有丢失，请不要删除。` +
      diskAdvice(error, '程序打开时会再把它们放回去'),
  }
}
