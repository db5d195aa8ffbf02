/**
 * A restore's promise to finish: before the swap a marker file (written and fsynced) names the
 * staged files, the folder the old data goes to, and the event to journal. If the power fails
 * mid-swap, the next start reads it: the new journal not yet in place → everything moves back
 * (rolled back); already in place → the rest is moved in (finished) and the restore journaled.
 */
import { readdir, readFile, rm, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { RestoreRecord } from '../../../../../contract/schemas/data-backup'
import type { PersonRef } from '../../../../../contract'
import { errorCode, fsyncDir, tempPath, writeFileDurable } from '../../../store/fs-safe'
import { clockBehind } from '../../../store/clock-behind'
import type { Store } from '../../../store/types'
import { ARCHIVE_NAME_MAX, type ClockFix } from '../../../../../contract'
import { ATTACHMENTS_DIR } from '../../attachments/paths'
import { heldByProgram } from './errors'
import { bringBackFiles, missingFrom, type KeptRecord } from './kept-records'
import { JOURNAL } from './manifest'
import { moveIn } from './move-in'

/** The marker's name: `.restore…` so a swap leaves it in place. */
export const MARKER = '.restore-marker.json'

/** What the marker holds. */
export interface RestoreMarker {
  id: string
  staging: string
  replaced: string
  actor: PersonRef | null
  /** The admin said the clock is right though the backup ends later than the restore's time. */
  clockRight?: true
  record: RestoreRecord
  /** The live records a restore keeps (kept-records.ts), as they were before the swap. */
  kept?: KeptRecord[]
}

declare module '../../../store/types' {
  interface Collections {
    restores: RestoreRecord
  }
}

const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  )

/** Writes the marker durably; the swap may start only after this resolves. */
export async function writeMarker(dir: string, m: RestoreMarker): Promise<void> {
  await writeFileDurable(join(dir, MARKER), JSON.stringify(m))
}

/** Removes the marker once the restore is journaled (or rolled back). */
export async function clearMarker(dir: string): Promise<void> {
  await unlink(join(dir, MARKER)).catch((e: unknown) => {
    if (errorCode(e) !== 'ENOENT') throw e
  })
  await fsyncDir(dir)
}

/** Whether a restore's marker is on disk: a restore the next start must finish. */
export const restorePending = (dir: string): Promise<boolean> => exists(join(dir, MARKER))

/**
 * Takes back this restore's marker (`id`), whole or half-written, when it failed before any
 * file was swapped; a marker some other restore left is not this one's to remove.
 */
export async function withdrawMarker(dir: string, id: string): Promise<void> {
  const m = await readMarker(dir).catch(() => null)
  if (m?.id === id) await clearMarker(dir)
  await rm(tempPath(join(dir, MARKER)), { force: true })
}

async function readMarker(dir: string): Promise<RestoreMarker | null> {
  try {
    return JSON.parse(await readFile(join(dir, MARKER), 'utf8')) as RestoreMarker
  } catch (e) {
    if (errorCode(e) === 'ENOENT') return null
    throw e
  }
}

/**
 * What a start found and did: nothing, a restore finished, or one rolled back (`kept`: what could
 * not be put back because the data folder had that name again, left in the set-aside folder).
 * `held`: the restore's journal is in, but a move failed (`why`: a program still holds a file, the
 * disk failed); that many attached files are still staged, and the marker stays for the next
 * start to finish. `unfinished`: the old journal is still the live one, but not every old entry
 * could be moved back (`why`); the marker, the staged copy and the set-aside folder stay, and the
 * next start moves the rest back. Either way the folder holds one side only, never half of each.
 */
export type Recovery =
  | null
  | { finished: RestoreMarker; held?: number; why?: unknown }
  | { rolledBack: RestoreMarker; kept?: string[] }
  | { unfinished: RestoreMarker; why: unknown }

