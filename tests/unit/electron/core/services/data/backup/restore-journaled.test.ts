/**
 * A restore replaces the whole history, so the journal must say so (核验 lists it). A change
 * saved just after the swap (a villager's question, another window) must not make the restore
 * go unrecorded.
 */
import { describe, expect, it } from 'vitest'
import { eachDemoFolder } from './each-folder'

const t = eachDemoFolder({ id: 'u-admin', name: '张德明' })

describe('a restore is always journaled', () => {
  it('even when another change is saved right after the swap', async () => {
    const made = await t.backup()
    const swap = t.f.hooks.swapStore
    t.f.hooks.swapStore = async (move) => {
      const s = await swap(move)
      await s.commit({
        actor: null,
        action: 'test.meanwhile',
        entity: 'notices',
        id: 'meanwhile',
        puts: [{ coll: 'notices', id: 'meanwhile', value: { id: 'meanwhile', title: '同时' } }],
      })
      return s
    }
    await t.restore(made.path)
    const s = t.f.store()
    expect(s.get('notices', 'meanwhile')).toBeDefined()
    expect(s.all('restores')).toHaveLength(1)
    expect(s.all('restores')[0]).toMatchObject({ actor: '张德明' })
  })
})
