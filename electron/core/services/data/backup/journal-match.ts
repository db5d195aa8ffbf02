/**
 * The documents of an archive are caches of its journal, and only the journal's chain is
 * checked link by link. An archive whose documents were edited by hand (a published amount
 * changed, a line removed), sealed again with a valid key, keeps a whole journal and the same
 * head: restored, it would show records the journal never had, and the restore record would
 * show no change in history. So before a restore, the records are rebuilt from the journal
 * alone and must be exactly those the archive's documents (with the journal's newer lines
 * replayed over them, as every start does) hold.
 */
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { openStore } from '../../../store'
import { canonicalJson } from '../../../store/canonical'
import type { CollectionName, Store } from '../../../store/types'
import { DOCUMENT_NAME } from './data-paths'
import { BackupProblem, JOURNAL } from './manifest'

/** The collections a folder's documents hold records of. */
function collectionsIn(docs: Iterable<Uint8Array>): Set<string> {
  const out = new Set<string>()
  for (const bytes of docs) {
    const doc = JSON.parse(Buffer.from(bytes).toString('utf8')) as { data?: object }
    for (const coll of Object.keys(doc.data ?? {})) out.add(coll)
  }
  return out
}

/** A collection's records by id, as one comparable string each. */
function byId(store: Store, coll: string): Map<string, string> {
  const records = store.all(coll as CollectionName) as Array<{ id?: unknown }>
  return new Map(records.map((r) => [String(r.id), canonicalJson(r)]))
}

/**
 * Rebuilds the records from the archive's journal alone in `scratch` (an empty folder the
 * caller removes) and throws a BackupProblem naming the first record `archived` (the store
 * opened over the archive's files) holds otherwise, or lacks, or has too many of.
 */
export async function checkRecordsMatchJournal(
  scratch: string,
  files: ReadonlyMap<string, Uint8Array>,
  archived: Store,
  write: (dir: string, files: ReadonlyMap<string, Uint8Array>) => Promise<void>,
): Promise<void> {
  const journal = files.get(JOURNAL)
  if (!journal) throw new BackupProblem(`备份里缺少变更日志 ${JOURNAL}`, JOURNAL)
  await write(scratch, new Map([[JOURNAL, journal]]))
  const rebuilt = await openStore({ dir: scratch, generations: 0, background: false })
  try {
    await rebuilt.flush()
    const written = (await readdir(scratch)).filter((n) => DOCUMENT_NAME.test(n))
    const colls = collectionsIn([
      ...[...files].filter(([n]) => DOCUMENT_NAME.test(n)).map(([, b]) => b),
      ...(await Promise.all(written.map((n) => readFile(join(scratch, n))))),
    ])
    for (const coll of [...colls].sort()) {
      const truth = byId(rebuilt, coll)
      const shown = byId(archived, coll)
      for (const id of new Set([...truth.keys(), ...shown.keys()])) {
        if (truth.get(id) === shown.get(id)) continue
        throw new BackupProblem(
          `备份中的 ${coll} 记录（编号 ${id}）与变更日志记载的不一致，备份的数据文件被改动过。不能用它恢复，现在的数据保持原样`,
          coll,
        )
      }
    }
  } finally {
    await rebuilt.close()
  }
}
