import { describe, expect, it } from 'vitest'
import { ApiFailure } from '../../../../../electron/core/api/failure'
import { generateDemoVillage, loadDemoVillage } from '../../../../../electron/core/demo/generate'
import { createMemoryStore } from '../../../../../electron/core/store/memory-store'

const NOW = new Date('2026-05-10T02:00:00Z')

describe('loadDemoVillage', () => {
  it('commits the generated village as a few demo.load changes, the ledger one per year', async () => {
    const store = createMemoryStore(() => NOW)
    const report = await loadDemoVillage(store, { seed: 3, now: () => NOW })
    const village = generateDemoVillage({ seed: 3, today: '2026-05-10' })
    expect(report.ledgerEntries).toBe(village.ledger.length)
    expect(store.all('ledger')).toHaveLength(village.ledger.length)
    expect(store.all('sheets')).toHaveLength(village.sheets.length)
    expect(store.all('members')).toHaveLength(village.members.length)
    expect(store.get('village', 'profile')).toEqual(village.profile)
    expect(store.get('settings', 'settings')).toEqual(village.settings)
    expect(store.get('sheets', '2026-03')?.key).toBe('2026-03')
    // 7 singletons/collections + 4 ledger years (2023–2026) + the demo accounts + questions + the public sections
    expect(report.changes).toBe(14)
    expect(store.head().seq).toBe(14)
    expect(
      store
        .all('users')
        .map((u) => u.role)
        .sort(),
    ).toEqual(['admin', 'clerk', 'supervisor'])
    const history = await store.history('village', 'profile')
    expect(history[0]).toMatchObject({ action: 'demo.load', actor: null })
    expect((await store.verify()).ok).toBe(true)
  })

  it('refuses a store that already holds records, leaving it untouched', async () => {
    const store = createMemoryStore(() => NOW)
    await loadDemoVillage(store, { seed: 3, now: NOW, years: 1 })
    const before = store.head()
    await expect(loadDemoVillage(store, { seed: 4, now: NOW })).rejects.toBeInstanceOf(ApiFailure)
    expect(store.head()).toEqual(before)
  })
})
