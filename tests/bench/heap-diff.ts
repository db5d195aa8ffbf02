/**
 * What a leak is made of: two heap snapshots summed by constructor (objects) or kind (strings,
 * closures, code …), and the kinds that grew most between them.
 */
import type { CDPSession } from '@playwright/test'

type Summary = Map<string, { count: number; bytes: number }>

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }
  nodes: number[]
  strings: string[]
}

/** Takes a heap snapshot over CDP and sums its nodes by constructor name or node kind. */
export async function heapSummary(cdp: CDPSession): Promise<Summary> {
  const chunks: string[] = []
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk)
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk)
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk)
  const snap = JSON.parse(chunks.join('')) as Snapshot
  const fields = snap.snapshot.meta.node_fields
  const types = snap.snapshot.meta.node_types[0]
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f))
  const out: Summary = new Map()
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const type = types[snap.nodes[i + typeAt!]!]!
    const key = type === 'object' ? snap.strings[snap.nodes[i + nameAt!]!]! : `(${type})`
    const row = out.get(key) ?? { count: 0, bytes: 0 }
    row.count++
    row.bytes += snap.nodes[i + sizeAt!]!
    out.set(key, row)
  }
  return out
}

/** The `n` kinds whose retained bytes grew most from `before` to `after`. */
export function topGrowth(before: Summary, after: Summary, n = 10) {
  return [...after]
    .map(([key, a]) => {
      const b = before.get(key) ?? { count: 0, bytes: 0 }
      return { key, count: a.count - b.count, bytes: a.bytes - b.bytes }
    })
    .filter((r) => r.bytes > 0)
    .sort((x, y) => y.bytes - x.bytes)
    .slice(0, n)
}
