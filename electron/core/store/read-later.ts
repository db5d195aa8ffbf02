/**
 * Older years' ledger documents are left on disk when a folder opens (ten years of lines took
 * most of the start-up) and read on first use, with the same checks as at open: the file's
 * seal, then its generations, then the journal; a file none of them can vouch for is blocked.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Low } from 'lowdb'
import type { StorageAlert } from '../../../contract'
import { DocSet, type ReadLater } from './doc-set'
import type { DocData, DurableAdapter } from './durable-adapter'
import { errorCode } from './fs-safe'
import { JOURNAL_FILE, scanJournal } from './journal-scan'

/** Ledger documents of years before `firstEager` (the previous year) wait for their first use. */
export function deferrable(file: string, now: Date): boolean {
  const m = /^ledger-(\d{4})$/.exec(file)
  if (!m) return false
  const firstEager = Math.min(now.getFullYear(), now.getUTCFullYear()) - 1
  return Number(m[1]) < firstEager
}

export interface ReadLaterDeps {
  dir: string
  /** The Low of every document; the one of a deferred file is created (unread) at open. */
  low(file: string): Low<DocData>
  say(level: StorageAlert['level'], file: string, message: string): void
  /** Seq of the journal's last good entry: no document may be ahead of it. */
  head(): number
  /** The document was rebuilt or completed from the journal: write it again. */
  rewrite(file: string): void
}

/** Applies every journal entry after `start.seq` that touches `file`; returns the doc and count. */
function replayFile(dir: string, file: string, start: DocData | null): [DocData, number] {
  const docs = new DocSet()
  if (start) docs.adopt(file, start)
  let count = 0
  const bytes = readFileSync(join(dir, JOURNAL_FILE))
  // Up to the last good line only, as at open.
  scanJournal(
    bytes,
    (entry) => {
      if (entry.seq <= (start?.seq ?? 0)) return
      const puts = entry.data.puts.filter((p) => p.file === file)
      if (puts.length === 0) return
      docs.apply(entry.seq, puts)
      count++
    },
    undefined,
    true,
  )
  return [docs.docs.get(file) ?? { seq: 0, data: {} }, count]
}

/** The reader a DocSet calls for a deferred document (synchronously: reads are synchronous). */
export function readLater(deps: ReadLaterDeps): ReadLater {
  return (file, seq) => {
    const name = `${file}.json`
    const low = deps.low(file)
    let doc: DocData | null = null
    let why = ''
    try {
      doc = (low.adapter as DurableAdapter).readNow()
    } catch (err) {
      why = err instanceof Error ? err.message.replace(/^store: /, '') : String(err)
      if (!why) why = errorCode(err)
    }
    if (doc && doc.seq > deps.head()) {
      deps.say(
        'error',
        name,
        `文件 ${name} 已记到第 ${doc.seq} 条变更，而变更日志只有 ${deps.head()} 条：为免覆盖数据，这个文件暂不使用，已原样保留，请联系技术人员`,
      )
      return null
    }
    if (doc && doc.seq >= seq) return (low.data = doc)
    const [rebuilt, count] = replayFile(deps.dir, file, doc)
    if (!doc && count === 0) {
      const reason = why || `文件 ${name} 无法读取`
      deps.say('error', name, `${reason}；变更日志中也没有它的记录，文件已原样保留，请联系技术人员`)
      return null
    }
    if (!doc) {
      deps.say(
        'warning',
        name,
        `文件 ${name} 无法读取且没有完好的备份，已根据变更日志重建（原文件已另存）`,
      )
    } else if (count > 0) {
      deps.say('info', name, `上次关机前有 ${count} 条变更尚未写入 ${name}，已从变更日志补写`)
    }
    if (count > 0) deps.rewrite(file)
    return (low.data = rebuilt)
  }
}

/** How long after the open the background starts reading the older years, one file a turn. */
const BACKGROUND_DELAY_MS = 100

/** Reads the deferred documents one by one after the open, so the first use rarely waits. */
export function readInBackground(docs: DocSet, on: boolean): { stop(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null
  const step = (): void => {
    timer = null
    const next = docs.deferred()[0]
    if (next === undefined) return
    docs.load(next)
    timer = setTimeout(step, 0)
    timer.unref?.()
  }
  if (on) {
    timer = setTimeout(step, BACKGROUND_DELAY_MS)
    timer.unref?.()
  }
  return {
    stop: () => {
      if (timer) clearTimeout(timer)
      timer = null
    },
  }
}
