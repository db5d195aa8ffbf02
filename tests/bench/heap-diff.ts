/**
 * What a leak is made of: two heap snapshots over CDP, and the objects in the second that were
 * not in the first (V8 keeps an object's id across snapshots), grouped by what they are and
 * what holds them (the first strong retainer: its name and the property or slot it is under).
 */
import type { CDPSession } from '@playwright/test'

interface Snapshot {
  snapshot: {
    meta: {
      node_fields: string[]
      node_types: [string[]]
      edge_fields: string[]
      edge_types: [string[]]
    }
  }
  nodes: number[]
  edges: number[]
  strings: string[]
}

/** Takes a heap snapshot (after a garbage collection) and parses it. */
export async function takeSnapshot(cdp: CDPSession): Promise<Snapshot> {
  const chunks: string[] = []
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk)
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk)
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk)
  return JSON.parse(chunks.join('')) as Snapshot
}

/** The ids of every node of a snapshot. */
export function snapshotIds(s: Snapshot): Set<number> {
  const f = s.snapshot.meta.node_fields
  const idAt = f.indexOf('id')
  const ids = new Set<number>()
  for (let i = 0; i < s.nodes.length; i += f.length) ids.add(s.nodes[i + idAt]!)
  return ids
}

/**
 * The bytes of a snapshot's JavaScript objects: everything but V8's compiled code (bytecode and
 * optimised machine code, which grows as functions get hot and is bounded by the program's
 * size, not by how long it runs) and Blink's native objects (layout caches of live elements).
 * Growth here is what the program itself keeps, told apart from the JIT warming up.
 */
export function objectBytes(s: Snapshot): number {
  const f = s.snapshot.meta.node_fields
  const [typeAt, sizeAt] = [f.indexOf('type'), f.indexOf('self_size')]
  const types = s.snapshot.meta.node_types[0]
  const skip = new Set([types.indexOf('code'), types.indexOf('native')])
  let bytes = 0
  for (let i = 0; i < s.nodes.length; i += f.length) {
    if (!skip.has(s.nodes[i + typeAt]!)) bytes += s.nodes[i + sizeAt]!
  }
  return bytes
}

/** One kind of new object: what it is, what holds it, how many and their own bytes. */
export interface Growth {
  key: string
  count: number
  bytes: number
}

/** Objects of `after` absent from `before`, grouped by kind and retainer, most bytes first. */
export function newObjects(before: Set<number>, after: Snapshot, n = 10): Growth[] {
  const m = after.snapshot.meta
  const nf = m.node_fields.length
  const ef = m.edge_fields.length
  const [typeAt, nameAt, idAt, sizeAt, edgesAt] = [
    'type',
    'name',
    'id',
    'self_size',
    'edge_count',
  ].map((x) => m.node_fields.indexOf(x)) as [number, number, number, number, number]
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((x) =>
    m.edge_fields.indexOf(x),
  ) as [number, number, number]
  const nodeTypes = m.node_types[0]
  const edgeTypes = m.edge_types[0]
  const { nodes, edges, strings } = after
  const label = (i: number) => {
    const type = nodeTypes[nodes[i + typeAt]!]!
    const name = strings[nodes[i + nameAt]!] ?? ''
    if (type === 'object' || type === 'closure') return name || type
    // Blink's own objects (DOM nodes, detached ones say so) carry their name; V8's internals do not.
    return type === 'native' && name ? `(native ${name.slice(0, 60)})` : `(${type})`
  }
  const retainer = new Map<number, string>()
  for (let i = 0, e = 0; i < nodes.length; i += nf) {
    const count = nodes[i + edgesAt]!
    for (let k = 0; k < count; k++, e += ef) {
      const to = edges[e + eTo]!
      const type = edgeTypes[edges[e + eType]!]!
      if (type === 'weak' || retainer.has(to) || before.has(nodes[to + idAt]!)) continue
      const raw = edges[e + eName]!
      const slot = type === 'element' || type === 'hidden' ? `[${raw}]` : `.${strings[raw]}`
      retainer.set(to, `${label(i)}${slot}`)
    }
  }
  const groups = new Map<string, Growth>()
  for (let i = 0; i < nodes.length; i += nf) {
    if (before.has(nodes[i + idAt]!)) continue
    const key = `${label(i)} ← ${retainer.get(i) ?? '?'}`
    const g = groups.get(key) ?? { key, count: 0, bytes: 0 }
    g.count++
    g.bytes += nodes[i + sizeAt]!
    groups.set(key, g)
  }
  return [...groups.values()].sort((a, b) => b.bytes - a.bytes).slice(0, n)
}
