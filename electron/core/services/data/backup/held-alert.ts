/**
 * A start that found a restore's photos still held by another program (restore-marker.ts): the
 * records are the restored ones, and the admin and the 监委 read among the system alerts how many
 * files are not in yet, why, and that closing that program and restarting finishes it. The same
 * when the disk itself failed (`why`: EIO, ENOSPC, a read-only disk), with what to do about that.
 */
import { join } from 'node:path'
import type { StorageAlert } from '../../../../../contract'
import { diskAdvice, diskFault, HELD_WORDS } from './errors'

/** The alert for `count` attached files still in the staged folder `staging` (inside `dir`). */
export function heldAlert(
  staging: string,
  count: number,
  now: Date,
  why?: { dir: string; error: unknown },
): StorageAlert {
  const what = count > 0 ? `还有 ${count} 个照片等文件` : '还有一些文件'
  if (why) {
    return {
      at: now.toISOString(),
      level: 'warning',
      file: staging,
      message:
        `恢复没有完成：${diskFault(why.error)}。恢复的记录已经换好，不能再退回，但${what}没能放进去，` +
        `在这之前这些照片显示不出来。这些文件还在 ${join(why.dir, staging)} 文件夹里，没有丢失，请不要删除。` +
        diskAdvice(why.error, '程序打开时会再把它们放好'),
    }
  }
  return {
    at: now.toISOString(),
    level: 'warning',
    file: staging,
    message:
      `恢复的记录已经换好，但${what}没能放进去：${HELD_WORDS}。这些文件还在电脑上，没有丢失。` +
      '请关掉占用它的程序，再重启电脑，程序打开时会把它们放好；在这之前，这些照片显示不出来',
  }
}

/**
 * A start that found a restore's files in place but could not write the restore into the journal
 * (`error`: the disk full, failing, read-only): the records shown are the restored ones, and the
 * marker stays so the next start records it. `recorded`: the entry is in, only the marker could
 * not be removed (a new restore waits for that too).
 */
export function unrecordedAlert(error: unknown, recorded: boolean, now: Date): StorageAlert {
  const message = recorded
    ? `恢复已经完成，也已记进变更日志，但${diskFault(error)}，恢复留下的标记文件没能删掉，` +
      '在这之前不能再恢复备份。' +
      diskAdvice(error, '程序打开时会把它删掉')
    : `恢复已经完成，现在显示的是恢复后的数据，但${diskFault(error)}，没能记下这次恢复` +
      '（谁在什么时候用哪份备份恢复的），在记下之前不能再恢复备份。数据没有丢失。' +
      diskAdvice(error, '程序打开时会补记这次恢复，只记一次')
  return { at: now.toISOString(), level: 'warning', file: 'journal.jsonl', message }
}
