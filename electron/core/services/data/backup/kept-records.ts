/**
 * What a restore must not wipe. The 核验 lists (every restore, every recovery code made and every
 * clock confirmation) live among the data a restore replaces, so the live ones an older archive
 * lacks are carried into the restored data, journaled with the restore itself. So are villagers'
 * questions: each was on the public board the moment it was sent, its asker holds the receipt,
 * and an answer once public is never taken back; restoring an older backup must not make a
 * question, its answer, its withholding or its rating vanish (nor an answer's photos).
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { canonicalJson } from '../../../store/canonical'
import { fsyncDir, writeFileDurable } from '../../../store/fs-safe'
import { JOURNAL_FILE, readJournalBytes, scanJournal } from '../../../store/journal-scan'
import type { Store } from '../../../store/types'
import { attachmentPath, ATTACHMENTS_DIR, THUMBS_DIR, thumbPath } from '../../attachments/paths'
import type { QuestionRecord } from '../../questions/types'

/** One live record to keep, keyed as it is stored. */
export type KeptRecord =
  | { coll: 'restores' | 'recoveryCodes' | 'clockFixes'; id: string; value: unknown }
  | { coll: 'questions'; id: string; value: QuestionRecord }
  | { coll: 'attachments'; id: string; value: unknown }

/**
 * Every record of those lists (and, with `questions`, every question and the attachment records
 * its answer names: not for the demo village, whose made-up questions must never enter a real
 * village's board, nor from another village), as the live journal has them up to its last good
 * entry. Not as the loaded data files have them: a record edited into a file would otherwise be
 * journaled afresh with the restore and enter the restored history with a good hash chain, the
 * very thing a restore is meant to clear away.
 */
export async function keptRecords(dir: string, questions = false): Promise<KeptRecord[]> {
  const colls = new Set<string>(['restores', 'recoveryCodes', 'clockFixes'])
  if (questions) colls.add('questions').add('attachments')
  const latest = new Map<string, { coll: string; id: string; value: unknown }>()
  scanJournal(
    await readJournalBytes(join(dir, JOURNAL_FILE)),
    (entry) => {
      for (const p of entry.data.puts) {
        if (colls.has(p.coll)) latest.set(`${p.coll}\u0000${p.id}`, p)
      }
    },
    undefined,
    true, // up to the last good entry: a changed line is evidence, not history
  )
  const live = [...latest.values()].filter((r) => r.value !== null)
  const asked = live.filter((r) => r.coll === 'questions') as Array<{
    id: string
    value: QuestionRecord
  }>
  const named = new Set(asked.flatMap((q) => q.value.answer?.attachments ?? []))
  return live.flatMap((r): KeptRecord[] => {
    switch (r.coll) {
      case 'restores':
      case 'recoveryCodes':
      case 'clockFixes':
        return [{ coll: r.coll, id: r.id, value: r.value }]
      case 'questions':
        return [{ coll: 'questions', id: r.id, value: r.value as QuestionRecord }]
      case 'attachments':
        return named.has(r.id) ? [{ coll: 'attachments', id: r.id, value: r.value }] : []
      default:
        return []
    }
  })
}

/**
 * The question as restored, with what only the live one had: an answer, a withholding, a
 * rating (each given once, never undone). Questions change in no other way.
 */
function carried(restored: QuestionRecord | undefined, live: QuestionRecord): QuestionRecord {
  if (!restored) return live
  const next: QuestionRecord = { ...restored }
  if (!next.answer && live.answer) next.answer = live.answer
  if (!next.withheld && live.withheld) next.withheld = live.withheld
  if (!next.feedback && live.feedback) {
    next.feedback = live.feedback
    if (live.feedbackAt) next.feedbackAt = live.feedbackAt
  }
  return next
}

/** Those the restored data does not hold already (by key or by the same content). */
export function missingFrom(store: Store, kept: readonly KeptRecord[]): KeptRecord[] {
  const held = new Map<string, Set<string>>()
  const heldIn = (coll: 'restores' | 'recoveryCodes' | 'clockFixes') => {
    let set = held.get(coll)
    if (!set) held.set(coll, (set = new Set(store.all(coll).map((v) => canonicalJson(v)))))
    return set
  }
  const out: KeptRecord[] = []
  for (const k of kept) {
    if (k.coll === 'attachments') continue
    if (k.coll === 'questions') {
      const restored = store.get('questions', k.id)
      const value = carried(restored, k.value)
      if (!restored || canonicalJson(value) !== canonicalJson(restored))
        out.push({ coll: 'questions', id: k.id, value })
      continue
    }
    if (!store.get(k.coll, k.id) && !heldIn(k.coll).has(canonicalJson(k.value))) out.push(k)
  }
  // The photos of an answer carried over, where the restored data lacks them.
  const named = new Set(
    out.flatMap((k) => (k.coll === 'questions' ? (k.value.answer?.attachments ?? []) : [])),
  )
  for (const k of kept) {
    if (k.coll === 'attachments' && named.has(k.id) && !store.get('attachments', k.id)) out.push(k)
  }
  return out
}

/**
 * Puts the files of carried attachment records back from the folder the live data was moved
 * to (`replaced`), before the records naming them are journaled. Each is written whole and
 * fsynced (temp file, rename), so a power cut mid-copy leaves no torn photo for the next start
 * to take as done; a photo already there is kept only if it is what its name (its sha256)
 * says. One gone from both is left as it is (the attachments' own check then reports it missing).
 */
export async function bringBackFiles(
  dir: string,
  replaced: string,
  kept: readonly KeptRecord[],
): Promise<void> {
  const from = join(dir, replaced)
  const read = (p: string) => readFile(p).catch(() => null)
  const whole = (bytes: Buffer | null, sha: string) =>
    bytes !== null && createHash('sha256').update(bytes).digest('hex') === sha
  for (const k of kept) {
    if (k.coll !== 'attachments') continue
    const thumbs = join(dir, ATTACHMENTS_DIR, THUMBS_DIR)
    const made = await mkdir(thumbs, { recursive: true })
    // A folder made new has its name in the folder above: synced, or a power cut could lose it.
    for (let d = thumbs; made; d = dirname(d)) {
      await fsyncDir(dirname(d))
      if (d === made) break
    }
    const sha = k.id.slice(0, 64)
    const dest = attachmentPath(dir, k.id)
    if (!whole(await read(dest), sha)) {
      const src = await read(attachmentPath(from, k.id))
      if (src && whole(src, sha)) await writeFileDurable(dest, src)
    }
    // A preview is named by its photo, not by its own bytes: the set-aside one is the one the
    // record was made with, so it is put back whole whenever it is there.
    const thumb = await read(thumbPath(from, sha))
    if (thumb) await writeFileDurable(thumbPath(dir, sha), thumb)
  }
}
