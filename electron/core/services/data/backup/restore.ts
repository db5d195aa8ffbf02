/**
 * Restoring an archive: the seal, every hash and the whole journal chain are checked, the files
 * are opened as a store in a scratch folder and every record is checked against its schema,
 * every attachment is unsealed and re-hashed against its name, and only then is a marker written
 * and the live data swapped out (kept, dated, inside the data folder). The restore is journaled.
 */
import { checkpointHash } from '../../../../../contract/checkpoint'
import { mkdir, open, rm, stat } from 'node:fs/promises'
import { dirname, join, resolve, sep } from 'node:path'
import type { BackupRestored } from '../../../../../contract/schemas/data-backup'
import type { PersonRef } from '../../../../../contract'
import type { Secrets } from '../../../secrets'
import { openStore } from '../../../store'
import { clockBehind, villageTime } from '../../../store/clock-behind'
import { fsyncDir } from '../../../store/fs-safe'
import { parseLine } from '../../../store/journal-format'
import type { Store } from '../../../store/types'
import { isDemo } from '../../auth/setup'
import { keyFor, openBody, readHeader, type ArchiveHeader } from './archive'
import { isDataPath, JOURNAL_FILE } from './data-paths'
import { extractAttachment } from './attach-store'
import { diskAdvice, diskFault, notRestored, placeProblem, swapProblem } from './errors'
import { keptRecords } from './kept-records'
import { withDataLock } from './lock'
import { BackupProblem, ClockAhead } from './manifest'
import {
  clearMarker,
  recordRestore,
  restorePending,
  withdrawMarker,
  writeMarker,
  type RestoreMarker,
} from './restore-marker'
import { checkSpace, type StatFs } from './space'
import { stamp, summaryOf } from './summary'
import { SwapError, swapIn } from './swap-in'
import { collectionLabel, validateRecords } from './validate'

/** What core lends a restore: the data folder, and closing, changing and reopening its store. */
export interface RestoreHooks {
  dir: string
  swapStore(move: () => Promise<void>): Promise<Store>
  /** The current store, for the old head. */
  store(): Store
  secrets: Secrets
}

export interface RestoreOptions {
  archivePath: string
  hooks: RestoreHooks
  now: Date
  actor: PersonRef | null
  recoveryCode?: string
  /** The admin said the clock is right though the backup ends later (see clockAhead below). */
  clockRight?: boolean
  statfs?: StatFs
  onProgress?: (step: string, done: number, total: number) => void
}

function inside(dir: string, path: string): string {
  const full = resolve(dir, path)
  // openArchive admits only data paths; this is the last guard before a byte is written.
  if (!full.startsWith(resolve(dir) + sep)) throw new BackupProblem(`不允许的文件路径“${path}”`)
  return full
}

async function writeFiles(dir: string, files: ReadonlyMap<string, Uint8Array>): Promise<void> {
  await mkdir(dir, { recursive: true })
  for (const [path, bytes] of files) {
    const full = inside(dir, path)
    await mkdir(dirname(full), { recursive: true })
    const handle = await open(full, 'wx')
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
  }
  await fsyncDir(dir)
}

/**
 * Opens the files as a store in a scratch folder: no error, a whole chain, every record valid,
 * and every record what the journal alone makes of it. The documents are only caches of the
 * journal, sealed by their own checksums: an archive whose document was edited (a published
 * amount, say) and sealed again keeps a whole journal and the same head, and restored would
 * show records the journal never had, with a restore record that shows no change in history.
 */
