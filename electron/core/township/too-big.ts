/**
 * A village's own console files left unread for their size (see read-capped.ts), said on its
 * row in the 乡镇汇总 console, so the clerk knows what the console cannot do for it and calls
 * someone to look.
 */
import type { TownshipProblem } from '../../../contract'
import { ARCHIVE_MAX_BYTES, archiveFileOf } from './archive'
import { DAYS_MAX_BYTES, daysFileOf } from './arrivals'
import type { FolderCheck } from './inbox'
import { isOver } from './read-capped'

const MB = (bytes: number) => `${bytes / 1024 / 1024} MB`

/** The problems for the village's archive or day file over its cap (none: neither is). */
export async function tooBig(stateDir: string, check: FolderCheck): Promise<TownshipProblem[]> {
  const { folder, name } = check
  const said = (message: string) => ({
    village: name,
    folder,
    kind: 'record' as const,
    seq: null,
    message,
  })
  const out: TownshipProblem[] = []
  if (await isOver(archiveFileOf(stateDir, folder), ARCHIVE_MAX_BYTES))
    out.push(
      said(
        `乡镇这边这个村的存档（township/archive/${folder}.jsonl）太大了（超过 ${MB(ARCHIVE_MAX_BYTES)}），没有读取：` +
          '文件夹里的包被换掉或删掉时，查不到第一次收到的版本，请技术人员查看这个文件',
      ),
    )
  if (await isOver(daysFileOf(stateDir, folder), DAYS_MAX_BYTES))
    out.push(
      said(
        `乡镇这边记的这个村每个包是哪天收到的（township/archive/${folder}.days）太大了（超过 ${MB(DAYS_MAX_BYTES)}），` +
          '不是程序写出来的样子，没有读取，请技术人员查看这个文件',
      ),
    )
  return out
}
