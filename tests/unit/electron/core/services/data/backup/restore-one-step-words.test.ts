/**
 * A restore's start alerts and its failed rollback say one next step: a failure the words have no
 * name for is said with its code, and then what to do about the disk, not "请重试或联系技术人员"
 * in the middle of the sentence and "请重启电脑…" at its end.
 */
import { expect, it } from 'vitest'
import {
  heldAlert,
  unfinishedAlert,
  unrecordedAlert,
} from '../../../../../../../electron/core/services/data'

const NOW = new Date('2026-12-07T02:00:00Z')
const exdev = Object.assign(new Error('EXDEV: cross-device link not permitted, rename'), {
  code: 'EXDEV',
})
const RESTART = '请重启电脑，'
const THEN_CALL = '；重启以后还是这样，请联系技术人员检查硬盘'

it('a restore not recorded for an unfamiliar failure: the code, then one step', () => {
  expect(unrecordedAlert(exdev, false, NOW).message).toBe(
    '恢复已经完成，现在显示的是恢复后的数据，但文件操作没有成功（代码 EXDEV），没能记下这次恢复' +
      '（谁在什么时候用哪份备份恢复的），在记下之前不能再恢复备份。数据没有丢失。' +
      `${RESTART}程序打开时会补记这次恢复，只记一次${THEN_CALL}`,
  )
  expect(unrecordedAlert(exdev, true, NOW).message).toBe(
    '恢复已经完成，也已记进变更日志，但文件操作没有成功（代码 EXDEV），恢复留下的标记文件没能删掉，' +
      `在这之前不能再恢复备份。${RESTART}程序打开时会把它删掉${THEN_CALL}`,
  )
})

it('a rollback or a move-in cut by an unfamiliar failure: the code, then one step', () => {
  expect(unfinishedAlert('/data', 'replaced-1', exdev, NOW).message).toBe(
    '恢复没有完成：文件操作没有成功（代码 EXDEV），已退回恢复前的记录，现在显示的是恢复以前的数据。' +
      '但还有一些旧的照片等文件没能放回原处，暂时显示不出来；' +
      '它们还在 /data/replaced-1 文件夹里，没有丢失，请不要删除。' +
      `${RESTART}程序打开时会再把它们放回去${THEN_CALL}`,
  )
  expect(heldAlert('.restore-1', 3, NOW, { dir: '/data', error: exdev }).message).toBe(
    '恢复没有完成：文件操作没有成功（代码 EXDEV）。恢复的记录已经换好，不能再退回，' +
      '但还有 3 个照片等文件没能放进去，在这之前这些照片显示不出来。' +
      '这些文件还在 /data/.restore-1 文件夹里，没有丢失，请不要删除。' +
      `${RESTART}程序打开时会再把它们放好${THEN_CALL}`,
  )
})
