import { describe, expect, it } from 'vitest'
import { withDataLock } from '../../../../../../../electron/core/services/data/backup/lock'

describe('one backup or restore at a time per folder', () => {
  it('runs the second only after the first has finished, even when the first fails', async () => {
    const order: string[] = []
    let release!: () => void
    const first = withDataLock('/data', async () => {
      order.push('first starts')
      await new Promise<void>((r) => (release = r))
      order.push('first ends')
      throw new Error('first failed')
    })
    const second = withDataLock('/data/', async () => void order.push('second runs'))
    const other = withDataLock('/elsewhere', async () => void order.push('other folder runs'))
    await other
    await new Promise((r) => setImmediate(r))
    expect(order).toEqual(['first starts', 'other folder runs'])
    release()
    await expect(first).rejects.toThrow('first failed')
    await second
    expect(order).toEqual(['first starts', 'other folder runs', 'first ends', 'second runs'])
  })
})