async function trialOpen(
  dir: string,
  files: ReadonlyMap<string, Uint8Array>,
  h: ArchiveHeader,
): Promise<{ demo: boolean; unset: boolean; village: string; lastSavedAt: string }> {
  try {
    await writeFiles(dir, files)
    const store = await openStore({ dir, generations: 0 })
    try {
      const errors = store.alerts().filter((a) => a.level === 'error')
      if (errors[0]) {
        const f = errors[0].file
        throw new BackupProblem(`备份中的 ${f} 无法载入：${errors[0].message}`, f)
      }
      const report = await store.verify()
      if (!report.ok || store.head().seq !== h.journal.seq) {
        throw new BackupProblem('备份中的变更日志无法完整载入', 'journal.jsonl')
      }
      validateRecords(store)
      const { first } = await store.checkRecords()
      if (first) {
        throw new BackupProblem(
          `备份中的${collectionLabel(first.coll)}（编号 ${first.id}）与变更日志记载的不一致，备份的数据文件被改动过。不能用它恢复，现在的数据保持原样`,
          first.coll,
        )
      }
      return {
        demo: isDemo(store),
        unset: !store.get('village', 'profile') || !hasAdmin(store),
        village: villageOf(store),
        lastSavedAt: store.head().at,
      }
    } finally {
      await store.close()
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** The hash of a journal's first entry, from its first line; null when it cannot be read. */
function firstHash(text: string): string | null {
  const line = text.slice(0, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n'))
  return line ? (parseLine(line)?.entry.hash ?? null) : null
}

/**
 * The first entry's hash of the live journal and of the archive's: a village's history is known
 * by where it starts. Only the live journal's head is read (a first line is far shorter than
 * 64 KB); either is null when it cannot be read (a damaged journal must still be restorable from
 * its own backup, so that alone refuses nothing).
 */
async function firstHashes(
  dir: string,
  files: ReadonlyMap<string, Uint8Array>,
): Promise<{ ours: string | null; theirs: string | null }> {
  const archived = files.get(JOURNAL_FILE)
  const theirs = archived ? firstHash(Buffer.from(archived).toString('utf8')) : null
  const handle = await open(join(dir, JOURNAL_FILE), 'r').catch(() => null)
  if (!handle) return { ours: null, theirs }
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(65_536), 0, 65_536, 0)
    return { ours: firstHash(buffer.subarray(0, bytesRead).toString('utf8')), theirs }
  } finally {
    await handle.close()
  }
}

/** The village's name and 镇, as the backup and the live data each say it. */
const villageOf = (store: Store) => {
  const p = store.get('village', 'profile')
  return `${p?.name ?? ''}\u0000${p?.township ?? ''}`
}

/** Whether some active account can administer the village (none: setup would open again). */
const hasAdmin = (store: Store) => store.all('users').some((u) => u.role === 'admin' && u.active)

/** A village set up for real (not the demo, not an empty folder waiting for setup). */
const isRealVillage = (store: Store) => !!store.get('village', 'profile') && !isDemo(store)

/** Checks, then replaces the live data with the archive's; throws a BackupProblem if it cannot. */
export function restoreBackup(o: RestoreOptions): Promise<BackupRestored> {
  return withDataLock(o.hooks.dir, () => restore(o))
}

/**
 * Journals the swapped-in restore. One that cannot be (the disk full) keeps its marker, and the
 * next start journals it: said so, in words.
 */
async function journal(store: Store, dir: string, m: RestoreMarker, now: Date, clear: boolean) {
  try {
    await recordRestore(store, dir, m, now, true, clear)
  } catch (e) {
    throw new BackupProblem(
      `恢复的数据已经换好，但没能记下这次恢复：${placeProblem(e)}。` +
        '请关掉本程序再重新打开（或重启电脑），程序打开时会补记；在这之前请不要再恢复',
    )
  }
}

async function restore(o: RestoreOptions): Promise<BackupRestored> {
  const say = o.onProgress ?? (() => {})
  const dir = o.hooks.dir
  // A restore not yet finished (its journaling or its last files failed in this session) is
  // finished at the next start by its marker: a new marker over it would lose that for good.
  if (await restorePending(dir)) {
    throw new BackupProblem(
      '上一次恢复还没有做完。请先关掉本程序再重新打开（或重启电脑），程序打开时会把它做完，然后再恢复。现在的数据保持原样',
    )
  }
  say('正在读取备份', 0, 5)
  const header = await readHeader(o.archivePath).catch((e: unknown) => {
    throw e instanceof BackupProblem ? e : new BackupProblem(`无法读取备份文件：${placeProblem(e)}`)
  })
  // A place that is not an attachment's (a data file named by someone holding the key) would
  // be swapped in without the checks every data file gets below.
  const stray = header.attachments.find(
    (a) => !a.path.startsWith('attachments/') || !isDataPath(a.path),
  )
  if (stray) {
    throw new BackupProblem(
      `备份里的附件清单有不是附件的文件（${stray.path}），恢复没有进行，现在的数据保持原样`,
    )
  }
  const key = await keyFor(header, o.hooks.secrets, o.recoveryCode)
  say('正在核对每个文件的校验值和变更日志', 1, 5)
  const { files, peppers } = await openBody(o.archivePath, header, key)
  const inner = [...files.values()].reduce((n, b) => n + b.length, 0)
  const bulk = header.attachments.reduce((n, a) => n + a.size, 0)
  await checkSpace(dir, 2 * inner + bulk + 1024 * 1024, '数据所在的磁盘', o.statfs)
  const s = stamp(o.now)
  say('正在试着载入备份，检查每一条记录', 2, 5)
  const trial = await trialOpen(join(dir, `.restore-check-${s}`), files, header)
  // The demo village over a real one would make it a demo again, and leaving the demo would
  // then move the real journal aside and start an empty one: the village's history gone from
  // every screen. Any fresh install makes such a backup, so it is refused over a village that
  // was set up (an empty folder or the demo itself has no history to lose).
  if (trial.demo && isRealVillage(o.hooks.store())) {
    throw new BackupProblem(
      '这是演示村的备份，不能用它替换本村的正式数据。现在的数据保持原样，请选本村自己的备份',
    )
  }
  // A backup taken after leaving the demo and before setup (an automatic one, say) has no
  // profile and no account: over a set-up village it would wipe both and open the public
  // first-run setup again, making whoever stands at the screen the administrator.
  if (trial.unset && isRealVillage(o.hooks.store())) {
    throw new BackupProblem(
      '这是本村设置之前的备份，里面没有村庄资料和管理员账号，不能用来恢复。现在的数据保持原样，请选本村设置以后的备份',
    )
  }
  // Another village's backup (a history with another first entry) over this one would put its
  // records on this village's screen and into its township packages, under its signature.
  // A replacement PC set up again with the same village and 镇 (its first entry is that
  // setup) takes the village's backup.
  const live = o.hooks.store()
  const starts = await firstHashes(dir, files)
  const other =
    isRealVillage(live) &&
    trial.village !== villageOf(live) &&
    starts.ours !== null &&
    starts.theirs !== null &&
    starts.ours !== starts.theirs
  if (other) {
    const [name, township] = trial.village.split('\u0000')
    throw new BackupProblem(
      `这份备份是“${name}${township ? `（${township}）` : ''}”的，变更日志从第一条起就和本机的不同，` +
        '不能用它替换本村的数据。现在的数据保持原样。换电脑时，请在新电脑还是演示村的时候直接恢复本村的备份，不要先设置本村',
    )
  }
  // A backup whose last change is stamped later than now: made while the clock ran ahead, or
  // the clock is behind now (a flat battery). Restored as is, every later save would be stamped
  // before it; only the admin can say which, so it is refused until they say the clock is right.
  if (clockBehind(o.now, trial.lastSavedAt) && !o.clockRight) {
    throw new ClockAhead(
      `这份备份里最后一次保存的时间（${villageTime(new Date(trial.lastSavedAt))}）比电脑现在的时间` +
        `（${villageTime(o.now)}）还晚。电脑时间不对的话，请先把电脑的日期和时间调对再恢复；` +
        '电脑时间是对的（做备份时电脑时间调快了），才能继续恢复。现在的数据保持原样',
    )
  }
  const staging = join(dir, `.restore-${s}`)
  await rm(staging, { recursive: true, force: true })
  // A staged copy that cannot be finished (the disk filled up after the space check, a bad
  // attachment) is removed at once: left until the next start it would keep the disk full.
  try {
    await writeFiles(staging, files)
    const from = dirname(o.archivePath)
    const folders = new Set<string>()
    for (const [i, ref] of header.attachments.entries()) {
      say(`正在取回并核对附件（${i + 1}/${header.attachments.length}）`, 3, 5)
      const dest = inside(staging, ref.path)
      await mkdir(dirname(dest), { recursive: true })
      await extractAttachment(from, ref, key, dest)
      for (let d = dirname(dest); d !== resolve(staging); d = dirname(d)) folders.add(d)
    }
    // Each photo's name is in its folder: synced (the deepest first) before the swap, or a power
    // cut after it could leave the restored records without their photos.
    for (const d of [...folders].sort((a, b) => b.length - a.length)) await fsyncDir(d)
    await fsyncDir(staging)
  } catch (e) {
    await rm(staging, { recursive: true, force: true })
    if (e instanceof BackupProblem) throw e
    throw new BackupProblem(notRestored(placeProblem(e)))
  }
  // Questions only into this village: its own history (the same first entry, whatever its
  // name now), or the same village and 镇 set up again (a replacement PC, let in above: the
  // questions asked at it are still this village's). Not by the mere lack of a readable first
  // line: a backup of another village gets past the check above that way.
  const carryQuestions =
    isRealVillage(live) &&
    ((starts.ours !== null && starts.ours === starts.theirs) || trial.village === villageOf(live))
  // Until the marker is on disk nothing is swapped: a failure here (the staged copy filled the
  // disk) takes back the restore's own files at once, the marker first (a marker without its
  // staged copy would read as a finished swap at the next start).
  let marker: RestoreMarker
  try {
    // The restored PIN hashes may be peppered on the machine that made the backup.
    if (peppers.length) await o.hooks.secrets.importPeppers(peppers)
    const old = o.hooks.store().head()
    marker = {
      id: s,
      staging: `.restore-${s}`,
      replaced: `replaced-${s}`,
      actor: o.actor,
      ...(o.clockRight ? { clockRight: true } : {}),
      kept: await keptRecords(dir, carryQuestions),
      record: {
        at: o.now.toISOString(),
        actor: o.actor?.name ?? '',
        archive: summaryOf(o.archivePath, header, 0).fileName,
        oldHead: { seq: old.seq, hash: old.hash },
        newHead: { seq: header.journal.seq, hash: checkpointHash(header.journal.hash) },
      },
    }
    await writeMarker(dir, marker)
  } catch (e) {
    await withdrawMarker(dir, s)
    await rm(staging, { recursive: true, force: true })
    if (e instanceof BackupProblem) throw e
    throw new BackupProblem(notRestored(placeProblem(e)))
  }
  say('正在替换数据', 4, 5)
  let failure: unknown = null
  const store = await o.hooks.swapStore(async () => {
    // The store is closed now: nothing more can be saved. A question a villager sent while the
    // backup was being checked and staged is in the journal; read the kept records again so it
    // is carried too (the marker written above stands if this cannot be done).
    try {
      marker.kept = await keptRecords(dir, carryQuestions)
      await writeMarker(dir, marker)
    } catch {
      // the earlier list, already on disk, is used
    }
    await swapIn(dir, staging, marker.replaced).catch((e: unknown) => {
      failure = e
    })
  })
  if (failure !== null) {
    const f = failure as unknown
    const why = f instanceof SwapError ? f.reason : f
    if (f instanceof SwapError && f.completed) {
      // The new journal is in place, the rest (the photos, say) not all moved in: the staged
      // copy stays with the marker, never deleted, and the next start moves it in (a power cut
      // here is finished the same way). The restore is journaled now, the marker kept for that.
      await journal(store, dir, marker, o.now, false)
      throw new BackupProblem(swapProblem(why, true))
    }
    if (!(f instanceof SwapError)) {
      // Putting the old files back failed too (the disk): some are still set aside. The marker
      // and the staged copy stay, and the next start moves them back (the records shown are the
      // old ones meanwhile: the old journal never left).
      throw new BackupProblem(
        `恢复没有进行：${diskFault(f)}。有些现在的文件还没能放回原处，暂时显示不出来，没有丢失。` +
          diskAdvice(f, '程序重新打开时会把它们放回去'),
      )
    }
    // The marker first: one left without its staged journal would read as a finished swap.
    await clearMarker(dir)
    await rm(staging, { recursive: true, force: true })
    throw new BackupProblem(swapProblem(why, false))
  }
  await rm(staging, { recursive: true, force: true })
  await journal(store, dir, marker, o.now, true)
  say('恢复完成', 5, 5)
  return {
    summary: summaryOf(o.archivePath, header, (await stat(o.archivePath)).size),
    replacedInto: marker.replaced,
    // The restored checkpoint; the restore's own journal entry follows it.
    journalSeq: header.journal.seq,
  }
}
