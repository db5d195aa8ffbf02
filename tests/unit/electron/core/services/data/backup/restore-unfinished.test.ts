/**
 * A restore swapped in whose journaling failed (the disk full as its entry is written) leaves its
 * marker for the next start to finish. Another restore in the same session must not write over
 * that marker (the first restore would then never be recorded): it is refused in words until
 * the kiosk has been started again, and the start records the first.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, it, vi } from 'vitest'
import { openCore } from '../../../../../../../electron/core/core'
import { MARKER } from '../../../../../../../electron/core/services/data/backup/restore-marker'
import { restoreBackup } from '../../../../../../../electron/core/services/data/backup/restore'
import { eachDemoFolder } from './each-folder'
import { NOW } from './folder'

const t = eachDemoFolder({ id: 'u-admin', name: '张德明' })

it('a second restore is refused until the first is finished at the next start', async () => {
  const made = await t.backup()
  const first = restoreBackup({
    archivePath: made.path,
    now: new Date(NOW.getTime() + 30_000),
    actor: { id: 'u-admin', name: '张德明' },
    hooks: {
      ...t.f.hooks,
      async swapStore(move) {
        const store = await t.f.hooks.swapStore(move)
        vi.spyOn(store, 'commit').mockRejectedValueOnce(new Error('ENOSPC: no space left'))
        return store
      },
    },
  })
  await expect(first).rejects.toThrow('重新打开')
  const marker = await readFile(join(t.f.dataDir, MARKER), 'utf8')

  await expect(t.restore(made.path)).rejects.toThrow(/上一次恢复还没有做完.*重新打开/)
  expect(await readFile(join(t.f.dataDir, MARKER), 'utf8')).toBe(marker)

  await t.f.store().close()
  const core = await openCore({
    dir: t.f.dataDir,
    now: () => new Date(NOW.getTime() + 120_000),
    secrets: { dir: t.f.secrets.dir },
  })
  try {
    expect(core.store.all('restores')).toHaveLength(1)
    expect(core.store.get('restores', (JSON.parse(marker) as { id: string }).id)).toBeDefined()
  } finally {
    await core.close()
  }
})
