/**
 * A data folder whose journal has a complete line that fails its check, or has lost its last
 * lines (a document already holds later changes). What villagers see is rebuilt from the
 * journal's good lines alone (documents on disk may already hold later, now unverifiable
 * changes), and every save is refused: appending to a broken chain would bury the evidence. A
 * cadre recovers by restoring a backup, which replaces the journal as a whole.
 */
import { join } from 'node:path'
import { DocSet } from './doc-set'
import { readEntryAt, readHistory, type Journal, type JournalHalt } from './journal'
import { JOURNAL_FILE, readJournalBytes, scanJournal, verifyJournal } from './journal-scan'
import { replayJournal } from './records-check'
import { StoreCore, type CoreState } from './store-core'
import type { Store } from './types'

/** Thrown for any save while the journal is halted; `plain` is what the screen says. */
export class StoreHalted extends Error {
  readonly plain: string

  constructor(readonly halt: JournalHalt) {
    const plain = `记录核验未通过，已停在第 ${halt.seq} 条。为保留证据，现在不能保存任何修改；请联系村务监督委员会，由管理员从备份恢复`
    super(`store: ${plain}`)
    this.name = 'StoreHalted'
    this.plain = plain
  }
}

/** The records as of the journal's last good line, read-only; never written to disk. */
export async function haltedStore(
  dir: string,
  journal: Pick<Journal, 'head' | 'close'>,
  halt: JournalHalt,
  now: () => Date,
  state: CoreState,
): Promise<Store> {
  const docs = new DocSet()
  state.updated.clear()
  const bytes = await readJournalBytes(join(dir, JOURNAL_FILE))
  scanJournal(
    bytes,
    (entry, line) => {
      for (const p of entry.data.puts) state.updated.set(p.coll, entry.at)
      try {
        docs.apply(entry.seq, entry.data.puts)
      } catch (err) {
        state.alerts.push({
          at: now().toISOString(),
          level: 'error',
          file: JOURNAL_FILE,
          message: `变更日志第 ${line} 行无法应用：${err instanceof Error ? err.message : String(err)}`,
        })
      }
    },
    undefined,
    true,
  )
  state.halt = halt
  const refuse = (): Promise<never> => Promise.reject(new StoreHalted(halt))
  return new StoreCore(
    docs,
    {
      append: refuse,
      head: () => journal.head,
      persist: refuse,
      verify: () => verifyJournal(dir),
      // Its records are the journal's own, up to the last good line.
      replay: async () => replayJournal(bytes),
      history: (coll, id) => readHistory(dir, coll, id),
      // StoreCore asks only up to journal.head, the last good entry: never past where it stopped.
      entryAt: (seq) => readEntryAt(dir, seq),
      close: () => journal.close(),
    },
    now,
    state,
  )
}
