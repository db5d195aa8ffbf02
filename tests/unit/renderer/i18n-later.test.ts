/** The cadre workspace's words are made on first use, once: the public first screen never pays for them. */
import { describe, expect, it, vi } from 'vitest'
import type { adminLedger as AdminLedger } from '../../../renderer/src/i18n/admin-ledger'
import type { adminRecords as AdminRecords } from '../../../renderer/src/i18n/admin-records'

const made = vi.hoisted(() => ({ ledger: 0, records: 0 }))
vi.mock('../../../renderer/src/i18n/admin-ledger', async (real) => {
  const { adminLedger } = await real<{ adminLedger: typeof AdminLedger }>()
  return { adminLedger: () => (made.ledger++, adminLedger()) }
})
vi.mock('../../../renderer/src/i18n/admin-records', async (real) => {
  const { adminRecords } = await real<{ adminRecords: typeof AdminRecords }>()
  return { adminRecords: () => (made.records++, adminRecords()) }
})
const { t, te } = await import('../../../renderer/src/i18n')

describe('the words only cadres see', () => {
  it('are not made while the public screens speak, then once on first use', () => {
    expect(t('app.title')).toBe('村务公开')
    expect(t('app.staffEntry')).toBe('管理')
    expect(t('home.tilesTitle')).not.toBe('home.tilesTitle')
    expect(made).toEqual({ ledger: 0, records: 0 })
    expect(t('ledgerAdmin.nav')).toBe('账目录入与审核')
    expect(te('ledgerAdmin.title')).toBe(true)
    expect(t('ledgerAdmin.noSuchWord')).toBe('ledgerAdmin.noSuchWord')
    expect(made).toEqual({ ledger: 1, records: 0 })
  })

  it('keep 村务记录 and 财务登记 under one `records`, each group’s nav, kinds and one merged', () => {
    expect(t('records.nav.records')).toBe('村务记录')
    expect(t('records.nav.registers')).toBe('财务登记')
    expect(te('records.kinds.projects')).toBe(true)
    expect(te('records.kinds.budget')).toBe(true)
    expect(te('records.one.projects')).toBe(true)
    expect(te('records.one.budget')).toBe(true)
    expect(made.records).toBe(1)
  })
})
