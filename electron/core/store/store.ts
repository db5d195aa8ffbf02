/** The durable store: lowdb documents as caches of an fsynced, hash-chained journal. */
import { mkdir } from 'node:fs/promises'
import type { Low } from 'lowdb'
import type { StorageAlert } from '../../../contract'
import { DocSet } from './doc-set'
import type { DocData } from './durable-adapter'
import { docsFit, readMark, writeMark } from './flush-mark'
import { Journal, readHistory } from './journal'
import { verifyJournal } from './journal-scan'
import { haltedStore } from './store-halted'
import { StoreCore, type CoreState } from './store-core'
import { createLow, loadDocuments, type LowFactoryOptions } from './store-load'
import type { JournalEntry, Store, StoreOptions } from './types'

function lowOf(lows: Map<string, Low<DocData>>, file: string): Low<DocData> {
  const low = lows.get(file)
  if (!low) throw new Error(`store: 没有打开文件 ${file}.json`)
  return low
}

/** Opens a data folder: restores damaged files, replays what the documents missed, then serves. */
export async function openStore(opts: StoreOptions): Promise<Store> {
  const now = opts.now ?? (() => new Date())
  const state: CoreState = { updated: new Map(), alerts: [] }
  const alert = (a: StorageAlert): void => void state.alerts.push(a)
  const say = (level: StorageAlert['level'], file: string, message: string): void =>
    alert({ at: now().toISOString(), level, file, message })
  const o: LowFactoryOptions = {
    dir: opts.dir,
    generations: opts.generations ?? 3,
    now,
    onAlert: alert,
  }
  await mkdir(opts.dir, { recursive: true })

  const { lows, seqs, broken } = await loadDocuments(o)
  const docs = new DocSet((file) => {
    const low = createLow(file, o)
    lows.set(file, low)
    return low.data
  })
  for (const [file, low] of lows) docs.adopt(file, low.data)

  const replayed = new Map<string, number>()
  const replay = (entry: JournalEntry, line: number): void => {
    for (const p of entry.data.puts) state.updated.set(p.coll, entry.at)
    const due = entry.data.puts.filter((p) => entry.seq > (seqs.get(p.file) ?? 0))
    if (due.length === 0) return
    try {
      for (const f of docs.apply(entry.seq, due)) replayed.set(f, (replayed.get(f) ?? 0) + 1)
    } catch (err) {
      say(
        'error',
        'journal.jsonl',
        `变更日志第 ${line} 行无法应用：${err instanceof Error ? err.message : String(err)}`,
      )
    }
  }
  const protectSeq = Math.max(0, ...seqs.values())
  // A mark lets the open read only the journal's tail; any damaged document needs it all.
  const found = await readMark(opts.dir)
  const mark = found && broken.size === 0 && docsFit(found, seqs) ? found : undefined
  const journal = await Journal.open(opts.dir, {
    now,
    onAlert: alert,
    onEntry: replay,
    protectSeq,
    mark,
  })
  if (mark && journal.fromMark) {
    // Collections the tail did not touch were last changed before the mark.
    for (const [coll, at] of Object.entries(mark.updated)) {
      if (!state.updated.has(coll)) state.updated.set(coll, at)
    }
  }

  if (journal.halt) return haltedStore(opts.dir, journal, now, state)
  const ahead = [...seqs].find(([, seq]) => seq > journal.head.seq)
  if (ahead) {
    await journal.close()
    throw new Error(
      `store: 文件 ${ahead[0]}.json 已记到第 ${ahead[1]} 条变更，而变更日志只有 ${journal.head.seq} 条：变更日志可能丢失或被截断，为免覆盖数据已停止`,
    )
  }
  for (const [file, why] of broken) {
    if (replayed.has(file)) {
      say(
        'warning',
        `${file}.json`,
        `文件 ${file}.json 无法读取且没有完好的备份，已根据变更日志重建（原文件已另存）`,
      )
      continue
    }
    docs.docs.delete(file)
    docs.blocked.add(file)
    say(
      'error',
      `${file}.json`,
      `${why.replace(/^store: /, '')}；变更日志中也没有它的记录，文件已原样保留，请联系技术人员`,
    )
  }
  for (const [file, count] of replayed) {
    await lowOf(lows, file).write()
    if (!broken.has(file)) {
      say(
        'info',
        `${file}.json`,
        `上次关机前有 ${count} 条变更尚未写入 ${file}.json，已从变更日志补写`,
      )
    }
  }

  const head = journal.head
  const clean = !state.alerts.some((a) => a.level === 'error')
  if (clean && head.seq > 0 && (!journal.fromMark || replayed.size > 0 || mark?.seq !== head.seq)) {
    const docSeqs = Object.fromEntries([...docs.docs].map(([f, d]) => [f, d.seq]))
    const updated = Object.fromEntries(state.updated)
    const digest = journal.digestAt(head.seq) ?? undefined
    await writeMark(opts.dir, { ...head, docs: docSeqs, updated, journal: digest }).catch(
      () => undefined,
    )
  }
  return new StoreCore(
    docs,
    {
      append: (fields) => journal.append(fields),
      head: () => journal.head,
      persist: async (files) => {
        await Promise.all([...files].map((f) => lowOf(lows, f).write()))
      },
      mark: async (m) => {
        const digest = journal.digestAt(m.seq)
        if (digest) await writeMark(opts.dir, { ...m, journal: digest })
      },
      verify: () => verifyJournal(opts.dir),
      history: (coll, id) => readHistory(opts.dir, coll, id),
      close: () => journal.close(),
    },
    now,
    state,
  )
}
