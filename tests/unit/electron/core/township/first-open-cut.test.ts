/**
 * A first open cut short (the console closed, or the power went, while it read the villages):
 * the villages read so far are archived, seen.json is not yet written. That is no one wiping
 * the console's record, and the next open must not say so in the red box.
 */
import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { townshipOverview } from '../../../../../electron/core/township/console'
import { chain, newKey, put, sheetRecord, tempRoot } from './linked-chain'

const NOW = new Date('2026-12-12T02:00:00.000Z')

async function twoVillages() {
  const root = await tempRoot()
  for (const name of ['东风村', '联盟村']) {
    const files = chain(newKey(), 3, {
      name,
      records: (seq) => [sheetRecord(`2026-${String(8 + seq).padStart(2, '0')}`, 100)],
    })
    await put(join(root, 'in', name), files)
  }
  const state = join(root, 'state')
  const open = (onProgress?: Parameters<typeof townshipOverview>[3]) =>
    townshipOverview(join(root, 'in'), state, NOW, onProgress)
  return { root, state, open }
}

/** An open stopped after its first village was read and archived. */
const cutAfterOne = ({ done }: { done: number }) => {
  if (done === 1) throw new Error('closed')
}

describe('a first open cut short', () => {
  it('leaves the first village archived and no seen.json', async () => {
    const v = await twoVillages()
    await expect(v.open(cutAfterOne)).rejects.toThrow('closed')
    // One village's archive, and the day its packages arrived beside it.
    const kept = (await readdir(join(v.state, 'archive'))).sort()
    const village = kept[0]!.slice(0, kept[0]!.indexOf('.'))
    expect(kept).toEqual([`${village}.days`, `${village}.jsonl`])
    expect(await readdir(v.state)).not.toContain('seen.json')
  })

  it('is no red mark on the next open', async () => {
    const v = await twoVillages()
    await expect(v.open(cutAfterOne)).rejects.toThrow('closed')
    const o = await v.open()
    expect(o.problems).toEqual([])
    expect(o.villages.map((r) => r.ok)).toEqual([true, true])
    expect(await readdir(v.state)).not.toContain('seen-rebuilt.json')
  })

  it('a new village’s first reading cut short is no red mark either', async () => {
    const v = await twoVillages()
    await rm(join(v.root, 'in', '联盟村'), { recursive: true })
    expect((await v.open()).problems).toEqual([])
    const files = chain(newKey(), 2, { name: '联盟村' })
    await put(join(v.root, 'in', '联盟村'), files)
    // 东风村 comes from the cache; 联盟村 is read, archived, then the open is cut.
    await expect(
      v.open(({ done }) => {
        if (done === 2) throw new Error('closed')
      }),
    ).rejects.toThrow('closed')
    expect((await v.open()).problems).toEqual([])
  })

  it('a seen.json deleted after a whole open is still said', async () => {
    const v = await twoVillages()
    expect((await v.open()).problems).toEqual([])
    await rm(join(v.state, 'seen.json'))
    const o = await v.open()
    expect(o.problems.map((p) => p.kind)).toEqual(['record'])
  })
})
