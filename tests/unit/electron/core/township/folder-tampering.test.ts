/**
 * What someone with the inbox folder (a lost or swapped USB stick, a village cadre) can do to
 * a village's row by copying, dropping and removing files, with no village key.
 */
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { townshipOverview } from '../../../../../electron/core/township/console'
import { chain, newKey, put, tempRoot } from './linked-chain'

const NOW = new Date('2026-12-12T02:00:00.000Z')

describe('a folder tampered with by file copies', () => {
  it.each(['zz.json', '0.json'])(
    'another village’s genuine package dropped in as %s neither renames the row nor takes its key',
    async (dropped) => {
      const root = await tempRoot()
      const own = newKey()
      const hong = chain(newKey(), 1, { name: '红星村' })
      await put(join(root, 'in', '红星村'), hong)
      await put(join(root, 'in', '联盟村'), chain(own, 2))
      await put(join(root, 'in', '联盟村'), { [dropped]: hong[0]! })
      const o = await townshipOverview(join(root, 'in'), join(root, 'state'), NOW)
      const row = o.villages.find((r) => r.folder === '联盟村')!
      expect([row.name, row.fingerprint, row.ok]).toEqual(['联盟村', own.fingerprint, false])
      const mine = o.problems.filter((p) => p.folder === '联盟村')
      expect(mine.map((p) => [p.village, p.kind, p.seq])).toEqual([['联盟村', 'key', 1]])
      // The other village's own row is untouched.
      expect(o.villages.find((r) => r.folder === '红星村')).toMatchObject({
        name: '红星村',
        ok: true,
      })
    },
  )

  it('a second folder claiming a village’s name under another key turns both rows red', async () => {
    const root = await tempRoot()
    await put(join(root, 'in', '联盟村'), chain(newKey(), 2))
    await put(join(root, 'in', '东风村'), chain(newKey(), 2, { name: '东风村' }))
    const before = await townshipOverview(join(root, 'in'), join(root, 'state'), NOW)
    expect(before.villages.map((r) => r.ok)).toEqual([true, true])
    await put(join(root, 'in', '联盟村-1a2b'), chain(newKey(), 2))
    const o = await townshipOverview(join(root, 'in'), join(root, 'state'), NOW)
    const rows = o.villages.map((r) => [r.folder, r.ok]).sort()
    expect(rows).toEqual([
      ['东风村', true],
      ['联盟村', false],
      ['联盟村-1a2b', false],
    ])
    expect(o.problems.map((p) => p.message)).toContain(
      '这个文件夹（联盟村）和文件夹 联盟村-1a2b 都自称“联盟村”，签名钥匙却不同：其中有一个不是这个村发来的，请按村里打印的公开表上的指纹核对',
    )
  })

  it('two versions of one package stay a fork after the extra one is removed', async () => {
    const root = await tempRoot()
    const key = newKey()
    const dir = join(root, 'in', '联盟村')
    await put(dir, chain(key, 3))
    await put(dir, { 'zz-00000001.json': chain(key, 3, { salt: 'x' })[0]! })
    const kinds = async () =>
      (await townshipOverview(join(root, 'in'), join(root, 'state'), NOW)).problems.map((p) => [
        p.kind,
        p.seq,
      ])
    expect(await kinds()).toContainEqual(['fork', 1])
    await rm(join(dir, 'zz-00000001.json'))
    // The console saw two signed histories for package 1: that stays said, and both are kept.
    expect(await kinds()).toContainEqual(['fork', 1])
    const archived = async () =>
      (await readFile(join(root, 'state', 'archive', '联盟村.jsonl'), 'utf8')).trim().split('\n')
    expect(await archived()).toHaveLength(4)
    // A third version later, then the first one back as a copy: one more kept, once.
    await put(dir, { 'zz-2.json': chain(key, 3, { salt: 'y' })[0]! })
    expect(await kinds()).toContainEqual(['fork', 1])
    await put(dir, { 'zz-3.json': chain(key, 3)[0]! })
    expect(await kinds()).toContainEqual(['fork', 1])
    expect(await archived()).toHaveLength(5)
  })
})

describe('a package laid out anew by someone without the key', () => {
  /** The same signed content: the trailing newline dropped, or the signature moved to the end. */
  const relaid = (file: Buffer, how: 'newline' | 'moved'): Buffer => {
    const text = file.toString('utf8').trimEnd()
    if (how === 'newline') return Buffer.from(text)
    const sig = /,"signature":"[^"]{88}"/.exec(text)![0]
    return Buffer.from(`${text.replace(sig, '').slice(0, -1)}${sig}}\n`)
  }

  it.each(['newline', 'moved'] as const)(
    'is not taken for a second version the village signed (%s): it is a changed file, kept out of the evidence',
    async (how) => {
      const root = await tempRoot()
      const key = newKey()
      const dir = join(root, 'in', '联盟村')
      const files = chain(key, 3)
      await put(dir, files)
      const open = () => townshipOverview(join(root, 'in'), join(root, 'state'), NOW)
      expect((await open()).problems).toEqual([])
      // Anyone with the folder (no key) rewrites the last package's bytes, not its content.
      await put(dir, { '00000003.json': relaid(files[2]!, how) })
      const o = await open()
      expect(o.problems.map((p) => p.kind)).not.toContain('fork')
      expect(o.problems).toContainEqual(
        expect.objectContaining({ kind: 'signature', seq: 3, folder: '联盟村' }),
      )
      // The archive holds only what the village signed: no second "signed" version of package 3.
      const archived = (await readFile(join(root, 'state', 'archive', '联盟村.jsonl'), 'utf8'))
        .trim()
        .split('\n')
      expect(archived).toHaveLength(3)
      // Put back as the village wrote it, the folder is whole again.
      await put(dir, { '00000003.json': files[2]! })
      expect((await open()).problems).toEqual([])
    },
  )
})
