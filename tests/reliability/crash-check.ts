/**
 * What a crash trial proves about a data folder after the kill: every file whole and matching
 * its hash, the journal chain intact, the documents exactly the journal's sum (nothing
 * half-applied), and every acknowledged change present as it was meant.
 */
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { openStore } from '../../electron/core/store'
import type { CollectionName, JournalEntry } from '../../electron/core/store/types'
import { CRASH_ACTION, crashOps, type CrashOp } from './crash-stream'

/** One line the child printed after the core acknowledged a change. */
export interface Ack {
  k: number
  seq: number
  /** The first hex digits of the journal entry's hash (8, or the 16 of the 核验码). */
  hash: string
  /** Id of the line saved through the API (invoke acks only). */
  id?: string
}

export interface CheckResult {
  /** Why the folder is not sound (empty when it is). */
  corrupt: string[]
  /** Acknowledged changes that are missing or not what was committed. */
  lost: string[]
}

const DOCUMENT = /^[a-z][A-Za-z]{0,40}(?:-\d{4})?(?:\.\d+)?\.json$/
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

/** Every document and generation parses, carries the header, and its data matches its sha256. */
export async function checkDocuments(dir: string): Promise<string[]> {
  const bad: string[] = []
  for (const name of (await readdir(dir)).filter((n) => DOCUMENT.test(n))) {
    try {
      const doc = JSON.parse(await readFile(join(dir, name), 'utf8')) as Record<string, unknown>
      if (doc.schemaVersion !== 1 || !Number.isInteger(doc.seq)) bad.push(`${name}: 文件头不对`)
      else if (doc.sha256 !== sha256(JSON.stringify(doc.data))) bad.push(`${name}: 校验值不符`)
    } catch (err) {
      bad.push(`${name}: 无法解析（${err instanceof Error ? err.message : String(err)}）`)
    }
  }
  return bad
}

async function journalEntries(dir: string): Promise<JournalEntry[]> {
  const text = await readFile(join(dir, 'journal.jsonl'), 'utf8')
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as JournalEntry)
}

/** The records the journal adds up to, by collection and id. */
function fold(entries: JournalEntry[]): Map<string, Map<string, unknown>> {
  const state = new Map<string, Map<string, unknown>>()
  for (const e of entries) {
    for (const p of e.data.puts) {
      let coll = state.get(p.coll)
      if (!coll) state.set(p.coll, (coll = new Map()))
      if (p.value === null) coll.delete(p.id)
      else coll.set(p.id, p.value)
    }
  }
  return state
}

function opsUpTo(seed: number, withInvoke: boolean, lastK: number): CrashOp[] {
  const out: CrashOp[] = []
  for (const op of crashOps(seed, withInvoke)) {
    if (op.k > lastK) break
    out.push(op)
  }
  return out
}

/** Each commit-stream entry holds exactly the puts its op meant (plus the store's year moves). */
function streamMismatches(entries: JournalEntry[], seed: number, withInvoke: boolean): string[] {
  const ours = entries.filter((e) => e.action === CRASH_ACTION)
  const ops = opsUpTo(seed, withInvoke, Math.max(-1, ...ours.map((e) => Number(e.id))))
  const bad: string[] = []
  for (const e of ours) {
    const op = ops[Number(e.id)]
    if (op?.kind !== 'commit') {
      bad.push(`第 ${e.seq} 条变更不是测试流中的第 ${e.id} 笔`)
      continue
    }
    const missing = op.change.puts.find(
      (p) =>
        !e.data.puts.some(
          (q) => q.coll === p.coll && q.id === p.id && isDeepStrictEqual(q.value, p.value),
        ),
    )
    if (missing) bad.push(`第 ${e.seq} 条变更缺少 ${missing.coll}/${missing.id}（只写入了一部分）`)
  }
  return bad
}

/** Opens the folder as the app would after the power cut and checks everything above. */
export async function checkFolder(
  dir: string,
  acks: readonly Ack[],
  seed: number,
  withInvoke: boolean,
): Promise<CheckResult> {
  const corrupt = (await checkDocuments(dir)).map((s) => `断电后：${s}`)
  const store = await openStore({ dir, now: () => new Date('2026-11-25T02:00:00.000Z') })
  try {
    const report = await store.verify()
    if (!report.ok) corrupt.push(`变更日志校验失败：${report.firstBad?.reason ?? ''}`)
    const entries = await journalEntries(dir)
    for (const [coll, records] of fold(entries)) {
      const all = store.all(coll as CollectionName)
      if (all.length !== records.size) {
        corrupt.push(`${coll}：文件里有 ${all.length} 条，变更日志合计应有 ${records.size} 条`)
      }
      for (const [id, value] of records) {
        if (!isDeepStrictEqual(store.get(coll as CollectionName, id), value)) {
          corrupt.push(`${coll}/${id}：文件内容与变更日志不一致（写了一半）`)
          break
        }
      }
    }
    // After the reads: older years' ledgers are read (and checked) on their first use.
    for (const a of store.alerts()) if (a.level === 'error') corrupt.push(`存储告警：${a.message}`)
    corrupt.push(...streamMismatches(entries, seed, withInvoke))
    corrupt.push(...(await checkDocuments(dir)).map((s) => `重新打开后：${s}`))
    const lost: string[] = []
    for (const ack of acks) {
      const e = entries[ack.seq - 1]
      const why = !e
        ? `第 ${ack.k} 笔（序号 ${ack.seq}）已确认保存，重启后却不在变更日志里`
        : !e.hash.startsWith(ack.hash)
          ? `第 ${ack.k} 笔（序号 ${ack.seq}）的校验值变了`
          : ack.id && !store.get('ledger', ack.id)
            ? `第 ${ack.k} 笔经接口保存的账目 ${ack.id} 重启后找不到`
            : !ack.id && (e.action !== CRASH_ACTION || e.id !== String(ack.k))
              ? `序号 ${ack.seq} 不是第 ${ack.k} 笔`
              : ''
      if (why) lost.push(why)
    }
    return { corrupt, lost }
  } finally {
    await store.close()
  }
}
