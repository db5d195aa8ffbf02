/**
 * A start that found a restore's photos still held by another program (restore-marker.ts): the
 * records are the restored ones, and the admin and the 监委 read among the system alerts how many
 * files are not in yet, why, and that closing that program and restarting finishes it.
 */
import type { StorageAlert } from '../../../../../contract'
import { HELD_WORDS } from './errors'

/** The alert for `count` attached files still in the staged folder `staging`. */
export function heldAlert(staging: string, count: number, now: Date): StorageAlert {
  const what = count > 0 ? `还有 ${count} 个照片等文件` : '还有一些文件'
  return {
    at: now.toISOString(),
    level: 'warning',
    file: staging,
    message:
      `恢复的记录已经换好，但${what}没能放进去：${HELD_WORDS}。这些文件还在电脑上，没有丢失。` +
      '请关掉占用它的程序，再重启电脑，程序打开时会把它们放好；在这之前，这些照片显示不出来',
  }
}
