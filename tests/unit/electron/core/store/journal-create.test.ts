/** A new journal's name must survive a power cut: creating it fsyncs the data folder. */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type * as fsSafe from '../../../../../electron/core/store/fs-safe'
import { fsyncDir } from '../../../../../electron/core/store/fs-safe'
import { Journal } from '../../../../../electron/core/store/journal'

vi.mock('../../../../../electron/core/store/fs-safe', async (original) => {
  const real = await original<typeof fsSafe>()
  return { ...real, fsyncDir: vi.fn(real.fsyncDir) }
})

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'journal-create-'))
  vi.mocked(fsyncDir).mockClear()
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('journal creation', () => {
  it('fsyncs the folder once the new journal file exists', async () => {
    const j = await Journal.open(dir)
    await j.close()
    expect(vi.mocked(fsyncDir).mock.calls).toEqual([[dir]])
  })

  it('does not fsync the folder again for a journal that already has entries', async () => {
    const first = await Journal.open(dir)
    await first.append({
      at: '2026-03-01T08:00:00.000Z',
      actor: null,
      action: 'test',
      entity: 'notices',
      id: 'n1',
      data: { puts: [] },
    })
    await first.close()
    vi.mocked(fsyncDir).mockClear()
    await (await Journal.open(dir)).close()
    expect(fsyncDir).not.toHaveBeenCalled()
  })
})
