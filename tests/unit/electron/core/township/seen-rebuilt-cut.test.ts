/**
 * seen.json found damaged and rebuilt from the archive, then the power goes before the open
 * finishes: the next open must say the same loss once (damaged, kept aside), not a second loss
 * of another kind (the damaged file was already moved aside, so it now looks deleted).
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { townshipOverview } from '../../../../../electron/core/township/console'
import { chain, newKey, put, sheetRecord, tempRoot } from './linked-chain'

const NOW = new Date('2026-12-12T02:00:00.000Z')

describe('a rebuild of seen.json cut short by a power cut', () => {
  it('is said once, as what it was, on the next open', async () => {
    const root = await tempRoot()
    const state = join(root, 'state')
    await put(
      join(root, 'in', '联盟村'),
      chain(newKey(), 3, { records: (seq) => [sheetRecord(`2026-0${seq + 6}`, 100)] }),
    )
    const open = (onProgress?: Parameters<typeof townshipOverview>[3]) =>
      townshipOverview(join(root, 'in'), state, NOW, onProgress)
    expect((await open()).problems).toEqual([])
    await writeFile(join(state, 'seen.json'), '{"联盟村":{"1":"ab')
    // The open that finds it rebuilds, then is cut while reading the villages.
    await expect(
      open(({ done }) => {
        if (done === 0) throw new Error('power cut')
      }),
    ).rejects.toThrow('power cut')
    const o = await open()
    const notices = o.problems.filter((p) => p.folder === '')
    expect(notices).toHaveLength(1)
    expect(notices[0]!.message).toContain('损坏了')
    expect(notices[0]!.message).not.toContain('第 2 次')
    const events = JSON.parse(await readFile(join(state, 'seen-rebuilt.json'), 'utf8')) as unknown[]
    expect(events).toHaveLength(1)
    expect(o.problems.filter((p) => p.folder !== '')).toEqual([])
  })
})
