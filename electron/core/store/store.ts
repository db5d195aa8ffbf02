/** The durable store: lowdb documents as caches of an fsynced, hash-chained journal. */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Low } from 'lowdb'
import type { StorageAlert } from '../../../contract'
import { DocSet } from './doc-set'
import type { DocData, DurableAdapter } from './durable-adapter'
import { docsFit, readMark, writeMark } from './flush-mark'
import { Journal, readEntryAt, readHistory } from './journal'
import { JOURNAL_FILE, readJournalBytes, verifyJournal } from './journal-scan'
import { nextTurn, replayJournal } from './records-check'
import { keepEvidence, readJournalEarly } from './journal-tail'
import { haltedStore } from './store-halted'
import { StoreCore, type CoreState } from './store-core'
import { deferrable, readInBackground, readLater } from './read-later'
import { createLow, loadDocuments, readDocument, type LowFactoryOptions } from './store-load'
import type { JournalEntry, Store, StoreOptions } from './types'

function lowOf(lows: Map<string, Low<DocData>>, file: string): Low<DocData> {
  const low = lows.get(file)
  if (!low) throw new Error(`store: 没有打开文件 ${file}.json`)
  return low
}

/** Opens a data folder: restores damaged files, replays what the documents missed, then serves. */
export async function openStore(opts: StoreOptions): Promise<Store> {
  const now = opts.now ?? (() => new Date())
  const state: CoreState = {
    updated: new Map(),
    alerts: [],
    ...(opts.seen ? { seen: opts.seen } : {}),
  }
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

  // With a mark to vouch for them, older years' ledgers stay on disk until first use.
  const found = await readMark(opts.dir)
  // The journal is read (and its marked prefix hashed) by other threads while documents are parsed.
  const early = readJournalEarly(join(opts.dir, JOURNAL_FILE), found)
  const loaded = await loadDocuments(o, (f) => !!found && f in found.docs && deferrable(f, now()))
  const { lows, seqs, broken } = loaded
  const deferred = new Map(loaded.skipped.map((f) => [f, found?.docs[f] ?? 0]))
  const fits = found && broken.size === 0 && docsFit(found, new Map([...seqs, ...deferred]))
  if (!fits && deferred.size > 0) {
    // No usable mark: read everything now, as the whole journal is replayed over it.
    await Promise.all(loaded.skipped.map((f) => readDocument(loaded, f)))
    deferred.clear()
  }
  const mark = fits ? (found ?? undefined) : undefined
  const rewrites = new Set<string>()
  // Known only later: the journal once read, the store once open (readers of deferred files ask).
  const late: { core?: StoreCore; journal?: Journal } = {}
  const docs = new DocSet(
    (file) => {
      const low = createLow(file, o)
      lows.set(file, low)
      return low.data
    },
    readLater({
      dir: opts.dir,
      low: (file) => lowOf(lows, file),
      say,
      // While the journal is being read, the check after it (below) covers what is read.
      head: () => late.journal?.head.seq ?? Infinity,
      rewrite: (file) => (late.core ? late.core.rewrite(file) : rewrites.add(file)),
    }),
  )
  for (const [file, low] of lows) {
    if (deferred.has(file)) docs.defer(file, 'ledger', deferred.get(file)!)
    else docs.adopt(file, low.data)
  }

  const replayed = new Map<string, number>()
  const replay = (entry: JournalEntry, line: number): void => {
    for (const p of entry.data.puts) state.updated.set(p.coll, entry.at)
    // A deferred document the tail changes is read first, so it is replayed from its own seq.
    for (const p of entry.data.puts) if (entry.seq > docs.seqOf(p.file)) docs.load(p.file)
    const due = entry.data.puts.filter((p) => entry.seq > docs.seqOf(p.file))
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
  const protectSeq = Math.max(0, ...seqs.values(), ...deferred.values())
  // A mark lets the open read only the journal's tail; any damaged document needs it all.
  const jr = await Journal.open(opts.dir, {
    now,
    onAlert: alert,
    onEntry: replay,
    protectSeq,
    mark,
    early,
    // The mark turned out not to fit the journal: every document is read before the replay.
    onStart: (fromMark) => {
      if (!fromMark) for (const f of docs.deferred()) docs.load(f)
    },
  })
  late.journal = jr
  if (mark && jr.fromMark) {
    // Collections the tail did not touch were last changed before the mark.
    for (const [coll, at] of Object.entries(mark.updated)) {
      if (!state.updated.has(coll)) state.updated.set(coll, at)
    }
  }

  if (jr.halt) return haltedStore(opts.dir, jr, jr.halt, now, state)
  // Documents read during the replay included; replay never lowers a document's seq.
  const ahead = [...docs.docs].find(([, d]) => d.seq > jr.head.seq)
  if (ahead) {
    // The journal's last entries are gone (cut on purpose, or lost by a disk that kept the
    // document's write): halted as for a bad line, so the screens say so and a restore is open.
    const [file, doc] = ahead
    const seq = jr.head.seq
    const reason = `文件 ${file}.json 已记到第 ${doc.seq} 条变更，而变更日志只有 ${seq} 条：变更日志可能丢失或被截断`
    const evidence = await keepEvidence(
      opts.dir,
      await readJournalBytes(join(opts.dir, JOURNAL_FILE)),
      seq + 1,
    )
    say(
      'error',
      JOURNAL_FILE,
      `${reason}。已停在第 ${seq} 条，之后的记录不再显示，也暂停保存；文件原样保留，变更日志另存为 ${evidence}。请联系村务监督委员会核查，由管理员从备份恢复`,
    )
    return haltedStore(opts.dir, jr, { seq, line: seq + 1, reason, evidence }, now, state)
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
  for (const file of rewrites) if (!replayed.has(file)) await lowOf(lows, file).write()
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

  const head = jr.head
  const clean = !state.alerts.some((a) => a.level === 'error')
  if (clean && head.seq > 0 && (!jr.fromMark || replayed.size > 0 || mark?.seq !== head.seq)) {
    const updated = Object.fromEntries(state.updated)
    const digest = jr.digestAt(head.seq) ?? undefined
    await writeMark(opts.dir, { ...head, docs: docs.seqs(), updated, journal: digest }).catch(
      () => undefined,
    )
  }
  const background = readInBackground(docs, opts.background ?? true)
  const core = new StoreCore(
    docs,
    {
      append: (fields) => jr.append(fields),
      head: () => jr.head,
      persist: async (files) => {
        await Promise.all([...files].map((f) => lowOf(lows, f).write()))
      },
      mark: async (m) => {
        const digest = jr.digestAt(m.seq)
        if (digest) await writeMark(opts.dir, { ...m, journal: digest })
      },
      verify: () => verifyJournal(opts.dir),
      replay: async () =>
        replayJournal(await readJournalBytes(join(opts.dir, JOURNAL_FILE)), undefined, nextTurn),
      history: (coll, id) => readHistory(opts.dir, coll, id),
      entryAt: (seq) => readEntryAt(opts.dir, seq),
      close: async () => {
        background.stop()
        await Promise.all([...lows.values()].map((l) => (l.adapter as DurableAdapter).settled()))
        await jr.close()
      },
    },
    now,
    state,
  )
  late.core = core
  return core
}
