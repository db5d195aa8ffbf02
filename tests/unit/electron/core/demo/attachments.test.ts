import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openCore } from '../../../../../electron/core/core'
import { sniff } from '../../../../../electron/core/services/attachments/sniff'
import { tempDir } from '../../../temp-dir'

describe('demo village attachments', () => {
  it('writes real files whose bytes match their names, and every screen has some', async () => {
    const dir = tempDir('kiosk-demo-att-')
    const core = await openCore({ dir, demo: true, now: () => new Date('2026-11-25T01:30:00Z') })
    const records = core.store.all('attachments')
    for (const r of records) {
      const bytes = readFileSync(join(dir, 'attachments', r.name))
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(r.sha256)
      expect(sniff(bytes)?.ext).toBe(r.ext)
    }
    const names = new Set(records.map((r) => r.name))
    const used = [
      core.store.all('ledger').flatMap((e) => e.attachments),
      core.store.all('projects').flatMap((p) => p.milestones.flatMap((m) => m.photos)),
      core.store.all('matters').flatMap((m) => m.steps.flatMap((s) => s.signatures)),
      core.store.all('questions').flatMap((q) => q.answer?.attachments ?? []),
    ]
    for (const list of used) {
      expect(list.length).toBeGreaterThan(0)
      for (const n of list) expect(names.has(n), n).toBe(true)
    }
    expect(records.some((r) => r.ext === 'pdf')).toBe(true)
    await core.close()
  })
})
