/**
 * A power cut while the console appended a package to its archive (`archive/<folder>.jsonl`):
 * the last line is torn and seen.json never got the package. The next open archives it again;
 * that line must be whole, so the package's first version is still found there as evidence.
 */
import { appendFile, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { townshipOverview } from '../../../../../electron/core/township/console'
import { chain, newKey, put, sheetRecord, tempRoot } from './linked-chain'

const NOW = new Date('2026-12-12T02:00:00.000Z')

const history = (key: ReturnType<typeof newKey>, novemberFen = 70_000, salt?: string) =>
  chain(key, 2, {
    ...(salt ? { salt, saltFrom: 2 } : {}),
    records: (seq) =>
      seq === 1 ? [sheetRecord('2026-10', 30_000)] : [sheetRecord('2026-11', novemberFen)],
  })

describe('an archive whose last line was torn by a power cut', () => {
  it('keeps the package archived after it whole: its first version is still the evidence', async () => {
    const root = await tempRoot()
    const key = newKey()
    const dir = join(root, 'in', '联盟村')
    const state = join(root, 'state')
    const [first, second] = history(key)
    await put(dir, { '00000001.json': first! })
    const open = () => townshipOverview(join(root, 'in'), state, NOW)
    expect((await open()).problems).toEqual([])
    // Package 2 arrives; the open archiving it loses power halfway through the line.
    await put(dir, { '00000002.json': second! })
    const archive = join(state, 'archive', '联盟村.jsonl')
    await appendFile(archive, second!.subarray(0, Math.floor(second!.length / 2)))
    // The next open archives it again, and shows it.
    const next = await open()
    expect(next.problems).toEqual([])
    expect(next.villages[0]).toMatchObject({ ok: true, expenseFen: 100_000 })
    const lines = (await readFile(archive)).toString('utf8').split('\n')
    expect(lines.filter((l) => l === second!.toString('utf8').trimEnd())).toHaveLength(1)
    // Later the folder's package 2 is replaced by another signed version: the row keeps the
    // first version's figures, read from the archive (the caches dropped).
    await put(dir, { '00000002.json': history(key, 1_000, 'again')[1]! })
    await rm(join(state, 'files-4.json'))
    const forked = await open()
    expect(forked.problems.map((p) => [p.kind, p.seq, p.message.includes('找不到')])).toEqual([
      ['fork', 2, false],
    ])
    expect(forked.villages[0]).toMatchObject({ ok: false, expenseFen: 100_000 })
  })
})
