/**
 * After a restart the older years' ledgers are read on first use: every answer a villager or a
 * clerk gets must still be the one the kiosk gave before the restart, over every year.
 */
import { mkdtemp, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Input, Method, Output, Result } from '../../../../../contract'
import { openCore, type Core } from '../../../../../electron/core/core'
import { removeTempDir } from '../../../temp-dir'

const now = () => new Date('2026-11-25T01:30:00.000Z')
let dir: string

async function ask<M extends Method>(core: Core, method: M, input: Input<M>): Promise<Output<M>> {
  const r = (await core.invoke(method, input, 'kiosk')) as Result<Output<M>>
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`)
  return r.data
}

/** What the public screens show over all years: the home, every period, a search, one old line. */
async function answers(core: Core) {
  const periods = await ask(core, 'ledger.periods', {})
  const oldest = periods.at(-1)!
  const sheet = await ask(core, 'ledger.sheet', { period: oldest.key, all: true })
  return {
    home: await ask(core, 'home.summary', {}),
    periods,
    sheet,
    entry: await ask(core, 'ledger.entry', { id: sheet.entries[0]!.id }),
    search: await ask(core, 'search', { q: 'sn' }),
    projects: await ask(core, 'projects.list', {}),
  }
}

let before: Awaited<ReturnType<typeof answers>>

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'older-years-'))
  const core = await openCore({ dir, demo: true, demoYears: 3, now })
  before = await answers(core)
  await core.close()
})
afterAll(async () => {
  removeTempDir(dir)
})

describe('a restarted kiosk with accounts from 2023 to 2026', () => {
  it('keeps two older years on disk and still answers exactly as before the restart', async () => {
    const years = (await readdir(dir)).filter((f) => /^ledger-\d{4}\.json$/.test(f)).sort()
    expect(years).toEqual([
      'ledger-2023.json',
      'ledger-2024.json',
      'ledger-2025.json',
      'ledger-2026.json',
    ])
    expect(before.periods.some((p) => p.key.startsWith('2023'))).toBe(true)
    const core = await openCore({ dir, now })
    try {
      expect(await answers(core)).toEqual(before)
      expect(core.store.alerts()).toEqual([])
    } finally {
      await core.close()
    }
  })
})
