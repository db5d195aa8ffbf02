import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { PeriodSheetView } from '../../../../../contract'
import { KEY_FILE, loadOrCreateKey } from '../../../../../electron/core/township/keys'
import { writePackage } from '../../../../../electron/core/township/outbox'
import { decodePackage, encodePackage } from '../../../../../electron/core/township/package-format'
import { createPrivateKey } from 'node:crypto'
import { publishMonth, signingVillage, type SigningVillage } from './village'

let v: SigningVillage
beforeEach(async () => {
  v = await signingVillage()
})
afterEach(async () => {
  await v.close()
})

const pkgFiles = async () => (await readdir(v.outbox)).filter((n) => n.endsWith('.json')).sort()

describe('publication packages', () => {
  it('a published sheet appends one signed package with the public sheet, hashes and checkpoint', async () => {
    expect(await readdir(v.outbox).catch(() => [])).toEqual([])
    await publishMonth(v.core, '2026-10', { summary: '十月办公用品' })
    expect(await pkgFiles()).toEqual(['00000001.json'])
    const bytes = await readFile(join(v.outbox, '00000001.json'))
    const decoded = decodePackage(bytes)
    if (!decoded.ok) throw new Error(decoded.message)
    const { pkg } = decoded
    const head = v.core.store.head()
    expect(pkg.checkpoint).toMatchObject({ seq: head.seq })
    expect(pkg.checkpoint.hash.startsWith(head.hash)).toBe(true)
    expect(pkg.journal).toMatchObject({ from: 1, to: head.seq, prev: '' })
    expect(pkg.journal.hashes).toHaveLength(head.seq)
    expect(pkg.action).toBe('ledger.publish')
    const sheet = pkg.records[0]?.view as PeriodSheetView
    expect(sheet).toMatchObject({ key: '2026-10', status: 'published', expenseFen: 12_345 })
    expect(sheet.entries.map((e) => e.summary)).toEqual(['十月办公用品'])
    // Exactly what the kiosk answers a villager for the same sheet.
    const kiosk = await v.core.invoke('ledger.sheet', { period: '2026-10', all: true }, 'anyone')
    expect(kiosk.ok && kiosk.data).toEqual(sheet)
    const identity = await v.core.invoke('township.identity', {}, 'anyone')
    expect(identity).toEqual({
      ok: true,
      data: { mode: 'kiosk', fingerprint: pkg.fingerprint, packages: 1 },
    })
  })

  it('never carries drafts, accounts or the private key; the key lives outside the data folder', async () => {
    await publishMonth(v.core, '2026-10', { summary: '十月办公用品' })
    await v.core.invoke('ledger.closePeriod', { period: '2026-11' }, 'clerk')
    const draft = {
      period: '2026-11',
      date: '2026-11-03',
      voucherNo: '记-草稿',
      summary: '还没审核的草稿账',
      category: 'expense',
      item: '办公费',
      direction: 'expense',
      amountFen: 500,
    }
    expect((await v.core.invoke('ledger.saveEntry', draft, 'clerk')).ok).toBe(true)
    await v.core.invoke(
      'notices.save',
      {
        title: '冬季防火',
        kind: 'notice',
        body: '注意用火安全',
        validFrom: '2026-11-25',
        validTo: '2026-12-31',
      },
      'clerk',
    )
    const text = (
      await Promise.all((await pkgFiles()).map((f) => readFile(join(v.outbox, f), 'utf8')))
    ).join('')
    expect(text).not.toContain('还没审核的草稿账')
    expect(text).not.toMatch(/passwordHash|scrypt|PRIVATE KEY|111111/)
    expect(await readdir(v.keyDir)).toEqual([KEY_FILE])
    expect(await readdir(v.dataDir)).not.toContain(KEY_FILE)
  })

  it('round-trips: decode(encode(body)) is the body; any changed byte fails the check', async () => {
    await publishMonth(v.core, '2026-10', { summary: '十月办公用品' })
    const bytes = await readFile(join(v.outbox, '00000001.json'))
    const decoded = decodePackage(bytes)
    if (!decoded.ok) throw new Error(decoded.message)
    const { signature: _s, ...body } = decoded.pkg
    const key = createPrivateKey(await readFile(join(v.keyDir, KEY_FILE), 'utf8'))
    expect(encodePackage(body, key).equals(bytes)).toBe(true)
    const at = bytes.indexOf('十月办公用品')
    for (const i of [at, 40, bytes.length - 20]) {
      const bad = Buffer.from(bytes)
      bad[i] = bad[i]! ^ 0x01
      const result = decodePackage(bad)
      expect(result.ok, `byte ${i}`).toBe(false)
    }
    // A record may itself hold a key named signature: the package's own is still found.
    const sig = 'A'.repeat(86) + '=='
    const nested = { ...body, records: [{ method: 'x', input: {}, view: { signature: sig } }] }
    expect(decodePackage(encodePackage(nested, key)).ok).toBe(true)
    const tampered = Buffer.from(bytes.toString('utf8').replace('12345', '12346'))
    expect(decodePackage(tampered)).toMatchObject({ ok: false, reason: 'signature' })
  })

  it('numbers packages by seq, each chained to the one before, and never overwrites one', async () => {
    await publishMonth(v.core, '2026-10', { summary: '十月办公用品' })
    v.setNow('2026-12-02T02:00:00.000Z')
    await publishMonth(v.core, '2026-11', { summary: '十一月电费' })
    expect(await pkgFiles()).toEqual(['00000001.json', '00000002.json'])
    const [a, b] = await Promise.all((await pkgFiles()).map((f) => readFile(join(v.outbox, f))))
    const first = decodePackage(a!)
    const second = decodePackage(b!)
    if (!first.ok || !second.ok) throw new Error('bad package')
    expect(second.pkg.prevPackage).toBe(first.sha256)
    expect(second.pkg.journal.from).toBe(first.pkg.journal.to + 1)
    expect(second.pkg.journal.prev).toBe(first.pkg.journal.hashes.at(-1))
    const { signature: _s, ...body } = first.pkg
    const key = await loadOrCreateKey(v.keyDir)
    await expect(writePackage(v.outbox, { ...body, at: 'x' }, key)).rejects.toThrow(/不能覆盖/)
    await expect(readFile(join(v.outbox, '00000001.json'))).resolves.toEqual(a)
  })
})
