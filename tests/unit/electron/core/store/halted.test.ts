/**
 * A complete journal line that fails its check (#12.4): the records stop at the last good line
 * even when the documents on disk already hold later changes, nothing on disk is touched, and
 * every save is refused until a backup is restored.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readMark } from '../../../../../electron/core/store/flush-mark'
import { openStore } from '../../../../../electron/core/store'
import type { Store } from '../../../../../electron/core/store'
import { project } from './changes'

let dir: string
let store: Store | undefined
const clock = () => new Date('2026-03-05T08:00:00.000Z')
const journal = () => join(dir, 'journal.jsonl')

/** Four saves, all flushed to the documents (and marked), then the store closed. */
async function fourSaves(): Promise<void> {
  const s = await openStore({ dir, now: clock })
  await s.commit(project('p1', '修路'))
  await s.commit(project('p2', '打井'))
  await s.commit(project('p1', '修路二期'))
  await s.commit(project('p3', '路灯'))
  await s.close()
}

/** Changes one letter inside line `n` (1-based), keeping its newline. */
async function flip(n: number, near: string): Promise<void> {
  const lines = (await readFile(journal(), 'utf8')).split('\n')
  const text = lines[n - 1]!
  const at = text.indexOf(near)
  lines[n - 1] = `${text.slice(0, at)}X${text.slice(at + 1)}`
  await writeFile(journal(), lines.join('\n'))
}

/** Every file of the folder with its bytes, to prove an open changed nothing. */
async function snapshot(): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  for (const n of (await readdir(dir)).sort()) out.set(n, await readFile(join(dir, n), 'latin1'))
  return out
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'halted-'))
  store = undefined
})
afterEach(async () => {
  await store?.close()
  await rm(dir, { recursive: true, force: true })
})

describe('a journal line that fails its check', () => {
  it.each([
    ['a middle line', 3, 2],
    ['the last line', 4, 3],
    ['the second line, long behind the flush mark', 2, 1],
  ])('%s: records as of the last good line, the folder untouched', async (_w, line, good) => {
    await fourSaves()
    expect(await readMark(dir)).toMatchObject({ seq: 4 })
    const lineText = (await readFile(journal(), 'utf8')).split('\n')[line - 1]!
    await flip(line, lineText.includes('修路') ? '修' : '"name"')
    const before = await snapshot()
    store = await openStore({ dir, now: clock })
    expect(store.halted()).toMatchObject({ seq: good, line })
    expect(store.head().seq).toBe(good)
    const names = (await readFile(journal(), 'utf8'))
      .split('\n')
      .slice(0, good)
      .map((l) => (JSON.parse(l) as { data: { puts: Array<{ id: string; value: unknown }> } }).data)
    const expected = new Map<string, unknown>()
    for (const d of names) for (const p of d.puts) expected.set(p.id, p.value)
    expect(new Map(store.all('projects').map((p) => [p.id, p]))).toEqual(expected)
    const history = await store.history('projects', 'p1')
    expect(history.map((e) => e.seq)).toEqual([1, 3].filter((seq) => seq <= good))
    const alert = store.alerts().find((a) => a.level === 'error')
    expect(alert?.message).toContain(`第 ${line} 行`)
    expect(alert?.message).toContain(`已停在第 ${good} 条`)
    await expect(store.commit(project('p9', '新项目'))).rejects.toThrow('记录核验未通过')
    expect(await store.flush()).toBe(true)
    await store.close()
    store = undefined
    const after = await snapshot()
    const evidence = [...after.keys()].filter((n) => !before.has(n))
    expect(evidence).toHaveLength(1)
    expect(after.get(evidence[0]!)).toBe(before.get('journal.jsonl'))
    after.delete(evidence[0]!)
    expect(after).toEqual(before)
  })

  it('at the first line: shows nothing beyond it and never seeds anything over it', async () => {
    await fourSaves()
    await flip(1, '修')
    store = await openStore({ dir, now: clock })
    expect(store.halted()).toMatchObject({ seq: 0, line: 1 })
    expect(store.all('projects')).toEqual([])
    expect(store.head().seq).toBe(0)
    await expect(store.commit(project('p9', '新项目'))).rejects.toThrow('已停在第 0 条')
  })
})