/** Finishes or undoes a restore cut off mid-swap; run before the store opens the folder. */
export async function recoverRestore(dir: string): Promise<Recovery> {
  const m = await readMarker(dir)
  if (!m) {
    // Scratch and staging folders of a restore cut off before its marker: nothing was swapped.
    for (const n of await readdir(dir).catch(() => [] as string[])) {
      if (/^\.restore-/.test(n)) await rm(join(dir, n), { recursive: true, force: true })
    }
    return null
  }
  const staging = join(dir, m.staging)
  const replaced = join(dir, m.replaced)
  if (await exists(join(staging, JOURNAL))) {
    // The old journal is still the live one: put every moved entry back. A name the data folder
    // has again (something made it during the swap) is merged, never deleted: what cannot go
    // back stays in the set-aside folder, which is kept and reported.
    let kept: string[]
    try {
      kept = await moveIn(replaced, dir, JOURNAL)
      // The set-aside journal is only a link to (or copy of) the live one.
      if (await exists(join(dir, JOURNAL))) await rm(join(replaced, JOURNAL), { force: true })
      // The marker goes before the staged copy: a marker whose staged journal is gone would
      // read as a finished swap, and the next start would move the new files in over the old.
      await fsyncDir(dir)
      await clearMarker(dir)
    } catch (e) {
      // The disk failed part way (EIO, ENOSPC, a read-only disk): the records are the old ones
      // (the old journal never left), so the kiosk opens on them; what is still set aside stays
      // there with the marker and the staged copy, and the next start moves it back.
      return { unfinished: m, why: e }
    }
    // Only leftovers now: what is in the way is gone at the next start (no marker: scratch).
    await rm(staging, { recursive: true, force: true }).catch(() => {})
    if (!kept.length) await rm(replaced, { recursive: true, force: true }).catch(() => {})
    return kept.length ? { rolledBack: m, kept } : { rolledBack: m }
  }
  // The new journal is in place: the rest moves in, merged with what the data folder has by
  // now (the photos a restore carries back, one added before this start). What is left staged
  // is a name already there: a document the store wrote from the journal since (the staged one
  // only a cache of the journal before it), or a photo or preview named by the same photo.
  try {
    await moveIn(staging, dir)
  } catch (e) {
    // Still held by another program (an antivirus scanning the photo folder), or the disk
    // failed (EIO, ENOSPC, a read-only disk): the records are the restored ones already and
    // cannot go back, so the kiosk opens on them; the staged files and the marker stay for the
    // next start, and the count and what to do are said to the cadres.
    const held = await filesLeft(join(staging, ATTACHMENTS_DIR))
    return heldByProgram(e) ? { finished: m, held } : { finished: m, held, why: e }
  }
  // Every staged entry is in (what is left is a name already there): leftovers only.
  await rm(staging, { recursive: true, force: true }).catch(() => {})
  await fsyncDir(dir).catch(() => {})
  return { finished: m }
}

/** The photos and other attached files still staged (their previews not counted). */
async function filesLeft(folder: string): Promise<number> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => [])
  return entries.filter((e) => e.isFile()).length
}

/**
 * Journals a finished restore once (who, when, which archive, old and new heads); clears the
 * marker. `swapped` is known by the restore itself: a change saved just after the swap must
 * not leave it unrecorded. At a start after a power cut it is not known, and the journal says
 * it (swappedIn): a start that could not write the entry (the disk full) opened all the same,
 * and a change saved in that session must not leave the restore unrecorded either.
 *
 * An archive that ends later than `now` was restored only on the admin's word that the clock is
 * right (restore.ts): its entry is journaled as a step over that later time, listed on 核验 like
 * a clock confirmation (clock-fix.ts). The same at a start after a power cut, also where the
 * clock moved meanwhile (then unconfirmed, and said so): a replaced history never goes
 * unrecorded, and the village must open. The live 核验 records the archive lacks (an older
 * backup's) are put back in the same entry (kept-records.ts). `clear` false keeps the marker: the
 * staged files it names are not all in place yet, and the next start moves them in.
 */
export async function recordRestore(
  store: Store,
  dir: string,
  m: RestoreMarker,
  now: Date,
  swapped?: boolean,
  clear = true,
): Promise<void> {
  if (!store.get('restores', m.id) && (swapped ?? (await swappedIn(store, m)))) {
    // The archive's last save, or a later time this kiosk had shown (clock-seen.ts): a restore
    // is recorded either way, stepping over that time, so the village opens.
    const lastSavedAt = store.latestAt()
    const shown = lastSavedAt !== store.head().at
    const ahead = clockBehind(now, lastSavedAt)
    const at = now.toISOString()
    const kept = missingFrom(store, m.kept ?? [])
    await bringBackFiles(dir, m.replaced, kept)
    const fix: ClockFix = {
      id: m.id,
      at,
      actor: m.record.actor,
      lastSavedAt,
      archive: m.record.archive.slice(0, ARCHIVE_NAME_MAX),
      ...(m.clockRight ? { confirmed: true } : {}),
      ...(shown ? { shown: true as const } : {}),
    }
    await store.commit({
      actor: m.actor,
      action: 'backup.restore',
      entity: 'restores',
      id: m.id,
      puts: [
        ...kept,
        { coll: 'restores', id: m.id, value: m.record },
        ...(ahead ? [{ coll: 'clockFixes' as const, id: m.id, value: fix }] : []),
      ],
      ...(ahead ? { confirmsClock: true as const } : {}),
    })
  }
  if (clear) await clearMarker(dir)
}

/**
 * Whether the live journal is the restored one: its entry at the archive's head is the archive's
 * last (later entries are changes saved since). The old journal can have that entry too, where
 * the archive is an older backup of its own history; then it still has its own head as well.
 */
async function swappedIn(store: Store, m: RestoreMarker): Promise<boolean> {
  const { newHead, oldHead } = m.record
  if (store.head().seq === newHead.seq) return true
  const at = await store.checkpointAt(newHead.seq)
  if (!at || !newHead.hash || !at.hash.startsWith(newHead.hash)) return false
  if (oldHead.seq === newHead.seq || oldHead.seq < 1) return true
  const old = await store.checkpointAt(oldHead.seq)
  return !old || old.hash !== oldHead.hash
}
