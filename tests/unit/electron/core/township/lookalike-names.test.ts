/**
 * A second folder claiming a village's name turns both rows red (folder-tampering.test.ts); the
 * names were compared character for character, so a crafted package whose name draws the same
 * on screen (a zero-width or word-joining character inside, a trailing space, full-width
 * letters) took the name with no red at all: two green rows reading 联盟村, one of them a
 * stranger's key.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { townshipOverview } from '../../../../../electron/core/township/console'
import { chain, newKey, put, tempRoot } from './linked-chain'

const NOW = new Date('2026-12-12T02:00:00.000Z')

describe('a name that only looks like a village’s', () => {
  it.each([
    ['a zero-width space', '联盟\u200b村'],
    ['a word joiner', '联\u2060盟村'],
    ['a soft hyphen', '联盟村\u00ad'],
    ['a variation selector', '联盟村\ufe00'],
    ['a trailing space', '联盟村 '],
    ['an ideographic space', '\u3000联盟村'],
    ['full-width letters', 'Ａ联盟村'],
  ])('with %s turns both rows red', async (_what, name) => {
    const root = await tempRoot()
    await put(
      join(root, 'in', '联盟村'),
      chain(newKey(), 2, { name: name.includes('Ａ') ? 'A联盟村' : '联盟村' }),
    )
    await put(join(root, 'in', '联盟村-2'), chain(newKey(), 2, { name }))
    const o = await townshipOverview(join(root, 'in'), join(root, 'state'), NOW)
    expect(o.villages.map((r) => [r.folder, r.ok]).sort()).toEqual([
      ['联盟村', false],
      ['联盟村-2', false],
    ])
    expect(
      o.problems
        .filter((p) => p.kind === 'key')
        .map((p) => p.folder)
        .sort(),
    ).toEqual(['联盟村', '联盟村-2'])
  })

  it('two different names stay two villages', async () => {
    const root = await tempRoot()
    await put(join(root, 'in', '联盟村'), chain(newKey(), 2))
    await put(join(root, 'in', '联盟新村'), chain(newKey(), 2, { name: '联盟新村' }))
    const o = await townshipOverview(join(root, 'in'), join(root, 'state'), NOW)
    expect(o.villages.map((r) => r.ok)).toEqual([true, true])
  })
})
