/** File-system failures in the words an admin with a USB stick understands. */
import { errorCode } from '../../../store/fs-safe'

/**
 * A restore's swap held up inside the data folder: Windows says EPERM, EBUSY or EACCES for a file
 * another program has open, and renameWithRetry waits on all three alike. (EROFS is a read-only
 * disk, not a program: it keeps the general words.)
 */
const HELD = new Set(['EPERM', 'EBUSY', 'EACCES'])

/**
 * The code of a failure, or of the one it wraps: the journal says its own words around the
 * disk's (`store: 变更日志写入失败（ENOSPC）`, the disk's error as its cause).
 */
function codeOf(err: unknown): string {
  let e = err
  for (let depth = 0; depth < 4 && e && typeof e === 'object'; depth++) {
    const code = errorCode(e)
    if (code) return code
    e = (e as { cause?: unknown }).cause
  }
  return ''
}

/** Whether a rename inside the data folder failed because another program holds a file there. */
export const heldByProgram = (err: unknown): boolean => HELD.has(codeOf(err))
/** Said of a file held by another program inside the data folder (the swap, the start's alert). */
export const HELD_WORDS = '有程序正占用村务数据文件夹（可能是杀毒软件）'

/**
 * A restore refused before anything was replaced, `why` after a colon: the reasons carry
 * brackets of their own (（代码 EXDEV）), and brackets around them would nest.
 */
export const notRestored = (why: string): string => `恢复没有进行：${why}。现在的数据保持原样`

/**
 * Why a restore's swap failed. It only renames inside the data folder, so a file held open there
 * (an antivirus scanning the photo folder) is said as that, not as a read-only USB stick.
 * `completed`: the new journal was in place, and the next start moves the rest in.
 */
export function swapProblem(err: unknown, completed: boolean): string {
  const held = heldByProgram(err)
  if (completed) {
    return (
      (held
        ? `恢复的记录已经换好，但${HELD_WORDS}，照片等文件还没能全部放进去。`
        : `恢复的记录已经换好，但照片等文件还没能全部放进数据文件夹：${placeProblem(err)}。`) +
      '这些文件还在电脑上，没有丢失。请关掉本程序再重新打开（或重启电脑），程序打开时会把它们放好；' +
      '在这之前，有些照片可能显示不出来'
    )
  }
  return notRestored(held ? `${HELD_WORDS}，请关掉它或重启电脑后再试` : placeProblem(err))
}

/** Why writing or reading a backup location failed. */
export function placeProblem(err: unknown): string {
  switch (codeOf(err)) {
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
      return unknownProblem(err)
  }
}

/**
 * Any other failure, in words: the code (EXDEV, ERR_…) helps a technician, Node's English text
 * would only puzzle the cadre reading it. A code that is not a plain code is left out.
 */
export function unknownProblem(err: unknown): string {
  return `${unknownFault(err)}，请重试或联系技术人员`
}

/** The same without what to do: for a sentence that ends with its own one step (diskAdvice). */
function unknownFault(err: unknown): string {
  const code = codeOf(err)
  const shown = /^[A-Z][A-Z0-9_]{1,39}$/.test(code) ? `（代码 ${code}）` : ''
  return `文件操作没有成功${shown}`
}

/** What failed on the kiosk's own disk, said alone (the automatic backup's failure). */
export function diskProblem(err: unknown): string {
  const fault = diskFault(err)
  return fault === unknownFault(err) ? unknownProblem(err) : fault
}

/**
 * What failed on the kiosk's own disk at a start finishing or undoing a restore, without advice:
 * each such message ends with diskAdvice, and one message gives one next step.
 */
export function diskFault(err: unknown): string {
  if (heldByProgram(err)) return HELD_WORDS
  switch (codeOf(err)) {
    case 'ENOSPC':
      return '磁盘空间不够'
    case 'EIO':
      return '磁盘读写出错'
    case 'EROFS':
      return '磁盘变成了只读，写不进去'
    default:
      return unknownFault(err)
  }
}

/**
 * What the admin does about `err` so that the next start finishes the job (`then`: what that start
 * does), and whom to call if it fails again.
 */
export function diskAdvice(err: unknown, then: string): string {
  if (heldByProgram(err)) return `请关掉占用它的程序，再重启电脑，${then}`
  if (codeOf(err) === 'ENOSPC') {
    return `请先腾出磁盘空间（删掉不用的大文件），再重启电脑，${then}；仍然不行的话，请联系技术人员`
  }
  return `请重启电脑，${then}；重启以后还是这样，请联系技术人员检查硬盘`
}
